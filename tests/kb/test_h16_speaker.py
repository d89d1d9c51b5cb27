"""A bare force noun ("войска", "армия", "военные", "полиция") in a report whose speaker is a military, defence,
police or security body of a country is that country's force, not the force of the place it acts in; a foreign
ministry, a minister of foreign affairs or a news agency reports on others' forces and gives no country. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from letopis.pipeline import default_analyzer

    analyzer = default_analyzer()
    return lambda text: analyzer(make_article(text, published="2015-05-01"))


def events(article) -> list[tuple[str, str, str]]:
    return [(event.cameo, event.source, event.target) for event in article.events]


@pytest.mark.parametrize("text, source", [
    ("Войска обстреляли позиции боевиков в Ираке, сообщило министерство обороны Турции.", "TURMIL"),
    ("Военные обстреляли деревню на севере Сирии, заявили в министерстве обороны Турции.", "TURMIL"),
    ("По данным израильской армии, войска атаковали позиции боевиков в секторе Газа.", "ISRMIL"),
    ("Армия обстреляла позиции повстанцев в Ливане, как сообщили в генштабе Израиля.", "ISRMIL"),
    ("Полиция задержала демонстрантов в Киеве, сообщила пресс-служба МВД России.", "RUSCOP"),
])
def test_force_of_the_reporting_security_body(run, text, source):
    found = events(run(text))
    assert found and found[0][1] == source


@pytest.mark.parametrize("text", [
    "Войска обстреляли позиции боевиков в Ираке, сообщило министерство иностранных дел Турции.",
    "Войска обстреляли позиции боевиков в Ираке, сообщило турецкое агентство Анадолу.",
    "Войска обстреляли позиции боевиков в Ираке, заявил министр иностранных дел Турции.",
])
def test_a_foreign_ministry_or_agency_gives_no_country(run, text):
    found = events(run(text))
    assert found and not found[0][1].startswith("TUR")


@pytest.mark.parametrize("text", [
    "Войска обстреляли позиции боевиков, сообщило министерство обороны Турции.",
    "Ракета упала в Ираке, сообщило министерство обороны Турции.",
    "Об ударе по Ираку сообщило министерство внутренних дел Турции.",
])
def test_a_lower_case_ministry_with_its_department_is_of_its_genitive_country(run, text):
    article = run(text)
    codes = {mention.text.lower(): entity.actor.code for entity in article.entities if entity.actor
             for mention in entity.mentions if mention.text.lower().startswith("министерств")}
    assert codes and all(code.startswith("TUR") for code in codes.values())
