"""A seizure of a ship of any kind (a car carrier, a bulk carrier, a gas tanker, a tug, a barge) is a seizure of
property (171), a hijacking (181) when pirates, rebels or insurgents take it; the owner a participle names
("принадлежащий британской компании") is whom it is done to."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, cameo, target", [
    ("Йеменские хуситы захватили автомобилевоз, принадлежащий японской компании.", "181", "JPN"),
    ("Сомалийские пираты захватили у побережья Пунтленда балкер, принадлежащий греческой компании.", "181", "GRC"),
    ("Сомалийские пираты захватили газовоз, принадлежащий норвежской компании.", "181", "NOR"),
    ("ВМС Ирана захватили в Персидском заливе буксир, принадлежащий компании из ОАЭ.", "171", "ARE"),
])
def test_a_ship_seized(code, text, cameo, target):
    events = code(text)
    assert any(e.cameo == cameo and (e.target or "")[:3] == target for e in events), dyads(events)
