"""A crowd that "вступила в схватку / столкновение / драку" with the police riots (145), as "столкнулись с полицией"
already did; armed men and fighters keep the fight (190). Sentences written for these tests."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text, expected", [
    ("Беспорядки\n\nЮжнокорейские студенты в субботу вступили в схватку с полицией по борьбе с беспорядками в центре "
     "Сеула.", ("145", "KOR", "KOR")),
    ("Беспорядки\n\nЖители города вступили в драку с полицейскими в Бишкеке.", ("145", "KGZ", "KGZ")),
    ("Беспорядки\n\nВ воскресенье сотни шахтеров вступили в стычку с полицией у здания правительства в Бухаресте.",
     ("145", "ROU", "ROU")),
])
def test_crowd_fighting_the_police_riots(code, text, expected):
    found = {(cameo[:3], source[:3], target[:3] if target else None) for cameo, source, target in codes(
        code(text, published="2012-05-10"))}
    assert expected in found
    assert not any(cameo.startswith(("18", "19")) for cameo, _, _ in found)


@pytest.mark.parametrize("text", [
    "Бой\n\nВооруженные люди вступили в схватку с полицией в Дагестане.",
    "Бой\n\nБоевики вступили в перестрелку с полицией в Дагестане.",
])
def test_armed_men_fight(code, text):
    found = codes(code(text, published="2012-05-10"))
    assert any(cameo.startswith("19") for cameo, _, _ in found)
    assert not any(cameo.startswith("14") for cameo, _, _ in found)
