"""Full codes: an agent the text leaves implicit is the body the article names doing the same act; a
military court or prosecutor and an investigation agency are judicial bodies (kb/data/body_nouns.tsv)."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_implicit_arrest_agent_is_the_body_the_article_names(code):
    events = code(
        "В Перу арестован лидер оппозиционной партии.\n\n"
        "Перуанские спецслужбы арестовали лидера оппозиционной партии Хуана Переса в его доме в Лиме."
    )
    sources = {e.source for e in events if e.cameo == "173"}
    assert sources == {"PERSPY"}


def test_implicit_arrest_agent_stays_police_when_the_article_names_none(code):
    events = code("В Перу арестован лидер оппозиционной партии Хуан Перес.")
    assert {e.source for e in events if e.cameo == "173"} == {"PERCOP"}


def test_military_court_is_a_court(code):
    events = code("Военный суд России приговорил генерала к семи годам лишения свободы.")
    assert ("116", "RUSJUD", "RUSMIL") in codes(events)


def test_investigation_agency_is_judicial_not_media(code):
    events = code("Национальное агентство расследований Индии предъявило обвинения гражданину страны.")
    assert {e.source for e in events if e.cameo == "1121"} == {"INDJUD"}
