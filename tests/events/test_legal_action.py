"""Official charges and criminal cases opened against a person as legal action (CAMEO 173, as the dev set and the
CAMEO codebook code them), a charge brought as an accusation of a crime (1121, as the PLOVER gold codes "indicted"),
verbal accusations as 112, cases opened on a fact as no one's act on anyone; on sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Прокуратура Бельгии предъявила обвинение бывшему министру обороны Бельгии.", ("1121", "BELJUD", "BELGOV")),
        (
            "Генеральная прокуратура Украины выдвинула официальные обвинения против бывшего премьер-министра Украины.",
            ("173", "UKRJUD", "UKRGOV"),
        ),
        ("Следственный комитет России завёл уголовное дело на главу администрации Омска.", ("173", "RUSJUD", "RUSGOV")),
        # the implied agent of a case is the judiciary of the place, of an arrest its police
        ("В Казани против бывшего мэра города возбуждено уголовное дело.", ("173", "RUSJUD", "RUSCVL")),
        ("В Казани задержан бывший мэр города.", ("173", "RUSCOP", "RUSCVL")),
    ],
)
def test_charges_and_cases_against_a_person(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_verbal_accusation_stays_an_accusation(code):
    assert dyads(code("Президент Грузии обвинил Россию в организации провокации.")) == {("11", "GEO", "RUS")}


@pytest.mark.parametrize(
    "sentence",
    [
        # the passive subject "дело" is the row's object, not a target: "УК РФ" inside it is no one charged
        "По факту взрыва в Омске возбуждено уголовное дело по статье о теракте УК РФ.",
        "Следственный комитет России возбудил уголовное дело по факту убийства.",
    ],
)
def test_a_case_opened_on_a_fact_charges_no_one(code, sentence):
    assert not [e for e in code(sentence) if e.cameo.startswith(("17", "112"))]


def test_an_upcoming_charge_whose_agent_only_the_place_implies_is_no_threat(code):
    events = code("Завтра бывшему губернатору Омской области будут предъявлены обвинения в получении взятки.")
    assert not [e for e in events if e.cameo.startswith(("13", "17"))]
