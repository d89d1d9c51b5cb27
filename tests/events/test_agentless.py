"""Agentless state acts told again: the agent of the same act the text named before (sentences written for
these tests)."""

import pytest

pytestmark = pytest.mark.slow

STORY = (
    "Прокуратура Нью-Йорка расследует дело о мошенничестве с билетами. "
    "Россиянину Ивану Петрову предъявлены обвинения в краже данных. "
    "Петров продавал билеты через интернет. "
)


def test_the_same_charge_again_takes_the_earlier_agent(code):
    events = code(STORY + "Двум американцам также предъявлены обвинения в перепродаже билетов.")
    charges = [e for e in events if e.cameo == "1121" and e.evidence.startswith("Двум")]
    assert charges and all(e.source.startswith("USA") for e in charges)


def test_an_arrest_told_after_a_charge_takes_no_agent_of_it(code):
    # the earlier act is a charge, not an arrest: the American's arrest (place unknown) stays without agent
    events = code(STORY + "Задержан американский программист Джон Смит.")
    assert not any(e.cameo.startswith("173") and e.evidence.startswith("Задержан") for e in events)


def test_an_earlier_agent_of_another_country_is_not_taken(code):
    events = code(
        "Полиция Испании задержала гражданина Франции по запросу Интерпола. "
        "Француз Пьер Дюбуа задержан во время отпуска."
    )
    assert not any(e.source.startswith("ESP") and e.evidence.startswith("Француз") for e in events)


def test_two_earlier_agents_of_one_act_give_none(code):
    events = code(
        "Суд Канады предъявил обвинения гражданину Индии. "
        "Суд Австралии предъявил обвинения гражданину Непала. "
        "В Лондоне прошла конференция. "
        "Трём канадцам предъявлены обвинения в мошенничестве."
    )
    assert not any(e.evidence.startswith("Трём") and e.source[:3] in ("CAN", "AUS") for e in events)


HEADLINE_STORY = (
    "Двое французов арестованы по обвинению в мошенничестве\n\n"
    "Прокуратура Нью-Йорка расследует продажу краденых билетов. "
    "Француз Пьер Дюбуа был задержан в Италии во время отпуска. "
    "Прокурор Нью-Йорка заявил, что дело будет рассмотрено в США."
)


def test_a_headline_arrest_of_foreigners_takes_no_agent_from_the_story(code):
    # the body tells the arrest happened in Italy: the story's country (USA) is not who arrested
    events = code(HEADLINE_STORY)
    assert not any(e.evidence.startswith("Двое") and e.source.startswith("USA") for e in events)
