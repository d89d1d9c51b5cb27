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
        ("В Лондоне сторонник Исламского государства ворвался в участок и избил полицейского.", ("182", "GBRINS", "GBRCOP")),
        ("В Брюсселе сторонник ИГ убил двух полицейских.", ("1823", "BELINS", "BELCOP")),
    ],
)
def test_a_follower_of_an_armed_group_is_an_insurgent_of_the_place(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_member_of_an_armed_group_keeps_the_group(code):
    events = code("В Лондоне боевик Исламского государства напал с ножом на полицейского.")
    assert not [c for c in codes(events) if c[1] == "GBRINS"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an attack with a knife or an axe is a person's assault (18), not military force (19)
        ("В Иерусалиме боевик ХАМАС напал с ножом на израильского полицейского.", ("182", "PSEINS", "ISRCOP")),
        ("Боевики ХАМАС напали с топорами на израильских солдат.", ("182", "PSEINS", "ISRMIL")),
    ],
)
def test_an_attack_with_a_knife_is_an_assault(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_an_attack_without_a_blade_stays_military_force(code):
    events = code("Боевики Талибана напали на военную базу армии Афганистана.")
    assert [c for c in codes(events) if c[0] == "190"]
