"""A capital the dictionary does not know keeps its oblique ending in its lemma ("Боготы" -> "богот"), and NER
may take it for a person ("в адрес Нджамены", "обвинил Кампалу"): the capital is looked up by the nominative of a
feminine "-а" noun guessed from its ending, so it stands for its state on either side (sentences written for
these tests)."""

import pytest

from letopis.kb.link import capital_names
from letopis.model import Entity
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Президент Венесуэлы выступил с угрозами в адрес Боготы.", ("13", "VEN", "COL")),
        ("Президент Судана выступил с угрозами в адрес Нджамены.", ("13", "SDN", "TCD")),
        ("Премьер-министр Кении обвинил Кампалу в поддержке повстанцев.", ("11", "KEN", "UGA")),
        ("Эфиопия обвинила Асмэру в подготовке вторжения.", ("11", "ETH", "ERI")),
        ("Официальная Любляна выразила протест в связи с действиями Загреба.", ("11", "SVN", "HRV")),
    ],
)
def test_an_unknown_capital_in_an_oblique_case_is_its_state(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("name", "guess"),
    [("Боготы", "Богота"), ("Кампалу", "Кампала"), ("Асмэрой", "Асмэра"), ("Любляне", "Любляна")],
)
def test_the_nominative_is_guessed_from_a_feminine_ending(name, guess):
    assert guess in capital_names(Entity(id="e", type="LOC", name=name))


def test_a_name_of_several_words_gets_no_guess():
    entity = Entity(id="e", type="LOC", name="Сектор Газы")
    assert capital_names(entity) == [entity.name, *entity.aliases]
