"""Session 15 (lead): a threat told by its noun with the act threatened ("угроза Пекина ограничить импорт угля")
is a threat of its genitive's side whatever act of the field of cutting, stopping, freezing or raising tariffs it
names (word class ``threatened_act``); a threat named without an act ("угроза терроризма") is none.
Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Угроза Пекина ограничить импорт австралийского угля встревожила Канберру.", ("13", "CHN", "AUS")),
        ("Угроза Москвы заморозить активы британских компаний обеспокоила Лондон.", ("13", "RUS", "GBR")),
        ("Угроза Вашингтона повысить пошлины на китайские товары напугала рынки.", ("13", "USA", "CHN")),
    ],
)
def test_a_threat_noun_with_the_act_threatened_is_a_threat(code, text, expected):
    assert expected in dyads(code(text))


def test_a_threat_with_no_act_is_no_threat_made(code):
    assert not [event for event in code("Угроза терроризма в Европе остаётся высокой.") if event.cameo.startswith("13")]
