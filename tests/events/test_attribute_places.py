"""The place of an event with no place the trigger governs: a visit happens in the country of whom or what is
visited, and what the state of a place is implied to have done (its court's charges told after an arrest there)
happens in that state (sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow


def places(events, root):
    return [event.location for event in events if event.cameo.startswith(root)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Президент Сербии посетил Москву.", "RUS"),
        ("Министр обороны Японии посетил Австралию.", "AUS"),
        ("Президент Франции нанёс визит президенту Китая.", "CHN"),
        ("Канцлер Германии находится с визитом в Китае.", "CHN"),
        ("Премьер-министр Индии прибыл с официальным визитом в Японию.", "JPN"),
    ],
)
def test_a_visit_happens_in_the_visited_country(code, sentence, expected):
    assert places(code("Визит\n\n" + sentence), "042") == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В Нью-Йорке арестован гражданин России.\nЕму предъявлены обвинения в мошенничестве.", "USA"),
        ("В Париже задержан гражданин Алжира.\nЕму предъявлено обвинение в терроризме.", "FRA"),
        ("В Берлине арестован гражданин Сирии.\nПозже ему были предъявлены обвинения в подготовке теракта.", "DEU"),
    ],
)
def test_charges_of_an_implied_state_happen_on_its_ground(code, text, expected):
    assert places(code("Арест\n\n" + text), "112") == [expected]
