"""Regions below the country -> their country: a hand gazetteer (data/regions.tsv).

States, provinces, oblasts, krais, republics, governorates... A region named in a text places an event
or an unnamed actor in its country ("в Техасе", "губернатор Московской области"), as a city does
(``cities.py``); a country or capital reading of a name always comes first (the linker asks them first).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from letopis.kb.cities import city_country, city_index
from letopis.kb.data_files import data_rows
from letopis.kb.normal import normalize

# words a mention may carry before a region's own name: "штат Северная Каролина", "провинция Гильменд"
KIND_WORDS = frozenset(
    "штат провинция область край республика территория земля округ мухафаза вилайет ил эмират автономия".split()
)


LEASED_BASE = "leased_base"


@dataclass(frozen=True)
class Region:
    name: str
    country: str  # ISO alpha-3
    kind: str
    wikidata: str


@lru_cache(maxsize=1)
def region_index() -> dict[str, tuple[Region, ...]]:
    """Folded name or variant -> the regions of that name (two when two countries share it: Пенджаб)."""
    index: dict[str, tuple[Region, ...]] = {}
    for name, variants, country, kind, wikidata, _ in data_rows("regions.tsv"):
        region = Region(name, country, kind, wikidata)
        for key in dict.fromkeys(normalize(form) for form in [name, *variants.split("|")] if form):
            if region not in index.get(key, ()):
                index[key] = (*index.get(key, ()), region)
    return index


def regions_named(name: str) -> tuple[Region, ...]:
    """The regions a name (nominative) may be, also after a kind word ("штат Техас" -> Техас)."""
    key = normalize(name)
    found = region_index().get(key)
    if found:
        return found
    first, _, rest = key.partition(" ")
    return region_index().get(rest, ()) if first in KIND_WORDS and rest else ()


def find_region(name: str, named: Iterable[str] = ()) -> Optional[Region]:
    """The region ``name`` (nominative) names, or None; ``named`` are the countries the article names.

    Of two regions called alike, the one in a named country wins (else none). A region yields to a
    city of the same name: in the same country the city is the usual reading ("Нью-Йорк", "Идлиб"),
    abroad only when the article names the city's country and not the region's ("Монтана" in Bulgaria).
    """
    named = set(named)
    regions = regions_named(name)
    if len(regions) > 1:
        regions = tuple(region for region in regions if region.country in named)
    if len(regions) != 1:
        return None
    region = regions[0]
    city = city_index().get(normalize(name))
    if city is not None and region.kind != LEASED_BASE:  # "Гуантанамо" in the news is the US base
        if city_country(name, named) == region.country:
            return None
        if {city.country, *city.others} & named and region.country not in named:
            return None
    return region
