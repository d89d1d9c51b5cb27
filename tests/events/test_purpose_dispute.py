"""An act with no target of its own that names a dispute in its purpose clause is aimed at the dispute's other side,
as when a cause phrase names it ("в связи с обострением конфликта с X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence, pair", [
    ("Эквадор в пятницу объявил мобилизацию резервистов, чтобы усилить свои войска в районе пограничного конфликта "
     "с Перу.", ("15", "ECU", "PER")),
    ("Армения объявила мобилизацию, чтобы укрепить позиции в зоне конфликта с Азербайджаном.", ("15", "ARM", "AZE")),
    ("Гондурас объявил частичную мобилизацию резервистов, чтобы закрепиться в районе спора с Сальвадором.",
     ("15", "HND", "SLV")),
])
def test_a_dispute_in_the_purpose_clause_gives_the_target(code, sentence, pair):
    assert pair in dyads(code(sentence))


def test_a_purpose_clause_without_a_dispute_gives_no_target(code):
    found = dyads(code("Эквадор объявил мобилизацию резервистов, чтобы усилить свои войска в районе границы."))
    assert all(target in (None, "ECU") for root, source, target in found if root == "15")
