""""столкновения между X и Y" parsed with a place of its own preposition ("и на Западном берегу") as one more
conjunct: the place is no side of the clash (h12 precision audit)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_a_place_is_no_side_of_clashes_with_police(code):
    events = code("Столкновения\nСледом в Восточном Иерусалиме и на Западном берегу произошли столкновения между "
                  "палестинскими демонстрантами и израильскими полицейскими.")
    assert ("14", "PSE", "ISR") in dyads(events)
    assert not [e for e in events if e.source.startswith("PSEGOV") or (e.target or "").startswith("PSEGOV")]


def test_a_place_is_no_side_of_skirmishes(code):
    events = code("Столкновения\nСледом в Восточном Иерусалиме и на Западном берегу произошли стычки между "
                  "палестинскими демонстрантами и израильскими силами безопасности.")
    assert ("14", "PSE", "ISR") in dyads(events)
    assert not [e for e in events if e.source.startswith("PSEGOV") or (e.target or "").startswith("PSEGOV")]
