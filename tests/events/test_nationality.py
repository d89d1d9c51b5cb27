"""Whose an actor is when the text gives his nationality: a person the knowledge base does not know is not taken
for a civilian of the place where he is acted on when the article calls someone of another country by a demonym
("45-летнего канадца"); a sentence passed in a story of an international criminal tribunal is the tribunal's, not a
court of the defendant's country. On short articles written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow

ARREST = "Полиция Таиланда задержала Марка Дженкинса в Бангкоке. "


def test_an_unknown_person_is_the_places_civilian_when_the_article_names_no_foreigner(code):
    assert ("173", "THACOP", "THACVL") in codes(code(ARREST + "Дженкинса подозревают в мошенничестве."))


def test_a_person_called_a_national_of_another_country_is_not_the_places_civilian(code):
    events = codes(code(ARREST + "Дженкинса, 45-летнего канадца, подозревают в мошенничестве."))
    assert not {event for event in events if event[2] == "THACVL"}


def test_a_people_named_by_a_plural_demonym_makes_no_one_a_foreigner(code):
    events = codes(code(ARREST + "Канадцы часто отдыхают в Таиланде."))
    assert ("173", "THACOP", "THACVL") in events


SENTENCED = "Бывший командир боснийских сербов признан виновным в геноциде и приговорён к пожизненному заключению."


def test_a_sentence_in_a_story_of_an_international_tribunal_is_the_tribunals(code):
    events = codes(code("Международный трибунал по бывшей Югославии завершил процесс. " + SENTENCED))
    assert ("116", "IGOICTY", "BIHMIL") in events
    assert not {event for event in events if event[1].endswith("JUD")}


def test_a_sentence_in_a_story_of_no_international_court_is_the_countrys(code):
    assert ("116", "BIHJUD", "BIHMIL") in codes(code(SENTENCED))
