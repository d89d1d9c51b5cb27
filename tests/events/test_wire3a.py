"""Constructions of wire copy: a headline's label before a colon, the passive of an act on a mis-tagged noun."""

import pytest

from tests.events.conftest import dyads

CASES = [
    # the label before the colon is not the verb's subject
    ("Переговоры в Москве: президент Франции и канцлер Германии обсудили ситуацию на Балканах.",
     ("04", "FRA", "DEU")),
    ("Консультации в Женеве: министр иностранных дел Ирана и генсек ООН обсудили обмен пленными.",
     ("04", "IRN", "IGO")),
    # "эмбарго", tagged a name, still carries the target of a passive act
    ("Эмбарго на поставки нефти в Ирак было отменено Советом Безопасности ООН.",
     ("08", "IGO", "IRQ")),
]


@pytest.mark.parametrize("text, dyad", CASES)
def test_wire_construction_is_coded(code, text, dyad):
    assert dyad in dyads(code(text, published="1995-05-05"))



def test_regret_addressed_to_a_party_is_an_apology(code):
    events = code("Премьер-министр Великобритании выразил Ирландии сожаление в связи с гибелью мирных жителей.",
                  published="1995-05-05")
    assert ("05", "GBR", "IRL") in dyads(events)


def test_the_topic_of_talks_is_no_act(code):
    # the occupation is what the talks were about, not an act the sentence reports
    events = code("Переговоры президента Франции с премьер-министром Ливана состоялись в Париже и были посвящены "
                  "сирийской оккупации Ливана.", published="1995-05-05")
    assert ("04", "FRA", "LBN") in dyads(events)
    assert not any(event.cameo.startswith("19") for event in events)
