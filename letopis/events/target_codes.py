"""The specific code of an event by whom it is done to (``data/target_codes.tsv``): "освободили заложников" is a
release of people (0841), "застрелил прохожего" a killing (1823) and not an assassination (186)."""

from __future__ import annotations

from functools import lru_cache

from letopis.data_files import data_rows
from letopis.events.candidate import IMPLIED_ENTITY
from letopis.events.code_classes import ARMED_ROLES, INDIVIDUAL_FIRE_CODES, PRIVATE_PERSON_ROLES
from letopis.kb.roles import ROLE_ID_PREFIX
from letopis.model import Entity

TARGET_KINDS = ("person", "private", "nonpublic")
# who is killed by assault, not assassinated: members of the forces and armed groups, and people the text does not name
NONPUBLIC_ROLES = frozenset({"COP", "MIL", "SPY", "INS", "REB"})
ADMINISTRATIVE_EASE, ECONOMIC_EASE = "081", "085"  # restrictions eased at home; sanctions eased off another state


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


def target_kind_holds(kind: str, target: Entity | None, code: str | None, named: bool = False) -> bool:
    role = code[3:] if code and len(code) > 3 and not code.startswith(("IGO", "NGO")) else ""
    if kind == "private":
        return role in PRIVATE_PERSON_ROLES
    if kind == "nonpublic":
        # "застрелил двух полицейских", "убиты семеро жителей": no public figure (a named person coded CVL may be one
        # the linker does not know: "убит заместитель муфтия Ибрагим Дударов")
        return role in NONPUBLIC_ROLES or role in PRIVATE_PERSON_ROLES and not (named or named_person(target))
    # a person: one the text names, or a group of people its role codes (not a state's territory)
    return target is not None and (target.type == "PER" or (bool(role) and target.type != "LOC"))


def named_person(entity: Entity | None) -> bool:
    """A person the text names (NER found the name), not a role noun's or the context's unnamed one."""
    return entity is not None and entity.type == "PER" and not entity.id.startswith((ROLE_ID_PREFIX, IMPLIED_ENTITY))


def refined_code(cameo: str, target: Entity | None, code: str | None, named: bool = False) -> str:
    """The code of an event ``cameo`` done to ``target`` (coded ``code``; ``named``: the text names the target by a
    proper name, "Джон Леннон был убит", though the knowledge base does not know him)."""
    entry = target_codes().get(cameo)
    if entry is None or not target_kind_holds(entry[0], target, code, named):
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


def eased_sanctions_code(cameo: str, source: str | None, target: str | None, entity: Entity | None, restriction: bool) -> str:
    """The code of restrictions eased (081, ``restriction``: the act names them) off another state: "Турция сняла
    ограничения против Армении", "объявил о смягчении ограничений против Кубы" ease sanctions (085 RETREAT); those
    eased for people ("отменило запрет для граждан Японии") or at home stay 081."""
    if cameo != ADMINISTRATIVE_EASE or not restriction or not source or not target or entity is None:
        return cameo
    if entity.type == "PER" or target.startswith(("IGO", "NGO")) or target[3:] not in ("", "GOV"):
        return cameo
    if source[:3] == target[:3] or not target[:3].isalpha():
        return cameo
    return ECONOMIC_EASE
