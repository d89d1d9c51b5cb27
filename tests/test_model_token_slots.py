"""Tokens are slotted dataclasses (the pipeline's most read object): fields only, read quicker, same behaviour."""

import copy
import json
import pickle
from dataclasses import asdict, fields, replace

import pytest

from letopis.model import Token


def _token() -> Token:
    return Token(12, 19, "Москвой", "москва", "PROPN", {"Case": "Ins", "Number": "Sing"}, 3, "obl")


def test_fields_are_slots_and_nothing_else() -> None:
    token = _token()
    assert Token.__slots__ == tuple(field.name for field in fields(Token))
    assert not hasattr(token, "__dict__")
    with pytest.raises(AttributeError):
        token.colour = "red"  # type: ignore[attr-defined]  # a misspelt field fails loudly


def test_defaults_equality_replace_and_copies_behave_as_before() -> None:
    token = _token()
    bare = Token(0, 3, "МИД")
    assert (bare.lemma, bare.pos, bare.feats, bare.head, bare.rel) == ("", "", {}, -1, "")
    assert bare.feats is not Token(4, 7, "ООН").feats  # a fresh dict each
    moved = replace(token, head=-1, rel="root")
    assert (moved.head, moved.rel, moved.text) == (-1, "root", "Москвой") and token.head == 3
    assert copy.deepcopy(token) == token and copy.copy(token) == token
    assert asdict(token)["feats"] == {"Case": "Ins", "Number": "Sing"}
    assert json.loads(json.dumps(asdict(token)))["lemma"] == "москва"


def test_a_token_pickles_alone() -> None:
    token = _token()
    again = pickle.loads(pickle.dumps(token, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == token and type(again) is Token
