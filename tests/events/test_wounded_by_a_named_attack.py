"""The passive subject of a verb of wounding or killing that an attack noun's row names is whom the attack befell
("двое солдат ранены в результате нападения боевиков"); the unnamed agent of the passive ("---") is that attack's
named agent, one act told once, in the same sentence only."""

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Двое израильских солдат ранены в результате нападения палестинских боевиков.", "PSE", "ISR"),
    ("Пятеро сирийских военных были ранены в результате израильского авиаудара.", "ISR", "SYR"),
    ("Трое украинских военных ранены в результате обстрела со стороны российских войск.", "RUS", "UKR"),
    ("Трое афганских полицейских были убиты в результате нападения талибов.", "AFG", "AFG"),
])
def test_the_wounded_are_the_target(code, text, source, target):
    events = code(text)
    violent = [(e.source, e.target) for e in events if e.cameo[:2] in ("18", "19")]
    assert any(s and s[:3] == source and t and t[:3] == target for s, t in violent), violent
    assert all(s is not None for s, _ in violent), violent


def test_an_unnamed_killing_elsewhere_stays(code):
    events = code("Двое афганских полицейских были убиты в Кабуле. Талибы напали на афганских полицейских в Кандагаре.")
    assert any(e.source is None and e.cameo[:2] == "18" for e in events), [(e.cameo, e.source, e.target) for e in events]
