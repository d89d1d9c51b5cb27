"""Write Wikidata ids into ``data/regions.tsv`` from NEREL's train links (``data/wikidata_nerel.tsv``).

A region without an id gets the one NEREL train gives its names as STATE_OR_PROVINCE when that is
unambiguous: one id carries >= 80% of those links, and there are two links or the name is the label
NEREL's annotators wrote for the item; no other region or country holds the same id. The provenance
column gains "wikidata: NEREL train Reference". Ids already in the file are kept.

Run: ``python -m letopis.kb.build.region_wikidata`` (after ``nerel_wikidata``).
"""

from __future__ import annotations

import logging
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from letopis.kb.build.attach_wikidata import (
    DATA,
    MIN_LINKS,
    PROVENANCE,
    SHARE,
    TABLE,
    _read,
    _write,
    unshared,
)
from letopis.kb.normal import normalize

log = logging.getLogger(__name__)

REGIONS = DATA / "regions.tsv"
KIND = "STATE_OR_PROVINCE"


def read_links() -> dict[str, list[tuple[str, int, bool]]]:
    """Folded name -> (id, links, whether the name is a NEREL label of the id) for STATE_OR_PROVINCE links."""
    table: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)
    for line in TABLE.read_text("utf-8").splitlines()[1:]:
        name, qid, kind, count, provenance = line.split("\t")
        if kind == KIND:
            table[name].append((qid, int(count), "label" in provenance))
    return table


def vote(names: list[str], table: dict[str, list[tuple[str, int, bool]]]) -> Optional[str]:
    votes: Counter[str] = Counter()
    labels: set[str] = set()
    for name in dict.fromkeys(normalize(name) for name in names if name):
        for qid, count, label in table.get(name, ()):
            votes[qid] += count
            if label:
                labels.add(qid)
    if not votes:
        return None
    qid, count = votes.most_common(1)[0]
    if count < SHARE * sum(votes.values()) or (count < MIN_LINKS and qid not in labels):
        return None
    return qid


def main(path: Path = REGIONS) -> int:
    table = read_links()
    comments, header, rows = _read(path)
    _, _, countries = _read(DATA / "countries.tsv")
    used = Counter(row["wikidata"] for row in [*rows, *countries] if row.get("wikidata"))
    found = {}
    for at, row in enumerate(rows):
        if not row["wikidata"]:
            qid = vote([row["name"], *row["variants"].split("|")], table)
            if qid:
                found[at] = qid
    attached = 0
    for at, qid in unshared(found, used).items():
        rows[at]["wikidata"] = qid
        rows[at]["provenance"] = "; ".join(part for part in (rows[at]["provenance"], PROVENANCE) if part)
        attached += 1
    _write(path, comments, header, rows)
    print(f"attached {attached} Wikidata ids to {path.name} from {TABLE.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
