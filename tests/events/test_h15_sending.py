"""One frame for a verb family: "@name" in the trigger column stands for every verb of word class ``name``
(session 15, helper "norowb"): relief, staple food and arms sent ("@sending") or supplied ("@supplying") are aid
whichever verb of the family tells it. Sentences written for these tests."""

import logging

import pytest

from letopis.events.lexicon import parse_triggers
from tests.events.conftest import codes, dyads

ROWS = ["trigger\trequires\tsource\ttarget\tcameo"]


def test_a_class_name_in_the_trigger_column_stands_for_its_verbs():
    classes = {"sending": frozenset({"выслать", "переслать"}), "relief": frozenset({"одеяло"})}
    rules = parse_triggers([*ROWS, "@sending,вручить\tobj=@relief\t\tdat\t073"], "t.tsv", classes)
    assert set(rules) == {"выслать", "переслать", "вручить"}
    assert rules["переслать"][0].requires[0].lemmas == {"одеяло"}


def test_an_unknown_class_in_the_trigger_column_skips_the_row(caplog):
    with caplog.at_level(logging.WARNING, logger="letopis.events.lexicon"):
        rules = parse_triggers([*ROWS, "@sendin\tobj=груз\t\tdat\t073"], "t.tsv", {})
    assert not rules and "@sendin" in caplog.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Япония переправила в Индонезию партию медикаментов.", "JPN", "IDN"),  # a verb with no row of its own
        ("Россия прислала Сирии одеяла и палатки.", "RUS", "SYR"),
        ("Турция доставила в Газу гуманитарный груз.", "TUR", "PSE"),
        ("Италия направляет в Ливию питьевую воду и одежду.", "ITA", "LBY"),  # goods of the widened class
        ("Египту были переданы Саудовской Аравией 50 тысяч тонн пшеницы.", "SAU", "EGY"),  # passive, staple food
        ("Китай выделил Бангладеш 10 тысяч тонн риса.", "CHN", "BGD"),
    ],
)
def test_relief_sent_by_any_verb_of_the_family_is_aid(code, sentence, source, target):
    assert ("07", source, target) in dyads(code(sentence))


@pytest.mark.slow
def test_staple_food_supplied_may_be_trade(code):
    assert not [c for c, _, _ in codes(code("Компания поставила Египту пшеницу.")) if c.startswith("07")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Иран передал повстанцам оружие.", "IRN", "IRN"),
        ("Франция предоставила Украине гаубицы.", "FRA", "UKR"),
        ("Белоруссия переправила в Сербию партию автоматов.", "BLR", "SRB"),
    ],
)
def test_arms_sent_by_any_verb_of_the_family_are_military_aid(code, sentence, source, target):
    assert ("072", source, target) in {(c, s[:3], (t or "")[:3]) for c, s, t in codes(code(sentence))}


@pytest.mark.slow
def test_troops_sent_with_their_arms_are_a_deployment(code):
    events = code("Таиланд перебросил дополнительные войска и бронетехнику к границе с Бирмой.")
    assert "154" in {c for c, _, _ in codes(events)}
    assert "072" not in {c for c, _, _ in codes(events)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Кувейт направил Ливану 100 миллионов долларов.", "KWT", "LBN"),
        ("Германия отправила Украине транш в размере одного миллиарда евро.", "DEU", "UKR"),
        ("Норвегия перечислила Сомали грант на 20 миллионов крон.", "NOR", "SOM"),
    ],
)
def test_money_granted_by_any_verb_of_the_family_is_economic_aid(code, sentence, source, target):
    assert ("071", source, target) in {(c, s[:3], (t or "")[:3]) for c, s, t in codes(code(sentence))}


@pytest.mark.slow
def test_money_paid_out_is_no_grant(code):
    assert not [c for c, _, _ in codes(code("Россия выплатила Парижскому клубу 2 миллиарда долларов.")) if c == "071"]
