"""Write Wikidata ids into the KB data files from NEREL's train links (``data/wikidata_nerel.tsv``).

An actor (a country, an organisation, a person) without an id gets the one NEREL train gives its
names when that is unambiguous: one id carries >= 80% of the links of the actor's names of a
compatible NEREL type, with at least two links, and no other actor is given the same id.  A lone
word of a person's name is not used (it names many people).  The provenance column gains
"wikidata: NEREL train Reference".  Ids already in the files are kept.

Run: ``python -m letopis.kb.build.attach_wikidata`` (after ``nerel_wikidata``).
"""

from __future__ import annotations

import csv
import logging
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional, TypeVar

from letopis.kb.normal import normalize

log = logging.getLogger(__name__)
K = TypeVar("K")  # what an id is found for: an actor key, a row number

DATA = Path(__file__).resolve().parent.parent / "data"
TABLE = DATA / "wikidata_nerel.tsv"
SHARE = 0.8
MIN_LINKS = 2
PROVENANCE = "wikidata: NEREL train Reference"
NEREL_TYPES = {"country": "COUNTRY", "person": "PERSON"}  # everything else: ORGANIZATION


def read_table() -> dict[str, list[tuple[str, str, int]]]:
    table: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    with TABLE.open(encoding="utf-8") as file:
        for line in file.read().splitlines()[1:]:
            name, qid, kind, count, _ = line.split("\t")
            table[name].append((qid, kind, int(count)))
    return table


def vote(names: list[str], kind: str, table: dict[str, list[tuple[str, str, int]]]) -> Optional[str]:
    votes: Counter[str] = Counter()
    for name in dict.fromkeys(normalize(name) for name in names if name):
        if kind == "PERSON" and " " not in name:
            continue
        for qid, link_kind, count in table.get(name, ()):
            if link_kind == kind:
                votes[qid] += count
    if not votes:
        return None
    qid, count = votes.most_common(1)[0]
    if count < MIN_LINKS or count < SHARE * sum(votes.values()):
        return None
    return qid


def unshared(found: dict[K, str], used: Counter[str]) -> dict[K, str]:
    """The ids found that no other entry has or was found to have: two entries sharing one, neither is sure."""
    given = Counter(found.values())
    for key, qid in found.items():
        if given[qid] > 1 or used[qid]:
            log.info("id %s of %s left out: shared", qid, key)
    return {key: qid for key, qid in found.items() if given[qid] == 1 and not used[qid]}


def _read(path: Path) -> tuple[list[str], list[str], list[dict[str, str]]]:
    lines = path.read_text("utf-8").splitlines(keepends=True)
    comments = [line for line in lines if line.startswith("#")]
    rows = list(csv.DictReader([line for line in lines if not line.startswith("#")], delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    header = next(line for line in lines if not line.startswith("#")).rstrip("\n").split("\t")
    return comments, header, rows


def _write(path: Path, comments: list[str], header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.writelines(comments)
        writer = csv.DictWriter(file, header, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                                escapechar="\\")
        writer.writeheader()
        writer.writerows(rows)


def main() -> int:
    table = read_table()
    files = [DATA / "countries.tsv", *sorted((DATA / "organizations").glob("*.tsv")),
             *sorted((DATA / "persons").glob("*.tsv"))]
    loaded = {path: _read(path) for path in files}
    # actor key (file, id) -> names, NEREL type, rows, whether it has an id already
    actors: dict[tuple[Path, str], dict] = {}
    used: Counter[str] = Counter()
    for path, (_, header, rows) in loaded.items():
        is_country = path.name == "countries.tsv"
        for row in rows:
            key = (path, row["iso3"] if is_country else row["id"])
            actor = actors.setdefault(key, {"names": [], "rows": [], "qid": "", "kind": ""})
            actor["rows"].append(row)
            if is_country:
                actor["kind"] = "COUNTRY"
                actor["names"] += [row["name"], row["long_name"], *row["names"].split("|")]
            else:
                kind = row.get("type") or ("person" if "position" in header else "")
                actor["kind"] = actor["kind"] or NEREL_TYPES.get(kind, "ORGANIZATION")
                actor["names"] += [row.get("name", ""), *row.get("variants", "").split("|")]
            if row.get("wikidata"):
                actor["qid"] = row["wikidata"]
                used[row["wikidata"]] += 1
    found: dict[tuple[Path, str], str] = {}
    for key, actor in actors.items():
        if not actor["qid"]:
            qid = vote(actor["names"], actor["kind"], table)
            if qid:
                found[key] = qid
    attached = 0
    for key, qid in unshared(found, used).items():
        for row in actors[key]["rows"]:
            row["wikidata"] = qid
            if PROVENANCE not in row.get("provenance", ""):
                row["provenance"] = "; ".join(part for part in (row.get("provenance", ""), PROVENANCE) if part)
        attached += 1
    for path, (comments, header, rows) in loaded.items():
        if "wikidata" in header:
            _write(path, comments, header, rows)
    print(f"attached {attached} Wikidata ids from {TABLE.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
