"""Session 21 (auditk), written for these tests: "назвать шаг/решение/действия X ..." is disapproval (111) only when
what the act is called does not approve of it ("законными", "правильным", "своевременным", "оправданными")."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def _disapprovals(events):
    return [e for e in events if e.cameo.startswith("11") and not e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Генсек НАТО назвал действия Турции законными.",
        "Министр иностранных дел Германии назвал решение Москвы правильным.",
        "Президент Франции назвал этот шаг Вашингтона своевременным и обоснованным.",
        "В Пекине назвали действия японского правительства оправданными.",
    ],
)
def test_an_act_called_lawful_or_right_is_not_disapproved(code, text):
    assert not _disapprovals(code(text))


def test_an_act_called_unlawful_or_a_provocation_stays_disapproval(code):
    assert ("111", "IGONATO", "RUSGOV") in codes(code("Генсек НАТО назвал действия России незаконными."))
    assert ("111", "FRAGOV", "USAGOV") in codes(code("Президент Франции назвал этот шаг Вашингтона провокацией."))
