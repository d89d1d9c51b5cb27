"""Clauses of long wire sentences: converbs, demand clauses, places and posture passives (sentences written for
these tests)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_a_converb_of_yielding_is_the_subjects_act_aimed_at_the_demander(code):
    events = code(
        "Правительство Польши в среду согласилось освободить задержанных профсоюзных активистов, уступив "
        "требованиям Франции, сообщили дипломаты в Варшаве."
    )
    yielded = [e for e in events if e.cameo.startswith("08")]
    assert [(e.source[:3], e.target[:3], e.modality) for e in yielded] == [("POL", "FRA", None)]


def test_a_converb_under_an_addressees_infinitive_stays_part_of_the_request(code):
    events = code(
        "Прокурор попросил суд Польши приговорить активиста к двум годам заключения, запретив ему выезд из страны."
    )
    assert not [e for e in events if e.cameo.startswith("17") and not e.modality]


def test_a_protest_is_aimed_at_whom_its_demand_clause_asks_to_act(code):
    events = code(
        "Тысячи греков в пятницу вышли на демонстрацию в Афинах, требуя, чтобы Анкара вывела свои войска с "
        "севера Кипра, сообщила полиция."
    )
    assert ("14", "GRC", "TUR") in dyads(events)
    assert ("14", "GRC", "GRC") not in dyads(events)


def test_a_protest_without_a_demand_clause_stays_at_home(code):
    events = code("Тысячи греков в пятницу вышли на демонстрацию в Афинах, требуя повышения зарплат.")
    assert not [e for e in events if e.cameo.startswith("14") and e.target and e.target[:3] == "TUR"]
