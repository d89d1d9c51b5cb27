"""Places that name the target: the other side of a border ("к границе с Пакистаном") and an indeclinable city after
a preposition whose case the tagger can only guess ("сняли блокаду с Сараево"), on sentences written for these tests."""

import pytest

from letopis.events.forms import indeclinable_form
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a force posture, a fence or a closure at a border is aimed at the neighbour, whatever else the phrase names
        (
            "Правительство Индии в понедельник срочно перебросило дополнительные подразделения военизированной "
            "полиции к границе с Бангладеш в штате Ассам, сообщили официальные лица в Нью-Дели.",
            ("15", "IND", "BGD"),
        ),
        (
            "Казахстан начал возводить забор из колючей проволоки вдоль границы с Киргизией, чтобы остановить "
            "контрабандистов, сообщило министерство.",
            ("15", "KAZ", "KGZ"),
        ),
        ("Индийская полиция перекрыла границу с Непалом.", ("19", "IND", "NPL")),
        (
            "Пакистан в пятницу перекрыл границу с Афганистаном после нападения боевиков на пограничный пост, "
            "сообщили официальные лица.",
            ("19", "PAK", "AFG"),
        ),
        # an indeclinable city after "с": its tagged case is a guess
        ("Армянские войска сняли блокаду с Баку.", ("08", "ARM", "AZE")),
        ("Сербские силы в воскресенье сняли блокаду с Сараево, заявили представители ООН.", ("08", "SRB", "BIH")),
    ],
)
def test_place_names_the_target(code, sentence, expected):
    assert expected in dyads(code(sentence, published="1994-06-01"))


def test_a_border_with_no_other_side_names_no_target(code):
    # "на границе" alone names no neighbour: the border guards' own country is no target either
    assert not any(target == "NPL" for _, _, target in dyads(code("Индийская полиция усилила охрану на границе.")))


@pytest.mark.parametrize(
    ("word", "indeclinable"),
    [("баку", True), ("тбилиси", True), ("сараево", True), ("осло", True), ("москве", False), ("сирии", False)],
)
def test_indeclinable_place_names(word, indeclinable):
    assert indeclinable_form(word) is indeclinable
