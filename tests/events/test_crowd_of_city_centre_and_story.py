"""Who an unnamed crowd is: the city of the centre, embankment or boulevard it marches through ("прошли маршем по
центру Белграда"), and, when its sentence names no country but the story's, the story's country ("десятки тысяч
человек вышли на Октябрьскую площадь" in a story of Minsk); a rally with no crowd named stays without one."""

import pytest

from tests.events.conftest import dyads

VENUES = [
    ("Десятки тысяч человек прошли маршем по центру Белграда, требуя отставки президента.", ("14", "SRB", "SRB")),
    ("В субботу многотысячное шествие прошло по центру Софии.", ("14", "BGR", "BGR")),
]

STORIES = [
    (
        "Выборы в Белоруссии\n\nВ Минске прошли президентские выборы.\n\n"
        "Вечером десятки тысяч человек вышли на Октябрьскую площадь, требуя отставки президента.",
        ("14", "BLR", "BLR"),
    ),
    (
        "Кризис в Грузии\n\nПарламент Грузии принял закон об иноагентах.\n\n"
        "Во вторник тысячи людей собрались у здания парламента, протестуя против нового закона.",
        ("14", "GEO", "GEO"),
    ),
    (
        "Забастовка в Сербии\n\nПравительство Сербии повысило пенсионный возраст.\n\n"
        "В понедельник сотни пенсионеров провели акцию протеста возле здания мэрии.",
        ("14", "SRB", "SRB"),
    ),
]


@pytest.mark.parametrize("text, dyad", VENUES + STORIES)
def test_crowd_country(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


def test_rally_with_no_crowd_named_takes_no_story_country(code):
    text = "Беспорядки в Армении\n\nВ Ереване продолжается противостояние.\n\nУ здания правительства проходил пикет."
    assert not [event for event in code(text, published="2010-05-05") if event.cameo.startswith("14")]


@pytest.mark.parametrize("text", [
    "Праздник в США\n\nВ США отмечают День независимости.\n\n"
    "Десятки миллионов людей вышли на улицы городов, где проходят торжественные парады и праздничные концерты.",
    "Праздник в Сербии\n\nВ Сербии отмечают Новый год.\n\nТысячи людей собрались на площади, где прошел праздничный фейерверк.",
    "Победа в Греции\n\nГреция выиграла чемпионат Европы.\n\nВечером сотни тысяч человек вышли на улицы на праздничное гуляние.",
])
def test_crowd_out_to_celebrate_takes_no_story_protest(code, text):
    assert not [event for event in code(text, published="2010-05-05") if event.cameo.startswith("14")]
