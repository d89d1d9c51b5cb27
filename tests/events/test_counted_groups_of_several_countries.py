"""A number noun that counts people of several countries ("тысячи палестинских и иорданских рабочих") stands for
each group its coordinated adjectives name, as the counted noun alone does ("палестинских и иорданских рабочих").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence, pairs", [
    ("Власти Кувейта выслали тысячи палестинских и иорданских рабочих.",
     {("17", "KWT", "PSE"), ("17", "KWT", "JOR")}),
    ("Полиция Таиланда задержала десятки камбоджийских и лаосских мигрантов.",
     {("17", "THA", "KHM"), ("17", "THA", "LAO")}),
    ("Россия выслала несколько американских и британских дипломатов.", {("16", "RUS", "USA"), ("16", "RUS", "GBR")}),
])
def test_each_counted_group_is_a_target(code, sentence, pairs):
    assert pairs <= dyads(code(sentence))


def test_a_counted_group_of_one_country_stays_one_target(code):
    found = dyads(code("Власти Кувейта выслали тысячи иорданских рабочих."))
    assert ("17", "KWT", "JOR") in found and not any(target == "PSE" for _, _, target in found)
