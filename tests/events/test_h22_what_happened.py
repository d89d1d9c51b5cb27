"""A neuter participle of happening used as a noun ("осудил случившееся", "назвал произошедшее недопустимым") is
the act the text has just reported, as "этот шаг" is: a reaction to it is aimed at that act's actor (sentences
written for these tests)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Израильская авиация нанесла удар по сектору Газа. Генеральный секретарь ООН осудил случившееся.",
         ("11", "IGO", "ISR")),
        ("Власти Ирана задержали британских моряков. Лондон назвал случившееся недопустимым.",
         ("11", "GBR", "IRN")),
        ("Турецкие ВВС сбили российский бомбардировщик у сирийской границы. Президент России назвал произошедшее "
         "«ударом в спину».", ("11", "RUS", "TUR")),
    ],
)
def test_what_happened_stands_for_the_actor_of_the_act_just_reported(code, text, expected):
    assert expected in dyads(code(text))


def test_a_report_of_what_happened_is_no_reaction(code):
    first = "Израиль и Египет договорились об обмене пленными."
    text = first + " Министр обороны сообщил о произошедшем."
    expected = dyads(code(first))
    assert expected and dyads(code(text)) == expected
