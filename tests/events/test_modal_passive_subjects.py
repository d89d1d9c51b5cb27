"""A passive infinitive under a modal ("требования не могут быть приняты Израилем") owns the subject the parser hangs
on the modal: what cannot be accepted is the passive's subject, and the modal's negation denies it
(``repairs.repair_modal_passive_subjects``). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Требования Ирана не могут быть приняты правительством Германии.", ("12", "DEU", "IRN")),
        ("Условия ХАМАС не могут быть приняты Израилем.", ("12", "ISR", "PSE")),
        ("Предложение Китая не может быть принято Японией.", ("12", "JPN", "CHN")),
    ],
)
def test_refusal_told_as_a_modal_passive(code, text, dyad):
    assert dyad in dyads(code(text))


def test_plain_negated_passive_still_refuses(code):
    assert ("12", "ISR", "PSE") in dyads(code("Условия ХАМАС не были приняты Израилем."))
