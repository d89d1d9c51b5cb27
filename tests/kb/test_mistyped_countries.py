"""A country's name NER typed as a person's ("помощь Сальвадору") is the country (letopis/kb/link.py); a
given name that only resembles a country's name is not."""

from __future__ import annotations

from tests.kb.conftest import actor_of


def test_a_country_typed_as_a_person_is_the_country(link):
    article = link("Правительство США прекратило военную помощь Сальвадору.", "1985-03-01")
    entity = next(entity for entity in article.entities if entity.name == "Сальвадор")
    assert entity.actor.code == "SLV"


def test_a_given_name_like_a_country_is_no_country(link):
    actor = actor_of(link("Доминик заявил журналистам, что уезжает из города.", "2019-03-01"), "Доминик")
    assert actor is None or actor.code in ("", "---")
