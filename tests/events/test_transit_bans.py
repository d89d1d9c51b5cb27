"""Sanctions by their code. A ban on the transit of a country's goods is an embargo (163, SANCTION), as a ban on their
import is, and as the transit ban lifted is an embargo eased (085): not an administrative restriction at home (172).
A visa refused is entry refused (160), not a bare rejection (120)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, target", [
    ("Литва запретила транзит российских грузов в Калининградскую область.", "RUS"),
    ("Казахстан ввёл запрет на транзит украинских товаров.", "UKR"),
])
def test_a_transit_ban_is_an_embargo(code, text, target):
    events = code(text)
    assert any(e.cameo == "163" and (e.target or "")[:3] == target for e in events), dyads(events)
    assert not any(e.cameo.startswith("172") for e in events), dyads(events)


def test_a_ban_at_home_stays_an_administrative_restriction(code):
    events = code("Власти Белоруссии запретили митинги оппозиции в Минске.")
    assert not any(e.cameo == "163" for e in events), dyads(events)


@pytest.mark.parametrize("text, target", [
    ("Вашингтон отказал в визе иранскому министру.", "IRN"),
    ("Москва отказала во въезде британским журналистам.", "GBR"),
])
def test_a_visa_refused_is_entry_refused(code, text, target):
    events = code(text)
    assert any(e.cameo == "160" and (e.target or "")[:3] == target for e in events), dyads(events)
    assert not any(e.cameo.startswith("12") for e in events), dyads(events)
