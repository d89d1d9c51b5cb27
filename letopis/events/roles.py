"""The role part of a participant's code when the text names a state by its country or capital.

The linker codes "Турция" as ``TUR``: a country name out of context has no role. As a participant of an
event the state acts through someone, and CAMEO codes that someone: the government for diplomacy and
coercion ("Турция потребовала" -> ``TURGOV``), the armed forces for the use of force ("Китай провёл
учения" -> ``CHNMIL``). Which role goes with which event is data (``data/country_roles.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from letopis.data_files import data_rows
from letopis.kb.countries import country_lexicon
from letopis.model import Entity, Event

SIDES = ("source", "target", "implied", "charge")
ROLE_CODE_LENGTH = 6  # a country and its role: EGYSPY


@lru_cache(maxsize=1)
def country_roles() -> dict[str, dict[str, str]]:
    """side -> code prefix -> role ("" for the bare country)."""
    table: dict[str, dict[str, str]] = {side: {} for side in SIDES}
    for row in data_rows("letopis.events", "country_roles.tsv", header=True):
        side, prefix, role = (part.strip() for part in row[:3])
        if side not in table:
            raise ValueError(f"country_roles.tsv: unknown side {side!r}")
        table[side][prefix] = "" if role == "-" else role
    return table


def role_for(side: str, cameo: str) -> str:
    """The role of a state named by its country in event ``cameo`` on ``side`` (longest prefix wins)."""
    rows = country_roles()[side]
    for length in range(len(cameo), 0, -1):
        if cameo[:length] in rows:
            return rows[cameo[:length]]
    return rows.get("*", "")


def names_state(entity: Entity, place: bool = False) -> bool:
    """The entity is a country or a capital standing for it (not a region or another city of it); with
    ``place``, any place of a known country (the state where an unnamed agent acted)."""
    if entity.type != "LOC" or entity.actor is None:
        return False
    code = entity.actor.code or ""
    if len(code) != 3 or not code.isalpha() or not code.isupper():
        return False  # already has a role (Москва acting: RUSGOV), or IGO / unknown
    if place:
        return True
    lexicon = country_lexicon()
    names = [entity.name, *entity.aliases]
    return any(lexicon.by_name(name) == code or lexicon.by_capital(name) == code for name in names)


def names_country(entity: Entity) -> bool:
    """The entity is a country by its own name ("Кению", "США"), not its capital nor another place of it."""
    if not names_state(entity):
        return False
    lexicon = country_lexicon()
    return any(lexicon.by_name(name) == entity.actor.code for name in [entity.name, *entity.aliases])


def seat_of_government(entity: Entity) -> bool:
    """The entity is a capital ("Вашингтон") or a seat of power the linker gave its government ("Кремль":
    RUSGOV), not a country or another town: where a government speaks ("в Вашингтоне заявили")."""
    if entity.type != "LOC" or entity.actor is None:
        return False
    code = entity.actor.code or ""
    if len(code) == ROLE_CODE_LENGTH and code.endswith("GOV"):
        return True
    if not names_state(entity):
        return False
    lexicon = country_lexicon()
    return any(lexicon.by_capital(name) == code for name in [entity.name, *entity.aliases])


def state_code(entity: Entity, side: str, cameo: str, place: bool = False) -> str | None:
    """The full code of a state participant, or None when the entity is not a state named as such."""
    if not names_state(entity, place):
        return None
    return entity.actor.code + role_for(side, cameo)


def adopt_named_agents(events: list[Event], guessed: list[Event]) -> None:
    """An agent the text leaves implicit and the coder guessed from the place ("В Египте арестован лидер",
    the police by ``country_roles.tsv``) is the body the article names doing the same act to someone of the
    same country ("Египетские спецслужбы арестовали лидера"), when it names exactly one such body."""
    guessed_ids = {id(event) for event in guessed}
    for event in guessed:
        source, target = event.source or "", event.target or ""
        if len(source) < 3:
            continue
        named = {
            other.source
            for other in events
            if id(other) not in guessed_ids
            and other.cameo == event.cameo
            and other.negated == event.negated
            and other.source
            and len(other.source) == ROLE_CODE_LENGTH
            and other.source[:3] == source[:3]
            and (other.target or "")[:3] == target[:3]
            and other.source != target  # no one does it to himself: the target was misread
        }
        if len(named) == 1:
            event.source = named.pop()
