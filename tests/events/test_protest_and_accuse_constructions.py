"""Round 25, checked on sentences written for these tests: crowds named by a chain of number nouns or going out to
the streets of a city, taking part in a rally, an object the parser hangs on the verb's noun complement, and
investigations led, as wire reports word them."""

import pytest

pytestmark = pytest.mark.slow


def test_tens_of_thousands_of_people_on_the_streets_of_a_city_protest(code):
    events = code("Десятки тысяч человек вышли на улицы Будапешта, требуя отставки правительства.")
    assert [e for e in events if e.cameo.startswith("14") and e.source == "HUNCVL"]


def test_a_crowd_on_the_streets_without_a_city_is_no_actor(code):
    events = code("Десятки тысяч человек вышли на улицы, требуя отставки правительства.", published="2023-03-15")
    assert not [e for e in events if e.cameo.startswith("14")]


def test_taking_part_in_a_march_in_a_city_is_a_rally_of_its_people(code):
    events = code("Тысячи человек приняли участие в шествии в Тбилиси против нового закона.")
    assert [e for e in events if e.cameo == "141" and e.source == "GEOCVL"]


def test_taking_part_in_talks_is_no_rally(code):
    events = code("Тысячи человек приняли участие в переговорах в Тбилиси.")
    assert not [e for e in events if e.cameo.startswith("14")]


def test_the_object_hung_on_the_noun_of_criticism_is_the_target(code):
    events = code("Германия подвергла резкой критике Турцию за аресты журналистов.")
    assert [e for e in events if e.cameo == "111" and e.source.startswith("DEU") and e.target.startswith("TUR")]


def test_an_investigation_led_against_an_official_is_investigation(code):
    events = code("Прокуратура Франции ведёт расследование в отношении бывшего президента Николя Саркози.")
    assert [e for e in events if e.cameo.startswith("09") and e.source.startswith("FRA")]


def test_riots_that_break_out_in_a_city_are_a_violent_protest_of_its_people(code):
    events = code("В Париже вспыхнули массовые беспорядки.")
    assert [e for e in events if e.cameo == "145" and e.source == "FRACVL"]


def test_riots_that_go_on_are_a_state_not_an_event(code):
    events = code("В Париже продолжаются беспорядки.")
    assert not [e for e in events if e.cameo.startswith("14")]


def test_criticism_launched_at_a_government_is_criticism_of_it(code):
    events = code("Президент Польши обрушился с критикой на правительство Германии.")
    assert [e for e in events if e.cameo == "111" and e.source.startswith("POL") and e.target.startswith("DEU")]


def test_a_flag_burnt_is_a_protest_against_its_country(code):
    events = code("Палестинские студенты сожгли флаг Израиля в Рамалле.")
    assert [e for e in events if e.cameo.startswith("14") and (e.target or "").startswith("ISR")]


def test_a_letter_of_protest_is_an_official_complaint(code):
    events = code("Египет направил Израилю письмо протеста в связи с обстрелом пограничного поста.")
    assert [e for e in events if e.cameo == "114" and e.source.startswith("EGY") and e.target.startswith("ISR")]


def test_a_court_that_finds_a_state_responsible_finds_it_liable(code):
    events = code("Европейский суд по правам человека признал Турцию ответственной за гибель мирных жителей.")
    assert [e for e in events if e.cameo == "116" and (e.target or "").startswith("TUR")]


def test_a_crowd_gathered_in_a_city_demanding_is_a_rally(code):
    events = code("Несколько тысяч человек собрались в Ереване, требуя отставки премьер-министра.")
    assert [e for e in events if e.cameo == "141" and e.source == "ARMCVL"]
