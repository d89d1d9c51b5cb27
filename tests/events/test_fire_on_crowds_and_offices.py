"""Who fires at whom decides the root: a state's forces firing at a crowd repress it (175), a private person or an
unknown attacker firing at a state's people or offices assaults them (18), fire at the armed stays a fight (19)."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text, source", [
    ("Полиция открыла огонь по участникам акции протеста в центре Минска.", "BLR"),
    ("Сотрудники милиции открыли огонь по толпе у здания правительства в Бишкеке.", "KGZ"),
    ("Солдаты открыли огонь по участникам митинга на площади Тахрир в Каире.", "EGY"),
    ("Силовики вели огонь по демонстрантам в Андижане.", "UZB"),
    ("Военные стреляли по толпе протестующих в Янгоне.", "MMR"),
])
def test_state_forces_firing_at_a_crowd_repress_it(code, text, source):
    events = codes(code(text))
    assert any(cameo == "175" and s[:3] == source and t and t[:3] == source for cameo, s, t in events), events
    assert not [event for event in events if event[0][:2] in ("18", "19")], events


def test_a_gunman_firing_at_a_crowd_assaults_it(code):
    events = codes(code("Мужчина открыл огонь по толпе в торговом центре в Техасе."))
    assert any(cameo == "180" for cameo, _, _ in events), events
    assert not [event for event in events if event[0] == "175"], events


@pytest.mark.parametrize("text, target", [
    ("Неизвестный открыл огонь по зданию городского суда в Каракасе.", "VENJUD"),
    ("Неизвестные обстреляли здание министерства внутренних дел Венесуэлы.", "VENGOV"),
    ("Студент напал на полицейского у здания мэрии в Казани.", "RUSCOP"),
    ("Мужчина обстрелял полицейский пост в Махачкале.", "RUSCOP"),
])
def test_a_private_or_unknown_attacker_firing_at_a_state_assaults_it(code, text, target):
    events = codes(code(text))
    assert any(cameo == "180" and t == target for cameo, _, t in events), events
    assert not [event for event in events if event[0].startswith("19")], events


@pytest.mark.parametrize("text", [
    "Неизвестные открыли огонь по патрулю миротворцев ООН на юге Ливана.",
    "Неизвестные обстреляли военный конвой на севере Мали.",
    "Боевики обстреляли позиции армии Нигерии.",
    "Столкновения между киргизами и узбеками начались в ночь на 11 июня в Оше.",
])
def test_fire_at_the_armed_and_clashes_stay_a_fight(code, text):
    events = codes(code(text))
    assert any(cameo.startswith("19") for cameo, _, _ in events), events
    assert not [event for event in events if event[0].startswith("18")], events
