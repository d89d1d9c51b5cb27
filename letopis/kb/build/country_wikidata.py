"""Fill the ``wikidata`` column of letopis/kb/data/countries.tsv from country-coder's borders, and
add each country's English name to its ``names`` (Latin names turn up in Russian news: "Rassemblement
pour le Mali", "Zimbabwe Election Support Network").

Source: the npm package ``@rapideditor/country-coder`` (ISC licence; the OpenStreetMap editors'
country table), whose ``src/data/borders.json`` gives every ISO 3166-1 territory its Wikidata id
(``iso1A3``/``iso1A2`` -> ``wikidata``).  It is read only here, at build time, from the package
archive in a scratch folder:

    cd "$(mktemp -d)" && npm pack @rapideditor/country-coder@5.6.1
    python -m letopis.kb.build.country_wikidata "$PWD/rapideditor-country-coder-5.6.1.tgz"

A row without an id gets the package's id; a row whose id came from NEREL train is checked against
it, and the agreement is printed.  Two ISO codes name a realm ("Kingdom of Denmark",
"Kingdom of the Netherlands") while news, and NEREL, mean its home country: the package lists that
part too (``country`` = the ISO code, the same English name), and its id is the one taken.  Rows the
package does not know (the USSR, unrecognised states) keep the NEREL id and say so; an id no source
confirms is not invented.  Each row's ``provenance`` records where its id came from.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parent.parent / "data" / "countries.tsv"
BORDERS = "package/src/data/borders.json"
MANIFEST = "package/package.json"
REALM = "Kingdom of "
NEREL_PROVENANCE = "wikidata from NEREL links"


@dataclass
class Source:
    """Wikidata ids of ISO territories as one version of country-coder gives them."""

    version: str
    by_iso3: dict[str, str] = field(default_factory=dict)
    home_part: dict[str, str] = field(default_factory=dict)  # iso3 of a realm -> id of its home country
    english: dict[str, list[str]] = field(default_factory=dict)  # iso3 -> English names

    @property
    def label(self) -> str:
        return f"country-coder {self.version}"


def read_source(archive: Path) -> Source:
    """Read ``borders.json`` from the npm archive (or from an unpacked package folder)."""
    if archive.is_dir():
        manifest = json.loads((archive / "package.json").read_text("utf-8"))
        borders = json.loads((archive / "src" / "data" / "borders.json").read_text("utf-8"))
    else:
        with tarfile.open(archive) as tar:
            manifest = json.load(tar.extractfile(MANIFEST))  # type: ignore[arg-type]
            borders = json.load(tar.extractfile(BORDERS))  # type: ignore[arg-type]
    if manifest.get("name") != "@rapideditor/country-coder":
        raise SystemExit(f"{archive} is not @rapideditor/country-coder")
    source = Source(manifest["version"])
    iso3_of = {}
    features = [feature["properties"] for feature in borders["features"]]
    for props in features:
        if props.get("iso1A3") and props.get("wikidata"):
            source.by_iso3[props["iso1A3"]] = props["wikidata"]
            source.english.setdefault(props["iso1A3"], []).append(props["nameEn"])
            iso3_of[props["iso1A2"]] = (props["iso1A3"], props.get("nameEn", ""))
    for props in features:
        owner = iso3_of.get(props.get("country", ""))
        name = props.get("nameEn", "")
        if owner and owner[1] in (REALM + name, REALM + "the " + name) and props.get("wikidata"):
            source.home_part[owner[0]] = props["wikidata"]
            source.english[owner[0]].insert(0, name)  # "Denmark" before "Kingdom of Denmark"
    return source


def choose(row: dict[str, str], source: Source) -> tuple[Optional[str], str]:
    """The id a row gets and the provenance note for it; ('', note) leaves the row without an id."""
    iso3 = row["iso3"]
    # only NEREL's ids are kept and checked: an id an earlier run took from the package is taken anew
    current = row["wikidata"] if NEREL_PROVENANCE in row["provenance"] else ""
    checked = source.home_part.get(iso3) or source.by_iso3.get(iso3)
    if not checked:
        return (current, f"wikidata not in {source.label}") if current else ("", "")
    if not current:
        return checked, f"wikidata from {source.label}"
    if current == checked:
        return current, f"wikidata checked against {source.label}"
    log.warning("%s %s: NEREL gives %s, %s gives %s; the package's id is taken",
                iso3, row["name"], current, source.label, checked)
    return checked, f"wikidata from {source.label} (NEREL train gave {current})"


def add_english(row: dict[str, str], source: Source) -> Optional[str]:
    """Add the package's English names the row lacks to ``names``; the provenance note, if any."""
    names = [name for name in row["names"].split("|") if name]
    known = {name.lower() for name in [row["name"], row["long_name"], *names]}
    english = source.english.get(row["iso3"], [])
    names += [name for name in english if name.lower() not in known]
    row["names"] = "|".join(names)
    return f"English names from {source.label}" if english else None


def fill(rows: list[dict[str, str]], source: Source) -> dict[str, int]:
    """Set ``wikidata``, English ``names`` and ``provenance`` of the rows in place; counts of each outcome."""
    counts = {"filled": 0, "agree": 0, "disagree": 0, "unchecked": 0, "empty": 0}
    for row in rows:
        english = add_english(row, source)
        before = row["wikidata"] if NEREL_PROVENANCE in row["provenance"] else ""
        qid, note = choose(row, source)
        notes = [part for part in row["provenance"].split("; ")
                 if part and not part.startswith(("wikidata ", "English names "))]
        if before:
            notes.append(NEREL_PROVENANCE)
        notes += [text for text in (note, english) if text]
        row["wikidata"], row["provenance"] = qid or "", "; ".join(notes)
        if not qid:
            counts["empty"] += 1
        elif not before:
            counts["filled"] += 1
        elif note.startswith("wikidata not in"):
            counts["unchecked"] += 1
        else:
            counts["agree" if qid == before else "disagree"] += 1
    return counts


def main(argv: Optional[list[str]] = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    source = read_source(Path(args[0]))
    with OUT.open(encoding="utf-8") as file:
        reader = csv.DictReader(file, delimiter="\t")
        columns, rows = list(reader.fieldnames or []), list(reader)
    counts = fill(rows, source)
    with OUT.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, columns, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    log.info("%s: %d ids filled; NEREL train ids: %d agree, %d disagree, %d not in the package; %d rows empty",
             source.label, counts["filled"], counts["agree"], counts["disagree"], counts["unchecked"],
             counts["empty"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
