""""Президент России ратифицировал соглашение между Россией и Абхазией": the object's "между X и Y" names the
parties of the treaty, and the target is the side other than the source's own country (h13 precision audit: the
first side, the source's own Russia, was taken as the place of the act)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_ratified_treaty_targets_the_other_side(code):
    events = code("Договор\nПрезидент России Владимир Путин ратифицировал соглашение между Россией и Абхазией.")
    found = dyads(events)
    assert ("05", "RUS", "XAB") in found
    assert ("05", "RUS", "RUS") not in found


def test_law_ratifying_a_treaty_targets_the_other_side(code):
    events = code(
        "Договор\nПрезидент России Владимир Путин подписал закон о ратификации соглашения между Россией и Южной "
        "Осетией о выплате пенсий."
    )
    found = dyads(events)
    assert ("05", "RUS", "XSO") in found
    assert ("05", "RUS", "RUS") not in found


def test_treaty_between_two_others_targets_both(code):
    events = code("Договор\nПрезидент России Владимир Путин ратифицировал соглашение между Абхазией и Южной Осетией.")
    assert {("05", "RUS", "XAB"), ("05", "RUS", "XSO")} <= dyads(events)
