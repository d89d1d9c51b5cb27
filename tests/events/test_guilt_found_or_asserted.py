"""Guilt told with the predicate adjective "виновен": found by a court (постановил, установил, решил) it is the
court's finding (116), asserted by a speaker (заявил) his accusation (112); the act someone is guilty of is the
topic of the trial or of the accusation, no event of its own, even when the finding codes nothing."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text, target", [
    ("Трибунал постановил, что генерал Младич виновен в обстрелах Сараево сербскими войсками.", "BIH"),
    ("Суд установил, что бывший командир боевиков виновен в нападении на полицейских в Назрани.", "RUS"),
    ("Суд решил, что бывший министр внутренних дел виновен в расстреле демонстрантов в Андижане.", "UZB"),
])
def test_a_court_finding_guilt_is_a_verdict_and_its_crime_no_event(code, text, target):
    events = codes(code(text))
    assert any(cameo == "116" and t and t[:3] == target for cameo, _, t in events), events
    assert not [event for event in events if event[0][:2] in ("17", "18", "19", "20") and event[0] != "116"], events


def test_guilt_asserted_by_a_speaker_is_his_accusation(code):
    events = codes(code("Министр обороны Украины заявил, что российские военные виновны в обстреле Харькова."))
    assert ("112", "UKRGOV", "RUSMIL") in events, events
    assert not [event for event in events if event[0].startswith("19")], events


def test_the_crimes_of_a_finding_with_no_actor_of_its_own_are_no_events(code):
    # the tribunal is not linked here, so the finding codes nothing; what it names stays its content
    events = codes(code("Международный трибунал постановил сегодня, что Караджич виновен в геноциде в Сребренице, "
                        "в организации нападений на мирных жителей и в убийствах в ходе осады Сараево."))
    assert not [event for event in events if event[0][:2] in ("18", "19", "20")], events


def test_an_attack_told_as_done_stays_an_event(code):
    events = codes(code("Российские войска обстреляли Харьков."))
    assert any(cameo.startswith("19") and s == "RUSMIL" for cameo, s, _ in events), events
