"""The quantity of harm done to people (18, 175) whose target names single persons one by one: each person counts
one ("убит глава города" 1, "застрелены имам и его помощник" 2); a group, a plural or a thing gives no count of its
own (sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow


def counts(events, root):
    return [event.quantity for event in events if event.cameo.startswith(root)]


@pytest.mark.parametrize(
    "sentence, root, expected",
    [
        ("В Московской области убит глава города Сергиев Посад.", "18", 1),
        ("В Северной Корее расстрелян вице-премьер, курировавший сферу образования.", "17", 1),
        ("Боевики похитили в Сирии гражданина Италии.", "18", 1),
        ("В Дагестане неизвестные застрелили муфтия республики.", "18", 1),
        ("55-летний имам Маулама Аконджио и 64-летний Тхара Уддин были застрелены в упор на улице в Бангладеш.", "18",
         2),
        ("В Бангладеш неизвестные застрелили имама мечети и его помощника.", "18", 2),
        ("В Пакистане боевики похитили журналиста из Франции и его водителя.", "18", 2),
    ],
)
def test_single_persons_harmed_are_counted(code, sentence, root, expected):
    assert counts(code("Убийство\n\n" + sentence), root) == [expected]


@pytest.mark.parametrize(
    "sentence, root, expected",
    [
        ("Боевики похитили в Сирии группу граждан Италии.", "18", None),
        ("Боевики похитили в Сирии двух граждан Италии.", "18", 2),
        ("Израильская авиация нанесла удар по колонне боевиков в Сирии.", "19", None),
        ("Полиция Франции задержала гражданина Алжира.", "17", None),
    ],
)
def test_groups_things_and_arrests_keep_their_own_count(code, sentence, root, expected):
    assert counts(code("Удар\n\n" + sentence), root) == [expected]


@pytest.mark.parametrize(
    "sentence, root",
    [
        ("Полиция США арестовала мужчину, открывшего стрельбу, в результате которой пострадали 20 человек.", "17"),
        ("Полиция Италии задержала водителя грузовика, из-за которого погибли пять человек.", "17"),
        ("Власти Турции арестовали журналиста, который опубликовал 30 секретных документов.", "17"),
        ("Суд Франции приговорил к тюремному сроку мужчину, напавшего на трёх полицейских.", "11"),
    ],
)
def test_a_number_in_the_clause_of_another_act_counts_none_of_this_one(code, sentence, root):
    assert counts(code("Арест\n\n" + sentence, published="2011-01-10"), root) == [None]


def test_a_number_outside_the_clause_still_counts(code):
    text = "Арест\n\nПолиция Германии задержала 15 участников акции, которая прошла в Берлине."
    assert counts(code(text, published="2011-01-10"), "17") == [15]
