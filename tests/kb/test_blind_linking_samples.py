"""The blind linking samples (tests/data/linking_sample_blind3.tsv, linking_sample_blind4.tsv) are well formed.

Their accuracy is measured by bench/linking_accuracy.py; here only the files themselves: enough rows,
every span is the article text at its offsets, every actor is a KB actor, and each sample's articles
are new to the samples before it.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests/data"
CORPUS = ROOT.parent / "shared/corpus/wikinews"
# each sample, in the order they were made
SAMPLES = ["linking_sample.tsv", "linking_sample_fresh.tsv", "linking_sample_blind3.tsv", "linking_sample_blind4.tsv"]
BLIND = SAMPLES[2:]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as file:
        return list(csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t"))


@pytest.mark.parametrize("sample", BLIND)
def test_sample_size_and_fields(sample):
    rows = _rows(sample)
    assert len(rows) >= 300
    assert len({row["article"] for row in rows}) >= 30
    assert len({(row["article"], row["start"], row["stop"]) for row in rows}) == len(rows)
    for row in rows:
        assert int(row["start"]) < int(row["stop"])
        date.fromisoformat(row["published"])


@pytest.mark.parametrize("sample", BLIND)
def test_spans_match_article_text(sample):
    if not CORPUS.exists():
        pytest.skip("corpus not available")
    texts: dict[str, str] = {}
    for row in _rows(sample):
        text = texts.setdefault(row["article"], (CORPUS / row["article"]).read_text("utf-8"))
        assert text[int(row["start"]):int(row["stop"])] == row["text"], row


@pytest.mark.parametrize("sample", BLIND)
def test_actors_are_kb_actors(sample):
    from letopis.kb import load_kb

    kb = load_kb()
    missing = sorted({row["actor"] for row in _rows(sample) if kb.actor(row["actor"]) is None})
    assert not missing


@pytest.mark.parametrize("sample", BLIND)
def test_articles_are_not_in_earlier_samples(sample):
    earlier = {row["article"] for name in SAMPLES[:SAMPLES.index(sample)] for row in _rows(name)}
    assert not earlier & {row["article"] for row in _rows(sample)}
