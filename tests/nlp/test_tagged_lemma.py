"""A word's lemma from its tag reads the tag's own features: the same lemma as from a sorted copy, no copy made."""

from __future__ import annotations

import pytest

from letopis.nlp import taggers
from letopis.nlp.neural import models

WORDS = ["переговорами", "заявил", "протестующих", "Москве", "министра", "встретились", "вооружённые", "2024", ","]


def _tags_of(pos: str) -> list[int]:
    return [index for index, (tag_pos, _) in enumerate(models().morph_tags) if tag_pos == pos][:40]


@pytest.mark.parametrize("pos", ["NOUN", "VERB", "ADJ", "PROPN", "NUM", "PUNCT"])
def test_a_tags_lemma_is_the_lemma_of_its_sorted_features(pos: str) -> None:
    taggers._tagged_lemma.cache_clear()
    for tag in _tags_of(pos):
        features = models().morph_tags[tag][1]
        for word in WORDS:
            expected = taggers._lemma.__wrapped__(word.lower(), pos, tuple(sorted(features.items())))
            assert taggers._tagged_lemma(word.lower(), tag) == expected, (word, tag)


def test_the_tags_features_are_passed_as_they_are_and_left_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    monkeypatch.setattr(taggers, "lemma", lambda word, pos, feats: seen.append(feats) or word)
    taggers._tagged_lemma.cache_clear()
    tag = _tags_of("NOUN")[0]
    features = models().morph_tags[tag][1]
    before = dict(features)
    taggers._tagged_lemma("переговорами", tag)
    taggers._tagged_lemma.cache_clear()
    assert seen and seen[0] is features and features == before
