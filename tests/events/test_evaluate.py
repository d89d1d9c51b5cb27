import json

from letopis.events.evaluate import actor_key, evaluate, read_gold, run_gold
from letopis.model import Article, Event


def write_gold(folder, docs):
    (folder / "docs").mkdir(parents=True)
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as out:
        for doc_id, text, events in docs:
            (folder / "docs" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            out.write(
                json.dumps({"doc": doc_id, "published": "2022-03-01", "events": events}, ensure_ascii=False)
                + "\n"
            )


def gold_event(cameo, source, target, optional=False, **extra):
    return {
        "cameo": cameo,
        "source": source,
        "target": target,
        "optional": optional,
        "evidence": "x",
        **extra,
    }


def test_actor_key():
    assert actor_key("RUSGOV") == "RUS"
    assert actor_key("IGOUNMIL") == "IGOUN"
    assert actor_key("IGONATOMIL") == "IGONATO"
    assert actor_key("IGOCSTO") == "IGOCSTO"
    assert actor_key(None) == "---"
    assert actor_key("---INS") == "---"


def test_scores_symmetry_optional_and_negation(tmp_path):
    write_gold(
        tmp_path,
        [
            (
                "a",
                "Заголовок\nТекст.",
                [
                    gold_event("042", "FRAGOV", "DEUGOV", date="2022-03-01"),
                    gold_event("040", "POLGOV", "CZEGOV"),
                    gold_event("111", "UKRGOV", "RUSGOV", optional=True),
                ],
            )
        ],
    )
    docs = read_gold(tmp_path)
    predicted = Article(
        id="a",
        text="",
        events=[
            Event("040", "CZEGOV", "POLMIL"),  # symmetric root: order and role do not matter
            Event("042", "DEUGOV", "FRAGOV"),  # 04 is symmetric, so reversed still matches
            Event("111", "UKRGOV", "RUSGOV"),  # optional in gold: neither TP nor FP
            Event("190", "RUSMIL", "UKRMIL", negated=True),  # negated: left out
            Event("173", "RUSCOP", "RUSCVL"),  # a false positive
        ],
    )
    evaluation = evaluate(docs, {"a": predicted})
    main = evaluation.scores["main"]
    assert (main.tp, main.fp, main.fn) == (2, 1, 0)
    strict = evaluation.scores["strict"]
    assert strict.tp == 1  # only 042 FRA/DEU GOV matches with full codes
    assert evaluation.attributes["date"] == (1, 2)  # 042: 2022-03-01 vs none; 040: none vs none


def test_sentence_set_scored_at_plover_level(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "s1.txt").write_text("Фраза.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(
        json.dumps(
            {
                "doc": "s1",
                "published": None,
                "events": [{"plover": "ASSAULT", "source": "SRBMIL", "target": "ALB"}],
            }
        ),
        encoding="utf-8",
    )

    def analyze(articles):
        for article in articles:
            article.events = [Event("193", "SRBMIL", "ALBCVL", plover="ASSAULT")]
            yield article

    evaluation = run_gold(tmp_path, analyze)
    assert evaluation.kind == "sentences"
    assert list(evaluation.scores) == ["plover"]
    assert evaluation.scores["plover"].f1 == 1.0
