"""Cities -> their country: a gazetteer built from GeoNames (data/cities.tsv, see build/build_cities.py).

A city named in a text places an event or an unnamed actor in its country ("в Латакии", "полиция
Нью-Йорка"); the knowledge base's own actors stay the countries, capitals and bodies.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional

from letopis.kb.normal import normalize


@lru_cache(maxsize=1)
def city_index() -> dict[str, tuple[str, str]]:
    """Folded Russian name -> (ISO alpha-3, the name as GeoNames spells it)."""
    text = resources.files("letopis.kb").joinpath("data/cities.tsv").read_text("utf-8")
    index: dict[str, tuple[str, str]] = {}
    for line in text.splitlines()[3:]:
        key, country, name, *_ = line.split("\t")
        index[key] = (country, name)
    return index


def city_country(name: str) -> Optional[str]:
    """ISO alpha-3 of the country of the city ``name`` (nominative), or None."""
    found = city_index().get(normalize(name))
    return found[0] if found else None
