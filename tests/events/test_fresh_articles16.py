"""Rules found on the sixteenth fresh article set (heldout-articles16), on sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person fronted before the verb (OVS) is its object, though the parser hangs the animate accusative on
        # the word before it as a genitive
        (
            "Вечером после встречи в Елисейском дворце Эммануэля Макрона поздравил Владимир Путин.",
            ("051", "RUSGOV", "FRAGOV"),
        ),
        (
            "Сразу после выборов Реджепа Эрдогана с переизбранием поздравил президент России Владимир Путин.",
            ("051", "RUSGOV", "TURGOV"),
        ),
    ],
)
def test_a_fronted_person_is_the_object_of_the_verb_after_him(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_genitive_before_a_verb_that_takes_no_object_stays_a_genitive(code):
    # "заявил" takes no object as its target: "Лужкова" stays the resignation's genitive
    events = code("После отставки Юрия Лужкова заявил президент России Дмитрий Медведев, что доволен.")
    assert not [event for event in codes(events) if event[2] == "RUSGOV" and event[1] == "RUSGOV"]


def test_an_undated_imperfective_clause_after_the_lead_is_a_practice_not_an_act(code):
    text = (
        "Федеральный суд признал бывшего шерифа Аризоны виновным.\n\n"
        "Суд установил, что шериф нарушал закон, когда полицейские округа задерживали мексиканцев только по "
        "внешнему виду."
    )
    assert not [event for event in codes(code(text)) if event[0] == "173"]


def test_a_perfective_clause_after_the_lead_is_still_an_act(code):
    text = (
        "Федеральный суд признал бывшего шерифа Аризоны виновным.\n\n"
        "Суд установил, что шериф нарушал закон, когда полицейские округа задержали мексиканцев только по "
        "внешнему виду."
    )
    assert [event for event in codes(code(text)) if event[0] == "173"]
