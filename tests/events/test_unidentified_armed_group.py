"""An armed group the text calls unidentified ("неизвестные боевики", "неустановленные вооружённые люди") is the
unknown actor "---" (EVENTS.md), not the insurgents of the place; a bare group keeps the place's country. Texts
written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def sides(events):
    return {((e.source or "---")[:3], (e.target or "---")[:3]) for e in events if not e.negated}


def test_unknown_militants_in_a_city_are_no_ones(code):
    events = code("В Кабуле неизвестные боевики напали на полицейский участок.")
    assert sides(events) == {("---", "AFG")}


def test_unidentified_militants_firing_on_a_checkpoint(code):
    events = code("Неустановленные боевики обстреляли блокпост полиции в Дагестане.")
    assert sides(events) == {("---", "RUS")}


def test_unknown_armed_men_kidnap_foreigners(code):
    events = code("Неизвестные вооружённые люди похитили в Ираке двух турецких инженеров.")
    assert sides(events) == {("---", "TUR")}


def test_unknown_militants_after_the_verb(code):
    events = code("Полицейский участок в Кабуле атаковали неизвестные боевики.")
    assert sides(events) == {("---", "AFG")}


def test_unknown_rebels(code):
    events = code("Неизвестные повстанцы обстреляли колонну правительственных войск в Сирии.")
    assert sides(events) == {("---", "SYR")}


def test_bare_militants_stay_the_places_insurgents(code):
    events = code("В Алеппо боевики похитили заместителя мэра.")
    assert sides(events) == {("SYR", "SYR")}
    assert {e.source for e in events} == {"SYRINS"}
