"""Meetings told in a circumstance phrase or a noun, honours and yielding (roots 04-08); sentences written for
these tests, with controls."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Во время переговоров с премьером Японии министр иностранных дел России Сергей Лавров договорился о "
            "продолжении диалога.",
            ("04", "RUS", "JPN"),
        ),
        (
            "Во время визита в Китай премьер-министр Индии договорился о строительстве завода.",
            ("04", "IND", "CHN"),
        ),
    ],
)
def test_a_meeting_in_a_phrase_of_time_is_no_content_of_the_agreement(code, text, expected):
    # "во время" is a circumstance: the meeting happened, it is not what was agreed (no intent code 036)
    events = code(text)
    assert expected in dyads(events)
    assert not any(e.cameo.startswith("03") and e.cameo.endswith("6") for e in events)


def test_a_day_given_to_meetings_is_a_meeting(code):
    text = "Свой первый день в должности новый премьер Италии посвятил встрече с президентом Франции."
    assert ("04", "ITA", "FRA") in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Президент России подписал указ о награждении известного телеведущего Ивана Петрова орденом Дружбы.",
        "Президент России подписал указ о присвоении звания Героя России погибшему летчику Андрею Смирнову.",
    ],
)
def test_a_state_award_to_a_private_citizen_is_praise_of_him(code, text):
    # the receiver is unknown to the knowledge base: a citizen of the awarding country
    assert ("05", "RUS", "RUS") in dyads(code(text))


def test_a_festival_prize_is_no_state_award(code):
    assert not dyads(code("Жюри кинофестиваля наградило режиссера Ивана Петрова главным призом."))
