"""The one reader of the package's data files."""

from letopis.data_files import data_lines, data_names


def test_data_names_lists_the_files_of_a_family_sorted():
    names = data_names("letopis.events", "trigger", ".tsv")
    assert "triggers.tsv" in names and names == sorted(names)
    assert data_names("letopis.events", "no-such-prefix", ".tsv") == []


def test_data_lines_leaves_out_comments_and_blank_lines():
    lines = data_lines("letopis.events", "triggers.tsv")
    assert lines[0].startswith("trigger\t") and not any(line.startswith("#") or not line for line in lines)
