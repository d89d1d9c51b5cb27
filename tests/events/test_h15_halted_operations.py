"""Session 15 (lead): military action halted by any verb of halting ("приостановил", "остановила", "свернула") is
a de-escalation (0871), with the side attacked named; military operations halted count when they are military
("военные", "наступательные" операции), not a bank's operations. Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Израиль приостановил авиаудары по сектору Газа.", ("08", "ISR", "PSE")),
        ("Армия Шри-Ланки свернула наступательные операции против повстанцев.", ("08", "LKA", "LKA")),
        ("Турция остановила военную операцию в Сирии.", ("08", "TUR", "SYR")),
        ("Саудовская Аравия приостанавливает авиаудары по Йемену.", ("08", "SAU", "YEM")),
    ],
)
def test_military_action_halted_by_any_verb_of_halting(code, text, expected):
    assert expected in dyads(code(text))


def test_a_banks_operations_suspended_are_no_retreat(code):
    assert not code("Центральный банк Армении приостановил операции по картам.")
