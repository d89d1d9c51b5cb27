"""How a lemma's parses are matched with the tag asked for (``morph._scores``): each entry's OpenCorpora tag is
compared with a UD tag once, and the lemma is still natasha's (its ``lemmatize``: the first exact parse, else the
first most similar one). Words and tags written for these tests, dictionary words and made-up ones."""

import natasha.morph.lemma as natasha_lemma
import pytest

from letopis.nlp import morph
from letopis.nlp.morph import EXACT, lemma, morph_vocab

# dictionary words of several parts of speech, ambiguous forms, and words pymorphy only guesses
WORDS = ["стали", "мыла", "печь", "вести", "больных", "учёных", "трём", "сорока", "пила", "дорогой",
         "перевозчиками", "кибердружинники", "зумеров", "блогерше", "твитнул"]
TAGS = [
    ("NOUN", {"Animacy": "Inan", "Case": "Nom", "Gender": "Fem", "Number": "Plur"}),
    ("NOUN", {"Animacy": "Anim", "Case": "Gen", "Gender": "Masc", "Number": "Plur"}),
    ("VERB", {"Aspect": "Perf", "Mood": "Ind", "Number": "Plur", "Tense": "Past", "VerbForm": "Fin"}),
    ("VERB", {"Aspect": "Imp", "VerbForm": "Inf"}),
    ("ADJ", {"Case": "Ins", "Degree": "Pos", "Gender": "Fem", "Number": "Sing"}),
    ("NUM", {"Case": "Dat"}),
    ("PROPN", {"Case": "Dat", "Gender": "Fem", "Number": "Sing"}),
    ("ADV", {}),
]


@pytest.mark.parametrize("pos, feats", TAGS)
def test_the_lemma_is_natashas(pos, feats):
    vocab = morph_vocab()
    for word in WORDS:
        assert lemma(word, pos, feats) == natasha_lemma.lemmatize(vocab, word, pos, feats), (word, pos)


def test_a_tag_asked_for_is_compared_with_each_entry_tag_once(monkeypatch):
    calls = []
    real = natasha_lemma.grams_sim

    def counted(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(natasha_lemma, "grams_sim", counted)
    monkeypatch.setattr(morph, "_SCORES", {})
    tag = ("NOUN", {"Animacy": "Inan", "Case": "Loc", "Gender": "Neut", "Number": "Sing"})
    infos = [form.tag for form in morph_vocab()("стали") + morph_vocab()("мыла")]
    first = morph._scores(infos, *tag)
    made = len(calls)
    assert made and made <= len({info._str for info in infos})
    assert morph._scores(infos, *tag) == first  # asked again: read, not compared again
    assert len(calls) == made


def test_scores_are_exact_or_natashas_similarity():
    infos = [form.tag for word in ("стали", "вести", "дорогой") for form in morph_vocab()(word)]
    for pos, feats in TAGS:
        for info, score in zip(infos, morph._scores(infos, pos, feats)):
            ud = morph._ud(info)
            assert score == (EXACT if ud == (pos, feats) else natasha_lemma.grams_sim(*ud, pos, feats))
    assert EXACT > 1 + len(natasha_lemma.FEATS)  # above any similarity


def test_features_in_another_order_give_the_same_scores():
    infos = [form.tag for form in morph_vocab()("стали")]
    feats = {"Case": "Nom", "Gender": "Fem", "Number": "Plur", "Animacy": "Inan"}
    reordered = dict(reversed(list(feats.items())))
    assert morph._scores(infos, "NOUN", feats) == morph._scores(infos, "NOUN", reordered)
