"""What routes receive: a database connection, the event filters, paging."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Optional

from fastapi import Query, Request
from sqlalchemy.engine import Connection

from letopis.api.errors import ApiError
from letopis.api.filters import EventFilter, parse_quads
from letopis.api.limits import DEFAULT_PAGE, MAX_OFFSET, MAX_PAGE


def connection(request: Request) -> Iterator[Connection]:
    store = request.app.state.store
    if store is None:
        raise ApiError("no corpus store: start the server with --db URL", 503)
    with store.engine.connect() as conn:
        yield conn


class Paging:
    def __init__(
        self,
        limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description=f"rows per page, at most {MAX_PAGE}"),
        offset: int = Query(0, ge=0, le=MAX_OFFSET, description="rows to skip"),
    ) -> None:
        self.limit = limit
        self.offset = offset


def event_filter(
    actor: Optional[str] = Query(None, max_length=40, description="actor code as source or target: RUSGOV"),
    country: Optional[str] = Query(None, max_length=3, description="ISO alpha-3 starting the source or target code"),
    source: Optional[str] = Query(None, max_length=40, description="source actor code"),
    target: Optional[str] = Query(None, max_length=40, description="target actor code"),
    cameo: Optional[str] = Query(None, max_length=4, description="CAMEO code or its prefix: 19, 190, 1901"),
    root: Optional[str] = Query(None, max_length=2, description="CAMEO root code, 01-20"),
    quad: Optional[list[str]] = Query(None, description="QuadClass 1-4, repeat or comma-separate"),
    plover: Optional[str] = Query(None, max_length=40, description="PLOVER event type: AID, ASSAULT, ..."),
    since: Optional[date] = Query(None, description="first day, YYYY-MM-DD"),
    until: Optional[date] = Query(None, description="last day, YYYY-MM-DD"),
    q: Optional[str] = Query(None, max_length=200, description="words in the evidence or actor names"),
    article: Optional[int] = Query(None, ge=1, description="events of one article"),
    story: Optional[int] = Query(None, ge=1, description="events of one story"),
) -> EventFilter:
    return EventFilter(actor=actor, country=country, source=source, target=target, cameo=cameo, root=root,
                       quad=parse_quads(quad), plover=plover, since=since, until=until, text=q, article=article,
                       story=story).check()
