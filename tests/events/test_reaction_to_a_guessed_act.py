"""A reaction to an act whose agent the coder guessed (the state of the place: "в Минске задержали журналиста") is
aimed at that guessed agent, as at a named one; a reaction to an arrest or expulsion is aimed at its agents whoever
its phrase names as the victim ("осудила задержание польского журналиста"), and, told in no earlier sentence, at
the state where its own phrase places it ("осудил задержание журналиста в Минске"). Texts written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def dyads(events, root):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith(root)}


def test_criticism_of_an_arrest_by_the_place_is_aimed_at_its_police(code):
    events = code("В Минске в пятницу задержали журналиста. Евросоюз раскритиковал этот арест.")
    assert {(e.source, e.target) for e in events if e.cameo.startswith("11")} == {("IGOEU", "BLRCOP")}


def test_a_protest_at_the_arrest_of_ones_national_is_aimed_at_the_arresting_state(code):
    events = code(
        "В Душанбе арестован корреспондент российского агентства. Москва выразила протест в связи с арестом "
        "журналиста."
    )
    assert dyads(events, "11") | dyads(events, "14") == {("RUS", "TJK")}


def test_a_nominal_arrest_called_unlawful_by_the_victims_state(code):
    events = code(
        "Корреспондента российского агентства арестовали в Душанбе. Российский МИД назвал задержание журналиста "
        "незаконным."
    )
    assert dyads(events, "11") == {("RUS", "TJK")}


def test_a_passive_expulsion_condemned_is_aimed_at_the_expelling_state(code):
    events = code("Из России выслан латвийский дипломат. Рига назвала высылку дипломата недружественным шагом.")
    assert dyads(events, "11") == {("LVA", "RUS")}


def test_an_indefinite_expulsion_condemned(code):
    events = code("Латвийского дипломата выслали из Москвы. Латвия осудила высылку.")
    assert dyads(events, "11") == {("LVA", "RUS")}


def test_a_release_welcomed_is_aimed_at_the_releasing_state(code):
    events = code("В Иране освободили британскую журналистку. Лондон приветствовал её освобождение.")
    assert dyads(events, "05") == {("GBR", "IRN")}


def test_a_demand_to_free_after_a_guessed_arrest(code):
    events = code("В Иране арестован гражданин Франции. Париж потребовал освободить своего гражданина.")
    assert dyads(events, "10") == {("FRA", "IRN")}


def test_the_named_victim_of_a_named_arrest_is_not_the_aim(code):
    events = code(
        "Полицейские в Минске задержали польского журналиста. Литва осудила задержание польского журналиста."
    )
    assert dyads(events, "11") == {("LTU", "BLR")}


def test_the_named_victim_of_a_guessed_arrest_is_not_the_aim(code):
    events = code(
        "В Белоруссии задержали российского журналиста. Евросоюз осудил задержание российского журналиста."
    )
    assert {(e.source, e.target) for e in events if e.cameo.startswith("11")} == {("IGOEU", "BLRCOP")}


def test_the_agent_of_strikes_named_in_the_reaction_stays_its_aim(code):
    events = code(
        "В Дамаске задержали двух иностранных журналистов. Вечером Россия осудила удары США по Сирии."
    )
    assert ("RUS", "USA") in dyads(events, "11")


# one sentence: the reaction's own phrase places the arrest or expulsion, and the state there did it


def test_an_arrest_placed_in_the_reactions_phrase(code):
    events = code("Евросоюз осудил задержание российского журналиста в Минске.")
    assert {(e.source, e.target) for e in events if e.cameo.startswith("11")} == {("IGOEU", "BLRCOP")}


def test_a_protest_at_an_arrest_placed_in_a_city(code):
    events = code("Москва выразила протест в связи с арестом российского журналиста в Душанбе.")
    assert dyads(events, "1") == {("RUS", "TJK")}


def test_an_expulsion_from_a_country_condemned(code):
    events = code("Латвия осудила высылку своего дипломата из России.")
    assert dyads(events, "11") == {("LVA", "RUS")}


def test_an_arrest_placed_by_a_participle(code):
    events = code("Лондон осудил арест британского студента, задержанного в Иране на прошлой неделе.")
    assert ("GBR", "IRN") in dyads(events, "11")
    assert ("GBR", "GBR") not in dyads(events, "11")


def test_a_country_in_the_genitive_is_the_victims_not_the_arrester(code):
    events = code("Евросоюз раскритиковал арест гражданина России.")
    assert "RUSCOP" not in {e.target for e in events if e.cameo.startswith("11")}


def test_an_arrest_at_home_condemned_by_its_own_state_is_not_re_aimed(code):
    events = code("МИД России осудил задержание российских журналистов в Москве.")
    assert "RUSCOP" not in {e.target for e in events if e.cameo.startswith("11")}


# one sentence: the act told before the reaction in it


def test_an_arrest_and_its_condemnation_in_one_sentence(code):
    events = code("В Иране был арестован британский студент, и Лондон осудил его арест.")
    assert dyads(events, "11") == {("GBR", "IRN")}


def test_an_expulsion_and_its_condemnation_in_one_sentence(code):
    events = code("Из России выслали латвийского дипломата, Рига назвала высылку провокацией.")
    assert dyads(events, "11") == {("LVA", "RUS")}


def test_a_detention_criticised_in_the_same_sentence(code):
    events = code("В Баку задержали грузинского активиста, а Тбилиси раскритиковал задержание.")
    assert dyads(events, "11") == {("GEO", "AZE")}


def test_a_kidnapping_guessed_of_the_place_is_not_the_states_act_to_answer(code):
    events = code("В Мосуле похищены двое турецких инженеров. Анкара осудила похищение.")
    assert ("TUR", "IRQ") not in dyads(events, "11")
