"""``letopis serve``: the REST API and the dashboard over a corpus store, in one process."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from letopis.corpus.commands import add_db_argument
from letopis.errors import UserError

log = logging.getLogger(__name__)


def register(commands: Any) -> None:
    parser = commands.top.add_parser(
        "serve",
        help="serve the REST API and the dashboard over a corpus store",
        description="Serve the REST API (/api, OpenAPI at /openapi.json) and the dashboard (/) over the "
        "corpus store filled by `letopis ingest`. Read-only unless --allow-write.",
    )
    add_db_argument(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument("--allow-write", action="store_true",
                        help="let POST /api/analyze store what it analyses (default: analyse only)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from letopis.api.app import create_app
    from letopis.corpus.store import Store, resolve_url

    if not 0 < args.port < 65536:
        raise UserError(f"--port {args.port}: not a port number")
    store = Store.open(resolve_url(args.db), create=args.allow_write)
    app = create_app(store=store, allow_write=args.allow_write)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: anyone who reaches this address can read the store", args.host)
    print(f"letopis: serving {store.engine.url.render_as_string(hide_password=True)} on http://{args.host}:{args.port}/")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
