"""Session 14 (silentart), checked on sentences written for these tests: a place named in a prepositional phrase
("в Сочи", "в Баку") says where an act was; it is no antecedent of a later "они" or "стороны", which would make
the city the source of the next consultation ("Сочи" is tagged plural)."""

import pytest

pytestmark = pytest.mark.slow



def test_a_city_of_a_meeting_is_not_they_in_the_same_sentence(code):
    events = code("Президент Белоруссии Александр Лукашенко сообщил, что во время встречи с президентом России "
                  "Дмитрием Медведевым в Сочи они договорились о размещении баз.", published="2010-12-10")
    assert not [e for e in events if e.source == "RUS"]


def test_a_city_of_a_visit_is_not_they_in_the_next_sentence(code):
    events = code("Президент Белоруссии Александр Лукашенко прилетел в Сочи. Там они обсудили с президентом России "
                  "Дмитрием Медведевым размещение баз.", published="2010-12-10")
    assert not [e for e in events if e.cameo.startswith("04") and e.source == "RUS"]


def test_the_parties_after_a_visit_are_still_the_visitor_and_his_host(code):
    events = code("Министр иностранных дел России Сергей Лавров прилетел в Вашингтон к госсекретарю США Джону Керри. "
                  "Стороны обсудили Сирию.", published="2013-07-20")
    assert [e for e in events if e.cameo == "040" and {e.source, e.target} == {"RUSGOV", "USAGOV"}]


def test_a_plural_country_subject_is_still_they(code):
    events = code("США направили войска в Сирию. Они атаковали позиции ИГИЛ.", published="2015-07-20")
    assert [e for e in events if e.cameo.startswith("19") and e.source.startswith("USA")]
