"""An execution or a shooting of people (175) is a state's repression only when a state does it: an armed group's
or an unknown killer's is a killing (1823, ASSAULT)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, source", [
    ("Боевики ИГ казнили 20 заложников.", "SYR"),
    ("Исламисты расстреляли пассажиров автобуса в Кении.", "KEN"),
    ("Боевики «Аш-Шабаб» публично казнили двух жителей в Сомали.", "SOM"),
])
def test_a_group_execution_is_a_killing(code, text, source):
    events = code(text)
    assert any(e.cameo == "1823" and (e.source or "").startswith(source) for e in events), dyads(events)
    assert not [e for e in events if e.cameo == "175"], dyads(events)


@pytest.mark.parametrize("text, source", [
    ("Власти Ирана казнили троих участников протестов.", "IRN"),
    ("Узбекские войска расстреляли демонстрантов в Андижане.", "UZB"),
])
def test_a_state_execution_stays_repression(code, text, source):
    events = code(text)
    assert any(e.cameo == "175" and (e.source or "").startswith(source) for e in events), dyads(events)
