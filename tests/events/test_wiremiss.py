"""Round "wiremiss": mechanisms behind the misses and false positives of wire sentences, on sentences written
for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Япония заморозила предоставление кредитов Китаю после подавления протестов в Пекине.", "JPN"),
        ("Вашингтон заморозил помощь Каиру после разгона акций протеста в Египте.", "USA"),
    ],
)
def test_an_act_after_which_one_acts_is_not_ones_own(code, text, actor):
    events = dyads(code(text))
    assert ("16", actor) in {(root, source) for root, source, _ in events}
    assert not any(root in ("17", "18") and source == actor for root, source, _ in events)


def test_talks_with_a_partner_before_acting_are_ones_own(code):
    events = code("После переговоров с Путиным Меркель заявила о прогрессе.")
    assert ("04", "DEU", "RUS") in dyads(events)
