"""Causes of false events left after the twelfth round on unseen Wikinews articles (thirteenth round): states
of affairs and background history, each checked on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Италии, который поддерживал дружеские отношения с президентом Египта, выступил в Риме.",
        "Правительство Японии не поддерживает дипломатических отношений с Северной Кореей.",
    ],
)
def test_keeping_up_relations_is_a_state(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("05")]


def test_a_standing_rule_is_no_ban(code):
    events = code("Теперь в Канаде смертная казнь не разрешается ни при каких обстоятельствах.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_an_effort_kept_up_is_no_act(code):
    events = code("Власти Китая всячески стараются ограничить доступ граждан Китая к иностранным сайтам.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_support_for_a_government_is_still_an_act(code):
    events = code("Президент Франции поддержал правительство Германии.")
    assert ("05", "FRA", "DEU") in dyads(events)


def test_a_ban_is_still_an_act(code):
    events = code("Правительство Китая ограничило доступ граждан Китая к иностранным сайтам.")
    assert [e for e in events if e.cameo.startswith("17")]


def test_then_takes_the_time_named_before_and_is_background(code):
    text = (
        "Министр обороны Германии прибыл в Париж. В 2015 году он был министром финансов Германии. "
        "Тогда же полиция Германии арестовала лидера оппозиции."
    )
    events = code(text)
    assert not [e for e in events if e.cameo.startswith("17")]
    assert [e for e in events if e.cameo.startswith("04")]


def test_then_after_a_recent_date_keeps_the_event_with_that_date(code):
    text = "Министр обороны Германии 10 марта прибыл в Париж. Тогда же полиция Германии арестовала лидера оппозиции."
    arrests = [e for e in code(text) if e.cameo.startswith("17")]
    assert arrests and arrests[0].date == "2023-03-10"
