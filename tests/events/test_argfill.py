"""Targets the parser cut off from their phrase, and visits that meet no other side."""

import pytest

from tests.events.conftest import dyads


def test_place_phrase_after_a_struck_thing_names_its_country(code):
    # the parser hangs "в порту Басры" on the attack, not on the terminal it locates
    found = dyads(code("Боевики совершили нападение на нефтяной терминал в порту Басры."))
    assert ("18", "IRQ", "IRQ") in found, found


def test_a_unit_where_it_stands_is_not_of_that_place(code):
    # a patrol in a suburb of Baghdad may be anyone's: no target from the place
    found = dyads(code("Боевики совершили нападение на патруль в пригороде Багдада."))
    assert not any(item[2] == "IRQ" for item in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Премьер-министр Индии посетил храмы в Индии.",
        "Президент Казахстана побывал в Мангистауской области на западе Казахстана.",
    ],
)
def test_a_tour_of_ones_own_country_is_no_visit(code, sentence):
    assert not any(item[0] == "04" for item in dyads(code(sentence)))


def test_a_visit_abroad_stays(code):
    assert ("04", "IND", "NPL") in dyads(code("Премьер-министр Индии посетил храмы в Непале."))


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Президент США отменил встречу с российским лидером.", "RUS"),
        ("Москва объявила об отмене визита в Киев.", "UKR"),
        ("Премьер-министр Индии отменил визит в Японию.", "JPN"),
    ],
)
def test_a_meeting_called_off_is_refused_to_its_other_side(code, sentence, target):
    assert any(item[0] == "12" and item[2] == target for item in dyads(code(sentence))), dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the partner of the talks hangs two levels below the verb: the talks' other side is still the target
        ("Израиль в воскресенье отменил очередной раунд мирных переговоров с Сирией.", ("164", "ISR", "SYR")),
        ("Москва объявила об отмене переговоров с Киевом.", ("164", "RUS", "UKR")),
    ],
)
def test_talks_called_off_are_halted_with_their_other_side(code, sentence, expected):
    found = {(event.cameo, event.source[:3], (event.target or "")[:3]) for event in code(sentence) if not event.negated}
    assert expected in found, found
