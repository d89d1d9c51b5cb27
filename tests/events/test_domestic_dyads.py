"""Domestic dyads: a protest whose row lets it name no target is aimed at the protesters' own state; a people noun
placed by a city NER left inflected ("в тюрьме Диярбакыра") takes that city's country; a state's vehicles and
buildings ("правительственный вертолёт", "армейский самолёт") are that state's, as its convoys and posts are."""

import pytest

from letopis.kb.link import location_names
from letopis.model import Entity
from tests.events.conftest import dyads

TARGETLESS_PROTESTS = [
    ("Забастовка шахтёров в чилийском городе Антофагаста продолжается третью неделю.", ("14", "CHL", "CHL")),
    ("Акция протеста учителей в Лиме переросла в столкновения с полицией.", ("14", "PER", "PER")),
    ("Сидячая забастовка врачей в Буэнос-Айресе началась в понедельник.", ("14", "ARG", "ARG")),
]

INFLECTED_CITY = [
    ("Голодовку, объявленную заключёнными в тюрьме Диярбакыра в знак протеста против действий охраны, поддержали "
     "их родственники.", ("14", "TUR", "TUR")),
]

STATE_PROPERTY = [
    ("Боевики обстреляли правительственный конвой в провинции Нангархар.", ("19", "AFG", "AFG")),
    ("Правительственный самолёт был сбит повстанцами над провинцией Кунар.", ("19", "AFG", "AFG")),
    ("Мятежники захватили правительственные здания в городе Кидаль на севере Мали.", ("17", "MLI", "MLI")),
]


@pytest.mark.parametrize("text, dyad", TARGETLESS_PROTESTS)
def test_protest_naming_no_target_is_against_its_own_state(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


@pytest.mark.parametrize("text, dyad", INFLECTED_CITY)
def test_people_placed_by_an_inflected_city_name(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


@pytest.mark.parametrize("text, dyad", STATE_PROPERTY)
def test_state_vehicles_and_buildings_are_the_states(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


def test_location_names_add_the_lemma_of_one_inflected_word():
    assert "диярбакыр" in location_names(Entity(id="e1", type="LOC", name="Диярбакыра"))
    assert location_names(Entity(id="e2", type="LOC", name="Нью-Йорк")) == ["Нью-Йорк"]
