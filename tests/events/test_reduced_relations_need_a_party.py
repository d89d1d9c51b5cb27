"""Reducing relations (16: cutting ties, halting flights, talks or aid, embargoes) is done to a party; a halt that
names none ("авиабаза приостановила полеты") is a measure of the actor's own, no event between actors
(``code_classes.TARGETED_ROOTS``; a mediation halted, 165, is the mediator's own act and keeps no party:
UNTARGETED_CODES). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Российская авиабаза в Таджикистане временно приостановила полеты.",
        "Турецкая военная база в Катаре приостановила учебные полеты из-за жары.",
        "Министерство обороны Нидерландов временно приостановило полеты вертолетов.",
    ],
)
def test_halt_aimed_at_no_one_is_no_event(code, text):
    assert not [dyad for dyad in dyads(code(text)) if dyad[0] == "16"]


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Литва разорвала дипломатические отношения с Белоруссией.", ("16", "LTU", "BLR")),
        ("Франция приостановила военное сотрудничество с Мали.", ("16", "FRA", "MLI")),
        ("Россия приостановила авиасообщение с Грузией.", ("16", "RUS", "GEO")),
    ],
)
def test_relations_reduced_with_a_party_stay(code, text, dyad):
    assert dyad in dyads(code(text))
