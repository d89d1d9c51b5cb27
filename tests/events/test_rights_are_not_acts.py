"""Session 14 (silentart), checked on sentences written for these tests: a right or a power to do something
("имеет право вводить санкции", "обладает правом распускать парламент", "получил полномочия созывать консультации")
tells what an actor may do, not an act it did; the act itself is still coded."""

import pytest

pytestmark = pytest.mark.slow


def test_a_right_to_impose_sanctions_is_no_sanction(code):
    events = code("Совет Безопасности ООН имеет право вводить санкции против Ирана.", published="2013-07-06")
    assert not [e for e in events if e.cameo.startswith("16") and not e.negated and e.modality is None]


def test_a_power_to_convene_consultations_is_no_consultation(code):
    events = code("Генеральный секретарь НАТО получил полномочия созывать экстренные консультации с Россией.",
                  published="2013-07-06")
    assert not [e for e in events if e.cameo.startswith("04") and e.modality is None]


def test_a_right_to_hold_talks_is_no_talks(code):
    events = code("Министр иностранных дел Китая получил право проводить переговоры с Японией.", published="2013-07-06")
    assert not [e for e in events if e.cameo.startswith("04") and e.modality is None]


def test_the_sanction_itself_is_still_coded(code):
    events = code("Совет Безопасности ООН ввёл санкции против Ирана.", published="2013-07-06")
    assert [e for e in events if e.cameo.startswith("16") and e.source == "IGOUN" and e.target == "IRNGOV"]
