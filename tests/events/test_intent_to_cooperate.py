"""Round 25 (helper "agree"), checked on sentences written for these tests: promised, offered and agreed acts take
their 03x intent code (peacekeepers sent, people and property returned, observers allowed in, mediation offered
or accepted), and a promise of one's own country's act is aimed at that act's partner."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_a_promise_of_the_own_countrys_act_is_aimed_at_its_partner(code):
    events = code("Президент Казахстана пообещал, что Астана будет тесно сотрудничать с Москвой в сфере энергетики.")
    assert ("030", "KAZGOV", "RUSGOV") in codes(events)
    assert ("030", "KAZGOV", "KAZGOV") not in codes(events)


def test_peacekeepers_announced_are_intent_to_provide_peacekeeping(code):
    assert ("0334", "BRAGOV", "LBNGOV") in codes(code("Бразилия объявила, что направит 300 миротворцев в Ливан."))


def test_a_pledge_makes_its_content_intended(code):
    assert ("0332", "FRAGOV", "SRBGOV") in codes(code("Франция обязалась поставить Сербии вертолёты."))


def test_detainees_promised_back_are_intent_to_release(code):
    events = code("Правительство Ирана обязалось вернуть Великобритании задержанных моряков.")
    assert ("0353", "IRNGOV", "GBRGOV") in codes(events)


def test_observers_allowed_in_are_intent_to_allow_involvement(code):
    events = code("Молдавия согласилась на размещение наблюдателей ОБСЕ в Приднестровье.")
    assert ("0355", "MDAGOV", "IGOOSCE") in codes(events)


def test_mediation_offered_between_two_countries(code):
    events = codes(code("Турция предложила стать посредником между Россией и Украиной."))
    assert {("039", "TURGOV", "RUSGOV"), ("039", "TURGOV", "UKRGOV")} <= events


def test_mediation_accepted_is_038(code):
    assert ("038", "SOMGOV", "KENGOV") in codes(code("Правительство Сомали согласилось на посредничество Кении."))


def test_a_past_visit_is_no_intent(code):
    events = code("Министр иностранных дел Италии посетил Каир в прошлом году.")
    assert not [e for e in events if e.cameo.startswith("03")]


def test_readiness_for_dialogue_is_its_stater_intent_to_negotiate(code):
    events = code("Власти Колумбии выразили готовность к диалогу с повстанцами.")
    assert ("036", "COLGOV", "COLREB") in codes(events)


@pytest.mark.parametrize("text, source, target", [
    # the proposal's owner after "на", and the agent of a participle on the proposal
    ("Правительство Анголы согласилось на предложение ООН о прекращении огня.", "AGO", "IGOUN"),
    ("Иран принял условия перемирия, предложенные Генеральным секретарём ООН.", "IRN", "IGOUN"),
    ("Пакистан согласился на просьбу США о выдаче подозреваемого.", "PAK", "USA"),
])
def test_accepting_another_partys_proposal_or_request(code, text, source, target):
    events = code(text, "1995-05-10")
    assert [e for e in events if e.plover == "AGREE" and e.source[:3] == source and (e.target or "")[:len(target)] == target]
