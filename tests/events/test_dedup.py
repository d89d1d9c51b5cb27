"""Repeated reports of one event merge: also when one report names a participant by country only."""

from letopis.events.dedup import merge_events
from letopis.model import Event


def test_report_naming_only_the_country_merges_into_the_one_with_the_role():
    headline = Event(cameo="173", source="PRKGOV", target="USA", source_entity="prk", target_entity="usa")
    body = Event(cameo="173", source="PRKGOV", target="USACVL", source_entity="prk", target_entity="citizen")
    merged = merge_events([headline, body])
    assert [(e.source, e.target) for e in merged] == [("PRKGOV", "USACVL")]


def test_different_countries_or_roots_stay_apart():
    arrest = Event(cameo="173", source="PRKGOV", target="USA", source_entity="prk", target_entity="usa")
    other = Event(cameo="173", source="PRKGOV", target="KORCVL", source_entity="prk", target_entity="kor")
    threat = Event(cameo="130", source="PRKGOV", target="USAGOV", source_entity="prk", target_entity="usa2")
    assert len(merge_events([arrest, other, threat])) == 3


def test_source_implied_by_the_place_merges_into_the_report_that_names_it():
    # "Младич приговорён" (the court guessed from the place) and "трибунал приговорил Младича": one sentencing
    headline = Event(cameo="116", source="BIHJUD", target="BIHMIL", source_entity="context:BIHJUD", target_entity="m")
    body = Event(cameo="116", source="IGOICTY", target="BIHMIL", source_entity="icty", target_entity="m")
    assert [e.source for e in merge_events([headline, body])] == ["IGOICTY"]


def test_implied_source_stays_when_no_report_names_one_for_that_act():
    sentence = Event(cameo="116", source="USAJUD", target="USACVL", source_entity="context:USAJUD", target_entity="a")
    other = Event(cameo="111", source="CHN", target="USACVL", source_entity="chn", target_entity="a")
    assert len(merge_events([sentence, other])) == 2


def test_a_bare_demand_is_no_vaguer_report_of_an_act_of_another_root():
    # the code prefix of 100 is its root: "1" would take a fight (19x) for a refinement of the demand
    demand = Event(cameo="100", source="USA", target="IRN", source_entity="usa", target_entity="irn")
    strike = Event(cameo="190", source="USAMIL", target="IRNMIL", source_entity="army", target_entity="irn_army")
    assert len(merge_events([demand, strike])) == 2
    specific = Event(cameo="1041", source="USAGOV", target="IRNGOV", source_entity="gov", target_entity="irn_gov")
    assert [e.cameo for e in merge_events([demand, specific])] == ["1041"]
