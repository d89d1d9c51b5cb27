"""``letopis actors``: search the actor knowledge base, show an actor, and ask who held a post on a date."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from letopis.errors import UserError
from letopis.kb.model import KBActor


def register(commands: Any) -> None:
    actors = commands.top.add_parser("actors", help="the actor knowledge base: search, show, who held a post")
    sub = actors.add_subparsers(dest="actors_command", metavar="WHAT")
    actors.set_defaults(handler=lambda args: actors.print_help() or 2)

    search = sub.add_parser("search", help="actors whose name contains the text")
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--date", help="show codes on this date (YYYY-MM-DD); default: latest")
    search.set_defaults(handler=_search)

    show = sub.add_parser("show", help="one actor by id or name, with its roles and flags")
    show.add_argument("actor", nargs="+", help="id (RUS, putin_vladimir) or name")
    show.set_defaults(handler=_show)

    at = sub.add_parser("at", help='who held a post on a date: at "президент России" 2010-01-01')
    at.add_argument("title", help='"<title> <country>", e.g. "министр обороны Таджикистана"')
    at.add_argument("date", nargs="?", help="YYYY-MM-DD (default: today)")
    at.set_defaults(handler=_at)

    for parser in (search, show, at):
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument("--kb-dir", action="append", help="extra directory of actor files (repeatable)")


def _kb(args: argparse.Namespace):
    from letopis.kb import load_kb

    return load_kb(args.kb_dir) if args.kb_dir else load_kb()


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"bad date {value!r}: use YYYY-MM-DD") from None


def actor_json(actor: KBActor, code: str | None = None) -> dict[str, Any]:
    def iso(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": actor.id, "type": actor.type, "name": actor.name, "names": actor.names, "country": actor.country,
        "code": code, "wikidata": actor.wikidata,
        "roles": [{"code": r.code, "position": r.position, "title": r.title, "start": iso(r.start),
                   "end": iso(r.end), "provenance": r.provenance} for r in actor.roles],
        "flags": [{"kind": f.kind, "start": iso(f.start), "end": iso(f.end)} for f in actor.flags],
        "provenance": actor.provenance,
    }


def _line(actor: KBActor, code: str | None) -> str:
    return f"{actor.id}\t{code or '---'}\t{actor.type}\t{actor.name}"


def _emit(args: argparse.Namespace, kb, actors: list[KBActor], on: date | None) -> int:
    if args.format == "json":
        json.dump([actor_json(a, kb.code_on(a.id, on)) for a in actors], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for actor in actors:
            print(_line(actor, kb.code_on(actor.id, on)))
    return 0 if actors else 1


def _search(args: argparse.Namespace) -> int:
    kb = _kb(args)
    return _emit(args, kb, kb.find(" ".join(args.text), limit=args.limit), _date(args.date))


def _show(args: argparse.Namespace) -> int:
    kb = _kb(args)
    query = " ".join(args.actor)
    actor = kb.actor(query) or next(iter(kb.search(query)), None)
    if actor is None:
        raise UserError(f"no actor {query!r} (try: letopis actors search {query})")
    if args.format == "json":
        json.dump(actor_json(actor, kb.code_on(actor.id, None)), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{actor.name}  [{actor.id}, {actor.type}, country {actor.country or '-'}, "
          f"wikidata {actor.wikidata or '-'}]")
    if actor.names:
        print("  names: " + " | ".join(actor.names))
    for role in actor.roles:
        period = f"{role.start or '…'}..{role.end or ''}"
        what = ", ".join(x for x in (role.position, role.title) if x)
        print(f"  {role.code:<10} {period:<23} {what}")
    for flag in actor.flags:
        print(f"  flag {flag.kind} {flag.start or '…'}..{flag.end or ''}")
    if actor.provenance:
        print(f"  source: {actor.provenance}")
    return 0


def _at(args: argparse.Namespace) -> int:
    from letopis.kb.titles import parse_title

    kb = _kb(args)
    on = _date(args.date) or date.today()
    country, position = parse_title(args.title)
    if country is None or position is None:
        raise UserError(f"cannot read {args.title!r} as '<title> <country>' (e.g. 'президент России')")
    holders = kb.holders(country, position, on)
    if not holders and args.format == "text":
        print(f"nobody in the KB held {position} of {country} on {on}", file=sys.stderr)
    return _emit(args, kb, holders, on)
