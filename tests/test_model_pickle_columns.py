"""Sentences pickle their tokens as columns (workers send every analysed token to the parent)."""

import pickle

import pytest

from letopis.model import Sentence, Token


def _sentence() -> Sentence:
    feats = {"Case": "Nom", "Number": "Sing"}  # one dict shared by two tokens, as the tagger shares a tag's
    return Sentence(0, 24, "Министр прибыл в Москву.", 1, [
        Token(0, 7, "Министр", "министр", "NOUN", feats, 1, "nsubj"),
        Token(8, 14, "прибыл", "прибыть", "VERB", {"Tense": "Past"}, -1, "root"),
        Token(15, 16, "в", "в", "ADP", {}, 3, "case"),
        Token(17, 23, "Москву", "москва", "PROPN", feats, 1, "obl"),
        Token(23, 24, ".", "", "PUNCT", {}, 1, "punct"),
    ])


def test_round_trip_keeps_every_field_and_shared_feats() -> None:
    sentence = _sentence()
    again = pickle.loads(pickle.dumps(sentence, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == sentence
    assert [type(token) for token in again.tokens] == [Token] * 5
    assert again.tokens[0].feats is again.tokens[3].feats  # still one dict
    assert again.tokens[4].lemma == "" and again.tokens[1].head == -1


def test_no_reduce_call_per_token(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = _sentence()

    def refuse(self: Token) -> None:
        raise AssertionError("a token pickled on its own")

    monkeypatch.setattr(Token, "__reduce__", refuse)
    again = pickle.loads(pickle.dumps([sentence, sentence], protocol=pickle.HIGHEST_PROTOCOL))
    assert again[0] == sentence and again[0] is again[1]


def test_words_holding_the_separator_or_not_strings_still_round_trip() -> None:
    odd = Sentence(0, 9, "a\x00b c", 0, [
        Token(0, 3, "a\x00b", "a\x00b"),
        Token(4, 5, "c", None),  # type: ignore[arg-type]  # a lemma no step set
    ])
    empty = Sentence(10, 10, "", 2, [])
    assert pickle.loads(pickle.dumps([odd, empty])) == [odd, empty]
