"""A crowd named without a country of its own is not of the mission or envoy it stands before ("Протестующие
собрались у посольства США" in a story of Thailand is Thailand's crowd, and with no story nobody's, never the USA's);
a city named by an inflected form ("в Афинах") places the crowd as its nominative does; the people "из" a KB
organisation of one country are of that country; a crowd at a home building and a mission beside it protests at
home. Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

AT_MISSION = [
    ("Беспорядки в Каире\n\nЕгипетская полиция усилила охрану. Вечером демонстранты пикетировали посольство Израиля.",
     ("14", "EGY", "ISR")),
    ("Протесты в Бангкоке\n\nСитуация в Таиланде обостряется. Протестующие собрались у посольства США и потребовали "
     "объяснений.", ("14", "THA", "USA")),
    ("Митинг у консульства\n\nОбстановка в Киеве остается напряженной. Сотни активистов провели акцию протеста у "
     "консульства России.", ("14", "UKR", "RUS")),
    ("Пикет в Анкаре\n\nВ Турции продолжаются акции. Студенты забросали камнями здание посольства Франции.",
     ("14", "TUR", "FRA")),
]


@pytest.mark.parametrize("text, dyad", AT_MISSION)
def test_crowd_at_a_mission_is_of_the_story(code, text, dyad):
    found = dyads(code(text, published="2012-05-10"))
    assert dyad in found
    assert (dyad[0], dyad[2], dyad[2]) not in found


@pytest.mark.parametrize("text, country", [
    ("Протестующие собрались у посольства США.", "USA"),
    ("Демонстранты пикетировали посольство Израиля.", "ISR"),
    ("Сотни активистов провели акцию протеста у консульства России.", "RUS"),
    ("Демонстранты потребовали от посла Франции покинуть страну.", "FRA"),
])
def test_crowd_with_no_place_is_not_of_the_mission(code, text, country):
    found = dyads(code(text, published="2012-05-10"))
    assert not any(source == country for _, source, _ in found)


@pytest.mark.parametrize("text, dyad", [
    ("Сотни студентов протестовали против политики США в Афинах.", ("14", "GRC", "USA")),
    ("В Афинах тысячи демонстрантов протестовали против визита госсекретаря США.", ("14", "GRC", "USA")),
    ("Демонстранты в Каннах протестовали против решения правительства Франции.", ("14", "FRA", "FRA")),
])
def test_an_inflected_capital_places_the_crowd(code, text, dyad):
    assert dyad in dyads(code(text, published="2012-05-10"))


@pytest.mark.parametrize("text, dyad", [
    ("Правительство Анголы заявило, что готово возобновить переговоры с повстанцами из УНИТА в Лусаке.",
     ("03", "AGO", "AGO")),
    ("Правительство Анголы провело в Лусаке переговоры с повстанцами из УНИТА.", ("04", "AGO", "AGO")),
])
def test_people_from_an_organisation_are_of_its_country(code, text, dyad):
    found = dyads(code(text, published="1994-05-10"))
    assert dyad in found
    assert not any(target == "ZMB" for _, _, target in found)


def test_crowd_at_a_home_building_and_a_mission_protests_at_home(code):
    text = ("Кризис в Армении\n\nОппозиция не признает итоги выборов. Днем его сторонники собрались у здания мэрии и "
            "французского посольства, построили баррикады из троллейбусов и автобусов.")
    found = dyads(code(text, published="2008-03-02"))
    assert not any(target == "FRA" for _, _, target in found)
