"""Expand state_bodies_template.tsv over state_bodies_countries.tsv into data/organizations/state_bodies.tsv.

Run from the repository root: ``python -m letopis.kb.build.build_state_bodies``. Ids are ``<iso3>_<key>``
(``rus_mfa``); a hand row with the same id in another organizations file (named_bodies.tsv: "Госдума",
"ФСБ") merges with the generated one and its name wins, because that file sorts first.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent / "data" / "organizations" / "state_bodies.tsv"
COLUMNS = ["id", "type", "name", "variants", "country", "code", "start", "end", "flags", "wikidata", "provenance"]


def _read(name: str) -> list[dict[str, str]]:
    with open(HERE / name, encoding="utf-8") as file:
        return list(csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t"))


def main() -> int:
    template = _read("state_bodies_template.tsv")
    rows = []
    for country in _read("state_bodies_countries.tsv"):
        genitives = country["genitive"].split("|")
        for body in template:
            if body["needs"] == "president" and country["president"] != "yes":
                continue
            forms = [body["name"]] + [v for v in body["variants"].split("|") if v]
            names = [form.format(c=genitive) for genitive in genitives for form in forms]
            rows.append({
                "id": f"{country['iso3'].lower()}_{body['key']}", "type": "organisation",
                "name": names[0], "variants": "|".join(dict.fromkeys(names[1:])), "country": country["iso3"],
                "code": country["iso3"] + body["role"], "start": "", "end": "", "flags": "", "wikidata": "",
                "provenance": "generic state body (build/state_bodies_template.tsv)",
            })
    with open(OUT, "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} state bodies -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
