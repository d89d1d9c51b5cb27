"""A participle phrase set off by commas after its noun keeps its own words: a noun the parser hung on the verb after
the closing comma ("крестьяне, перекрывшие в четверг десятки дорог по всей стране, добиваются ...") is the
participle's object (accusative) or oblique. Sentences written for these tests."""

import pytest

from letopis.events.repairs import repair_set_off_participle_phrases
from letopis.model import Token
from tests.events.conftest import dyads


@pytest.mark.parametrize("text, dyad", [
    ("Протесты\n\nПарагвайские крестьяне, перекрывшие в четверг десятки дорог по всей стране, добиваются от "
     "правительства проведения аграрной реформы.", ("14", "PRY", "PRY")),
    ("Протесты\n\nБолгарские фермеры, перекрывшие в понедельник несколько трасс под Софией, требуют субсидий.",
     ("14", "BGR", "BGR")),
])
def test_a_crowd_told_by_its_participle(code, text, dyad):
    assert dyad in dyads(code(text, published="2012-05-10"))


def token(text, lemma, pos, feats=None):
    return Token(start=0, stop=len(text), text=text, lemma=lemma, pos=pos, feats=dict(feats or {}))


def sentence():
    return [
        token("крестьяне", "крестьянин", "NOUN", {"Case": "Nom"}),
        token(",", ",", "PUNCT"),
        token("перекрывшие", "перекрыть", "VERB", {"VerbForm": "Part", "Voice": "Act"}),
        token("десятки", "десяток", "NOUN", {"Case": "Acc"}),
        token("дорог", "дорога", "NOUN", {"Case": "Gen"}),
        token(",", ",", "PUNCT"),
        token("требуют", "требовать", "VERB", {"VerbForm": "Fin"}),
        token("реформы", "реформа", "NOUN", {"Case": "Gen"}),
    ]


def test_a_noun_inside_the_phrase_hung_after_it_is_the_participles():
    heads = [6, 2, 0, 6, 3, 2, -1, 6]
    rels = ["nsubj", "punct", "acl", "obj", "nmod", "punct", "root", "obj"]
    repair_set_off_participle_phrases(sentence(), heads, rels)
    assert (heads[3], rels[3]) == (2, "obj")
    assert (heads[7], rels[7]) == (6, "obj")  # after the closing comma: the main verb's


def test_a_participle_with_an_object_keeps_it():
    heads = [6, 2, 0, 2, 6, 2, -1, 6]
    rels = ["nsubj", "punct", "acl", "obj", "obl", "punct", "root", "obj"]
    repair_set_off_participle_phrases(sentence(), heads, rels)
    assert (heads[3], rels[3]) == (2, "obj")
    assert (heads[4], rels[4]) == (2, "obl")
