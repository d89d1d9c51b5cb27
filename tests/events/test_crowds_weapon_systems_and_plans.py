"""Round 23, checked on sentences written for these tests: an unnamed crowd that protests in a named place is the
civilians of its country; weapons named by their system are a military aid; a time inside a relative clause dates
its own act, not the main one; troops sent to a country are a deployment, but not the infinitive of a decision."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_a_crowd_of_people_that_goes_out_to_protest_is_the_civilians_of_the_place(code):
    events = code("Тысячи людей вышли на акцию протеста в Москве.")
    assert [e for e in events if e.cameo.startswith("14") and e.source == "RUSCVL"]


def test_a_rally_that_took_place_stands_for_its_people(code):
    events = code("В Москве прошла акция протеста против повышения пенсионного возраста.")
    assert [e for e in events if e.cameo == "141" and e.source == "RUSCVL"]


def test_a_crowd_with_no_place_is_no_actor(code):
    events = code("Тысячи людей вышли на акцию протеста.", published="2023-03-15")
    assert not [e for e in events if e.cameo.startswith("14")]


def test_air_defence_systems_are_military_aid(code):
    events = code("Франция передала Украине системы залпового огня.")
    assert ("072", "FRAGOV", "UKRGOV") in codes(events)


def test_a_system_without_a_weapon_word_is_no_military_aid(code):
    events = code("Компания передала Украине системы видеонаблюдения.")
    assert not [e for e in events if e.cameo.startswith("07")]


def test_a_time_in_a_relative_clause_does_not_date_the_main_act(code):
    events = code(
        "Суд освободил Навального, который в 2014 году был задержан полицией.", published="2023-03-15"
    )
    released = [e for e in events if e.cameo.startswith("08")]
    assert released and released[0].date == "2023-03-15"


def test_troops_sent_to_a_country_are_a_deployment(code):
    events = code("Россия направила войска в Сирию.")
    assert [e for e in events if e.cameo == "154" and e.source.startswith("RUS")]


def test_the_infinitive_of_a_decision_is_no_act(code):
    events = code("Депутаты выступили против решения направить войска в Ирак.")
    assert not [e for e in events if e.cameo == "154"]
