"""Cities -> their country: a gazetteer built from GeoNames (data/cities.tsv, see build/build_cities.py).

A city named in a text places an event or an unnamed actor in its country ("в Латакии", "полиция
Нью-Йорка"); the knowledge base's own actors stay the countries, capitals and bodies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from letopis.kb.data_files import data_rows
from letopis.kb.normal import normalize


@dataclass(frozen=True)
class CityName:
    country: str  # ISO alpha-3 of the largest city of this name
    name: str
    dominant: bool  # that city is 3x larger than any other of the name abroad
    others: tuple[str, ...]  # countries of the other cities of this name


@lru_cache(maxsize=1)
def city_index() -> dict[str, CityName]:
    """Folded Russian name -> what GeoNames knows of the cities of that name."""
    index: dict[str, CityName] = {}
    for key, country, name, _, _, dominant, others in data_rows("cities.tsv"):
        index[key] = CityName(country, name, dominant == "1", tuple(filter(None, others.split("|"))))
    return index


def city_country(name: str, named: Iterable[str] = ()) -> Optional[str]:
    """ISO alpha-3 of the country of the city ``name`` (nominative), or None.

    ``named`` are the countries the article names: of several cities called alike, the one in a
    country the article names wins; otherwise only a clearly largest one counts.
    """
    found = city_index().get(normalize(name))
    if found is None and " " in name.strip():  # "Сергиева Посада" left inflected: the words' lemmas
        from letopis.nlp.morph import cached_lemma as lemma

        found = city_index().get(normalize(" ".join(lemma(word, "NOUN") for word in name.split())))
    if found is None:
        return None
    named = set(named)
    for country in (found.country, *found.others):
        if country in named:
            return country
    return found.country if found.dominant else None
