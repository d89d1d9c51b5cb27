"""Force posture and attacks in translated wire copy (helper wire2b): the border a unit is sent to, a call-up of
reservists, missiles that hit a target."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the parser hangs "к/вдоль/у границе с X" on the troops, not on the verb: X is the target
        ("Вьетнам перебросил дополнительные войска и технику к границе с Камбоджей.", ("15", "VNM", "KHM")),
        ("Ливия мобилизовала войска вдоль границы с Чадом.", ("15", "LBY", "TCD")),
        # a call-up of reservists is a mobilisation, not an appeal
        ("Израиль объявил о призыве резервистов.", ("15", "ISR", None)),
        # missiles and aircraft that hit an enemy's positions
        ("Израильские самолёты поразили позиции «Хезболлы» на юге Ливана.", ("19", "ISR", "LBN")),
    ],
)
def test_wire2b_codes_its_event(code, sentence, expected):
    root, source, target = expected
    found = dyads(code(sentence))
    assert any(
        r == root and s == source and (target is None or t == target) for r, s, t in found
    ), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Учебная ракета поразила цель на полигоне.",
        "Наводнение поразило северные районы страны.",
        "Президент призвал граждан прийти на выборы.",
    ],
)
def test_wire2b_keeps_other_senses_out(code, sentence):
    assert not {root for root, _, _ in dyads(code(sentence))} & {"15", "19"}
