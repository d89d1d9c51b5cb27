"""A trade, price, gas or information war is a metaphor (EVENTS.md: "атака на рубль"), and the cold war history: the
row of "война" (triggers-assault.tsv) does not hold with such an adjective, while a war declared or going on between
states stays military force. Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Торговая война между Японией и Южной Кореей продолжается уже второй год.",
        "Россия и Белоруссия начали новую газовую войну.",
        "Вашингтон объявил торговую войну Пекину.",
        "Саудовская Аравия развязала ценовую войну против России на рынке нефти.",
    ],
)
def test_metaphoric_war_is_no_force(code, text):
    assert not [dyad for dyad in dyads(code(text)) if dyad[0] == "19"]


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Ирак объявил войну Ирану.", ("19", "IRQ", "IRN")),
        ("Война между Эфиопией и Эритреей продолжается.", ("19", "ETH", "ERI")),
    ],
)
def test_war_between_states_stays_force(code, text, dyad):
    assert dyad in dyads(code(text))
