"""Session 21 (auditk), written for these tests: declining to take up a post ("отказался возглавить фонд",
"отказался возглавлять совет директоров") is a career choice, not a rejection (12) aimed at the body; a refusal to
act on another party (appoint, meet) stays one."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Бывший премьер-министр Японии отказался возглавить Либерально-демократическую партию.",
        "Бывший министр финансов Греции отказался возглавить Международный валютный фонд.",
        "Бывший канцлер Германии отказался возглавлять совет директоров «Роснефти».",
    ],
)
def test_declining_to_head_a_body_rejects_no_one(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("12") and not e.negated]


def test_refusals_to_act_on_another_party_stay(code):
    assert ("120", "MDAGOV", "MDACVL") in codes(
        code("Президент Молдавии отказался назначить Иона Кироша на пост министра обороны.")
    )
    assert ("125", "FRAGOV", "ITAGOV") in codes(code("Президент Франции отказался встретиться с премьером Италии."))
