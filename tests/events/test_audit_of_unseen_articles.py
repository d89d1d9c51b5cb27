"""Causes found by the audit of 308 unannotated Wikinews articles (nineteenth round), each checked on
sentences written for these tests: a future under "если", a hoped-for act of another, a beneficiary that is
no place, asylum received, removal from a state body."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_future_under_if_is_a_condition_not_an_intent(code):
    events = code("Если парламент Франции одобрит договор, правительство Германии окажет помощь Парижу.")
    assert not [e for e in events if e.cameo[:2] in ("03", "07")]


def test_main_clause_of_a_future_condition_is_no_event(code):
    events = code("Если суд примет иск, то министра обороны Италии отстранят от должности.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_past_main_clause_of_a_contrast_with_if_is_still_an_event(code):
    events = code("Если вчера шли споры, то сегодня премьер-министр Японии встретился с президентом Китая.")
    assert ("04", "JPN", "CHN") in dyads(events) or ("04", "CHN", "JPN") in dyads(events)


def test_what_someone_hopes_another_will_do_is_no_event(code):
    events = code("Президент Франции выразил надежду, что Германия окажет помощь Греции.")
    assert not [e for e in events if e.cameo[:2] in ("03", "07")]


def test_beneficiary_of_espionage_is_not_the_charging_state(code):
    events = code("Двум гражданам Канады предъявлены обвинения в шпионаже в пользу Ирана.")
    assert not [e for e in events if e.source.startswith("IRN")]


def test_asylum_received_is_granted_by_the_country_where(code):
    assert ("07", "DEU", "SYR") in dyads(code("Сирийский журналист получил политическое убежище в Германии."))


def test_removal_from_a_state_body(code):
    events = code("Президент Армении исключил министра финансов Армении из состава Совета безопасности.")
    assert ("17", "ARM", "ARM") in dyads(events)
