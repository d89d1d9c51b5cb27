"""Promises, demands and threats that name no addressee, coded by their content (session 13, helper "content").
Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Правительство Мали потребовало вывести французских солдат из страны.", ("10", "MLI", "FRA")),
        ("Президент Чада потребовал вывести ливийских жандармов с северной границы.", ("10", "TCD", "LBY")),
        ("Требование Эфиопии вывести эритрейские войска из Бадме передали посредникам.", ("10", "ETH", "ERI")),
    ],
)
def test_a_demand_to_withdraw_forces_is_made_to_their_owner(code, sentence, expected):
    assert expected in dyads(code(sentence))
