"""Rules found on the nineteenth fresh article set (heldout-articles19), on sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a case opened against someone "по обвинению в ..." charges him with a crime: 1121, as "предъявить обвинение"
        ("Следственный комитет России возбудил уголовное дело против мэра Омска по обвинению в получении взятки.",
         ("1121", "RUSJUD", "RUSGOV")),
        ("В отношении бывшего министра обороны Армении возбуждено уголовное дело по обвинению в растрате.",
         ("1121", "ARMJUD", "ARMGOV")),
        ("Генеральная прокуратура Украины возбудила дело против экс-губернатора Одесской области по обвинению в "
         "превышении полномочий.", ("1121", "UKRJUD", "UKRCVL")),
    ],
)
def test_a_case_opened_on_a_charge_is_an_accusation_of_a_crime(code, sentence, expected):
    events = code(sentence)
    assert expected in codes(events)
    assert not [e for e in events if e.cameo.startswith("17")]


def test_a_charge_with_its_own_support_verb_does_not_make_the_case_a_charge(code):
    events = code("Против бывшего мэра Омска было возбуждено уголовное дело, однако обвинения ему предъявлено не было.")
    assert not [e for e in events if e.cameo == "1121" and not e.negated]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a claim that someone broke a law, a right or a treaty accuses him: the violator is the content's subject
        ("Оппозиция утверждает, что администрация президента Бразилии нарушила закон.", ("112", "BRAOPP", "BRAGOV")),
        ("Министр иностранных дел Грузии заявил, что Россия нарушила соглашение о прекращении огня.",
         ("112", "GEOGOV", "RUSGOV")),
        ("Белый дом настаивает, что Иран нарушает условия ядерной сделки.", ("112", "USAGOV", "IRNGOV")),
    ],
)
def test_a_claim_of_a_violation_accuses_the_violator(code, sentence, expected):
    assert expected in codes(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Премьер-министр Армении заявил, что Армения не нарушала соглашение.",
        "Глава МИД заявил, что Москва не позволит нарушить свои интересы.",
    ],
)
def test_a_denied_violation_accuses_no_one(code, sentence):
    assert not [e for e in code(sentence) if e.cameo.startswith("11")]


def test_a_claim_told_in_the_present_is_not_dated_by_the_years_of_its_content(code):
    # the claim is made now; the elections of 2014 date what it says, and make it no background
    events = code(
        "Оппозиция утверждает, что администрация президента Бразилии нарушила закон в преддверии выборов 2014 года.",
        published="2016-04-16",
    )
    assert ("112", "BRAOPP", "BRAGOV") in codes(events)
