"""Round 21, checked on wire-style sentences written for these tests: an exchange of prisoners between two
coordinated subjects is a release each way, and security forces killing protesters is violent repression (175),
not an assassination (186)."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_exchange_of_prisoners_between_coordinated_subjects_goes_both_ways(code):
    found = codes(code("Армения и Азербайджан обменялись военнопленными."))
    assert ("084", "ARMGOV", "AZEGOV") in found
    assert ("084", "AZEGOV", "ARMGOV") in found


def test_exchange_with_a_partner_in_the_instrumental_keeps_its_target(code):
    assert ("084", "RUSGOV", "UKRGOV") in codes(code("Россия обменялась пленными с Украиной."))


def test_exchange_of_opinions_stays_a_consultation(code):
    events = code("Министры России и Китая обменялись мнениями о ситуации в Афганистане.")
    assert not [e for e in events if e.cameo.startswith("08")]


def test_police_killing_protesters_is_repression(code):
    assert ("175", "IRNCOP", "IRNCVL") in codes(code("Полиция Ирана убила нескольких протестующих."))


def test_killing_a_named_person_stays_an_assassination(code):
    events = code("В Багдаде неизвестные застрелили депутата парламента Ирака.")
    assert not [e for e in events if e.cameo == "175"]
