"""The FastAPI application of ``letopis serve``: the REST API under /api, the dashboard at /."""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any, Optional

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from letopis import __version__
from letopis.api.analysis import AnalysisService
from letopis.api.errors import install_handlers
from letopis.api.limits import MAX_BODY, BodyLimit
from letopis.api.routers import actors, aggregates, analyze, articles, codes, events, stories

log = logging.getLogger(__name__)

# The dashboard loads nothing from elsewhere, and inline scripts never run: an article's
# text that slipped through unescaped still could not execute.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers") or []) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def web_dir() -> Any:
    return resources.files("letopis.web")


def create_app(
    db: Optional[str] = None,
    *,
    store: Any = None,
    allow_write: bool = False,
    analyzer: Any = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The app over the store at ``db`` (or an open ``store``); ``analyzer`` is built on first POST /analyze if None."""
    if store is None and db is not None:
        from letopis.corpus.store import Store

        store = Store.open(db, create=allow_write)
    app = FastAPI(
        title="letopis",
        version=__version__,
        description="Political event data from Russian news: articles, events, actors, stories (docs/api.md).",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; the dashboard must work offline
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.allow_write = allow_write
    app.state.analysis = AnalysisService(analyzer)
    install_handlers(app)
    for router in (articles.router, events.router, actors.router, stories.router, aggregates.router, analyze.router,
                   codes.router):
        app.include_router(router, prefix="/api")

    @app.get("/api/health", tags=["meta"], summary="Whether the server runs, and what it serves")
    def health() -> dict:
        return {"status": "ok", "version": __version__, "store": store is not None,
                "backend": store.dialect if store is not None else None, "allow_write": allow_write}

    static = web_dir().joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html; charset=utf-8")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> JSONResponse:
        return JSONResponse({"error": "no icon"}, status_code=404)

    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)
    return app
