"""Actors of events found with the right type (session 12, helper "args"): the order of the sides of a clash
named by two adjectives on one group noun, ... Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def sides(events, root):
    return [(e.source[:3], e.target[:3] if e.target else None) for e in events if e.cameo.startswith(root)]


def test_clash_between_two_adjective_groups_takes_the_first_named_as_source(code):
    events = code("Вчера на границе вспыхнули бои между киргизскими и таджикскими пограничниками.")
    assert sides(events, "19") == [("KGZ", "TJK")]


def test_clash_between_two_adjective_groups_keeps_the_text_order_either_way(code):
    events = code("Вчера на границе вспыхнули бои между таджикскими и киргизскими пограничниками.")
    assert sides(events, "19") == [("TJK", "KGZ")]


def test_clash_between_adjective_groups_when_the_first_adjective_is_parsed_as_a_clause(code):
    # the parser makes "суданскими" a participle clause (acl) of "войсками", not its adjective
    events = code("Вчера произошли стычки между суданскими и эфиопскими войсками.")
    assert sides(events, "19") == [("SDN", "ETH")]


def test_hostages_named_after_a_dash_by_nationality_are_the_targets(code):
    events = code("Боевики в Ираке освободили двух заложников — француза и итальянца.", "2005-06-01")
    assert sorted(target for _, target in sides(events, "08")) == ["FRA", "ITA"]


def test_a_dash_clause_without_a_nationality_is_no_apposition(code):
    events = code("Боевики в Ираке освободили двух заложников — их удерживали месяц.", "2005-06-01")
    assert all(target in ("IRQ", None) for _, target in sides(events, "08"))


def test_who_is_persuaded_to_act_is_the_source_of_the_act(code):
    events = code("США убедили Японию ввести санкции против Ирана.")
    assert sides(events, "16") == [("JPN", "IRN")]


def test_who_is_forced_to_withdraw_is_the_source_of_the_withdrawal(code):
    events = code("США вынудили Ирак вывести войска из Кувейта.", "1991-03-01")
    assert ("IRQ", "KWT") in sides(events, "08")
    assert not [pair for pair in sides(events, "08") if pair[0] == "USA"]


def test_an_act_only_asked_for_stays_the_content_of_the_request(code):
    events = code("Франция попросила Германию ввести санкции против России.")
    assert not sides(events, "16")


def test_a_ban_on_investments_targets_the_country_invested_in_not_the_investors(code):
    events = code("Япония запретила японские инвестиции в Северную Корею.")
    assert sides(events, "16") == [("JPN", "PRK")]
