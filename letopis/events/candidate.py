"""A candidate event of one sentence, and the actor codes events are built from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from letopis.events.code_classes import DOMESTIC_CODES, DOMESTIC_ROOTS, ROLE_CODES
from letopis.events.lexicon import TriggerRule
from letopis.kb.countries import role_code
from letopis.model import Actor, Article, Entity, Mention


@dataclass
class Candidate:
    sentence: int
    trigger: int
    rule: TriggerRule
    cameo: str
    sources: list[Entity]
    targets: list[Entity]
    source_tokens: list[int] = field(default_factory=list)
    target_tokens: list[int] = field(default_factory=list)
    negated: bool = False
    modality: str | None = None
    companions: list[int] = field(default_factory=list)  # the support verb or noun of one mention
    implied_source: bool = False  # the source is the state of the place ("в КНДР казнён чиновник")
    # the sources act on the row's object, not each towards the others as the subjects of "Москва и Пекин
    # договорились" do: the agents of a passive whose subject it is ("одобрен Госдумой и СФ"), or subjects whose
    # object names no actor ("его кандидатуру одобрили министры ЕС и комитет Европарламента")
    act_on_object: bool = False
    # the object names the subjects themselves ("поддержали друг друга"): they act each on the other
    reciprocal: bool = False
    # the sides of a "между X и Y" phrase: one phrase, yet two participants ("столкновения между X и Y")
    between_sides: bool = False
    home_target: bool = False  # the target is the source's own country, for want of a named one
    scene_target: bool = False  # the target is the country of the event's place, for want of a named one



@dataclass(frozen=True)
class ToldAct:
    """An act the text has told, for a later reaction or demand that names it ("назвал высылку «провокацией»",
    "потребовал освободить ...")."""

    sentence: int
    cameo: str
    agents: list[Entity]
    targets: list[Entity]
    nouns: frozenset[str]  # the nouns it is told with and on ("закрыли телекомпанию", "ввёл блокаду Газы")

    def agents_besides(self, own: set[str | None]) -> list[Entity]:
        """Its coded agents other than the actors (by code) in ``own``: the side that reacts to it or asks it undone."""
        return [agent for agent in self.agents if actor_code(agent) and actor_code(agent) not in own]

def agents(candidate: Candidate) -> frozenset[int]:
    """Who acts in a candidate, by identity: two acts of one sentence with the same agents (the same entity
    objects) are told of the same side."""
    return frozenset(id(source) for source in candidate.sources)


def actor_code(entity: Entity | None) -> str | None:
    if entity is None or entity.actor is None or not entity.actor.code or entity.actor.code.startswith("---"):
        return None  # unknown actors ("---") are not coded
    if entity.actor.code[:3] in ROLE_CODES:
        return None  # a role without its country ("GOV"): the linker did not know whose
    return entity.actor.code


def sentence_of(article: Article, mention: Mention, count: int) -> int:
    return mention.sentence if 0 <= mention.sentence < count else article.sentence_at(mention.start)


def unknown_group(entity: Entity) -> Entity | None:
    """An armed group the linker could place in no country but its victims' ("Боевики обстреляли колонну с
    непальскими миротворцами": code "---INS"): the unknown actor "---", not a group of the sentence's country."""
    code = entity.actor.code if entity.actor else ""
    if code and code.startswith("---") and code[3:] in ROLE_CODES:
        return replace(entity, actor=replace(entity.actor, code="---"))
    return None


def bare_role(entity: Entity) -> str | None:
    """The role of an actor linked without its country ("COP" for "полиция"), else None."""
    code = entity.actor.code if entity.actor else ""
    return code if code and code[:3] in ROLE_CODES else None


# the linker's reason for a role noun given, for want of a country of its own, one from its context (the sentence's,
# its person's, the subject of its "свой", the article's, ...): kb/roles.py, context_country.txt; a person's
# ("посла") or a group's ("журналиста", "активистов" read as a group of the place)
GUESSED_ROLE = re.compile(r"^unnamed .* \(context: [^()]*\)$|^group .*, country \S+ by context: [^()]*$")


