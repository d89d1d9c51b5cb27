"""Arms handed to monitors, peacekeepers or inspectors, or handed over for destruction, are given up (0873, as
"сдали оружие"), not military aid to whoever receives them (072); arms handed to an ally stay aid."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text", [
    "Сирия передала ОЗХО химическое оружие для уничтожения.",
    "Суданские повстанцы передали оружие миротворцам ООН.",
    "Правительство Ливии передало наблюдателям запасы химического оружия.",
])
def test_arms_handed_over_to_be_given_up(code, text):
    events = code(text)
    assert any(e.cameo == "0873" for e in events), dyads(events)
    assert not any(e.cameo.startswith("07") for e in events), dyads(events)


def test_arms_handed_to_an_ally_stay_aid(code):
    events = code("Иран передал оружие хуситам.")
    assert any(e.cameo == "072" and (e.source or "")[:3] == "IRN" for e in events), dyads(events)
