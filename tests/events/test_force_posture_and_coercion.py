"""Force posture, coercion and battle vocabulary of wire copy (round 25, helper "force"), each checked on sentences
written for these tests: troops massed at a border, warships sent toward a country, reinforced patrols, martial
law, closed newspapers and territories, homes demolished, battles joined and fought, ambushes, ships sunk."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_troops_massed_at_a_border_are_aimed_at_the_neighbour(code):
    assert ("15", "TUR", "SYR") in dyads(code("Турция сосредоточила танки у границы с Сирией."))


def test_warships_sent_toward_a_coast(code):
    assert ("15", "USA", "IRN") in dyads(code("США направили эсминец к берегам Ирана."))


def test_reinforced_patrols_along_a_border(code):
    assert ("15", "IND", "PAK") in dyads(code("Индия усилила патрулирование вдоль границы с Пакистаном."))


def test_martial_law_is_a_state_of_emergency_at_home(code):
    events = code("Правительство Таиланда ввело военное положение в Бангкоке.")
    assert "1724" in {e.cameo for e in events}


def test_a_closed_newspaper_is_a_restriction_at_home(code):
    assert ("17", "BLR", "BLR") in dyads(code("Власти Белоруссии закрыли оппозиционную газету."))


def test_demolished_homes_are_destroyed_property(code):
    events = code("Израильские военные снесли дома палестинцев в Хевроне.")
    assert "1712" in {e.cameo for e in events}


def test_battle_joined_is_a_fight_not_an_entry_of_troops(code):
    events = code("Сирийские войска вступили в бой с турецкой армией.")
    assert ("19", "SYR", "TUR") in dyads(events)
    assert "192" not in {e.cameo for e in events}


def test_ship_sunk_is_a_use_of_force(code):
    assert ("19", "GBR", "ARG") in dyads(code("ВМС Великобритании потопили аргентинский крейсер."))


def test_state_of_readiness_as_a_sport_metaphor_is_no_event(code):
    assert not code("Сборная Бразилии повысила боевую готовность перед финалом чемпионата мира по футболу.")