def guessed_role(entity: Entity) -> bool:
    """Whether an actor is a role noun the linker gave a country from its context only ("посла" in "Президент
    Румынии назвал высылку посла «провокацией»": whose ambassador the phrase itself does not say)."""
    return bool(entity.actor and entity.actor.reason and GUESSED_ROLE.match(entity.actor.reason))


# the linker's reason for an unknown person given the country of a role noun next to the name from its context
# ("журналист Иван Петров" in a sentence naming the USA elsewhere): kb/link.py, context_country.txt
GUESSED_PERSON = re.compile(r"^unknown person; .*, country \S+ \((?:place|sentence|person|article)\)$")


def guessed_country(entity: Entity) -> bool:
    """Whether an actor's country is only the linker's guess from its context (a role noun's, or an unknown person's
    next to one), so that its mention does not name that country."""
    return guessed_role(entity) or bool(
        entity.actor and entity.actor.reason and GUESSED_PERSON.match(entity.actor.reason)
    )


# the linker's reasons for a body or an office whose country it took from the context (kb/link.py): a KB body
# named without its owner ("МИД" -> "МИД Франции" in a sentence naming France; confidence below a named owner's
# 0.8), a bare body noun ("парламент": "KB body of JPN by context: sentence"), the holder of an office named
# without its country ("министр обороны": "(country by context: article)")
GUESSED_BODY = re.compile(r"^KB body .*: the name without its owner |KB body of \S+ by context: ")


def guessed_owner(entity: Entity) -> bool:
    """Whether an actor's country is only the linker's guess from its context: a role noun's or an unknown person's
    (``guessed_country``), or a body's named without its owner ("Министерство иностранных дел")."""
    actor = entity.actor
    return guessed_country(entity) or bool(
        actor and actor.reason and (match := GUESSED_BODY.search(actor.reason))
        and (match.start() > 0 or actor.confidence < 0.8)
    )


def country_part(code: str | None) -> str | None:
    if not code or len(code) < 3 or code.startswith(("---", "IGO", "NGO")) or code[:3] in ROLE_CODES:
        return None
    return code[:3]


def countries_of(actors: list[Entity]) -> set[str]:
    """The countries of the actors' codes (IGOs, NGOs and unknown actors have none)."""
    return {country for country in (country_part(actor_code(actor)) for actor in actors) if country}


def sides_of(actors: list[Entity]) -> set[str]:
    """The sides the actors stand for: their countries, and an international organisation as itself (IGOEU of
    IGOEUGOV), as the scoring keys them: "глава дипломатии ЕС заявила, что Евросоюз введёт санкции" is one side."""
    sides = countries_of(actors)
    for actor in actors:
        code = actor_code(actor) or ""
        if code.startswith("IGO") and len(code) > 3:
            while len(code) > 6 and code[-3:] in ROLE_CODES:
                code = code[:-3]
            sides.add(code)
    return sides


def is_domestic(cameo: str) -> bool:
    """Protests and administrative restrictions with no named target are aimed at the actor's own country."""
    return cameo[:2] in DOMESTIC_ROOTS or cameo.startswith(DOMESTIC_CODES)


# the entity id's prefix of an actor the text implies but does not name: "context:BIH"
IMPLIED_ENTITY = "context:"
# the entity id's prefix of the same body of another country a coordinated owner names ("самолеты ВВС США и
# Великобритании"): named by the text, not implied
COORDINATED_OWNER = "owner:"


def context_actor(country: str, role: str = "") -> Entity:
    """An actor the text names only by its place: "полиция" in an article about Texas, "задержан чиновник"."""
    code = role_code(country, role) if role and country != "---" else country  # "---" takes no role
    return Entity(id=f"{IMPLIED_ENTITY}{code}", type="ORG" if role else "LOC", name=code, actor=Actor(id=code, code=code))


# a person the text names but the knowledge base does not know: a pronoun that means them names no actor
UNKNOWN_PERSON = Entity(id="unknown:person", type="PER", name="?")
