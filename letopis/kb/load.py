"""Reading KB files into actors: packaged TSVs under ``letopis/kb/data`` plus user directories.

One file format for every actor file (docs/kb.md): a header line naming columns from COLUMNS, one row per
(actor, role or code period). Rows with the same id in one file are one actor (its roles are the rows).
Packaged files merge actors with the same id; a user file replaces a packaged actor of the same id, and a
later user file replaces an earlier one. A bad row raises UserError naming the file and the line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from letopis.errors import UserError
from letopis.kb.countries import Country
from letopis.kb.model import ACTOR_TYPES, FLAG_KINDS, Flag, KBActor, Role

log = logging.getLogger(__name__)

COLUMNS = ("id", "type", "name", "variants", "country", "code", "position", "title", "start", "end",
           "flags", "wikidata", "provenance")
POSITIONS = (
    "head_of_state", "head_of_government", "vice_president", "foreign_minister", "defence_minister",
    "interior_minister", "finance_minister", "security_chief", "intelligence_chief",
    "security_council_secretary", "chief_of_general_staff", "parliament_speaker", "prosecutor_general",
    "press_secretary", "chief_of_staff", "opposition_leader", "party_leader", "secretary_general", "other",
)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_CODE = re.compile(r"^(---|[A-Z]{3}[A-Z0-9]*)$")
_QID = re.compile(r"^Q[0-9]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Source:
    """Where rows come from: a name for messages, the text, and whether it is packaged data."""

    name: str
    text: str
    packaged: bool


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _date(value: str | None, where: str, column: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    if not _DATE.match(value):
        raise UserError(f"{where}: {column} {value!r} is not a YYYY-MM-DD date")
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise UserError(f"{where}: {column} {value!r}: {error}") from None


def parse_flags(value: str | None, where: str, provenance: str = "") -> list[Flag]:
    """``banned:2003-02-14|terrorist`` -> flags; ``kind:START..END`` bounds one at both ends."""
    flags = []
    for part in _split(value):
        kind, _, period = part.partition(":")
        kind = kind.strip()
        if kind not in FLAG_KINDS:
            raise UserError(f"{where}: unknown flag {kind!r} (one of {', '.join(FLAG_KINDS)})")
        start, _, end = period.partition("..")
        flags.append(Flag(kind, _date(start, where, "flag start"), _date(end, where, "flag end"), provenance))
    return flags


def _row_actor(row: dict[str, str], header: list[str], where: str) -> KBActor:
    """One row as an actor with at most one role; raises UserError on any bad field."""
    actor_id = row["id"]
    if not _ID.match(actor_id):
        raise UserError(f"{where}: bad id {actor_id!r} (letters, digits, _ . -)")
    kind = row.get("type") or ("person" if "position" in header else "")
    if kind not in ACTOR_TYPES:
        raise UserError(f"{where}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}")
    code = row.get("code", "")
    if code and not _CODE.match(code):
        raise UserError(f"{where}: code {code!r} is not an upper-case actor code such as RUSGOV")
    position = row.get("position") or None
    if position and position not in POSITIONS:
        raise UserError(f"{where}: position {position!r} is not one of {', '.join(POSITIONS)}")
    wikidata = row.get("wikidata") or None
    if wikidata and not _QID.match(wikidata):
        raise UserError(f"{where}: wikidata {wikidata!r} is not a Q-id")
    start = _date(row.get("start"), where, "start")
    end = _date(row.get("end"), where, "end")
    if start and end and end < start:
        raise UserError(f"{where}: end {end} is before start {start}")
    provenance = row.get("provenance", "")
    country = row.get("country") or None
    roles = []
    if code:
        roles.append(Role(code, position, row.get("title") or None, start, end, provenance,
                          country or _country_of(code)))
    elif position or start or end:
        raise UserError(f"{where}: a role (position, start or end) without a code")
    return KBActor(
        id=actor_id, type=kind, name=row.get("name", ""), names=_split(row.get("variants")), country=country,
        wikidata=wikidata, roles=roles, flags=parse_flags(row.get("flags"), where, provenance),
        provenance=provenance,
    )


def _country_of(code: str) -> str | None:
    """The country part of an actor code: ``RUSGOV`` -> ``RUS``; IGO codes are their own country."""
    if code.startswith(("IGO", "NGO")) or code == "---":
        return code if code != "---" else None
    return code[:3]


def _merge(into: KBActor, other: KBActor, keep_slots: bool = False) -> None:
    """Fold another row (or file) of the same actor into ``into``: fill blanks, add roles and flags.

    With ``keep_slots`` (another packaged file), a role for a slot ``into`` already fills (same position
    and dates) is dropped: the named "МВД России" row keeps RUSCOP over the generic template's RUSGOV.
    """
    into.name = into.name or other.name
    if into.type != other.type and other.type != "person":
        into.type = other.type
    into.country = into.country or other.country
    into.wikidata = into.wikidata or other.wikidata
    into.provenance = into.provenance or other.provenance
    for name in ([other.name] if other.name and other.name != into.name else []) + other.names:
        if name not in into.names and name != into.name:
            into.names.append(name)
    slots = {(role.position, role.start, role.end) for role in into.roles}
    for role in other.roles:
        if role in into.roles or (keep_slots and (role.position, role.start, role.end) in slots):
            continue
        into.roles.append(role)
    for flag in other.flags:
        if all((flag.kind, flag.start, flag.end) != (f.kind, f.start, f.end) for f in into.flags):
            into.flags.append(flag)


def _tsv_rows(source: Source) -> Iterable[tuple[str, dict[str, str], list[str]]]:
    lines = source.text.splitlines()
    header_index = next((i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")), None)
    if header_index is None:
        return
    header = [column.strip() for column in lines[header_index].split("\t")]
    unknown = [column for column in header if column not in COLUMNS]
    if unknown or "id" not in header:
        raise UserError(
            f"{source.name}:{header_index + 1}: bad header (unknown columns {unknown}; need id; "
            f"columns are {', '.join(COLUMNS)})"
        )
    for number, line in enumerate(lines[header_index + 1:], start=header_index + 2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > len(header):
            raise UserError(f"{source.name}:{number}: {len(cells)} cells, the header has {len(header)}")
        row = {column: cell.strip() for column, cell in zip(header, cells, strict=False)}
        yield f"{source.name}:{number}", row, header


def _yaml_rows(source: Source) -> Iterable[tuple[str, dict[str, str], list[str]]]:
    try:
        import yaml
    except ImportError:
        raise UserError(f"{source.name}: reading YAML needs PyYAML (pip install pyyaml), or use TSV") from None
    try:
        data = yaml.safe_load(source.text) or []
    except yaml.YAMLError as error:
        raise UserError(f"{source.name}: not valid YAML: {error}") from None
    if isinstance(data, dict):
        data = data.get("actors", [])
    if not isinstance(data, list):
        raise UserError(f"{source.name}: expected a list of rows (mappings with the TSV columns)")
    for number, item in enumerate(data, start=1):
        where = f"{source.name}: row {number}"
        if not isinstance(item, dict):
            raise UserError(f"{where}: not a mapping")
        unknown = [key for key in item if key not in COLUMNS]
        if unknown:
            raise UserError(f"{where}: unknown columns {unknown}")
        row = {key: "|".join(map(str, value)) if isinstance(value, list) else ("" if value is None else str(value))
               for key, value in item.items()}
        yield where, row, list(row)


def read_actors(source: Source) -> dict[str, KBActor]:
    """The actors of one file, rows with the same id merged, in file order."""
    rows = _yaml_rows(source) if source.name.endswith((".yaml", ".yml")) else _tsv_rows(source)
    actors: dict[str, KBActor] = {}
    for where, row, header in rows:
        if not row.get("id"):
            raise UserError(f"{where}: empty id")
        actor = _row_actor(row, header, where)
        if actor.id in actors:
            _merge(actors[actor.id], actor)
        else:
            if not actor.name:
                raise UserError(f"{where}: empty name on the first row of {actor.id}")
            actors[actor.id] = actor
    return actors


def country_actor(country: Country) -> KBActor:
    names = [name for name in [country.long_name, *country.names] if name and name != country.name]
    return KBActor(
        id=country.iso3, type="country", name=country.name, names=list(dict.fromkeys(names)),
        country=country.iso3, wikidata=country.wikidata,
        roles=[Role(country.code, None, None, None, None, country.provenance, country.iso3)],
        provenance=country.provenance,
    )


def packaged_sources() -> list[Source]:
    """Every packaged actor file but countries.tsv: organizations/*.tsv, then persons/*.tsv."""
    root = resources.files("letopis.kb").joinpath("data")
    sources = []
    for folder in ("organizations", "persons"):
        directory = root.joinpath(folder)
        if not directory.is_dir():
            continue
        for entry in sorted(directory.iterdir(), key=lambda item: item.name):
            if entry.name.endswith(".tsv"):
                sources.append(Source(f"letopis/kb/data/{folder}/{entry.name}",
                                      entry.read_text(encoding="utf-8"), True))
    return sources


def user_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise UserError(f"KB directory {directory} does not exist")
    return sorted(path for path in directory.rglob("*") if path.suffix in (".tsv", ".yaml", ".yml"))


def user_sources(extra_dirs: Iterable[Path]) -> list[Source]:
    return [Source(str(path), path.read_text(encoding="utf-8"), False)
            for directory in extra_dirs for path in user_files(Path(directory))]


def read_all(countries: list[Country], sources: list[Source]) -> dict[str, KBActor]:
    actors = {country.iso3: country_actor(country) for country in countries}
    for source in sources:
        for actor_id, actor in read_actors(source).items():
            if actor_id in actors and source.packaged:
                _merge(actors[actor_id], actor, keep_slots=True)
            else:
                if actor_id in actors:
                    log.info("%s replaces actor %s", source.name, actor_id)
                actors[actor_id] = actor
    return actors
