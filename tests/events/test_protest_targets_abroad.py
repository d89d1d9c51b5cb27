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



def test_going_out_to_a_rally_against_an_alliance_s_bombing_is_aimed_at_the_alliance(code):
    # the phrase "против" hangs on the rally noun, not on the verb whose row the protest is
    events = code("Тысячи жителей Белграда вышли на демонстрацию против бомбардировок НАТО.")
    assert {(e.source[:3], e.target) for e in events if e.cameo.startswith("14")} == {("SRB", "IGONATO")}


def test_a_protest_at_a_foreign_base_hung_on_the_noun_of_protest(code):
    events = code("Греческие киприоты провели акцию протеста у британской военной базы.")
    assert {dyad[2] for dyad in protests(events)} == {"GBR"}


def test_a_flag_burned_outside_a_building_is_a_protest_not_destruction_of_the_building(code):
    events = code("Иранские демонстранты сожгли флаг США у здания бывшего посольства в Тегеране.")
    assert protests(events) == {("14", "IRN", "USA")}
    assert not [e for e in events if e.cameo.startswith("17")]


def test_a_rally_demanding_something_from_a_state_is_aimed_at_that_state(code):
    events = code("Тысячи китайцев провели демонстрацию, требуя от Японии извинений за военные преступления.")
    assert protests(events) == {("14", "CHN", "JPN")}


def test_a_rally_with_a_demand_to_withdraw_foreign_troops_is_aimed_at_their_state(code):
    events = code("Сотни филиппинцев провели митинг с требованием вывести американские войска с островов.")
    assert protests(events) == {("14", "PHL", "USA")}


def test_a_participle_of_gathering_on_the_people_arrested_is_no_protest_of_its_own(code):
    events = code("Полиция Бангладеш задержала десятки студентов, собравшихся на митинг в Дакке.")
    assert [e for e in events if e.cameo.startswith("17")]
    assert not [e for e in events if e.cameo.startswith("14")]
