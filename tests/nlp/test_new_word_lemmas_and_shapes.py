"""Byte-identical speed-ups of session 23: a new word's lemma read from the dictionary's entries in one pass with
each entry's score kept by its tag's number (``morph._dictionary_lemma``), and a new word's shape id from slovnet's
word type and outline (``Models._shape_code``). Both must give what the code they replace gave, for words written
here: dictionary words of several parts of speech, ambiguous forms, words pymorphy only guesses."""

from __future__ import annotations

from typing import Any, Optional

import natasha.morph.lemma as natasha_lemma
import pytest
from slovnet.shape import word_shape

from letopis.nlp import morph
from letopis.nlp.morph import morph_vocab
from letopis.nlp.neural import models

WORDS = ["стали", "мыла", "печь", "вести", "больных", "учёных", "учеными", "трём", "сорока", "пила", "дорогой",
         "переговорами", "заявил", "протестующих", "вооруженные", "министра", "встретились", "белый", "дом",
         "москве", "оно", "его", "были", "перевозчиками", "кибердружинники", "зумеров", "твитнул", "ок", "и"]


def _reference(vocab: Any, word: str, pos: str, feats: dict[str, str]) -> Optional[str]:
    """The dictionary read as it was before session 23: every entry's tag object, scores by ``_scores``, the
    qualifying entries' normal forms."""
    dictionary = vocab.dictionary
    entries = morph._dictionary_entries(vocab, word)
    if not entries:
        return None
    scores = morph._scores([dictionary.build_tag_info(para_id, idx) for _, para_id, idx in entries], pos, feats)
    top = max(scores)
    if top <= 0:
        return word
    qualifying = [entry for entry, score in zip(entries, scores) if score == top]
    normal_forms = {dictionary.build_normal_form(para_id, idx, fixed) for fixed, para_id, idx in qualifying}
    return normal_forms.pop() if len(normal_forms) == 1 else None


def _tagger_tags() -> list[tuple[str, dict[str, str]]]:
    """Every tag the morphology model can give, with a few of no part of speech it knows."""
    return list(models().morph_tags) + [("X", {}), ("NOUN", {}), ("VERB", {"Tense": "Fut"})]


def test_the_dictionary_lemma_is_the_one_read_before() -> None:
    vocab = morph_vocab()
    checked = 0
    for pos, feats in _tagger_tags():
        for word in WORDS:
            word = word.replace("ё", "е")
            assert morph._dictionary_lemma(vocab, word, pos, feats) == _reference(vocab, word, pos, feats), (word, pos,
                                                                                                             feats)
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize("pos, feats", [
    ("NOUN", {"Animacy": "Inan", "Case": "Nom", "Gender": "Fem", "Number": "Plur"}),
    ("VERB", {"Aspect": "Perf", "Mood": "Ind", "Number": "Plur", "Tense": "Past", "VerbForm": "Fin"}),
    ("ADJ", {"Case": "Ins", "Degree": "Pos", "Gender": "Fem", "Number": "Sing"}),
    ("PROPN", {"Case": "Dat", "Gender": "Fem", "Number": "Sing"}),
    ("ADV", {}),
])
def test_the_lemma_is_still_natashas(pos: str, feats: dict[str, str]) -> None:
    vocab = morph_vocab()
    for word in WORDS:
        assert morph.lemma(word, pos, feats) == natasha_lemma.lemmatize(vocab, word, pos, feats), (word, pos)


def test_an_entry_tag_is_compared_once_per_tag_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = natasha_lemma.grams_sim

    def counted(*args: Any) -> int:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(natasha_lemma, "grams_sim", counted)
    monkeypatch.setattr(morph, "_TAG_SCORES", {})
    vocab = morph_vocab()
    tag = ("NOUN", {"Animacy": "Inan", "Case": "Loc", "Gender": "Neut", "Number": "Sing"})
    first = [morph._dictionary_lemma(vocab, word, *tag) for word in ("стали", "мыла", "печь")]
    made = len(calls)
    assert made
    assert [morph._dictionary_lemma(vocab, word, *tag) for word in ("стали", "мыла", "печь")] == first
    assert len(calls) == made  # asked again: the scores are read by tag number, not compared again
    assert list(morph._TAG_SCORES) == [("NOUN", *tag[1].items())]


def test_the_kept_scores_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morph, "_TAG_SCORES", {})
    monkeypatch.setattr(morph, "KEPT_SCORES", 3)
    vocab = morph_vocab()
    for case in ("Nom", "Gen", "Dat", "Acc", "Ins"):
        morph._dictionary_lemma(vocab, "стали", "NOUN", {"Case": case})
    assert len(morph._TAG_SCORES) <= 3


@pytest.mark.parametrize("word", [
    "москва", "Москва", "МОСКВА", "МосКва", "я", "Я", "Нью-Йорк", "Ростов-на-Дону", "СИЗО-6", "iPhone", "NATO", "Nato",
    "x", "X", "2024", "+7", "-3", "1,5", "2011-2020", ",", ".", "...", "?!", "«", "»", "№", "—", "§", "😀", "ё", "Ёлка",
    "COVID-19", "Covid", "abc-Def", "Abc-Def", "а-б", "Ф.", "т.е.", "_", "**",
])
def test_the_shape_id_is_slovnets(word: str) -> None:
    found = models()
    assert found._shape_code(word) == found._shapes_vocab.encode(word_shape(word))
    assert found._shape_code(word) == found._shapes_vocab.encode(word_shape(word))  # kept, and still the same


def test_a_words_code_is_its_word_id_and_shape_id() -> None:
    found = models()
    for word in ("Кремль", "кремль", "ООН", "2024", "«"):
        found._codes.pop(word, None)
        assert found._code(word) == (found._words_vocab.encode(word.lower()),
                                     found._shapes_vocab.encode(word_shape(word)))
