"""The actor knowledge base's records: plain dataclasses, filled by ``letopis.kb.load``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ACTOR_TYPES = ("country", "person", "organisation", "igo", "armed_group", "media", "party")
FLAG_KINDS = ("banned", "terrorist", "extremist", "foreign_agent", "undesirable")


def _covers(start: date | None, end: date | None, on: date) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)


@dataclass
class Role:
    """One actor code held over a period: ``RUSGOV 2000-05-07..2008-05-07`` as ``head_of_state``."""

    code: str
    position: str | None = None  # a key such as head_of_state; None for organisations
    title: str | None = None  # as news write it: "президент России"
    start: date | None = None  # None: since ever
    end: date | None = None  # None: still holds
    provenance: str = ""
    country: str | None = None  # ISO alpha-3 or IGO code the role belongs to

    def valid_on(self, on: date) -> bool:
        return _covers(self.start, self.end, on)


@dataclass
class Flag:
    """A legal status in Russia: banned, terrorist, extremist, foreign_agent, undesirable."""

    kind: str
    start: date | None = None
    end: date | None = None
    provenance: str = ""

    def valid_on(self, on: date) -> bool:
        return _covers(self.start, self.end, on)


@dataclass
class KBActor:
    id: str
    type: str  # one of ACTOR_TYPES
    name: str  # Russian nominative
    names: list[str] = field(default_factory=list)  # every other spelling: variants, abbreviations, Latin
    country: str | None = None
    wikidata: str | None = None
    roles: list[Role] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    provenance: str = ""

    def flags_on(self, on: date | None) -> list[Flag]:
        return [flag for flag in self.flags if on is None or flag.valid_on(on)]
