"""The CAMEO code table: label, Goldstein value, QuadClass, PLOVER type and mode of each code.

The table is ``data/cameo_codes.tsv`` (provenance in ``data/README.md``).  Codes
missing from it (CAMEO's four-digit leaves such as 0874) take the values of their
longest listed prefix.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class CameoTable:
    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self.codes = codes

    def lookup(self, code: str) -> CameoCode | None:
        """The entry of ``code``, or of its longest listed prefix."""
        for size in range(len(code), 1, -1):
            entry = self.codes.get(code[:size])
            if entry is not None:
                return entry
        return None

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def label(self, code: str) -> str | None:
        entry = self.lookup(code)
        return entry.label if entry else None

    def goldstein(self, code: str) -> float | None:
        entry = self.lookup(code)
        return entry.goldstein if entry else None

    def quad_class(self, code: str) -> int | None:
        entry = self.lookup(code)
        return entry.quad_class if entry else None

    def plover(self, code: str) -> str | None:
        entry = self.lookup(code)
        return entry.plover if entry else None

    def plover_mode(self, code: str) -> str | None:
        entry = self.lookup(code)
        return entry.plover_mode if entry else None


def _blank(value: str) -> str | None:
    value = value.strip()
    return value or None


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    text = resources.files("letopis.events").joinpath("data/cameo_codes.tsv").read_text(encoding="utf-8")
    codes = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        code = row["code"].strip()
        codes[code] = CameoCode(
            code=code,
            label=row["label"].strip(),
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=_blank(row.get("plover") or ""),
            plover_mode=_blank(row.get("plover_mode") or ""),
            plover_context=_blank(row.get("plover_context") or ""),
        )
    return CameoTable(codes)
