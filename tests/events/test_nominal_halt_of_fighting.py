"""A halt of fighting announced in the nominal form ("объявило о приостановке боевых действий против повстанцев",
"о прекращении военных операций в Сирии") is the de-escalation 0871 its verb rows code ("приостановило боевые
действия"), aimed at the side or the place named; with neither named, nothing. Sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, event",
    [
        ("Правительство Колумбии объявило о временном прекращении военных операций против повстанцев.", ("0871", "COLGOV", "COLREB")),
        ("Командование ВСУ заявило о прекращении боевых действий против ополченцев.", ("0871", "UKRMIL", "UKRREB")),
        ("Министерство обороны России объявило о приостановке наступательных операций в Сирии.", ("0871", "RUSGOV", "SYRGOV")),
        ("Президент Азербайджана приказал о прекращении боевых действий в Карабахе.", ("0871", "AZEGOV", "AZE")),
    ],
)
def test_announced_halt_of_fighting(code, text, event):
    assert event in codes(code(text))


def test_halt_with_no_side_or_place_codes_nothing(code):
    events = code("Правительство Таджикистана объявило о приостановке боевых действий.")
    assert not any(cameo.startswith("087") for cameo, _, _ in codes(events))
