"""Indeclinable country names ("Малави", "Мали", "Чили"): the tagger guesses their case, so a recipient the
parser hung on the verb's object as a genitive may be a dative."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Франция предоставила гуманитарную помощь Малави.", ("07", "FRA", "MWI")),
        ("Швеция выделила помощь Малави на восстановление дорог.", ("07", "SWE", "MWI")),
        ("Япония направила продовольственную помощь Мали.", ("07", "JPN", "MLI")),
    ],
)
def test_a_recipient_after_the_aid_noun_is_the_target(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_an_indeclinable_owner_of_a_subject_noun_stays_its_source(code):
    found = dyads(code("Предупреждение Перу о возможном применении силы против Эквадора прозвучало в четверг."))
    assert ("13", "PER", "ECU") in found, found
