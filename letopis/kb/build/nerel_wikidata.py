"""Build ``letopis/kb/data/wikidata_nerel.tsv``: names -> Wikidata ids, as NEREL links them.

NEREL (Loukachevitch et al., 2021) links Russian news mentions to Wikidata with
``Reference`` lines (``N1<TAB>Reference T3 Wikidata:Q159<TAB>Россия``).  This is the
checkable source of the KB's Wikidata ids: every row of the table counts how many
NEREL mentions with that name carry that id.  Only the TRAIN split is read; the
dev split is what ``letopis eval linking`` scores against.

Run: ``python -m letopis.kb.build.nerel_wikidata /work/shared/eval/ner/nerel-train``
"""

from __future__ import annotations

import argparse
import logging
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "wikidata_nerel.tsv"

# NEREL types whose links the linker can use; the rest (PROFESSION, AWARD, ...) are not actors.
ACTOR_TYPES = {"COUNTRY", "ORGANIZATION", "PERSON", "STATE_OR_PROVINCE", "CITY", "NATIONALITY"}
QID = re.compile(r"^Q\d+$")
# Notes that are NEREL annotators' placeholders, not names.
PLACEHOLDERS = {"", "нет данных", "нет", "null"}


def normalise(name: str) -> str:
    """The key names are looked up by: lower case, ё as е, single spaces, no quotes."""
    name = name.replace("ё", "е").replace("Ё", "Е").lower()
    name = re.sub(r"[«»\"„“”]", "", name)
    return " ".join(name.split())


def label_forms(label: str) -> list[str]:
    """Names a NEREL label stands for: "Тиллерсон, Рекс" -> "рекс тиллерсон"."""
    label = label.strip()
    if normalise(label) in PLACEHOLDERS:
        return []
    if label.count(",") == 1:
        surname, given = (part.strip() for part in label.split(","))
        if not given or not surname or " " in surname:
            return []  # "Андрей, Андрея": a listing of forms, not a name
        label = f"{given} {surname}"
    return [normalise(label)]


def read_references(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(type, mention text, qid, label) of every Reference line of one .ann file."""
    spans: dict[str, tuple[str, str]] = {}
    references: list[tuple[str, str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            spans[parts[0]] = (parts[1].split(" ", 1)[0], parts[2])
        elif line.startswith("N") and len(parts) >= 2:
            fields = parts[1].split()
            if len(fields) == 3 and fields[0] == "Reference" and fields[2].startswith("Wikidata:"):
                references.append((fields[1], fields[2].split(":", 1)[1], parts[2] if len(parts) > 2 else ""))
    for target, qid, label in references:
        if target in spans and QID.match(qid):
            kind, text = spans[target]
            yield kind, text, qid, label


def build(directory: Path) -> list[tuple[str, str, str, int, str]]:
    """Rows (name, qid, type, count, provenance), most frequent first."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for path in sorted(directory.glob("*.ann")):
        for kind, text, qid, label in read_references(path):
            if kind not in ACTOR_TYPES:
                continue
            counts[(normalise(text), qid, kind, "NEREL train mention")] += 1
            for form in label_forms(label):
                counts[(form, qid, kind, "NEREL train label")] += 1
    merged: Counter[tuple[str, str, str]] = Counter()
    sources: dict[tuple[str, str, str], set[str]] = {}
    for (name, qid, kind, source), count in counts.items():
        if not name:
            continue
        merged[(name, qid, kind)] += count
        sources.setdefault((name, qid, kind), set()).add(source)
    rows = [
        (name, qid, kind, count, "; ".join(sorted(sources[(name, qid, kind)])))
        for (name, qid, kind), count in merged.items()
    ]
    rows.sort(key=lambda row: (row[0], -row[3], row[1]))
    return rows


def write(rows: list[tuple[str, str, str, int, str]], output: Path) -> None:
    with output.open("w", encoding="utf-8") as file:
        file.write("name\tqid\ttype\tcount\tprovenance\n")
        for name, qid, kind, count, provenance in rows:
            file.write(f"{name}\t{qid}\t{kind}\t{count}\t{provenance}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="NEREL train split (brat .ann files)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if "dev" in args.directory.name or "test" in args.directory.name:
        parser.error("read the TRAIN split only: dev and test are what linking is scored on")
    rows = build(args.directory)
    write(rows, args.output)
    logging.basicConfig(level=logging.INFO)
    log.info("%d rows written to %s", len(rows), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
