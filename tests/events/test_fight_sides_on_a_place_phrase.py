"""The sides of a fight ("бои между X и Y") that the parser hung on a place phrase of the verb the fight is the
subject of are still the fight's sides; an event noun's "между" phrase is not lent to another noun."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, sides", [
    ("На линии соприкосновения в Нагорном Карабахе в ночь на субботу начались ожесточенные бои между "
     "азербайджанскими и армянскими силами, сообщили в Министерстве обороны Армении.", {"AZE", "ARM"}),
    ("На границе в районе Кашмира вспыхнули бои между индийскими и пакистанскими военными, сообщили в армии Индии.",
     {"IND", "PAK"}),
])
def test_sides_hung_on_a_place_phrase(code, text, sides):
    events = code(text)
    assert any(
        e.cameo[:2] == "19" and {(e.source or "")[:3], (e.target or "")[:3]} == sides for e in events
    ), dyads(events)


def test_a_treaty_between_two_states_lends_no_sides(code):
    events = code("Требование о повышении пенсий содержится в договоре между Россией и Южной Осетией.")
    assert not [e for e in events if e.cameo[:2] == "10"], dyads(events)
