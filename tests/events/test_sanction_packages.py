"""A package of sanctions adopted ("утвердил новый пакет санкций против X", "одобрил пакет санкций в отношении X")
is sanctions imposed (163) by the subject of the verb that adopts it on whom the sanctions are against."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, source, target", [
    ("Евросоюз утвердил новый пакет санкций против Белоруссии.", "IGOEU", "BLR"),
    ("Совет ЕС в пятницу одобрил очередной пакет санкций в отношении Ирана.", "IGOEU", "IRN"),
    ("Великобритания приняла пакет санкций против Никарагуа.", "GBR", "NIC"),
])
def test_a_package_adopted_imposes_sanctions(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo == "163" and (e.source or "").startswith(source) and (e.target or "")[:3] == target for e in events
    ), dyads(events)


def test_a_package_discussed_imposes_nothing(code):
    events = code("Министры ЕС обсудили возможный пакет санкций против Белоруссии.")
    assert not any(e.cameo.startswith("16") for e in events), dyads(events)
