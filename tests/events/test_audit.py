"""Causes found by the ninth session's audit of 150 coded events on unannotated Wikinews articles, each checked
on sentences written for these tests: a passive future under "если" is a condition, no act."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_passive_future_under_if_is_no_event(code):
    events = code("Если парламент примет дело к рассмотрению, то президент Перу будет отстранён от должности.")
    assert not [e for e in events if e.cameo.startswith(("17", "13"))]


def test_passive_future_without_condition_stays_an_intent(code):
    events = code("Договор о дружбе будет подписан президентами России и Китая в понедельник.")
    assert [e for e in events if e.cameo[:2] in ("03", "05", "06") and e.modality == "future"]


def test_past_passive_removal_is_still_an_event(code):
    assert ("17", "PER", "PER") in dyads(code("Парламент Перу отстранил президента страны от должности."))
