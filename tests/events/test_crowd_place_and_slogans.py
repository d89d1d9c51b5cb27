"""Who an unnamed crowd is, from a place in its own phrase ("тысячи мусульман в Пакистане протестовали"), and whom
it protests against, from the adjective of opposition its converb carries ("скандируя антиамериканские лозунги")."""

import pytest

from tests.events.conftest import dyads

CROWD_PLACE = [
    ("Тысячи мусульман в Пакистане протестовали против карикатур датской газеты.", ("14", "PAK", "DNK")),
    ("Десятки студентов в Минске провели пикет у посольства России.", ("14", "BLR", "RUS")),
]

SLOGANS = [
    ("Сотни афганцев провели демонстрацию, скандируя антиамериканские лозунги.", ("14", "AFG", "USA")),
    ("Тысячи иранцев вышли на улицы Тегерана, выкрикивая антиизраильские лозунги.", ("14", "IRN", "ISR")),
]


@pytest.mark.parametrize("text, dyad", CROWD_PLACE + SLOGANS)
def test_crowd_and_its_target(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))
