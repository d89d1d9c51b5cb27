"""Errors found by the audit of events on dated corpus articles, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Официальный представитель МИД Ирана отверг обвинения Вашингтона в причастности к нападению.", ("01", "IRN", "USA")),
        ("Правительство Сербии отвергло обвинения Хорватии в подготовке провокации.", ("01", "SRB", "HRV")),
    ],
)
def test_rejected_accusations_are_a_denial_aimed_at_the_accuser(code, sentence, expected):
    # a denial of involvement is CAMEO 016 towards whoever accused, not the rejection (12) of a proposal
    found = dyads(code(sentence))
    assert expected in found
    assert not any(root == "12" for root, _, _ in found)


def test_a_denial_without_its_accuser_is_no_rejection(code):
    assert not any(root == "12" for root, _, _ in dyads(code("Москва отвергает эти обвинения.")))


def test_a_rejected_proposal_stays_a_rejection(code):
    found = dyads(code("Правительство Сербии отвергло предложение Косово о проведении переговоров."))
    assert any(root == "12" and source == "SRB" for root, source, _ in found)
