"""Adjectives of cities and regions -> the country of the place: "московская полиция" -> RUS.

A country adjective ("российский") names a country; a place adjective ("московский", "химкинский",
"кёльнский", "пермский") names a place in one, which gives an unnamed actor ("московская полиция",
"химкинские активисты", "Кёльнский суд") that country, as "полиция Москвы" does.  The adjectives are
data: ``data/place_adjectives.tsv`` for cities (and regions not named by an adjective), and the
adjectives of the regions of ``data/regions.tsv`` named "<adjective> <kind>" ("Пермский край").
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Optional

from letopis.kb.cities import city_index
from letopis.kb.data_files import data_rows
from letopis.kb.normal import normalize
from letopis.kb.regions import KIND_WORDS, region_index, regions_named

log = logging.getLogger(__name__)

ADJECTIVE_LEMMA_ENDINGS = ("ский", "цкий", "ской")  # region adjectives derived from names: "пермский", "донецкий"
FEMININE_ENDINGS = {"ская": "ский", "цкая": "цкий", "ской": "ской", "ский": "ский", "цкий": "цкий"}


def place_country(name: str) -> Optional[str]:
    """ISO3 of the country of a city or region named ``name`` (nominative), or None."""
    regions = regions_named(name)
    if len({region.country for region in regions}) == 1:
        return regions[0].country
    city = city_index().get(normalize(name))
    return city.country if city is not None else None


def _masculine(word: str) -> Optional[str]:
    """"пермский", "московская", "ханты-мансийский" -> the masculine lemma; None for no such adjective."""
    word = normalize(word)
    for ending, masculine in FEMININE_ENDINGS.items():
        if word.endswith(ending):
            return word[: -len(ending)] + masculine
    return None


def _region_adjectives() -> dict[str, set[str]]:
    """Adjective -> countries, from regions named "<adjective> [автономный] <kind>" ("Пермский край")."""
    found: dict[str, set[str]] = {}
    for regions in region_index().values():
        for region in regions:
            words = normalize(region.name).split()
            if len(words) < 2 or words[-1] not in KIND_WORDS:
                continue
            adjective = _masculine(words[0])
            if adjective and adjective.endswith(ADJECTIVE_LEMMA_ENDINGS):
                found.setdefault(adjective, set()).add(region.country)
    return found


@lru_cache(maxsize=1)
def place_adjectives() -> dict[str, str]:
    """Adjective lemma -> ISO3 of the country of the place it names."""
    index = {adjective: next(iter(countries)) for adjective, countries in _region_adjectives().items()
             if len(countries) == 1}  # an adjective of regions of two countries says neither
    for row in data_rows("place_adjectives.tsv"):
        adjective, place = (cell.strip() for cell in (*row, "")[:2])
        key = normalize(adjective)
        if not place:
            index.pop(key, None)
            continue
        country = place_country(place)
        if country is None:
            log.warning("place_adjectives.tsv: %r names no city or region of the gazetteers", place)
            continue
        index[key] = country
    return index


def country_of_place_adjective(lemma: str) -> Optional[str]:
    """ISO3 of the country of the city or region an adjective lemma names ("кельнский" -> DEU)."""
    return place_adjectives().get(normalize(lemma))
