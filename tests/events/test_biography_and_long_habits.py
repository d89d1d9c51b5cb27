"""Biography and long habits told in news: an act told by the actor's age ("в 23 года") or over a long stretch of
time ("долгое время", "регулярно") is recalled history, not an event of the article (h12 precision audit)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_an_act_told_by_the_actors_age_is_biography(code):
    events = code("В 19 лет он участвовал в протестах против правительства Ирана, которые были жестоко подавлены властями.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_an_arrest_at_the_age_of_is_biography(code):
    events = code("В возрасте 25 лет журналист был арестован полицией Египта.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_an_arrest_told_by_age_alone_is_biography(code):
    events = code("В 25 лет журналист был арестован полицией Египта.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_a_year_is_no_age(code):
    events = code("В 2020 году журналист был арестован полицией Египта.", published="2020-05-03")
    assert ("17", "EGY", "EGY") in dyads(events)


def test_a_long_stretch_of_time_is_a_habit(code):
    events = code("Долгое время полиция Чили задерживала лидеров оппозиции.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_regularly_done_is_a_habit(code):
    events = code("Полиция Белоруссии регулярно задерживала активистов оппозиции.")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_done_once_is_an_event(code):
    events = code("Полиция Белоруссии задержала активистов оппозиции.")
    assert ("17", "BLR", "BLR") in dyads(events)
