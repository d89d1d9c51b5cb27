"""An intent to cooperate or yield that its holder denies ("не намерена выводить войска", "не планирует встречаться")
is a refusal told (12x), not an event that did not happen; a denied threat and a positive intent are unchanged."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Россия не намерена выводить войска из Приднестровья.", ("1246", "RUSGOV")),
        ("Израиль не собирается освобождать палестинских заключённых.", ("1243", "ISRGOV")),
        ("Власти Грузии не намерены вести переговоры с Абхазией.", ("125", "GEOGOV")),
    ],
)
def test_a_denied_intent_is_a_refusal(code, sentence, expected):
    found = {(cameo, source) for cameo, source, _ in codes(code(sentence))}
    assert expected in found, found


def test_a_denied_threat_stays_denied(code):
    events = code("Турция не собирается отзывать посла из Франции.")
    assert not any(event.cameo.startswith("12") for event in events), [(e.cameo, e.negated) for e in events]
    assert all(event.negated for event in events if event.cameo.startswith("13"))


def test_an_intent_not_denied_stays_an_intent(code):
    found = {cameo for cameo, _, _ in codes(code("Россия намерена вывести войска из Приднестровья."))}
    assert "0356" in found, found
