"""A meeting or talks named as the setting of an act ("на встрече с X предложил ...") were held: the offer or
promise made there qualifies what is offered, not the meeting; the meeting shares only the time of that act."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("На встрече с премьером Японии президент Южной Кореи предложил возобновить диалог.",
         ("040", "KORGOV", "JPNGOV")),
        ("На встрече с президентом Кении глава Танзании предложил создать совместную комиссию.",
         ("040", "TZAGOV", "KENGOV")),
        ("На переговорах с президентом Казахстана глава Узбекистана пообещал увеличить поставки газа.",
         ("046", "UZBGOV", "KAZGOV")),
    ],
)
def test_a_meeting_an_offer_was_made_at_was_held(code, sentence, expected):
    found = codes(code(sentence))
    assert expected in found, found
    meeting = [event for event in code(sentence) if event.mentions[0].trigger.startswith(("встреч", "переговор"))]
    assert [event.modality for event in meeting] == [None], [(event.cameo, event.modality) for event in meeting]


def test_the_offer_made_at_the_meeting_is_still_told(code):
    found = codes(code("На переговорах с президентом Казахстана глава Узбекистана пообещал увеличить поставки газа."))
    assert ("030", "UZBGOV", "KAZGOV") in found, found


def test_a_meeting_at_which_an_offer_will_be_made_is_still_to_come(code):
    events = code("На встрече с президентом Кении глава Танзании предложит создать совместную комиссию.")
    meeting = [event for event in events if event.cameo.startswith("04")]
    assert not meeting, [(event.cameo, event.modality) for event in events]


def test_talks_insisted_on_are_no_setting(code):
    found = codes(code("Президент Польши настаивал на переговорах с Белоруссией."))
    assert not any(cameo.startswith("04") for cameo, _, _ in found), found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("В рамках визита в Анголу президент Португалии пообещал списать долги.", ("042", "PRTGOV", "AGO")),
        ("По итогам переговоров с президентом Казахстана глава Узбекистана предложил увеличить поставки газа.",
         ("046", "UZBGOV", "KAZGOV")),
    ],
)
def test_a_meeting_framing_an_offer_was_held(code, sentence, expected):
    events = code(sentence)
    assert expected in codes(events), [(event.cameo, event.source, event.target, event.modality) for event in events]


def test_a_visit_framing_an_act_to_come_is_still_to_come(code):
    events = code("В рамках визита в Анголу президент Португалии подпишет соглашение.")
    assert not any(event.cameo.startswith("04") for event in events), [(event.cameo, event.modality) for event in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "В ходе визита в Китай президент Бразилии подпишет соглашение о торговле.",
        "Во время встречи с премьером Японии президент Южной Кореи предложит возобновить диалог.",
    ],
)
def test_a_meeting_an_act_to_come_is_told_during_is_to_come(code, sentence):
    events = code(sentence)
    assert not any(event.cameo.startswith("04") for event in events), [(event.cameo, event.modality) for event in events]


def test_a_meeting_a_done_act_is_told_during_was_held(code):
    found = codes(code("В ходе визита в Китай президент Бразилии подписал соглашение о торговле."))
    assert ("042", "BRAGOV", "CHN") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "На встрече с президентом Сербии премьер Венгрии собирается обсудить энергетику.",
        "В ходе визита в Китай президент Бразилии намерен подписать соглашение о торговле.",
        "Во время визита в Москву премьер Индии планирует обсудить поставки оружия.",
    ],
)
def test_a_meeting_at_which_the_subject_plans_an_act_is_to_come(code, sentence):
    events = code(sentence)
    assert not any(event.cameo.startswith("04") for event in events), [(event.cameo, event.modality) for event in events]


def test_a_visit_at_which_a_promise_was_made_was_held(code):
    found = codes(code("В ходе визита в Китай президент Бразилии пообещал подписать соглашение о торговле."))
    assert ("042", "BRAGOV", "CHN") in found, found
