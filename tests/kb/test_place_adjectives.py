"""Actors named through a city or region, on sentences written for the tests: place adjectives
("московская полиция", "кёльнский суд"), heads of regions and cities ("глава Татарстана"), and the staff
of a body ("представители шведского посольства")."""

from __future__ import annotations

import pytest

from letopis.kb.places import country_of_place_adjective, place_adjectives
from tests.kb.conftest import actor_of


def test_place_adjectives_from_the_list_and_from_region_names():
    assert country_of_place_adjective("кельнский") == "DEU"  # data/place_adjectives.tsv
    assert country_of_place_adjective("химкинский") == "RUS"
    assert country_of_place_adjective("свердловский") == "RUS"  # "Свердловская область" of regions.tsv
    assert country_of_place_adjective("карагандинский") == "KAZ"
    assert country_of_place_adjective("еврейский") is None  # cancelled: a common word too
    assert country_of_place_adjective("российский") is None  # a country's adjective is no place's


def test_no_place_adjective_is_a_country_adjective():
    from letopis.kb import load_kb

    countries = load_kb().countries
    assert not [adjective for adjective in place_adjectives() if countries.by_adjective(adjective)
                and countries.by_adjective(adjective) != place_adjectives()[adjective]]


@pytest.mark.slow
def test_role_with_a_place_adjective_takes_the_places_country(link):
    article = link("Московская полиция задержала химкинских активистов. Петербургские священнослужители "
                   "вышли на пикеты.")
    assert actor_of(article, "Московская полиция").code == "RUSCOP"
    assert actor_of(article, "химкинских активистов").code == "RUSCVL"
    assert actor_of(article, "Петербургские священнослужители").code == "RUSCVL"


@pytest.mark.slow
def test_court_named_with_a_place_adjective(link):
    article = link("Кёльнский суд оправдал журналиста. Пермский краевой суд отклонил жалобу.")
    assert actor_of(article, "Кёльнский суд").code == "DEUJUD"
    assert actor_of(article, "Пермский краевой суд").code == "RUSJUD"


@pytest.mark.slow
def test_city_police_by_adjective_is_no_national_body(link):
    actor = actor_of(link("Лондонская полиция задержала подозреваемого."), "Лондонская полиция")
    assert actor.code == "GBRCOP" and actor.id == "GBRCOP"


@pytest.mark.slow
def test_head_of_a_region_or_city_is_an_official(link):
    article = link("Глава администрации Сергиева Посада подал в отставку. Глава Чечни провел совещание.")
    assert actor_of(article, "Глава администрации Сергиева Посада").code == "RUSGOV"
    assert actor_of(article, "Глава Чечни").code == "RUSGOV"


@pytest.mark.slow
def test_head_of_a_company_is_no_official(link):
    article = link("Глава компании Apple выступил в Нью-Йорке.")
    assert all(not entity.actor or entity.actor.code != "USAGOV" for entity in article.entities)


@pytest.mark.slow
def test_embassy_staff_are_officials_of_the_embassys_country(link):
    article = link("Представители шведского посольства посетили суд в Москве.")
    assert actor_of(article, "Представители шведского посольства").code == "SWEGOV"
