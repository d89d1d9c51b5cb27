"""A means of force whose target is named only in its purpose clause (round 26, helper "groups"): "применила
водометы, чтобы разогнать студентов" is one act of repression aimed at the students; the purpose is no event."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_means_takes_the_target_of_its_purpose(code):
    events = code("Египетская полиция применила дубинки, чтобы разогнать сотни демонстрантов в Каире.")
    assert ("17", "EGY", "EGY") in dyads(events)
    assert len(events) == 1  # the dispersal is the purpose of the same act, not a second event


def test_group_target_of_the_purpose_keeps_its_own_country(code):
    events = code("Турецкая полиция применила водометы, чтобы разогнать курдских демонстрантов в Стамбуле.")
    assert {event.target for event in events} == {"TURCVL"}


def test_purpose_of_another_kind_gives_no_target(code):
    # to help is no repression: the means stays without a target and codes nothing
    assert not code("Полиция Кении применила водометы, чтобы помочь пожарным потушить склад.")
