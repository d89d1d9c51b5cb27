"""A cut of supplies names its recipient with "на"/"для" as well as with a dative or "в" ("прекратил поставки на Украину")."""

import pytest

from tests.events.conftest import dyads

CASES = [
    ("Туркмения прекратила поставки газа для иранских потребителей.", ("16", "TKM", "IRN")),
    ("Минск прекратил поставки электроэнергии на Литву после истечения контракта.", ("16", "BLR", "LTU")),
    ("Москва сократила поставки нефти на Белоруссию вдвое.", ("16", "RUS", "BLR")),
    ("Поставки зерна для Египта были прекращены Украиной в начале месяца.", ("16", "UKR", "EGY")),
]


@pytest.mark.parametrize("text, dyad", CASES)
def test_supply_cut_reaches_its_recipient(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))
