"""``POST /api/analyze``: text in, analysis out; stored only when the server allows writing."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from letopis.api.errors import ApiError
from letopis.api.schemas import AnalyzeIn, AnalyzeOut, ErrorOut
from letopis.pipeline import make_article, refusal

log = logging.getLogger(__name__)
router = APIRouter(tags=["analyze"])


@router.post("/analyze", response_model=AnalyzeOut, responses={400: {"model": ErrorOut}, 413: {"model": ErrorOut}},
             summary="Analyse one article (headline on the first line)")
async def analyze(body: AnalyzeIn, request: Request) -> dict:
    article = make_article(body.text, published=body.published, url=body.url, id=body.id or "pasted")
    state = request.app.state
    article = await run_in_threadpool(state.analysis.analyze, article)
    problem = refusal(article)
    if problem is not None:
        raise ApiError(problem)
    stored_id = None
    if state.allow_write and state.store is not None:
        stored_id = await run_in_threadpool(_store, state.store, article)
    return {"article": article, "stored": stored_id is not None, "stored_id": stored_id}


def _store(store, article) -> str:
    from letopis.corpus.store import Meta, content_hash

    meta = Meta(content_hash=content_hash(article.text), url=article.url or "", source=None, file="api")
    known = store.article_id(meta.content_hash, meta.url)
    if known is not None:  # the same text and URL again: the stored row, not a second one
        return str(known)
    return str(store.add_articles([(article, meta)])[0])
