"""Rules found on the eighteenth fresh article set (heldout-articles18), on sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_a_headline_label_before_a_colon_is_no_subject_of_an_inverted_clause(code):
    # the label names who reports, the subject after the verb who acted: no act of the label's group
    events = code("Исламское государство: взрыв в Манчестере устроил Салман Абеди")
    assert not [c for c in codes(events) if c[1] == "SYRINS"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one follower of an armed group acting in a place named in the sentence is an insurgent of that country
        ("В Лондоне сторонник Исламского государства напал с ножом на полицейского.", ("190", "GBRINS", "GBRCOP")),
        ("В Брюсселе сторонник ИГ убил двух полицейских.", ("186", "BELINS", "BELCOP")),
    ],
)
def test_a_follower_of_an_armed_group_is_an_insurgent_of_the_place(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_member_of_an_armed_group_keeps_the_group(code):
    events = code("В Лондоне боевик Исламского государства напал с ножом на полицейского.")
    assert not [c for c in codes(events) if c[1] == "GBRINS"]
