"""Uncounted crowds of a trade or of the public purse ("дальнобойщики", "бюджетники", "металлурги") that protest are
the civilians of the place where they do."""

import pytest

from tests.events.conftest import dyads

CROWDS = [
    ("Дальнобойщики перекрыли трассу в Сербии.", ("14", "SRB", "SRB")),
    ("В Бухаресте бюджетники провели митинг.", ("14", "ROU", "ROU")),
    ("Металлурги объявили забастовку на заводе в Галаце.", ("14", "ROU", "ROU")),
]


@pytest.mark.parametrize("text, dyad", CROWDS)
def test_trade_crowd_protests_where_it_is(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))
