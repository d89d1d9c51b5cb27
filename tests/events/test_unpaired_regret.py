"""Coordinated sources act towards each other only where the act is mutual: regret and apology go from one side
to another, so "Россия и Китай выразили сожаление" is no apology between them, while a treaty signed or talks held
by two sides still pair them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence", [
    "Россия и Китай выразили сожаление в связи с гибелью мирных жителей в Ливии.",
    "Франция и Германия выразили сожаление по поводу жертв наводнения.",
    "Индия и Бразилия принесли извинения за задержку поставок.",
])
def test_coordinated_regret_is_no_apology_between_them(code, sentence):
    assert not [pair for pair in dyads(code(sentence)) if pair[0] == "05"]


def test_regret_addressed_to_a_party_is_still_an_apology(code):
    assert ("05", "FRA", "DZA") in dyads(code("Франция выразила Алжиру сожаление в связи с инцидентом на границе."))


def test_a_mutual_act_still_pairs_coordinated_sources(code):
    found = dyads(code("Россия и Китай подписали договор о добрососедстве."))
    assert {("05", "RUS", "CHN")} <= found or {("05", "CHN", "RUS")} <= found
