"""An act a speaker says will not go unanswered ("действия Вашингтона не останутся без ответа") is a threat (130)
to the act's agent; a letter that went unanswered, with no negation and no speaker, threatens no one. Sentences
written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Министр иностранных дел России Сергей Лавров заявил, что действия Вашингтона не останутся без ответа.",
         ("13", "RUS", "USA")),
        ("«Эти удары Израиля не останутся без ответа», — заявил представитель МИД Ирана.", ("13", "IRN", "ISR")),
    ],
)
def test_an_act_that_will_not_go_unanswered(code, text, dyad):
    assert dyad in dyads(code(text, published="2020-01-08"))


def test_a_letter_left_unanswered_threatens_no_one(code):
    text = "Письмо президента Франции канцлеру Германии осталось без ответа."
    assert not {dyad for dyad in dyads(code(text, published="2020-01-08")) if dyad[0] == "13"}
