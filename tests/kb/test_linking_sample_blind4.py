"""The fourth blind linking sample (tests/data/linking_sample_blind4.tsv) is well formed.

Its accuracy is measured by bench/linking_accuracy.py; here only the file itself: enough rows, every
span is the article text at its offsets, every actor is a KB actor, and its articles are new.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests/data"
SAMPLE = DATA / "linking_sample_blind4.tsv"
CORPUS = ROOT.parent / "shared/corpus/wikinews"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as file:
        return list(csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t"))


def test_sample_size_and_fields():
    rows = _rows(SAMPLE)
    assert len(rows) >= 300
    assert len({row["article"] for row in rows}) >= 30
    assert len({(row["article"], row["start"], row["stop"]) for row in rows}) == len(rows)
    for row in rows:
        assert int(row["start"]) < int(row["stop"])
        date.fromisoformat(row["published"])


def test_spans_match_article_text():
    if not CORPUS.exists():
        pytest.skip("corpus not available")
    texts: dict[str, str] = {}
    for row in _rows(SAMPLE):
        text = texts.setdefault(row["article"], (CORPUS / row["article"]).read_text("utf-8"))
        assert text[int(row["start"]):int(row["stop"])] == row["text"], row


def test_actors_are_kb_actors():
    from letopis.kb import load_kb

    kb = load_kb()
    missing = sorted({row["actor"] for row in _rows(SAMPLE) if kb.actor(row["actor"]) is None})
    assert not missing


def test_articles_are_not_in_earlier_samples():
    earlier = {row["article"] for name in ("linking_sample.tsv", "linking_sample_fresh.tsv", "linking_sample_blind3.tsv")
               for row in _rows(DATA / name)}
    assert not earlier & {row["article"] for row in _rows(SAMPLE)}
