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
        ("Правительство Эстонии потребовало отозвать посла Беларуси.", ("10", "EST", "BLR")),
    ],
)
def test_a_demand_to_withdraw_forces_is_made_to_their_owner(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Греция потребовала убрать турецкие корабли из Эгейского моря.", ("10", "GRC", "TUR")),
        ("Сирия потребовала закрыть американские базы в Ираке.", ("10", "SYR", "USA")),
    ],
)
def test_a_demand_of_an_act_with_no_row_is_made_to_whom_its_object_belongs(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_demand_of_an_act_coded_on_its_own_does_not_take_its_object_as_addressee(code):
    # who is to hand over the general is whoever holds him, not his country
    assert not {dyad for dyad in dyads(code("Вьетнам потребовал выдать бывшего генерала Камбоджи.")) if dyad[0] == "10"}


def test_a_demand_to_stop_attacks_is_not_made_to_their_victims(code):
    # a ceasefire asked for is no withdrawal of the forces its object names
    events = code("Москва потребовала прекратить обстрелы российских городов украинской армией.")
    assert ("10", "RUS", "RUS") not in dyads(events)
