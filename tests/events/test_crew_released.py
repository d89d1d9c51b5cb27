"""A body of people (a crew, a delegation, a group) is inanimate in Russian grammar but no place: freeing it is a
release (084), not a town retaken; a town freed by an army stays no release."""

from tests.events.conftest import dyads


def test_a_crew_freed_is_released(code):
    events = code("Хуситы освободили экипаж саудовского судна.")
    assert any(e.cameo.startswith("084") and (e.target or "")[:3] == "SAU" for e in events), dyads(events)


def test_a_town_freed_by_an_army_is_no_release(code):
    events = code("Армия Сирии освободила Пальмиру.")
    assert not any(e.cameo.startswith("084") for e in events), dyads(events)
