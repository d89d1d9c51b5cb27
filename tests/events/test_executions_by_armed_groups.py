"""An execution or a shooting of people (175) is a state's repression only when a state does it: an armed group's
or an unknown killer's is a killing (1823, ASSAULT); so a ship seized by pirates or rebels is hijacked (181), one seized
by a navy is property seized (171)."""

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


@pytest.mark.parametrize("text, root, source", [
    ("Сомалийские пираты захватили танкер под флагом Греции.", "18", "SOM"),
    ("Мятежники-хуситы захватили в Красном море грузовое судно, принадлежащее британской компании.", "18", "YEM"),
    ("Иранские военные захватили в Ормузском проливе нефтяной танкер, принадлежащий греческой компании.", "17", "IRN"),
])
def test_a_ship_seized_by_a_group_is_hijacked(code, text, root, source):
    events = code(text)
    assert any(e.cameo[:2] == root and (e.source or "").startswith(source) for e in events), dyads(events)
