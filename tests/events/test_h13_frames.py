"""Trigger rows whose requirements name a word class ("obj=@relief") instead of a list of lemmas repeated row by
row (session 13, helper "frames"): the goods of relief aid, the staple foods sent as aid, the people a justice
pursues. Sentences written for these tests."""

import logging

import pytest

from letopis.events.lexicon import parse_triggers
from tests.events.conftest import codes, dyads

ROWS = ["trigger\trequires\tsource\ttarget\tcameo"]


def test_a_class_name_in_a_requirement_stands_for_its_lemmas():
    classes = {"relief": frozenset({"палатка", "одеяло"})}
    (rule,) = parse_triggers([*ROWS, "отправить\tobj=@relief,груз\t\tdat\t073"], "t.tsv", classes)["отправить"]
    assert rule.requires[0].lemmas == {"палатка", "одеяло", "груз"}


def test_the_coders_own_words_stay_as_they_are():
    (rule,) = parse_triggers([*ROWS, "выдать\tobj=@person\t\tdat\t063"], "t.tsv", {})["выдать"]
    assert rule.requires[0].lemmas == {"@person"}


def test_an_unknown_class_skips_the_row_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="letopis.events.lexicon"):
        rules = parse_triggers([*ROWS, "отправить\tobj=@reliefs\t\tdat\t073"], "t.tsv", {})
    assert "отправить" not in rules and "@reliefs" in caplog.text


@pytest.mark.slow
def test_biscuits_airlifted_are_relief(code):
    events = code("Франция перебросила в Чад сорок тонн галет.")
    assert ("07", "FRA", "TCD") in dyads(events)


@pytest.mark.slow
def test_rice_sent_is_relief(code):
    events = code("Япония направила в Бангладеш партию риса.")
    assert ("07", "JPN", "BGD") in dyads(events)


@pytest.mark.slow
def test_a_swindler_handed_over_to_another_state(code):
    events = code("Норвегия передала Швеции известного мошенника.")
    assert ("063", "NOR", "SWE") in {(cameo, source[:3], (target or "")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.slow
def test_a_curfew_lifted_told_as_a_noun(code):
    events = code("Отмена правительством Перу комендантского часа вступила в силу в понедельник.")
    assert ("08", "PER", "PER") in dyads(events)


@pytest.mark.slow
def test_censorship_eased_told_as_a_noun_with_its_support_participle(code):
    events = code("Ослабление цензуры, объявленное правительством Кении, обрадовало журналистов.")
    assert ("081", "KENGOV", "KEN") in codes(events)


@pytest.mark.slow
def test_a_sum_promised_is_promised_aid(code):
    events = code("Германия пообещала Греции пятьдесят миллионов евро.")
    assert ("033", "DEU", "GRC") in {(cameo, source[:3], (target or "")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.slow
def test_subsidies_cut_are_aid_cut(code):
    events = code("Евросоюз сократил Молдавии дотации.")
    assert ("162", "IGOEU", "MDA") in {(cameo, source[:5], (target or "")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.slow
def test_howitzer_deliveries_resumed_are_military_aid(code):
    events = code("Швеция возобновила поставки гаубиц в Индию.")
    assert ("07", "SWE", "IND") in dyads(events)


@pytest.mark.slow
def test_rebels_supplied_with_machine_guns(code):
    events = code("Ливия снабжала чадских повстанцев пулеметами.")
    assert ("072", "LBY") in {(cameo, source[:3]) for cameo, source, _ in codes(events)}


@pytest.mark.slow
def test_hostages_exchanged_are_released_each_way(code):
    events = code("Армения и Азербайджан обменялись заложниками.")
    assert {("08", "ARM", "AZE"), ("08", "AZE", "ARM")} <= dyads(events)


@pytest.mark.slow
def test_prisoners_handed_over_are_released(code):
    events = code("Куба передала Испании узников.")
    assert ("08", "CUB", "ESP") in dyads(events)


@pytest.mark.slow
def test_an_island_handed_over(code):
    events = code("Великобритания передала Китаю спорный остров.")
    assert ("0842", "GBRGOV", "CHNGOV") in codes(events)


@pytest.mark.slow
def test_the_handing_over_of_islands_announced(code):
    events = code("Россия объявила о передаче Японии двух островов.")
    assert ("08", "RUS", "JPN") in dyads(events)


@pytest.mark.slow
def test_an_infinitive_the_parser_takes_for_an_object_is_seen_through(code):
    # the parser hangs "вести" on "разрешило" as its object, not as an xcomp
    events = code("Правительство Ирана разрешило частным радиостанциям вести передачи на азербайджанском языке.")
    assert ("08", "IRN", "IRN") in dyads(events)


@pytest.mark.slow
def test_a_border_reopened_eases_the_closure(code):
    events = code("Россия вновь открыла границу с Грузией.")
    assert ("0872", "RUSGOV", "GEO") in codes(events)


@pytest.mark.slow
def test_a_rally_allowed_eases_dissent(code):
    events = code("Правительство Бирмы разрешило оппозиции провести митинг в Рангуне.")
    assert ("082", "MMRGOV", "MMROPP") in codes(events)


@pytest.mark.slow
def test_tonnes_of_rice_allotted_are_relief(code):
    events = code("Япония выделила Бангладеш десять тысяч тонн риса.")
    assert ("073", "JPNGOV", "BGDGOV") in codes(events)


@pytest.mark.slow
def test_medicines_supplied_are_relief(code):
    events = code("США поставили Египту партию медикаментов.")
    assert ("073", "USAGOV", "EGYGOV") in codes(events)


@pytest.mark.slow
def test_a_strait_shut_off_for_a_country(code):
    events = code("Иран перекрыл Ормузский пролив для американских танкеров.")
    assert ("191", "IRN", "USA") in {(cameo, source[:3], (target or "")[:3]) for cameo, source, target in codes(events)}
