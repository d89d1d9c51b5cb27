"""A state closing a medium's correspondents' office ("закрыли корпункт Би-би-си", "корреспондентский пункт") is
coercion of that medium, as closing the medium itself is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence, pair", [
    ("Власти Узбекистана закрыли корпункт Би-би-си в Ташкенте.", ("17", "UZB", "GBR")),
    ("МИД России закрыл корреспондентский пункт «Немецкой волны» в Москве.", ("17", "RUS", "DEU")),
    ("Власти Узбекистана закрыли ташкентский корпункт «Радио Свобода».", ("17", "UZB", "USA")),
])
def test_closing_a_bureau_of_a_medium_coerces_it(code, sentence, pair):
    assert pair in dyads(code(sentence))
