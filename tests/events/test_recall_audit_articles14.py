"""Causes found by the recall audit of heldout-articles14 (30 unread Wikinews articles, session 12), each
checked on sentences written for these tests: a protest movement the KB did not know, the participants of a
picket or a strike as a crowd, and a state body's abbreviation with its country adjective before it."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


def test_euromaidan_is_the_ukrainian_opposition_while_it_protested(code):
    events = code("Совет Евромайдана потребовал отставки правительства Украины.", published="2014-01-20")
    assert ("1041", "UKROPP", "UKRGOV") in codes(events)


def test_demands_of_the_euromaidan_met_by_the_president(code):
    events = code(
        "Президент Украины Виктор Янукович объявил о досрочных выборах, выполнив требования Евромайдана.",
        published="2014-02-21",
    )
    assert ("08", "UKR", "UKR") in dyads(events)


def test_participants_of_a_picket_are_civilians_of_the_place(code):
    events = code("В Казани участники пикета потребовали отставки мэра.")
    assert ("10", "RUS", "RUS") in dyads(events)
    assert all(e.source == "RUSCVL" for e in events if e.cameo.startswith("10"))


def test_participants_of_a_strike_are_civilians_of_the_place(code):
    events = code("В Париже участники забастовки потребовали от правительства Франции повысить зарплаты.")
    assert any(e.cameo.startswith("10") and e.source == "FRACVL" for e in events)


def test_an_air_force_with_its_country_adjective_is_that_country_s(code):
    events = code("Во вторник самолёты иорданских ВВС нанесли удар по позициям боевиков в Сирии.")
    assert any(e.source == "JORMIL" and e.cameo.startswith("19") for e in events)
    assert not [e for e in events if e.source.startswith("SYR")]


def test_a_qualified_abbreviation_is_no_short_name_of_another_country_s_body(code):
    # "ВВС" with its own adjective is not the short name of "ВВС США" named later in the article
    events = code(
        "Самолёт египетских ВВС нанёс удар по позициям боевиков в Ливии. Пилоты ранее проходили обучение в ВВС США."
    )
    assert any(e.source == "EGYMIL" and e.cameo.startswith("19") for e in events)
    assert not [e for e in events if e.source.startswith("USA")]


def test_taliban_of_another_country_by_its_adjective(code):
    events = code("Пакистанские талибы атаковали полицейский участок в Пешаваре.", published="2018-06-23")
    assert any(e.source == "PAKINS" and e.cameo.startswith("19") for e in events)


def test_afghan_taliban_stay_the_taliban(code):
    events = code("Афганские талибы атаковали полицейский участок в Кандагаре.", published="2018-06-23")
    assert any(e.source == "AFGINS" and e.cameo.startswith("19") for e in events)
