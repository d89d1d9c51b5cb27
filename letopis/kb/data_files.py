"""The knowledge base's word lists and tables (``letopis/kb/data``), read with the package's one reader
(``letopis.data_files``). ``data_rows`` drops the header row of a ``.tsv`` table; the one table without
header (``given_name_spellings.tsv``) is read with ``letopis.data_files`` itself."""

from __future__ import annotations

from letopis import data_files
from letopis.kb.normal import normalize


def data_lines(name: str) -> list[str]:
    """The stripped lines of ``data/<name>`` that are neither blank nor comments."""
    return data_files.data_lines("letopis.kb", name)


def data_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of ``data/<name>`` without comments, and without the header of a ``.tsv``."""
    return data_files.data_rows("letopis.kb", name, header=name.endswith(".tsv"))


def data_words(name: str) -> list[str]:
    """The lines of a word list, each brought to the KB's lookup key (``normalize``)."""
    return [normalize(line) for line in data_lines(name)]
