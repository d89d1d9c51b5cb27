"""A force named by its owners' coordination acts for each owner: "самолеты ВВС США и Великобритании" (the same
body of each country), "вертолеты миссии ООН и французского контингента" (each conjunct's own genitive); the body
of the second country is named by the text, not guessed, so it is not merged into the first one's event."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, sources", [
    ("Самолеты ВВС США и Великобритании нанесли удары по позициям хуситов в Йемене.", {"USA", "GBR"}),
    ("Вооруженные силы США и Великобритании нанесли удары по Ираку.", {"USA", "GBR"}),
    ("Вертолеты миротворческой миссии ООН и французского контингента нанесли удары по позициям повстанцев "
     "в Кот-д'Ивуаре.", {"IGO", "FRA"}),
])
def test_each_owner_strikes(code, text, sources):
    events = code(text)
    assert {(e.source or "")[:3] for e in events if e.cameo[:2] == "19"} >= sources, dyads(events)


def test_one_owner_strikes_alone(code):
    events = code("Самолеты ВВС США нанесли удары по позициям хуситов в Йемене.")
    assert {(e.source or "")[:3] for e in events if e.cameo[:2] == "19"} == {"USA"}, dyads(events)
