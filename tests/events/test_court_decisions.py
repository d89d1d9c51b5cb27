"""Courts' decisions on custody, on sentences written for these tests: the release a decision taken names is the
court's, whoever is freed, and the freed person is never its agent."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Суд Лондона принял решение об освобождении под залог Ивана Петрова.", "GBRJUD", "GBRCVL"),
        ("Окружной суд Стокгольма вынес решение об освобождении гражданина Норвегии под залог.", "SWEJUD", "NORCVL"),
    ],
)
def test_release_a_court_decided_is_the_court_s(code, text, source, target):
    events = code(text)
    assert any(e.cameo.startswith("08") and e.source == source and e.target == target for e in events), events


def test_release_to_be_decided_is_no_release(code):
    events = code("Суд Лондона будет принимать решение об освобождении под залог Ивана Петрова.")
    assert ("08", "GBR", "GBR") not in dyads(events)
