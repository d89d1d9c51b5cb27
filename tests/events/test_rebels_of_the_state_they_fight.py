""""Турция поддержала повстанцев, выступающих против правительства Сирии": an armed group named without its country
but with a participle clause "против правительства/армии/властей X" right after it is X's (REB/INS of X), not the
backer's (h14 precision audit, kb Context.opponent_after, role_words.opponent_positions). "против Израиля" alone
tells no home and leaves the group to the old clues."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_rebels_against_a_government(code):
    events = code("Новости\nТурция поддержала повстанцев, выступающих против правительства Сирии.")
    assert ("05", "TUR", "SYR") in dyads(events)


def test_militants_against_an_army(code):
    events = code("Новости\nСаудовская Аравия финансирует боевиков, сражающихся против армии Ирака.")
    assert ("07", "SAU", "IRQ") in dyads(events)


def test_rebels_against_authorities_past(code):
    events = code("Новости\nФранция поддержала мятежников, воевавших против властей Ливии.")
    assert ("05", "FRA", "LBY") in dyads(events)



def test_rebels_against_the_forces_of_a_state(code):
    events = code("Новости\nКатар финансировал повстанцев, воюющих против войск Сирии.")
    assert ("07", "QAT", "SYR") in dyads(events)
