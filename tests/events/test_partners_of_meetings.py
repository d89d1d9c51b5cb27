"""Partners of symmetric events (session 19, "sym").

A partner named in a "с" phrase whose participle phrase comes before the noun ("с находящимся там с визитом
королём"): the parser may take the preposition for the participle's mark, the noun for a predicate (xcomp), or the
tagger the participle's masculine-neuter oblique form for a neuter one; the phrase is the meeting's partner."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_talks_with_a_visitor_when_the_participle_reads_neuter(code):
    events = code("Переговоры\nПрезидент Египта Хосни Мубарак провел в Каире переговоры о ситуации в регионе с "
                  "находящимся там с визитом премьер-министром Израиля Ицхаком Рабином.")
    assert ("04", "EGY", "ISR") in dyads(events)


def test_meeting_with_a_visitor_parsed_as_predicate(code):
    events = code("Встреча\nПремьер Японии встретился с находящимся в Токио с визитом президентом Египта.")
    assert ("04", "JPN", "EGY") in dyads(events)


def test_conversation_with_a_visitor_and_an_attribution_tail(code):
    events = code("Беседа\nКанцлер Австрии провел в Вене беседу о беженцах с находящимся там с визитом "
                  "премьер-министром Венгрии, сообщила канцелярия.")
    assert ("04", "AUT", "HUN") in dyads(events)


def test_visitor_already_attached_stays_the_partner(code):
    events = code("Встреча\nПрезидент Казахстана обсудил в Астане вопросы транзита с прибывшим туда с визитом "
                  "президентом Узбекистана.")
    assert ("04", "KAZ", "UZB") in dyads(events)
