"""A yielding act a government decides ("решило освободить", "решил отменить санкции") is the act, as a coercive act
decided is; promised or offered it stays an intent (035x), and so does a withdrawal decided (a plan). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("sentence, cameo, source, target", [
    ("Правительство Судана решило освободить двенадцать заключенных оппозиционеров.", "0841", "SDNGOV", "SDNOPP"),
    ("Евросоюз в понедельник решил отменить санкции против Белоруссии.", "085", "IGOEU", "BLRGOV"),
    ("Власти Египта решили освободить задержанных журналистов телеканала.", "0841", "EGYGOV", "EGYMED"),
])
def test_a_yielding_act_decided_is_the_act(code, sentence, cameo, source, target):
    assert (cameo, source, target) in codes(code(sentence))


def test_a_yielding_act_promised_stays_an_intent(code):
    found = codes(code("Правительство Судана пообещало освободить заключенных оппозиционеров."))
    assert ("0353", "SDNGOV", "SDNOPP") in found
    assert not any(cameo.startswith("08") for cameo, _, _ in found)


def test_a_withdrawal_decided_stays_a_plan(code):
    found = codes(code("Израиль решил вывести свои войска из Газы."))
    assert not any(cameo.startswith("08") for cameo, _, _ in found)
