"""The dead or wounded of an attack whose attacker the noun names ("солдаты погибли в результате нападения
боевиков") are its target: the attack noun under a verb of dying or being hurt."""

import pytest

from tests.events.conftest import dyads

CASES = [
    ("Двое израильских солдат погибли в результате нападения палестинских боевиков.", ("18", "PSE", "ISR")),
    (
        "Двое израильских военнослужащих погибли и трое получили ранения в субботу в результате нападения боевиков "
        "«Хезболлы» на патруль на юге Ливана.",
        ("18", "LBN", "ISR"),
    ),
    ("Четыре турецких солдата погибли в ходе атаки курдских боевиков.", ("18", "TUR", "TUR")),
]


@pytest.mark.parametrize("text, dyad", CASES)
def test_dead_of_a_named_attack(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))
