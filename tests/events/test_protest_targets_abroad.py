"""Session 12 (protarget), checked on sentences written for these tests: a protest that names its target in none of
its own slots is aimed at the party its other phrases name, before the fallback to the protesters' own country:
what it protests "в знак протеста против", whom its converb of demand asks to act, the country of its adjective of
opposition ("антиамериканский"); with none of them it stays aimed at home."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def protests(events):
    return {dyad for dyad in dyads(events) if dyad[0] == "14"}


def test_a_picket_in_sign_of_protest_against_a_foreign_act_is_aimed_at_its_agent(code):
    events = code("Новозеландские активисты провели пикет в знак протеста против ядерных испытаний Франции.")
    assert protests(events) == {("14", "NZL", "FRA")}


def test_a_hunger_strike_in_sign_of_protest_against_a_foreign_decision(code):
    events = code("Палестинские заключенные объявили голодовку в знак протеста против решения израильского правительства.")
    assert protests(events) == {("14", "PSE", "ISR")}


def test_a_march_demanding_a_foreign_withdrawal_is_aimed_at_the_withdrawing_side(code):
    events = code("Ливанские студенты провели марш в Бейруте, требуя вывода израильских войск с юга страны.")
    assert protests(events) == {("14", "LBN", "ISR")}


def test_an_anti_american_demonstration_is_aimed_at_the_united_states(code):
    events = code("В Каире прошли антиамериканские демонстрации.")
    assert protests(events) == {("14", "EGY", "USA")}


def test_going_out_to_an_anti_israeli_rally(code):
    events = code("Тысячи палестинцев вышли на антиизраильскую демонстрацию в Газе.")
    assert protests(events) == {("14", "PSE", "ISR")}


def test_an_anti_japanese_rally_in_a_city(code):
    events = code("Студенты провели антияпонскую демонстрацию в Пекине.")
    assert protests(events) == {("14", "CHN", "JPN")}


def test_an_anti_government_rally_is_aimed_at_the_protesters_own_government(code):
    events = code("Сербские студенты провели антиправительственный митинг в Белграде.")
    assert ("141", "SRBCVL", "SRBGOV") in {(e.cameo, e.source, e.target) for e in events}


def test_a_strike_demanding_unpaid_wages_stays_aimed_at_home(code):
    events = code("Российские рабочие провели забастовку на заводе, требуя выплаты задолженности по зарплате.")
    assert protests(events) == {("14", "RUS", "RUS")}

