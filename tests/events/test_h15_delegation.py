"""Session 15 (helper "promise"): a group noun before a named country's body in the genitive is that body's, of
its country and role ("делегация правительства Ливана" LBNGOV, "делегация парламента Ирана" IRNLEG), not a group of
the sentence's own country by context. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, target",
    [
        ("Президент Сирии согласился принять делегацию правительства Ливана.", "LBNGOV"),
        ("Президент Сирии встретился с делегацией парламента Ирана.", "IRNLEG"),
        ("Делегацию правительства Ирака принял в среду король Иордании.", "IRQGOV"),
    ],
)
def test_a_delegation_of_a_body_is_that_bodys(code, text, target):
    events = code(text)
    assert events and all(event.target == target for event in events)
