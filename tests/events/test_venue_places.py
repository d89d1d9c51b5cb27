"""A country named only as the venue of a meeting ("переговоры в Джакарте", "подписанное в Осло соглашение") is
no party's: a role named without its country does not take it from the place or the sentence
(Context.venue_countries, data/venue_nouns.txt)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, expected", [
    ("Подписанное в Осло мирное соглашение между правительством Гватемалы и повстанцами одобрено ООН.",
     ("05", "GTM", "GTM")),
    ("На переговорах в Женеве представители правительства Сирии обвинили повстанцев в срыве перемирия.",
     ("11", "SYR", "SYR")),
    ("На встрече в Стокгольме министр иностранных дел Эфиопии раскритиковал повстанцев.",
     ("11", "ETH", "ETH")),
])
def test_venue_is_no_party_s_country(code, text, expected):
    assert expected in dyads(code(text))


def test_place_of_the_act_still_counts(code):
    assert ("19", "IRQ", "IRQ") in dyads(code("В Ираке боевики напали на полицейский участок."))


def test_venue_of_a_verb_whose_object_is_the_meeting(code):
    assert ("05", "COL", "COL") in dyads(code("Правительство Колумбии и повстанцы подписали в Гаване соглашение о перемирии."))
