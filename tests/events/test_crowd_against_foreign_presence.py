"""A crowd the linker gave the sentence's only country is not of the foreign visitor or force it protests against
("тысячи студентов протестовали против визита президента США" in a story of Greece is Greece's crowd); a crowd
protesting its own government stays that country's ("против решения правительства Сербии")."""

import pytest

from tests.events.conftest import dyads

FOREIGN = [
    (
        "Визит в Грецию\n\nПрезидент Греции встретился с журналистами в Афинах.\n\n"
        "Тысячи студентов провели демонстрацию протеста против визита президента США.",
        ("14", "GRC", "USA"),
    ),
    (
        "Протесты в Греции\n\nВ Греции готовятся к переговорам.\n\n"
        "Сотни пенсионеров вышли на митинг против приезда госсекретаря США.",
        ("14", "GRC", "USA"),
    ),
    (
        "Новости Японии\n\nПравительство Японии обсуждает новые базы на Окинаве.\n\n"
        "Сотни студентов провели митинг против присутствия военных США.",
        ("14", "JPN", "USA"),
    ),
    (
        "Протесты в Греции\n\nВ Греции готовятся к переговорам.\n\n"
        "Против приезда госсекретаря США в понедельник протестовали сотни пенсионеров.",
        ("14", "GRC", "USA"),
    ),
]


@pytest.mark.parametrize("text, dyad", FOREIGN)
def test_crowd_is_not_of_the_foreign_presence(code, text, dyad):
    found = dyads(code(text, published="2010-05-05"))
    assert dyad in found
    assert ("14", "USA", "USA") not in found


def test_crowd_against_its_own_government_stays_home(code):
    text = "Новости\n\nТысячи студентов протестовали против решения правительства Сербии."
    assert ("14", "SRB", "SRB") in dyads(code(text, published="2010-05-05"))
