"""Merged corpus events: one real-world event reported many times becomes one row.

Within a story, article events with the same CAMEO root, the same source and
target codes and the same polarity (negated or not) are one corpus event when
their dates and locations are compatible: a date within ``DATE_SLACK_DAYS`` of
the group's (or unknown), a location equal to the group's (or unknown).  The
corpus event counts its mentions, articles and sources (outlets), GDELT style,
and every article event links to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

DATE_SLACK_DAYS = 1  # "вчера" in one outlet, the date itself in another


@dataclass
class ArticleEvent:
    id: int
    article_id: int
    source_key: str  # the outlet the article came from
    published: Optional[date]
    url: str
    cameo: str
    source: Optional[str]
    target: Optional[str]
    negated: bool = False
    date: Optional[date] = None
    location: Optional[str] = None
    source_name: Optional[str] = None
    target_name: Optional[str] = None
    location_name: Optional[str] = None
    plover: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    mentions: int = 1

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass
class MergedEvent:
    members: list[ArticleEvent] = field(default_factory=list)

    @property
    def dates(self) -> list[date]:
        return [member.date for member in self.members if member.date]

    @property
    def location(self) -> Optional[str]:
        return _most_common(member.location for member in self.members)

    def accepts(self, event: ArticleEvent) -> bool:
        dates = self.dates
        if event.date and dates and min(abs((event.date - day).days) for day in dates) > DATE_SLACK_DAYS:
            return False
        location = self.location
        return not (event.location and location and event.location != location)

    def row(self) -> dict:
        """The corpus_events row (without ids that the store assigns)."""
        members = self.members
        first = min(members, key=lambda m: (m.published or date.max, m.article_id))
        dates = Counter(self.dates)
        day = min(dates, key=lambda d: (-dates[d], d)) if dates else None
        goldsteins = [m.goldstein for m in members if m.goldstein is not None]
        return {
            "cameo": _most_common(m.cameo for m in members), "root": first.root,
            "source": first.source, "target": first.target,
            "source_name": _most_common(m.source_name for m in members),
            "target_name": _most_common(m.target_name for m in members),
            "plover": _most_common(m.plover for m in members),
            "quad_class": _most_common(m.quad_class for m in members),
            "goldstein": sum(goldsteins) / len(goldsteins) if goldsteins else None,
            "date": day, "location": self.location,
            "location_name": _most_common(m.location_name for m in members if m.location == self.location),
            "negated": first.negated,
            "num_mentions": sum(max(1, m.mentions) for m in members),
            "num_articles": len({m.article_id for m in members}),
            "num_sources": len({m.source_key for m in members}),
            "first_article_id": first.article_id, "source_url": first.url or None,
        }


def _most_common(values) -> Optional[object]:
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    return max(counts, key=lambda value: (counts[value], str(value)))


def merge(events: list[ArticleEvent]) -> list[MergedEvent]:
    """The corpus events of one story's article events."""
    groups: dict[tuple, list[ArticleEvent]] = defaultdict(list)
    for event in events:
        groups[(event.root, event.source, event.target, event.negated)].append(event)
    merged: list[MergedEvent] = []
    for members in groups.values():
        # dated events first, in date order, so that undated ones join the best-supported group
        members.sort(key=lambda m: (m.date is None, m.date or date.min, m.article_id, m.id))
        open_groups: list[MergedEvent] = []
        for event in members:
            home = next((group for group in open_groups if group.accepts(event)), None)
            if home is None:
                home = MergedEvent()
                open_groups.append(home)
            home.members.append(event)
        merged.extend(open_groups)
    return merged
