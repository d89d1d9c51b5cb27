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
