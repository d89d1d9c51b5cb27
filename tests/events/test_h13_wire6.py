"""Session 13 (wire6): general causes shown by the odd half of probe-wire6, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_the_object_after_a_demands_infinitive_is_the_infinitives(code):
    # the parser hangs "30 малийских пастухов" on "потребовал": the addressee "от Нигера" stays the target
    events = code("Президент Мали потребовал от Нигера вернуть 30 малийских пастухов, задержанных на реке.")
    assert ("10", "MLI", "NER") in dyads(events)
    assert ("10", "MLI", "MLI") not in dyads(events)


def test_what_describes_the_subject_of_a_predicate_adjective_is_no_content(code):
    # "должен" is a demand word, but the visit is its subject, not what is demanded: the talks stay an event
    events = code(
        "Визит президента Бразилии в Буэнос-Айрес, где он проведёт переговоры с президентом Аргентины, "
        "должен снять напряжённость в отношениях двух стран, считают дипломаты."
    )
    assert any(e.cameo.startswith("04") and {e.source[:3], e.target[:3]} == {"BRA", "ARG"} for e in events)
