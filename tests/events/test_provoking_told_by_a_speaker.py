"""Provoking, stirring up or destabilising told as a speaker's words is his accusation (112) of the subject; the
text's own words, or a denial, accuse no one. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("По словам Лаврова, действия НАТО провоцируют новую гонку вооружений.", ("RUS", "IGO")),
        ("Пекин заявил, что Токио провоцирует напряженность в регионе.", ("CHN", "JPN")),
        ("Министр обороны Греции заявил, что Турция нагнетает напряженность в Эгейском море.", ("GRC", "TUR")),
        ("Глава МИД Ирана заявил, что США подстрекают протестующих к насилию.", ("IRN", "USA")),
    ],
)
def test_provoking_said_by_a_speaker(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2019-02-11"))


@pytest.mark.parametrize(
    "text",
    [
        "Министр заявил, что Россия не провоцирует никого.",
        "Учения НАТО провоцируют напряженность в регионе.",
    ],
)
def test_no_accusation_without_a_speaker_or_under_negation(code, text):
    assert not disapprovals(code(text, published="2019-02-11"))
