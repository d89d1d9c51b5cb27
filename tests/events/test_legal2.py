"""Legal coercion as Russian domestic news tells it: a person handed over to another state (063), detention
extended and prisoners moved (173), counter-terrorist regimes and curfews imposed by the state of the place
(1723/1724); on sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # any person handed over to another state, not only the nouns the lexicon lists
        ("Польша выдала США российского программиста, обвиняемого в мошенничестве.", ("063", "POLGOV", "USAGOV")),
        ("Власти Польши выдали США российского программиста Ивана Петрова.", ("063", "POLGOV", "USAGOV")),
        # a passive: the person handed over is what the row asks for, the state he goes to the target
        (
            "Российский программист Иван Петров был выдан властями Польши Соединённым Штатам.",
            ("063", "POLGOV", "USAGOV"),
        ),
        (
            "Басманный суд Москвы продлил срок содержания под стражей российскому журналисту Ивану Сафронову.",
            ("173", "RUSJUD", "RUSMED"),
        ),
        (
            "Российский оппозиционер Алексей Навальный этапирован в исправительную колонию во Владимирской области.",
            ("173", "RUSCOP", "RUSOPP"),
        ),
        (
            "Власти Дагестана ввели режим контртеррористической операции в Дербенте.",
            ("1724", "RUSGOV", "RUSCVL"),
        ),
        ("Власти Египта ввели режим чрезвычайного положения в Каире.", ("1724", "EGYGOV", "EGYCVL")),
        # an agentless curfew: the state of the place imposes it on the place's people
        ("В Бангкоке введён комендантский час.", ("1723", "THAGOV", "THACVL")),
    ],
)
def test_legal_coercion(code, sentence, expected):
    assert expected in codes(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a loan or a warrant issued is no person handed over
        "Россия выдала Украине кредит на три миллиарда долларов.",
        "Суд в Москве выдал ордер на арест российского бизнесмена Ивана Петрова.",
    ],
)
def test_issuing_things_is_no_extradition(code, sentence):
    assert not any(cameo == "063" for cameo, _, _ in codes(code(sentence)))



@pytest.mark.parametrize("text, expected", [
    # the verb's own object put first is no agent: the state of the place acts
    ("Американского журналиста арестовали в Иране по обвинению в шпионаже.", ("173", "IRN", "USA")),
    ("Лидера оппозиции Белоруссии отправили в СИЗО.", ("173", "BLR", "BLR")),
])
def test_an_object_put_first_is_acted_on_by_the_state_of_the_place(code, text, expected):
    assert expected in {(e.cameo, e.source[:3], (e.target or "")[:3]) for e in code(text)}


def test_a_country_a_thing_came_from_is_no_place_of_the_act(code):
    events = code("Суд Канады приговорил офицера Джеффри Дилайла к 20 годам. Дилайла также обязали выплатить штраф "
                  "в размере суммы, которую он получил от России.", "2013-02-09")
    assert not [e for e in events if e.source.startswith("RUS")]
