"""Military reports of force: firing points, posts and targets destroyed ("армия уничтожила две огневые точки
противника") are force (190) against whose they are; a town freed of fighters ("освободили от боевиков город") is
force against the fighters, not a release (084)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, source, target", [
    ("Минобороны Армении сообщило, что армия уничтожила три азербайджанские огневые точки.", "ARM", "AZE"),
    ("Израильские военные уничтожили наблюдательный пост «Хезболлы» на юге Ливана.", "ISR", "LBN"),
])
def test_destroyed_positions_are_force(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo.startswith("19") and (e.source or "")[:3] == source and (e.target or "")[:3] == target for e in events
    ), dyads(events)


def test_a_town_freed_of_fighters_is_force(code):
    events = code("Нигерийские военные освободили от боевиков «Боко Харам» город Бага.")
    assert any(e.cameo.startswith("19") and (e.source or "")[:3] == "NGA" for e in events), dyads(events)
    assert not any(e.cameo.startswith("084") for e in events), dyads(events)
