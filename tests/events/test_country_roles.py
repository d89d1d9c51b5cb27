"""A state named by its country or capital takes the role of the event it takes part in (roles.py)."""

import pytest

from letopis.events.roles import role_for
from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_role_table_longest_prefix_wins():
    assert role_for("source", "111") == "GOV"
    assert role_for("source", "190") == "MIL"
    assert role_for("target", "195") == ""
    assert role_for("implied", "1731") == "COP"
    assert role_for("implied", "175") == "GOV"



def test_country_acting_in_diplomacy_is_its_government(code):
    events = code("Венгрия осудила Польшу за решение суда.")
    assert ("111", "HUNGOV", "POLGOV") in codes(events)


def test_capital_in_coordination_is_a_government_too(code):
    events = code("Лиссабон и Мадрид обсудили торговые споры.")
    assert {(e.source, e.target) for e in events} == {("PRTGOV", "ESPGOV")}


def test_country_using_force_is_its_military_and_the_country_attacked_is_its_territory(code):
    events = code("Эфиопия нанесла удар по Эритрее.")
    assert ("190", "ETHMIL", "ERI") in codes(events)


def test_a_place_inside_the_target_phrase_keeps_the_bare_country(code):
    events = code("Боевики обстреляли северные районы Нигерии.")
    assert all(e.target == "NGA" for e in events), codes(events)


def test_unnamed_agent_of_an_arrest_is_the_police_of_the_place(code):
    events = code("В Аргентине арестован бывший министр.")
    assert any(e.cameo.startswith("17") and e.source == "ARGCOP" for e in events), codes(events)


def test_group_from_a_place_is_of_that_place(code):
    events = code("Боевики из Сирии атаковали позиции турецкой армии.")
    assert ("190", "SYRINS", "TURMIL") in codes(events)


def test_rocket_launch_at_a_country_is_a_bombardment(code):
    events = code("ХАМАС запустил ракеты по территории Израиля.")
    assert any(e.cameo == "195" and e.target == "ISR" for e in events), codes(events)
