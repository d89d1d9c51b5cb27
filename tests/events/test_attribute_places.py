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


@pytest.mark.parametrize(
    "sentence, root, expected",
    [
        ("Полиция Таиланда арестовала гражданина Канады на основании ордера, выданного в США.", "17", "THA"),
        ("Полиция Австрии задержала бизнесмена из Украины по ордеру, выданному в США.", "17", "AUT"),
        ("Полиция Кении задержала гражданина Сомали по запросу, полученному из Эфиопии.", "17", "KEN"),
        ("Военные Мали обстреляли колонну боевиков, прибывших из Нигера.", "19", "MLI"),
    ],
)
def test_a_place_in_the_clause_of_another_act_is_not_the_scene(code, sentence, root, expected):
    assert places(code("Задержание\n\n" + sentence), root) == [expected]


@pytest.mark.parametrize(
    "sentence, root, expected",
    [
        ("В Шанхае начались совместные российско-китайские военно-морские учения.", "06", "CHN"),
        ("Переговоры министров иностранных дел России и Японии прошли в Токио.", "04", "JPN"),
        ("В Женеве состоялась встреча президентов США и России.", "04", "CHE"),
        ("Консультации делегаций Ирана и Ирака прошли в Багдаде.", "04", "IRQ"),
    ],
)
def test_a_noun_triggers_place_hangs_on_the_verb_it_is_the_subject_of(code, sentence, root, expected):
    assert places(code("Встреча\n\n" + sentence), root) == [expected]
