"""Event filters from query parameters, checked before any SQL is built (bad values are a 400)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from letopis.api.errors import ApiError

_CODE = re.compile(r"^[A-Z0-9\-]{2,40}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_CAMEO = re.compile(r"^\d{2,4}$")
_ROOT = re.compile(r"^\d{2}$")
_PLOVER = re.compile(r"^[A-Z_\-]{2,40}$")
SORTS = ("date", "-date", "goldstein", "-goldstein", "cameo", "-cameo", "id", "-id")
MAX_TEXT_QUERY = 200


@dataclass
class EventFilter:
    actor: Optional[str] = None  # source or target code, exactly
    country: Optional[str] = None  # ISO alpha-3 that starts the source or target code
    source: Optional[str] = None
    target: Optional[str] = None
    cameo: Optional[str] = None  # the code or a prefix of it: 19, 190, 1901
    root: Optional[str] = None
    quad: Optional[list[int]] = None
    plover: Optional[str] = None
    since: Optional[date] = None
    until: Optional[date] = None
    text: Optional[str] = None  # words in the evidence or the actor names
    article: Optional[int] = None
    story: Optional[int] = None

    def check(self) -> EventFilter:
        for name in ("actor", "source", "target"):
            value = getattr(self, name)
            if value is not None:
                value = value.strip().upper()
                if not _CODE.match(value):
                    raise ApiError(f"{name}: {value!r} is not an actor code (letters, digits, 2-40: RUSGOV)")
                setattr(self, name, value)
        if self.country is not None:
            self.country = self.country.strip().upper()
            if not _COUNTRY.match(self.country):
                raise ApiError(f"country: {self.country!r} is not an ISO alpha-3 code (RUS, UKR)")
        if self.cameo is not None and not _CAMEO.match(self.cameo):
            raise ApiError(f"cameo: {self.cameo!r} is not a CAMEO code (2 to 4 digits: 19, 190, 1901)")
        if self.root is not None and not _ROOT.match(self.root):
            raise ApiError(f"root: {self.root!r} is not a CAMEO root (two digits, 01-20)")
        if self.root is not None and not 1 <= int(self.root) <= 20:
            raise ApiError(f"root: {self.root!r} is out of range 01-20")
        for quad in self.quad or []:
            if quad not in (1, 2, 3, 4):
                raise ApiError(f"quad: {quad} is not a QuadClass (1-4)")
        if self.plover is not None:
            self.plover = self.plover.strip().upper()
            if not _PLOVER.match(self.plover):
                raise ApiError(f"plover: {self.plover!r} is not a PLOVER event type (AID, ASSAULT, ...)")
        if self.since and self.until and self.since > self.until:
            raise ApiError(f"since {self.since} is after until {self.until}")
        if self.text is not None:
            self.text = self.text.strip() or None
            if self.text and len(self.text) > MAX_TEXT_QUERY:
                raise ApiError(f"q: over {MAX_TEXT_QUERY} characters")
        return self


def check_sort(sort: str) -> str:
    if sort not in SORTS:
        raise ApiError(f"sort: {sort!r} is not one of {', '.join(SORTS)}")
    return sort


def parse_quads(values: Optional[list[str]]) -> Optional[list[int]]:
    """``quad=1&quad=2`` or ``quad=1,2``."""
    if not values:
        return None
    out = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit():
                raise ApiError(f"quad: {part!r} is not a QuadClass (1-4)")
            out.append(int(part))
    return out or None
