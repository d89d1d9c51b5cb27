"""Mechanisms that keep the coder general: one participant per phrase, one mention per support-verb phrase,
relative clauses of place, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow




def test_minister_and_his_country_are_one_target(code):
    events = code(
        "Министр иностранных дел Казахстана Мурат Нуртлеу провёл переговоры с министром иностранных дел "
        "Узбекистана Бахтиёром Саидовым в Астане."
    )
    pairs = dyads(events)
    assert pairs == {("04", "KAZ", "UZB")}
    assert all(e.source != e.target[:3] for e in events if e.target)


def test_support_verb_and_noun_are_one_mention(code):
    events = code("Президент Франции провёл переговоры с канцлером Германии.")
    talks = [e for e in events if e.cameo.startswith("04")]
    assert len(talks) == 1
    assert len(talks[0].mentions) == 1
    assert talks[0].mentions[0].trigger == "провёл переговоры"
    assert talks[0].cameo == "046"


def test_mentions_of_one_event_are_distinct(code):
    events = code("Президент России провёл телефонный разговор с президентом Казахстана. Разговор был долгим.")
    for event in events:
        spans = [(m.trigger_start, m.trigger_stop) for m in event.mentions]
        assert len(spans) == len(set(spans))


def test_place_relative_clause_keeps_the_visitor_as_source(code):
    events = code("Президент Турции посетил Будапешт, где провёл переговоры с премьер-министром Венгрии.")
    pairs = dyads(events)
    assert ("04", "TUR", "HUN") in pairs or ("04", "HUN", "TUR") in pairs
    assert not any(s == t for _, s, t in pairs)


def test_unidentified_attacker_is_an_unknown_source(code):
    events = code("Неизвестный беспилотник атаковал здание правительства Ливии.")
    assert any(e.cameo[:2] in ("18", "19") and e.source is None and e.target.startswith("LBY") for e in events)


def test_member_of_a_bare_group_takes_the_country_of_the_place(code):
    events = code("В Бишкеке сотрудники полиции задержали двух журналистов.")
    assert ("17", "KGZ", "KGZ") in dyads(events)


def test_joint_intent_has_the_first_named_side_as_source(code):
    # as EVENTS.md's seed codes "Путин и Рахмон выразили взаимный настрой": the reverse is no required event
    events = code("Египет и Иордания договорились расширить торговлю.")
    assert ("03", "EGY", "JOR") in dyads(events)
    assert ("03", "JOR", "EGY") not in dyads(events)


def test_an_exchange_and_a_reciprocal_act_go_both_ways(code):
    assert {("11", "ARM", "AZE"), ("11", "AZE", "ARM")} <= dyads(code("Армения и Азербайджан обвинили друг друга."))


def test_aid_sent_into_a_country(code):
    events = code("Турция направила в Ливан гуманитарную помощь.")
    assert ("07", "TUR", "LBN") in dyads(events)


def test_weapons_handed_over_are_military_aid(code):
    events = code("Германия передала Польше зенитные ракеты.")
    assert any(e.cameo.startswith("07") and e.source.startswith("DEU") and e.target.startswith("POL") for e in events)


def test_place_hung_on_a_circumstance_names_the_arresting_state(code):
    events = code("По запросу Интерпола в Италии был задержан гражданин Казахстана.")
    assert ("17", "ITA", "KAZ") in dyads(events)
