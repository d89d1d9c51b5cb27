""""в договоре между Россией и Абхазией, заключённом в июне 2014 года": a participle on the trigger noun itself tells
that very act, so its time dates the trigger, and an old one makes it background (h13 precision audit). A participle
on another noun keeps its time to itself."""

import pytest

pytestmark = pytest.mark.slow


def test_treaty_concluded_years_ago_is_background(code):
    events = code(
        "Пенсии\nОбязательство о выплате пенсий содержится в договоре между Россией и Южной Осетией о союзничестве и "
        "интеграции, заключённом в Москве в июне 2014 года.",
        published="2017-04-03",
    )
    assert not [e for e in events if e.cameo.startswith("05")]


def test_treaty_concluded_this_week_is_news_of_its_day(code):
    events = code(
        "Пенсии\nОбязательство о выплате пенсий содержится в договоре между Россией и Южной Осетией о союзничестве и "
        "интеграции, заключённом в Москве 1 апреля 2017 года.",
        published="2017-04-03",
    )
    dated = [e for e in events if e.cameo.startswith("05")]
    assert dated and dated[0].date == "2017-04-01"


def test_participle_on_another_noun_dates_only_its_own_act(code):
    events = code(
        "Суд\nСуд Милана 3 апреля 2017 года освободил журналиста, задержанного в ноябре 2014 года.",
        published="2017-04-03",
    )
    assert [e for e in events if e.cameo.startswith("08") and e.date == "2017-04-03"]
