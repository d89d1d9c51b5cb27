""""X настаивает, что ..." insists on a claim and asks for no act; "армия входила в движение" tells a membership,
no entry of troops (h13 precision audit). "настаивает на выводе войск" and "войска вошли на территорию" still
are events."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_insisting_on_a_claim_is_no_demand(code):
    events = code("Граница\nМосква настаивает, что украинский военный сам пересёк границу.")
    assert not [e for e in events if e.cameo.startswith("10")]


def test_insisting_on_a_withdrawal_is_a_demand(code):
    events = code("Абхазия\nГрузия настаивает на выводе российских войск из Абхазии.")
    assert any(e.cameo.startswith("10") and e.source.startswith("GEO") for e in events)


def test_an_army_in_a_movement_is_no_occupation(code):
    events = code("История\nВ националистическое движение, возглавляемое Бандерой, входила Украинская повстанческая армия.")
    assert not [e for e in events if e.cameo.startswith("19")]


def test_troops_entering_a_country_occupy_it(code):
    events = code("Война\nРоссийские войска вошли на территорию Грузии.")
    assert ("19", "RUS", "GEO") in dyads(events)


def test_troops_entering_a_city_occupy_it(code):
    events = code("Война\nРоссийские войска вступили в Грузию.")
    assert ("19", "RUS", "GEO") in dyads(events)
