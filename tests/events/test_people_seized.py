"""People of a civilian kind seized by force ("захватили сотрудников консульства", "захватили граждан Японии"), and
anyone taken captive ("захватили в плен", "попал в плен к боевикам"), are
abducted (181), not property seized (171): the building they work in, named in the genitive, is no object of the
seizure; the building itself seized stays 171."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, target", [
    ("Боевики захватили в Мосуле тридцать сотрудников посольства Турции.", "TUR"),
    ("Вооружённые люди захватили в Бенгази сотрудников консульства Франции.", "FRA"),
    ("Повстанцы захватили двух граждан Японии на юге Ирака.", "JPN"),
])
def test_people_seized_are_abducted(code, text, target):
    events = code(text)
    assert any(e.cameo == "181" and (e.target or "")[:3] == target for e in events), dyads(events)
    assert not any(e.cameo.startswith("171") for e in events), dyads(events)


def test_a_building_seized_stays_a_seizure_of_property(code):
    events = code("Боевики захватили здание посольства Турции в Триполи.")
    assert any(e.cameo == "171" and (e.target or "")[:3] == "TUR" for e in events), dyads(events)
    assert not any(e.cameo == "181" for e in events), dyads(events)


@pytest.mark.parametrize("text, source, target", [
    ("Боевики ИГ захватили в плен двух турецких солдат на севере Сирии.", "SYR", "TUR"),
    ("Солдат армии Израиля попал в плен к боевикам ХАМАС.", "PSE", "ISR"),
    ("В Ираке была захвачена гражданка Германии.", "IRQ", "DEU"),
])
def test_people_taken_captive_are_abducted(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo == "181" and (e.source or "")[:3] == source and (e.target or "")[:3] == target for e in events
    ), dyads(events)
