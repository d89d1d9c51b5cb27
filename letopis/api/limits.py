"""Request limits: the body size (checked on the header and while reading) and page sizes."""

from __future__ import annotations

import json
from typing import Any

MAX_BODY = 2_000_000  # bytes of a request body: a long article is ~100 KB
MAX_ANALYZE_TEXT = 200_000  # characters one POST /analyze may ask for
MAX_PAGE = 200  # rows in one page of a list
DEFAULT_PAGE = 50
MAX_OFFSET = 1_000_000  # deeper paging is a bulk export's job (`letopis export`)


class BodyLimit:
    """ASGI middleware answering 413 ``{"error": ...}`` to a body over ``limit`` bytes."""

    def __init__(self, app: Any, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                await self._refuse(send, 400, "bad Content-Length header")
                return
            if too_big:
                await self._refuse(send, 413, f"request body over the limit of {self.limit:,} bytes")
                return
        seen = 0

        async def counted_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # chunked bodies declare no length
                    raise BodyTooLarge()
            return message

        try:
            await self.app(scope, counted_receive, send)
        except BodyTooLarge:
            await self._refuse(send, 413, f"request body over the limit of {self.limit:,} bytes")

    @staticmethod
    async def _refuse(send: Any, status: int, message: str) -> None:
        body = json.dumps({"error": message}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass
