"""An appeal, demand, refusal or threat takes its kind from what it is about (content_codes.tsv)."""

import pytest

from letopis.events.lexicon import load_lexicon

pytestmark = pytest.mark.slow


def test_lexicon_maps_the_content_kind_onto_the_governor():
    lexicon = load_lexicon()
    assert lexicon.content_code("10", "0313") == "1013"
    assert lexicon.content_code("02", "033") == "023"
    assert lexicon.content_code("12", "036") == "125"
    assert lexicon.content_code("02", "", negated_root="17") == "0251"
    assert lexicon.content_code("11", "036") is None  # a critique has no kinds


def codes(events):
    return {(e.cameo, e.source[:3], e.target[:3]) for e in events if not e.negated and e.target}


def test_demand_for_extradition_is_a_demand_for_judicial_cooperation(code):
    events = code("Польша потребовала, чтобы Германия экстрадировала бывшего министра.")
    assert ("1013", "POL", "DEU") in codes(events)


def test_appeal_not_to_ban_asks_to_ease_a_restriction(code):
    events = code("Швеция призвала Турцию не запрещать оппозиционные газеты.")
    assert ("0251", "SWE", "TUR") in codes(events)


def test_demand_to_release_is_a_demand_to_yield(code):
    events = code("Франция потребовала от Ирана освободить журналистов.")
    assert ("1053", "FRA", "IRN") in codes(events)
