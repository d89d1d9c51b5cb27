"""Session 19 (helper "accnorow"): a relative clause the parser hung on the main verb ("Министр, которому
прокуратура предъявила обвинение, находится в ...") still stands for the noun before its comma: "который" never
stands for a verb, so the nearest agreeing noun before the comma is its antecedent."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр обороны Армении, которому прокуратура Азербайджана предъявила обвинение в военных "
            "преступлениях, находится в Ереване.",
            ("1121", "AZEJUD", "ARMGOV"),
        ),
        (
            "Министр внутренних дел Грузии, которому прокуратура России предъявила обвинение в терроризме, "
            "находится в Тбилиси.",
            ("1121", "RUSJUD", "GEOGOV"),
        ),
        (
            "Министр обороны Армении, которого прокуратура Азербайджана обвиняет в военных преступлениях, "
            "находится в Ереване.",
            ("1121", "AZEJUD", "ARMGOV"),
        ),
    ],
)
def test_relative_word_of_a_clause_hung_on_the_main_verb(code, text, expected):
    assert expected in codes(code(text))
