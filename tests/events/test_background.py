"""Background told as if news: acts the article recalls from well before its news are no events of its own."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_a_treaty_of_the_year_before_last_autumn_is_background(code):
    events = code("В 2018 году Эфиопия и Эритрея заключили мирный договор.", published="2019-10-12")
    assert not [e for e in events if e.cameo.startswith("05")]


def test_a_detention_nine_months_before_is_background(code):
    events = code("Полиция Турции задержала гражданина Бельгии 9 апреля 2019 года.", published="2020-01-30")
    assert not [e for e in events if e.cameo.startswith("17")]


def test_a_detention_four_months_before_is_still_news(code):
    events = code("Полиция Турции задержала гражданина Бельгии 9 сентября 2019 года.", published="2020-01-30")
    assert ("17", "TUR", "BEL") in dyads(events)


def test_an_act_done_again_and_again_is_a_habit_not_an_event(code):
    events = code("Депутаты оппозиции неоднократно обвиняли правительство Японии в коррупции.")
    assert not [e for e in events if e.cameo.startswith("11")]


def test_the_same_act_done_once_is_an_event(code):
    events = code("Депутаты оппозиции обвинили правительство Японии в коррупции.")
    assert [e for e in events if e.cameo.startswith("11") and e.target.startswith("JPN")]
