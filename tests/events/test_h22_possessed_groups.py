"""A bare group noun owned by a third-person possessive ("ее войска", "его армия", "их военные") is of the state
named before it that the possessive agrees with, by the dictionary's gender and number of the state's name; when
the nearest word it agrees with is a person, the group is his own country's (sentences written for these tests)."""

import pytest

from letopis.events.forms import noun_agreement
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected", "wrong"),
    [
        ("Министр обороны Индии в пятницу выдвинул обвинения в адрес Японии, заявив, что ее войска нарушили режим "
         "прекращения огня.", ("11", "IND", "JPN"), ("11", "IND", "IND")),
        ("Министр иностранных дел Грузии обвинил Россию, заявив, что ее военные обстреляли грузинские села.",
         ("19", "RUS", "GEO"), ("19", "GEO", "GEO")),
    ],
)
def test_the_possessive_names_the_state_it_agrees_with(code, sentence, expected, wrong):
    found = dyads(code(sentence))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "его" agrees with the minister, not with "Индии" named later: his own country's troops
        ("Министр обороны Пакистана заявил, что его войска отразят любое нападение Индии.", ("13", "PAK", "IND")),
        # "ее" agrees with "Франции": the same country either way
        ("Президент Франции заявил, что ее войска нанесли удар по позициям боевиков в Мали.", ("19", "FRA", "MLI")),
    ],
)
def test_his_own_men_are_of_his_country(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("word", "features"),
    [("японии", {"Fem", "Sing"}), ("сша", {"Plur"}), ("пакистан", {"Masc", "Sing"})],
)
def test_a_state_name_agrees_by_the_dictionary(word, features):
    assert features <= noun_agreement(word)
