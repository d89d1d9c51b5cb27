"""The hand-labelled linking sample (tests/data/linking_sample.tsv) on a slice of its articles.

The full sample is scored by bench/linking_accuracy.py; here a few articles with inflected
names, given names alone, bare body names and UN bodies keep the linker honest, fast.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from letopis.pipeline import make_article

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests/data/linking_sample.tsv"
CORPUS = ROOT.parent / "shared/corpus/wikinews"
SLICE = ("nerel-106133_text.txt", "nerel-106330_text.txt", "nerel-107294_text.txt",
         "nerel-108186_text.txt", "nerel-22657_text.txt", "nerel-23512_text.txt")


def test_sample_slice_accuracy():
    if not CORPUS.exists():
        pytest.skip("corpus not available")
    from letopis.kb.evaluate import linking_analyzer

    with SAMPLE.open(encoding="utf-8") as file:
        rows = list(csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t"))
    assert len(rows) >= 300
    labels = defaultdict(list)
    for row in rows:
        if row["article"] in SLICE:
            labels[row["article"]].append(row)
    analyzer = linking_analyzer()
    articles = [make_article((CORPUS / name).read_text("utf-8"), id=name, published=group[0]["published"])
                for name, group in labels.items()]
    right = total = 0
    for article in analyzer.run(articles):
        spans = {(m.start, m.stop): e.actor.id if e.actor else "" for e in article.entities for m in e.mentions}
        for label in labels[article.id]:
            total += 1
            right += spans.get((int(label["start"]), int(label["stop"]))) == label["actor"]
    assert total >= 60
    assert right / total >= 0.9
