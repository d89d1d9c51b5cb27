"""Stories: the articles about one real-world event, across outlets and days.

Two articles are linked when they are near-duplicates, or when they were
published within ``STORY_DAYS`` of each other and share enough of what they are
about: the actors and named entities they mention and the events they code,
each feature weighted by how rare it is in the corpus (a shared "Россия" says
little, a shared "Эмомали Рахмон" much), measured against the smaller of the
two articles; or much of their wording.  Stories
are the connected groups of linked articles (union-find).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from letopis.corpus.dedup import similarity

STORY_DAYS = 3
STORY_THRESHOLD = 0.5  # share of the smaller article's (weighted) features the other must have too
TEXT_THRESHOLD = 0.25  # estimated shingle Jaccard above which two texts are rewrites of one another
MIN_SHARED = 2  # features two articles must share, whatever their weight
MAX_HOLDERS = 300  # a feature held by more articles than this makes no candidate pairs (bounds the work)


@dataclass
class StoryArticle:
    id: int
    published: Optional[date]
    features: set[str] = field(default_factory=set)
    signature: Optional[bytes] = None
    duplicate_of: Optional[int] = None


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def close_in_time(first: Optional[date], second: Optional[date]) -> bool:
    return first is None or second is None or abs((first - second).days) <= STORY_DAYS


def cluster(articles: list[StoryArticle]) -> list[list[int]]:
    """Stories as lists of article ids, each sorted, the largest first."""
    groups = UnionFind()
    by_id = {article.id: article for article in articles}
    for article in articles:
        groups.find(article.id)
        if article.duplicate_of is not None and article.duplicate_of in by_id:
            groups.union(article.id, article.duplicate_of)
    holders: dict[str, list[int]] = defaultdict(list)
    for article in articles:
        for feature in article.features:
            holders[feature].append(article.id)
    total = max(1, len(articles))
    weight = {feature: math.log(1 + total / len(ids)) for feature, ids in holders.items()}
    for ids in holders.values():
        if len(ids) > MAX_HOLDERS:
            continue  # common features do not make candidate pairs; they still count in the score
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                if groups.find(first) == groups.find(second):
                    continue
                a, b = by_id[first], by_id[second]
                if close_in_time(a.published, b.published) and linked(a, b, weight):
                    groups.union(first, second)
    stories: dict[int, list[int]] = defaultdict(list)
    for article in articles:
        stories[groups.find(article.id)].append(article.id)
    return sorted((sorted(ids) for ids in stories.values()), key=lambda ids: (-len(ids), ids[0]))


def linked(a: StoryArticle, b: StoryArticle, weight: dict[str, float]) -> bool:
    shared = a.features & b.features
    if len(shared) >= MIN_SHARED:
        # overlap with the smaller article: a short rewrite is all about what a long original is partly about
        smaller = min(sum(weight[f] for f in a.features), sum(weight[f] for f in b.features))
        score = sum(weight[f] for f in shared) / smaller
        if score >= STORY_THRESHOLD:
            return True
    return bool(a.signature and b.signature and similarity(a.signature, b.signature) >= TEXT_THRESHOLD)


def features(entities: list[tuple[str, str, Optional[str]]], events: list[tuple[str, Optional[str], Optional[str]]]) -> set[str]:
    """What an article is about: ``(type, name, actor code)`` entities and ``(root, source, target)`` events."""
    found = set()
    for kind, name, code in entities:
        found.add(f"{kind}:{name.lower().replace('ё', 'е')}")
        if code and code != "---":
            found.add(f"actor:{code}")
    for root, source, target in events:
        found.add(f"event:{root}:{source or '---'}:{target or '---'}")
    return found
