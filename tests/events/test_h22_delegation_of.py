"""A delegation the role tagger gives the story's government when it is bare speaks for the actor its genitive names
("делегация талибов", "делегация сирийской оппозиции", "делегация ангольских повстанцев"); one whose country is
named stays that state's (sentences written for these tests)."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Делегация ангольских повстанцев провела переговоры с правительством Анголы.", "AGOREB"),
        ("Делегация сирийской оппозиции провела переговоры с представителями ООН.", "SYROPP"),
        ("Делегация повстанцев провела переговоры с правительством Судана.", "SDNREB"),
        ("Делегация правительства Судана провела переговоры с повстанцами.", "SDNGOV"),
        ("Российская делегация провела переговоры с представителями ООН.", "RUSGOV"),
    ],
)
def test_a_delegation_speaks_for_its_genitive_owner(code, sentence, source):
    assert source in {found for _, found, _ in codes(code(sentence))}
