"""Session 14 (silentart), checked on sentences written for these tests: the relatives, friends, family or close ones
of a victim ("родственники погибших", "друзья убитого", "семьи заложников") are private people of their context's
country, so the protest they hold has a source; relatives named without a victim are no actor of their own."""

import pytest

pytestmark = pytest.mark.slow


def _protests(events):
    return [(e.cameo, e.source) for e in events if e.cameo.startswith("14")]


def test_relatives_of_the_dead_rallying_in_a_city_are_its_civilians(code):
    events = code("Родственники погибшего собрались на митинг у здания суда в Казани.", published="2013-06-16")
    assert ("141", "RUSCVL") in _protests(events)


def test_friends_of_the_dead_with_a_date_between(code):
    events = code("Друзья погибшего 15 июня вышли на митинг у входа в управление судебного департамента в Казани.",
                  published="2013-06-16")
    assert ("141", "RUSCVL") in _protests(events)


def test_families_of_hostages_picket_a_government(code):
    events = code("Семьи заложников провели пикет у здания правительства Израиля.", published="2023-11-16")
    assert [e for e in events if e.cameo == "141" and e.source == "ISRCVL" and e.target == "ISRGOV"]


def test_relatives_of_victims_picket_a_parliament(code):
    events = code("Родственники жертв теракта пикетировали здание парламента в Киеве.", published="2013-06-16")
    assert [e for e in events if e.cameo == "141" and e.source == "UKRCVL"]


def test_relatives_without_a_victim_are_no_actor(code):
    events = code("Королеву в Лондоне посетили родственники и близкие.", published="2013-06-16")
    assert not [e for e in events if e.source and e.source.endswith("CVL")]
