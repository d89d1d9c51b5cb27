import shutil

from letopis.cli import main
from letopis.nlp.evaluate_ner import Scores, outermost, read_brat
from tests.conftest import SHARED

NEREL_DEV = SHARED / "eval" / "ner" / "nerel-dev"


def test_brat_types_are_mapped_and_nested_spans_dropped(tmp_path):
    ann = tmp_path / "x.ann"
    ann.write_text(
        "T1\tORGANIZATION 0 20\tМИД России сообщил о\n"
        "T2\tCOUNTRY 4 10\tРоссии\n"
        "T3\tPROFESSION 30 40\tминистр\n"
        "T4\tPERSON 50 60\tИван Петров\n"
        "N1\tReference T2 Wikidata:Q159\tРоссия\n",
        "utf-8",
    )
    assert read_brat(ann) == {(0, 20, "ORG"), (50, 60, "PER")}
    assert outermost([(0, 5, "LOC"), (0, 5, "ORG"), (1, 3, "PER")]) == {(0, 5, "LOC")}


def test_scores_count_exact_matches():
    scores = Scores()
    scores.add({(0, 5, "PER"), (6, 9, "LOC")}, {(0, 5, "PER"), (6, 10, "LOC")})
    assert scores.prf("PER") == (1.0, 1.0, 1.0)
    assert scores.prf("LOC") == (0.0, 0.0, 0.0)


def test_eval_ner_command_on_real_nerel_documents(tmp_path, capsys):
    for path in sorted(NEREL_DEV.glob("*.txt"))[:5]:
        shutil.copy(path, tmp_path)
        shutil.copy(path.with_suffix(".ann"), tmp_path)
    assert main(["eval", "ner", str(tmp_path), "--format", "json"]) == 0
    import json

    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"letopis", "natasha"}
    # on real news both systems find most persons; letopis must not lose what natasha finds
    assert result["letopis"]["PER"]["f1"] > 0.6
    assert result["letopis"]["PER"]["f1"] >= result["natasha"]["PER"]["f1"] - 0.05
