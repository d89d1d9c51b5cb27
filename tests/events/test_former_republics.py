"""A former part of a country is not that country: "бывшей советской республики", "бывшая французская колония"
name another country now, never SUN, YUG or France (h12 precision audit)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_a_former_soviet_republic_is_not_the_soviet_union(code):
    events = code("Сенат США поддержал заявку бывшей советской республики на вступление в НАТО.")
    assert not [e for e in events if e.target and e.target.startswith("SUN")]


def test_a_visit_to_a_former_republic_is_not_a_visit_to_the_union(code):
    events = code("Президент Франции посетил бывшую советскую республику.")
    assert not [e for e in events if e.target and e.target.startswith("SUN")]


def test_the_republic_named_still_counts(code):
    events = code("Сенат США поддержал заявку Грузии на вступление в НАТО.")
    assert ("05", "USA", "GEO") in dyads(events)


def test_a_soviet_leader_is_still_soviet(code):
    events = code("Советский лидер Михаил Горбачёв встретился с президентом США Рональдом Рейганом.")
    assert [e for e in events if e.cameo.startswith("04")]
