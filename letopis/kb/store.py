"""The loaded KB: actors by id and the lookup indexes over them, built once per set of directories."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from letopis.kb.countries import CountryLexicon, read_countries
from letopis.kb.load import POSITIONS, packaged_sources, read_all, user_sources
from letopis.kb.model import KBActor, Role
from letopis.kb.normal import normalize

log = logging.getLogger(__name__)

ENV_DIRS = "LETOPIS_KB_DIR"
# When a person holds two roles at once, the higher one (earlier in POSITIONS) gives the code.
_RANK = {position: rank for rank, position in enumerate(POSITIONS)}
# Which actors a bare name most likely means, when several share it.
_TYPE_ORDER = {"country": 0, "igo": 1, "person": 2, "organisation": 3, "armed_group": 4, "party": 5, "media": 6}


def _role_key(role: Role) -> tuple:
    return (-_RANK.get(role.position or "other", len(_RANK)), role.start or date.min)


class KB:
    """Actors with indexes by normalised name, and their roles and codes on a date."""

    def __init__(self, actors: dict[str, KBActor], countries: CountryLexicon):
        self.actors = actors
        self.countries = countries
        self._by_name: dict[str, list[str]] = {}
        for actor in actors.values():
            for name in [actor.name, *actor.names]:
                key = normalize(name)
                if key:
                    ids = self._by_name.setdefault(key, [])
                    if actor.id not in ids:
                        ids.append(actor.id)
        for ids in self._by_name.values():
            ids.sort(key=lambda actor_id: _TYPE_ORDER.get(actors[actor_id].type, 9))
        self._keys = sorted(self._by_name)
        self._holders: dict[tuple[str, str], list[KBActor]] = {}
        for actor in actors.values():
            for role in actor.roles:
                if role.position and role.country:
                    bucket = self._holders.setdefault((role.country, role.position), [])
                    if actor not in bucket:
                        bucket.append(actor)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self):
        return iter(self.actors.values())

    def actor(self, actor_id: str) -> KBActor | None:
        return self.actors.get(actor_id)

    def search(self, name: str) -> list[KBActor]:
        """Actors with exactly this name, variant or abbreviation (after normalisation)."""
        return [self.actors[actor_id] for actor_id in self._by_name.get(normalize(name), [])]

    def find(self, text: str, limit: int = 20) -> list[KBActor]:
        """Looser search for people: the id, then exact names, then name prefixes, then substrings."""
        key = normalize(text)
        if not key:
            return []
        found: dict[str, None] = {}
        if text.strip() in self.actors:
            found[text.strip()] = None
        for actor_id in self._by_name.get(key, []):
            found[actor_id] = None
        words = [key + " ", " " + key]  # a whole word of a longer name: "рахмон" in "эмомали рахмон"
        for stage in ("word", "prefix", "substring"):
            for name in self._keys:
                if len(found) >= limit:
                    break
                hit = (
                    (name.startswith(words[0]) or name.endswith(words[1]) or f" {key} " in name)
                    if stage == "word" else name.startswith(key) if stage == "prefix" else key in name
                )
                if hit:
                    for actor_id in self._by_name[name]:
                        found[actor_id] = None
        return [self.actors[actor_id] for actor_id in list(found)[:limit]]

    def roles_on(self, actor_id: str, on: date | None) -> list[Role]:
        """The actor's roles valid on the date, highest first; with no date, its latest roles."""
        actor = self.actors.get(actor_id)
        if actor is None or not actor.roles:
            return []
        if on is None:
            current = [role for role in actor.roles if role.end is None]
            roles = current or [max(actor.roles, key=lambda role: role.end or date.max)]
        else:
            roles = [role for role in actor.roles if role.valid_on(on)]
        return sorted(roles, key=_role_key, reverse=True)

    def code_on(self, actor_id: str, on: date | None) -> str | None:
        """The actor code valid on the date (None date: the latest); None when no role covers the date."""
        roles = self.roles_on(actor_id, on)
        return roles[0].code if roles else None

    def holders(self, country: str, position: str, on: date | None) -> list[KBActor]:
        """Who held the position of that country (ISO3 or IGO code) on the date (None: now)."""
        out = []
        for actor in self._holders.get((country, position), []):
            for role in actor.roles:
                if role.position == position and role.country == country and (
                    role.valid_on(on) if on else role.end is None
                ):
                    out.append(actor)
                    break
        return out

    def counts(self) -> dict[str, int]:
        """Actors by type, plus person roles and organisation code periods (for reports)."""
        out: dict[str, int] = {}
        for actor in self.actors.values():
            out[actor.type] = out.get(actor.type, 0) + 1
        out["person_roles"] = sum(len(a.roles) for a in self.actors.values() if a.type == "person")
        out["organisation_codes"] = sum(
            len(a.roles) for a in self.actors.values() if a.type not in ("person", "country"))
        return out


def _env_dirs() -> tuple[Path, ...]:
    value = os.environ.get(ENV_DIRS, "")
    return tuple(Path(part) for part in value.split(os.pathsep) if part)


def load_kb(extra_dirs: Sequence[str | Path] | None = None) -> KB:
    """The packaged KB plus user directories (default: $LETOPIS_KB_DIR, os.pathsep-separated)."""
    dirs = _env_dirs() if extra_dirs is None else tuple(Path(d) for d in extra_dirs)
    return _load(tuple(str(d.resolve()) for d in dirs))


@lru_cache(maxsize=8)
def _load(dirs: tuple[str, ...]) -> KB:
    started = time.perf_counter()
    text = resources.files("letopis.kb").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    countries = read_countries(text)
    actors = read_all(countries, packaged_sources() + user_sources(Path(d) for d in dirs))
    kb = KB(actors, CountryLexicon.from_countries(countries))
    log.info("KB: %d actors in %.2f s", len(kb), time.perf_counter() - started)
    return kb


def clear_cache() -> None:
    _load.cache_clear()


def iter_types(kb: KB, kinds: Iterable[str]) -> list[KBActor]:
    wanted = set(kinds)
    return [actor for actor in kb if actor.type in wanted]
