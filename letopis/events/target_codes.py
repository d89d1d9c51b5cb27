"""The specific code of an event by whom it is done to (``data/target_codes.tsv``): "освободили заложников" is a
release of people (0841), "застрелил прохожего" a killing (1823) and not an assassination (186)."""

from __future__ import annotations

from functools import lru_cache

from letopis.data_files import data_rows
from letopis.events.code_classes import ARMED_ROLES, INDIVIDUAL_FIRE_CODES, PRIVATE_PERSON_ROLES
from letopis.model import Entity

TARGET_KINDS = ("person", "private")


@lru_cache(maxsize=1)
def target_codes() -> dict[str, tuple[str, str]]:
    """code -> (target kind, refined code)."""
    table = {}
    for row in data_rows("letopis.events", "target_codes.tsv", header=True):
        code, kind, refined = (part.strip() for part in row[:3])
        if kind not in TARGET_KINDS:
            raise ValueError(f"target_codes.tsv: unknown target kind {kind!r}")
        table[code] = (kind, refined)
    return table


def target_kind_holds(kind: str, target: Entity | None, code: str | None) -> bool:
    role = code[3:] if code and len(code) > 3 and not code.startswith(("IGO", "NGO")) else ""
    if kind == "private":
        return role in PRIVATE_PERSON_ROLES
    # a person: one the text names, or a group of people its role codes (not a state's territory)
    return target is not None and (target.type == "PER" or (bool(role) and target.type != "LOC"))


def refined_code(cameo: str, target: Entity | None, code: str | None) -> str:
    """The code of an event ``cameo`` done to ``target`` (coded ``code``)."""
    entry = target_codes().get(cameo)
    if entry is None or not target_kind_holds(entry[0], target, code):
        return cameo
    return entry[1]


def assault_code(cameo: str, source: str | None, target: str | None, between_sides: bool) -> str:
    """The code of fire (190, 193) that a private person or an unknown attacker (``source`` None) opens on people,
    offices or bodies of a state (``target`` with a role, not armed): an assault by an individual (180, CAMEO
    18), not a battle of armed forces ("неизвестный обстрелял здание суда", "студент напал на милиционера"). Fire
    at soldiers, militants, a territory or an international force stays 19, as do clashes between two sides."""
    if cameo not in INDIVIDUAL_FIRE_CODES or between_sides or not target:
        return cameo
    if source is not None and source[3:] not in PRIVATE_PERSON_ROLES:
        return cameo
    if target.startswith(("IGO", "NGO")) or target[3:] in ARMED_ROLES:
        return cameo
    return INDIVIDUAL_FIRE_CODES[cameo]
