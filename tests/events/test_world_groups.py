"""Group nouns of world wire news, on sentences written for these tests: Maoists, militias and paramilitaries are
the rebels of their country, a junta and coup makers its military, a ruling party its government, a crowd and
voters its civilians, strikers its workers."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_maoists_are_the_rebels_of_their_country(code):
    events = code("Маоисты Непала объявили бессрочную забастовку.")
    assert [e for e in events if e.cameo.startswith("14") and e.source == "NPLREB"]


def test_a_government_invites_maoists_to_talks(code):
    events = code("Правительство Непала пригласило маоистов к переговорам.")
    assert [e for e in events if e.source == "NPLGOV" and e.target == "NPLREB"]


def test_a_military_junta_is_the_military(code):
    events = code("Военная хунта Таиланда арестовала бывшего премьер-министра.")
    assert [e for e in events if e.cameo.startswith("17") and e.source == "THAMIL"]


def test_an_armed_group_without_a_country_takes_the_country_of_the_place(code):
    events = code("Вооружённая группировка напала на полицейский участок в Нигерии.")
    assert [e for e in events if e.cameo.startswith("19") and e.source == "NGAREB"]


def test_paramilitaries_are_rebels_not_the_army(code):
    events = code("Полувоенные формирования обстреляли деревню в Колумбии.")
    assert [e for e in events if e.cameo.startswith("19") and e.source == "COLREB"]


def test_self_defence_forces_of_a_state_are_its_military(code):
    events = code("Силы самообороны Японии провели учения у острова Окинава.")
    assert [e for e in events if e.source == "JPNMIL"]
    assert not [e for e in events if e.source == "JPNREB"]


def test_mercenaries_who_kill_civilians(code):
    events = code("Наёмники убили пятерых мирных жителей в Мали.")
    assert ("1823", "MLIMIL", "MLICVL") in codes(events)


def test_a_ruling_party_is_the_government(code):
    events = code("Правящая партия Кении осудила заявление оппозиции.")
    assert [e for e in events if e.cameo.startswith("11") and e.source == "KENGOV" and e.target == "KENOPP"]


def test_security_forces_disperse_a_crowd(code):
    events = code("Силы правопорядка Уганды разогнали толпу в Кампале.")
    assert ("175", "UGACOP", "UGACVL") in codes(events)


def test_strikers_block_roads(code):
    events = code("Бастующие водители перекрыли дороги в Перу.")
    assert [e for e in events if e.cameo.startswith("14") and e.source == "PERLAB"]


def test_unnamed_gunmen_take_the_country_of_the_place(code):
    events = code("Вооружённые люди атаковали военный лагерь в Нигере.")
    assert [e for e in events if e.cameo.startswith("19") and e.source == "NERINS"]
