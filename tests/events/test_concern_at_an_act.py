"""Concern at an act ("выразил озабоченность решением Белоруссии", "обеспокоенность приговором") is aimed at the
act's agent, named on the act noun or told before; a plural act noun pointed back to ("эти заявления", "подобные
высказывания") stands for the acts of its kind told in the two sentences before, each agent a target. Texts
written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def dyads(events, code):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith(code)}


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Министр иностранных дел Франции выразил озабоченность решением России о закрытии границы.", "FRA", "RUS"),
        ("Премьер-министр Японии выразил серьёзную обеспокоенность заявлением КНДР.", "JPN", "PRK"),
        ("Канцлер Германии выразила тревогу по поводу решения Китая.", "DEU", "CHN"),
        ("Решением Белоруссии о высылке дипломатов глубокую озабоченность выразил глава МИД Литвы.", "LTU", "BLR"),
        ("Госдепартамент США выражает обеспокоенность действиями Ирана, сообщил представитель ведомства.", "USA", "IRN"),
    ],
)
def test_concern_at_a_named_act_is_aimed_at_its_agent(code, text, source, target):
    assert (source, target) in dyads(code(text), "012")


def test_concern_at_a_sentence_told_before_is_aimed_at_the_court(code):
    events = code(
        "Суд Минска в понедельник приговорил белорусского оппозиционера к шести годам колонии. Глава МИД Швеции "
        "выразил серьёзную озабоченность приговором, заявив, что он подрывает доверие к правосудию."
    )
    assert ("SWE", "BLR") in dyads(events, "012")


def test_concern_at_a_situation_names_no_target(code):
    events = code("Евросоюз выразил обеспокоенность ситуацией на границе.")
    assert not dyads(events, "012")


def test_these_statements_answer_both_earlier_speakers(code):
    events = code(
        "Глава МИД Швеции выразил озабоченность решением Белоруссии о высылке посла. Министр иностранных дел "
        "Польши осудил действия Минска. Официальный представитель МИД Белоруссии назвал эти заявления "
        "вмешательством во внутренние дела страны."
    )
    assert {("BLR", "SWE"), ("BLR", "POL")} <= dyads(events, "11")


def test_such_remarks_answer_both_earlier_speakers_in_either_order(code):
    events = code(
        "Президент Южной Кореи выразил тревогу в связи с решением Пхеньяна. Премьер-министр Японии выразил "
        "обеспокоенность заявлением КНДР. Позже МИД КНДР назвал подобные высказывания провокацией."
    )
    assert {("PRK", "KOR"), ("PRK", "JPN")} <= dyads(events, "11")


def test_such_statements_rejected_answer_three_critics(code):
    events = code(
        "Канцлер Германии раскритиковала политику Москвы. Президент Франции осудил решение России, а премьер "
        "Италии выразил озабоченность действиями Кремля. Вчера МИД России отверг такие заявления как безосновательные."
    )
    assert {("RUS", "DEU"), ("RUS", "FRA")} <= dyads(events, "12")


def test_a_singular_statement_answers_only_the_latest_speaker(code):
    events = code(
        "Глава МИД Швеции осудил решение Белоруссии о высылке посла. Министр иностранных дел Польши осудил "
        "действия Минска. Официальный представитель МИД Белоруссии назвал это заявление вмешательством во "
        "внутренние дела страны."
    )
    found = dyads(events, "11")
    assert ("BLR", "POL") in found and ("BLR", "SWE") not in found


@pytest.mark.parametrize(
    "text, cameo, source, target",
    [
        ("Министр заявил, что Токио серьёзно обеспокоен решением Пекина.", "012", "JPN", "CHN"),
        ("Посол заявил, что Вашингтон глубоко разочарован приговором суда Белоруссии.", "111", "USA", "BLR"),
        ("Правительство Литвы было встревожено заявлением Москвы о военных учениях.", "012", "LTU", "RUS"),
        ("В Берлине сообщили, что Германия разочарована отказом Турции.", "111", "DEU", "TUR"),
    ],
)
def test_a_feelings_passive_subject_is_who_feels_it(code, text, cameo, source, target):
    assert (source, target) in dyads(code(text), cameo)


def test_the_feelings_cause_as_subject_codes_no_reversed_event(code):
    events = code("Решение Пекина обеспокоило Токио.")
    assert ("CHN", "JPN") not in dyads(events, "01")
