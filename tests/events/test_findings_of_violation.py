"""Session 19 (helper "accnorow"): a body or a court that finds, rules or stresses that another party broke a law, a
treaty or a right accuses that party (112), like a claim of it ("утверждает, что X нарушил"): "признал, что власти
нарушили конвенцию", "постановил, что Турция нарушила право", "констатировала, что Киев нарушает соглашения"; not an
admission of one's own violation nor a denial. And "Суд" alone in an article on the European Court of Human Rights
is that court, as a bare "суд" already was for an international tribunal."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Совет Европы признал, что Россия нарушила свои обязательства.", ("112", "IGOCOE", "RUSGOV")),
        ("Глава МИД Армении подчеркнул, что Азербайджан нарушил перемирие.", ("112", "ARMGOV", "AZEGOV")),
        ("ОБСЕ констатировала, что Киев нарушает минские соглашения.", ("112", "IGOOSCE", "UKRGOV")),
        ("Страсбургский суд постановил, что Турция нарушила право журналиста на свободу слова.",
         ("112", "IGOCOEJUD", "TURGOV")),
    ],
)
def test_a_finding_that_a_party_broke_a_rule_accuses_it(code, text, expected):
    assert expected in codes(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Россия признала, что нарушила договор.",
        "Москва признала, что не нарушала договор.",
    ],
)
def test_an_own_or_denied_violation_accuses_no_one(code, text):
    assert not [c for c in codes(code(text)) if c[0].startswith("11")]


def test_bare_court_in_an_article_on_the_echr_is_that_court(code):
    text = (
        "ЕСПЧ рассмотрел жалобу журналистов. Европейский суд по правам человека вынес решение по делу. "
        "Суд признал, что власти Азербайджана нарушили конвенцию."
    )
    assert ("112", "IGOCOEJUD", "AZEGOV") in codes(code(text))


def test_an_echr_named_in_passing_leaves_the_national_court(code):
    text = (
        "Хамовнический суд Москвы приговорил Ходорковского к 14 годам. Адвокаты обжалуют приговор в Европейском "
        "суде по правам человека. Суд признал, что Ходорковский нарушил закон."
    )
    assert not [c for c in codes(code(text)) if c[1] == "IGOCOEJUD"]
