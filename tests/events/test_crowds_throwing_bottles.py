"""What a crowd of protesters throws, bottles and even incendiary ones, is a violent protest (145), not a bombing;
a grenade or an incendiary bottle thrown by one attacker stays a bombing (183)."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text, country", [
    ("Протест перерос в беспорядки: демонстранты бросали в полицейских камни и бутылки, громили витрины "
     "магазинов в Таллине.", "EST"),
    ("Протестующие бросали в полицию бутылки с зажигательной смесью у здания парламента в Тбилиси.", "GEO"),
    ("Участники акции кидали в бойцов ОМОНа бутылки и петарды в центре Минска.", "BLR"),
])
def test_a_crowd_throwing_bottles_protests_violently(code, text, country):
    events = codes(code(text))
    assert any(cameo == "145" and s[:3] == country and t and t.endswith("COP") for cameo, s, t in events), events
    assert not [event for event in events if event[0].startswith("18")], events


@pytest.mark.parametrize("text", [
    "Боевик бросил гранату в полицейский участок в Кабуле.",
    "Неизвестный бросил бутылку с зажигательной смесью в здание посольства России в Киеве.",
])
def test_one_attacker_throwing_a_bomb_is_a_bombing(code, text):
    events = codes(code(text))
    assert any(cameo == "183" for cameo, _, _ in events), events
