"""A participle used as a noun ("память погибших в терактах", "семьям погибших при обстреле") names the dead; it
inherits no subject from the verb above it, so the attack they died in is not that subject's act."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text", [
    "Президент Франции почтил память погибших в терактах.",
    "Власти Украины выплатят компенсации семьям погибших при обстреле Донецка.",
])
def test_a_commemoration_is_no_attack(code, text):
    events = code(text)
    assert not [e for e in events if e.cameo[:2] in ("18", "19")], dyads(events)


def test_the_dead_of_a_named_attack_stay_its_target(code):
    events = code("Трое афганских солдат погибли в результате нападения талибов в провинции Гильменд.")
    assert ("18", "AFG", "AFG") in dyads(events), dyads(events)
