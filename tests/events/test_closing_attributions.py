"""A wire headline's source after a closing dash ("Ирак освободил тысячу иранских военнопленных — Красный Крест")
reports the sentence; the parser's apposition on the object noun would make it the object's actor
(``repairs.repair_closing_attributions``). Sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, event, wrong",
    [
        ("Ирак освободил тысячу иранских военнопленных — Красный Крест", ("08", "IRQ", "IRN"), "NGO"),
        ("Израиль освободил палестинских заключенных — агентство Рейтер", ("08", "ISR", "PSE"), None),
        ("Сирия передала Ливану тела погибших солдат — ООН", ("08", "SYR", "LBN"), "IGO"),
        ("Россия выслала двух дипломатов Эстонии — агентство Интерфакс.", ("16", "RUS", "EST"), None),
        ("Турция освободила греческих военных — Министерство обороны Греции", ("08", "TUR", "GRC"), None),
    ],
)
def test_closing_source_is_no_participant(code, text, event, wrong):
    events = code(text)
    assert event in dyads(events)
    if wrong:
        assert not any(target and target.startswith(wrong) for _, _, target in codes(events))


def test_nominative_apposition_of_an_oblique_in_a_plain_sentence_stays(code):
    # no closing dash: the ordinary tree
    assert ("04", "RUS", "TUR") in dyads(code("Владимир Путин встретился с президентом Турции Реджепом Эрдоганом."))
