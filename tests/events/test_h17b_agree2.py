"""Round h17b agree2: promises, consent and offers (AGREE, CAMEO 03) on sentences written for these tests.

- a promise or consent whose promised act is an event word that found no target of its own is aimed at whom that
  act names ("согласилась возобновить поставки нефти на Кубу": Cuba), but not at the place of agreed talks
  ("договорились встретиться в Париже": the two sides agree with each other);
"""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Венесуэла согласилась возобновить поставки нефти на Кубу.", ("03", "VEN", "CUB")),
        ("Россия пообещала возобновить поставки газа на Украину.", ("03", "RUS", "UKR")),
        ("Иран согласился возобновить экспорт нефти на Кубу.", ("03", "IRN", "CUB")),
        ("Катар согласился возобновить поставки газа на Украину, сообщило агентство.", ("03", "QAT", "UKR")),
    ],
)
def test_a_promised_act_with_no_target_of_its_own_names_the_addressee(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "pair", "place"),
    [
        ("Индия и Пакистан договорились возобновить переговоры в Женеве.", ("IND", "PAK"), "CHE"),
        ("Лидеры Египта и Судана договорились встретиться в Париже.", ("EGY", "SDN"), "FRA"),
        ("Израиль и Сирия договорились возобновить мирные переговоры в Вашингтоне.", ("ISR", "SYR"), "USA"),
    ],
)
def test_the_place_of_agreed_talks_is_no_addressee(code, sentence, pair, place):
    found = dyads(code(sentence))
    assert ("03", *pair) in found
    assert not any(target == place and source != place for root, source, target in found if root == "03")
