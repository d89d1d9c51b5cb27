"""A capital that acts ("Брюссель потребовал", "Брюссель выразил обеспокоенность") stands for the international
body seated there (``data/capital_bodies.tsv``), unless the story names the capital's own country; as a place it
stays the city of its country (sentences written for these tests)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Брюссель потребовал от Софии ускорить судебную реформу.", ("10", "IGO", "BGR")),
        # the story names Belgium: Brussels is its government
        ("Премьер-министр Бельгии заявил, что Брюссель поддерживает Киев.", ("05", "BEL", "UKR")),
        # a place, not an actor
        ("В Брюсселе прогремел взрыв.", ("18", "BEL", "BEL")),
    ],
)
def test_an_acting_capital_stands_for_the_body_seated_there(code, sentence, expected):
    assert expected in dyads(code(sentence))
