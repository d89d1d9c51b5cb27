"""In a hostile act "вместе с X" or "совместно с X" names an ally of the agent, never whom the act is aimed at."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text, ally, target", [
    ("Чеченские добровольцы воевали вместе с украинской армией против российских войск.", "UKR", "RUS"),
    ("Добровольцы из Грузии сражались совместно с украинской армией против российских войск.", "UKR", "RUS"),
    ("Американские военные воевали вместе с иракской армией против боевиков ИГ.", "IRQ", None),
])
def test_an_ally_told_with_together_is_no_target(code, text, ally, target):
    events = codes(code(text))
    hostile = [event for event in events if event[0][:2] in ("18", "19")]
    assert not [event for event in hostile if event[2] and event[2][:3] == ally], events
    if target:
        assert any(t and t[:3] == target for _, _, t in hostile), events


def test_a_partner_of_a_joint_exercise_stays_its_partner(code):
    events = codes(code("Армия России провела совместные учения с армией Китая."))
    assert any(t and t[:3] == "CHN" for _, _, t in events), events
