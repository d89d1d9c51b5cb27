"""``/api/actors``: actor codes seen in events; one with its KB roles, timeline and top partners."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from fastapi import APIRouter, Depends, Query
from sqlalchemy.engine import Connection

from letopis.api import queries
from letopis.api.deps import connection
from letopis.api.errors import ApiError, not_found
from letopis.api.filters import _CODE, EventFilter
from letopis.api.schemas import ActorBrief, ActorOut, ErrorOut, KBActorOut

router = APIRouter(prefix="/actors", tags=["actors"])
MAX_KB_ACTORS = 30  # RUSGOV is held by hundreds of officials over the years: the page lists the latest


@router.get("", response_model=list[ActorBrief], summary="Actor codes in the events, most active first")
def search_actors(
    q: Optional[str] = Query(None, max_length=100, description="start of a code (RUS) or part of a name"),
    limit: int = Query(50, ge=1, le=200),
    conn: Connection = Depends(connection),
) -> list[dict]:
    return queries.search_actors(conn, (q or "").strip() or None, limit)


@router.get("/{code}", response_model=ActorOut, responses={404: {"model": ErrorOut}},
            summary="One actor code: counts, knowledge-base roles, events per day, top partners")
def get_actor(
    code: str,
    partners: int = Query(15, ge=1, le=100),
    conn: Connection = Depends(connection),
) -> dict:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise ApiError(f"{code!r} is not an actor code (letters, digits, 2-40: RUSGOV)")
    summary = queries.actor_summary(conn, code)
    holders = kb_holders(code)
    if not summary["events"] and not holders:
        raise not_found(f"actor {code}")
    summary["kb"] = holders[:MAX_KB_ACTORS]
    summary["timeline"] = queries.events_per_day(conn, EventFilter(actor=code))
    summary["partners"] = queries.partners(conn, code, partners)
    return summary


def kb_holders(code: str) -> list[KBActorOut]:
    """KB actors that hold or held ``code`` (or whose id it is), the current holders first."""
    return list(_code_index().get(code, []))


@lru_cache(maxsize=1)
def _code_index() -> dict[str, list[KBActorOut]]:
    from letopis.kb import load_kb

    index: dict[str, list[tuple[tuple, KBActorOut]]] = {}
    for actor in load_kb():
        out = KBActorOut(
            id=actor.id, type=actor.type, name=actor.name, country=actor.country, wikidata=actor.wikidata,
            roles=[{"code": role.code, "position": role.position, "title": role.title, "start": role.start,
                    "end": role.end, "country": role.country} for role in actor.roles],
            flags=sorted({flag.kind for flag in actor.flags}),
        )
        for code in {role.code for role in actor.roles}:
            roles = [role for role in actor.roles if role.code == code]
            current = any(role.end is None for role in roles)
            latest = max((role.start.isoformat() if role.start else "") for role in roles)
            holds_post = any(role.position for role in roles)  # a minister before a ministry's press office
            index.setdefault(code, []).append(((not current, not holds_post, _neg(latest)), out))
    return {code: [out for _, out in sorted(entries, key=lambda entry: entry[0])] for code, entries in index.items()}


def _neg(value: str) -> str:
    """Sort later ISO dates first in an ascending sort."""
    return "".join(chr(0x10FFFF - ord(char)) for char in value)
