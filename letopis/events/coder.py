"""The event coder: CAMEO / PLOVER events from an analysed article.

For every sentence, each token whose lemma is in the trigger lexicon is tried
against its rows (``data/triggers.tsv``); the first row whose requirements hold
gives the CAMEO code and the slots where its source and target are.  Arguments
come from the dependency tree and are turned into actors through the entities
that cover them (coordination expanded, appositions preferred, pronouns and
role nouns resolved to the last actors named as subjects).  Qualifiers
(negation, intent, condition), attributes (date, location, quantity,
attribution) and evidence are added, and repeated reports of one event are
merged (``dedup``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from letopis.events.anaphora import (
    PARTIES,
    PRONOUN_GENDER,
    Referent,
    referents_of,
    resolve_parties,
    resolve_pronoun,
)
from letopis.events.attributes import (
    attribution_of,
    date_of,
    is_background,
    is_trend,
    location_of,
    quantity_of,
)
from letopis.events.cameo import cameo_table
from letopis.events.dedup import merge_events, specificity
from letopis.events.lexicon import Lexicon, Slot, TriggerRule, load_lexicon
from letopis.events.roles import state_code
from letopis.events.syntax import SentenceView
from letopis.kb.phrases import role_nouns
from letopis.model import Actor, Article, Entity, Event, EventMention, Mention

log = logging.getLogger(__name__)

SYMMETRIC_ROOTS = {"04", "05", "06", "19"}
PAIRED_ROOTS = SYMMETRIC_ROOTS | {"03"}  # "Путин и Рахмон выразили настрой": each towards the other
PERSONAL = {"он", "она"}
PLEA_CODES = {"015", "016"}
TRIAL_REQUEST_ROOTS = {"02", "10"}
VERDICT_CODES = ("116",)  # a court's finding of guilt or sentence: asked for, it is an accusation
ACCUSATION_CODE = "1121"
QUESTION_WORDS = {"кто"}  # the subject of an indirect question: "не знает, кто убил"
ANAPHORS = {"он", "она", "они", "оно", "сторона", "глава", "лидер", "который", "его", "ее", "их"}
MAX_DOMAIN_RATIO = 0.01  # sports/culture words per token above which an article codes no events
MEMBERSHIP = {"от", "из"}  # "кандидаты от оппозиции", "хакеры из России": the group is the actor
ROLE_CODES = {"GOV", "MIL", "SPY", "COP", "LEG", "JUD", "OPP", "INS", "REB", "MED", "BUS", "CVL", "REF"}
UNKNOWN_AGENT_ROOTS = {"18", "19", "20"}  # violence by someone unnamed is still an event
IMPLIED_AGENT_ROOTS = {"11", "17", "18", "19", "20"}
# a killing reported in the passive with no agent ("был застрелен", "убит глава города"): the killer is
# unknown (EVENTS.md "---"), not the state of the place as for an execution or an arrest
KILLING_CODES = {"186", "1823"}
# roots whose source or target may be a private person the knowledge base does not know: a civilian of the
# country where it happens ("суд признал Мирзаева виновным", "мужчина застрелил двух полицейских")
PRIVATE_TARGET_ROOTS = {"08", "11", "17", "18", "19", "20"}
PRIVATE_AGENT_ROOTS = {"18", "19", "20"}
# state forces killing an attacker fight him (190), they do not murder him ("был застрелен полицейскими")
FORCE_ROLES = {"COP", "SPY", "MIL"}
# a removal from office ("освобождён от должности", "уволен") of a state official is made by his own government
OFFICE_CODES = {"172"}
OFFICIAL_ROLES = {"GOV", "MIL", "SPY", "COP", "JUD"}
SEARCH_CODES = {"091"}
SCENE_TARGET_CODES = ("183",)  # a bombing with no named target strikes the country where it happens
# in an article dense with sports or culture words, only what police, courts and security services do to people
# is news ("полиция задержала актёра"); the martial verbs of a match report are not
OFF_TOPIC_SOURCE_ROLES = {"COP", "SPY", "JUD"}
PROTEST_ROOTS = {"14"}  # a private person may protest ("Алёхина начала голодовку")
# roots whose unnamed human target belongs to the country where it happens: arrests, killings
CONTEXT_TARGET_ROOTS = {"10", "17", "18", "20"}
FOREIGN_TARGET_CODES = ("174",)  # whom a state deports or expels is a foreigner: never of the place's country
# a threat or refusal is aimed at the target of what its actor threatens or refuses to do; an appeal or
# demand asks someone else to act, so its content's target is not its addressee ("просил отказать Сноудену")
OWN_CONTENT_ROOTS = {"12", "13", "11"}
TRAVEL_CODES = ("042", "043")  # visits: between political actors, not a private person's trip to a place
PRIVATE_ROLES = {"CVL", "MED", "BUS", "EDU", "HLH"}
CONDITIONAL_ROOTS = {"13"}  # a threat's condition names whom it is aimed at
DOMESTIC_ROOTS = {"14"}
# "X побеседовал с Y. X просил отказать ...": an appeal or demand with no addressee, made by one side of the
# conversation the sentence before reports, is addressed to the other side
DEMONSTRATIVES = {"этот", "такой", "подобный", "данный"}  # "этот шаг": the act just reported
CONVERSATION_CODES = ("040", "041", "043", "044", "045", "046")  # consultations, meetings, talks; not a visit
ADDRESSED_ROOTS = {"02", "10"}
DOMESTIC_CODES = ("172",)  # curfews, states of emergency, bans
PARTNER_PREPOSITIONS = {"с", "между", "против"}  # a partner may hang lower in the tree; an addressee may not
# an active present participle by its suffix and adjectival ending ("подавляющим", "стоящих"; not "защитивший")
PRESENT_ACTIVE_PARTICIPLE = re.compile(r"(?:ющ|ящ|ущ|ащ)(?:ий|ая|ее|ие|его|ей|ему|им|ую|ими|их|ем|ею|ое|ого|ом)(?:ся)?$")
SUPPORTED = {"obj", "nsubj:pass", "xcomp"}  # a nominal event under its support verb: "ввели санкции"
# clauses and phrases of time and cause are circumstances of an event, not its content
CIRCUMSTANCE_MARKS = {"как", "когда", "пока", "поскольку", "хотя", "потому", "так", "после", "прежде"}
CIRCUMSTANCE_PREPOSITIONS = {"после", "до", "перед", "из-за", "несмотря на", "накануне", "во время", "в ход"}
PLACE_RELATIVES = {"где", "куда", "откуда", "когда"}  # "посетил Пекин, где провёл переговоры": the visitor acts
# "критика со стороны США", "был избит со стороны полиции": the agent of a passive or of a nominal event
AGENT_SIDE = Slot("prep", "со стороны", "Gen")
SUBJECT_CLIMB = {"xcomp", "conj", "advcl", "acl", "acl:relcl", "ccomp", "csubj"}


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
    # the sources are the agents of a passive whose subject is the row's object: they act on it, not each
    # towards the others as the subjects of "Москва и Пекин договорились" do ("одобрен Госдумой и СФ")
    passive_agents: bool = False
    # the sides of a "между X и Y" phrase: one phrase, yet two participants ("столкновения между X и Y")
    between_sides: bool = False


def actor_code(entity: Entity | None) -> str | None:
    if entity is None or entity.actor is None or not entity.actor.code or entity.actor.code.startswith("---"):
        return None  # unknown actors ("---") are not coded
    if entity.actor.code[:3] in ROLE_CODES:
        return None  # a role without its country ("GOV"): the linker did not know whose
    return entity.actor.code


class EventCoder:
    """Pipeline step: fills ``article.events``."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc) -> None:
        doc.article.events = code_article(doc.article, self.lexicon)


def sentence_of(article: Article, mention: Mention, count: int) -> int:
    return mention.sentence if 0 <= mention.sentence < count else article.sentence_at(mention.start)


def bare_role(entity: Entity) -> str | None:
    """The role of an actor linked without its country ("COP" for "полиция"), else None."""
    code = entity.actor.code if entity.actor else ""
    return code if code and code[:3] in ROLE_CODES else None


def place_countries(article: Article) -> tuple[list[list[str]], str | None]:
    """The countries each sentence names (places, country adjectives, demonyms), and the article's main one."""
    found: list[list[tuple[int, str]]] = [[] for _ in article.sentences]
    counts: Counter[str] = Counter()
    for entity in article.entities:
        country = country_part(entity.actor.code) if entity.type == "LOC" and entity.actor else None
        if country is None:
            continue
        for mention in entity.mentions:
            if mention.kind == "nested":
                continue  # "Движение за развитие Мали" acting in Niger: not a place of the sentence
            index = sentence_of(article, mention, len(found))
            if index >= 0:
                found[index].append((mention.start, country))
                counts[country] += 1
    ordered = [[country for _, country in sorted(places)] for places in found]
    return ordered, counts.most_common(1)[0][0] if counts else None


def country_part(code: str | None) -> str | None:
    if not code or len(code) < 3 or code.startswith(("---", "IGO", "NGO")) or code[:3] in ROLE_CODES:
        return None
    return code[:3]


def is_domestic(cameo: str) -> bool:
    """Protests and administrative restrictions with no named target are aimed at the actor's own country."""
    return cameo[:2] in DOMESTIC_ROOTS or cameo.startswith(DOMESTIC_CODES)


def context_actor(country: str, role: str = "") -> Entity:
    """An actor the text names only by its place: "полиция" in an article about Texas, "задержан чиновник"."""
    code = country + role
    return Entity(id=f"context:{code}", type="ORG" if role else "LOC", name=code, actor=Actor(id=code, code=code))


@lru_cache(maxsize=1)
def group_roles() -> dict[str, str]:
    """One-word group nouns of the knowledge base and their roles: полиция -> COP, власти -> GOV."""
    result = {}
    for phrase, value in ((p, v) for options in role_nouns().by_first.values() for p, v in options):
        if len(phrase) == 1 and value.kind == "group" and not value.actor:
            result[phrase[0]] = value.role
    return result


def code_article(article: Article, lexicon: Lexicon | None = None) -> list[Event]:
    lexicon = lexicon or load_lexicon()
    topical = not off_topic(article, lexicon)
    if not topical:
        log.debug("%s: off topic (sports/culture words): only police, court and security acts", article.id)
    mentions: list[list[tuple[Mention, Entity]]] = [[] for _ in article.sentences]
    countries, main_country = place_countries(article)
    completed: dict[tuple[str, str], Entity] = {}
    for entity in article.entities:
        role = bare_role(entity)
        if actor_code(entity) is None and role is None:
            continue
        for mention in entity.mentions:
            index = sentence_of(article, mention, len(mentions))
            if index < 0 or mention.kind == "nested":
                # a country inside an organisation's name ("Движение за развитие Мали") names the
                # organisation, never a participant of its own
                continue
            named = entity
            if role is not None:
                # "полиция задержала": the country the sentence names, else the article's own
                country = (countries[index] or [main_country])[0]
                if country is None:
                    continue
                key = (entity.id, country)
                if key not in completed:
                    completed[key] = replace(entity, actor=replace(entity.actor, code=country + role))
                named = completed[key]
            mentions[index].append((mention, named))
    citizenships = nationalities(article)
    memory: list[Entity] = []  # actors last named as subjects, for pronouns and role nouns
    previous = EarlierReferents()  # the actors of the last sentence that named any, for pronouns
    partners: dict[str, list[Entity]] = {}  # who talked with whom in the sentence before
    agents: list[Entity] = []  # who acted in the sentence before
    events: list[Event] = []
    for index, sentence in enumerate(article.sentences):
        if not sentence.tokens:
            continue
        view = SentenceView(index, sentence, mentions[index])
        coder = SentenceCoder(view, lexicon, memory)
        coder.labels = [(marker.start, marker.stop) for marker in article.markers]
        coder.context_country = (countries[index] or [main_country])[0]
        coder.story_country = main_country
        coder.unknown_people = unknown_people(article, sentence)
        coder.nationalities = citizenships
        coder.previous = previous
        coder.partners = partners
        coder.agents = agents
        found = coder.candidates()
        for candidate in found:
            events.extend(build_events(article, view, candidate))
        partners = conversation_partners(found)
        agents = [
            source for candidate in found if not candidate.negated and not candidate.implied_source
            for source in candidate.sources
        ]
        memory = coder.subjects() or memory
        previous = EarlierReferents(coder, previous)
    if not topical:
        events = [event for event in events if (event.source or "")[3:6] in OFF_TOPIC_SOURCE_ROLES]
    return merge_events(events)


class EarlierReferents:
    """The referents of the last sentence that named any actor, worked out only when a pronoun asks
    (most sentences are never asked: the next one names its actors)."""

    def __init__(self, coder: SentenceCoder | None = None, before: EarlierReferents | None = None) -> None:
        self._coder, self._before = coder, before
        self._own: list[Referent] | None = None

    def get(self) -> list[Referent]:
        node: EarlierReferents | None = self
        while node is not None:
            if node._coder is not None:
                if node._own is None:
                    node._own = node._coder.referents()
                if node._own:
                    return node._own
            node = node._before
        return []


def conversation_partners(candidates: list[Candidate]) -> dict[str, list[Entity]]:
    """Each participant of a conversation or meeting the sentence reports, with the others."""
    result: dict[str, list[Entity]] = {}
    for candidate in candidates:
        if not candidate.cameo.startswith(CONVERSATION_CODES) or candidate.negated or candidate.modality:
            continue
        sides = [*candidate.sources, *candidate.targets]
        for entity in sides:
            others = result.setdefault(entity.id, [])
            others.extend(other for other in sides if other is not entity and other not in others)
    return result


# a person the text names but the knowledge base does not know: a pronoun that means them names no actor
UNKNOWN_PERSON = Entity(id="unknown:person", type="PER", name="?")


def unknown_people(article: Article, sentence) -> list[tuple[int, int]]:
    """Spans of the sentence's person names that have no actor code ("Маркив", "Бэ Чжун Хо")."""
    return [
        (mention.start, mention.stop)
        for entity in article.entities
        if entity.type == "PER" and actor_code(entity) is None and bare_role(entity) is None
        for mention in entity.mentions
        if sentence.start <= mention.start < sentence.stop
    ]


def nationalities(article: Article) -> set[str]:
    """Countries whose citizen or native the article names ("гражданин Бельгии", "уроженца Узбекистана")."""
    found = set()
    stems = tuple(load_lexicon().word_classes["nationality_stem"])
    for entity in article.entities:
        country = country_part(entity.actor.code) if entity.type == "LOC" and entity.actor else None
        if country is None:
            continue
        for mention in entity.mentions:
            before = article.text[max(0, mention.start - 20):mention.start].split()
            if before and before[-1].lower().startswith(stems):
                found.add(country)
    return found


def off_topic(article: Article, lexicon: Lexicon) -> bool:
    """Sports, culture and science articles: their martial verbs are not political events."""
    tokens = [token for sentence in article.sentences for token in sentence.tokens]
    if not tokens:
        return True
    hits = sum(1 for token in tokens if token.lemma in lexicon.domain_words)
    return hits >= 3 and hits / len(tokens) > MAX_DOMAIN_RATIO


class SentenceCoder:
    def __init__(self, view: SentenceView, lexicon: Lexicon, memory: list[Entity]) -> None:
        self.view = view
        self.lexicon = lexicon
        self.memory = memory
        self.chosen: dict[int, TriggerRule] = {}
        self.context_country: str | None = None  # for actors the text places but does not name
        self.story_country: str | None = None  # the country the article names most as a place
        self.unknown_people: list[tuple[int, int]] = []  # names of people without an actor code
        self.nationalities: set[str] = set()  # countries the article gives someone's citizenship of
        self.labels: list[tuple[int, int]] = []  # statutory labels: "(запрещено в России)" reports no event
        self.previous = EarlierReferents()  # the actors of the previous sentence
        self.partners: dict[str, list[Entity]] = {}  # the conversation the previous sentence reports
        self.agents: list[Entity] = []  # the sources of the previous sentence's events
        self._current: list[Referent] | None = None

    # ------------------------------------------------------------ triggers

    def rules_for(self, position: int) -> list[TriggerRule]:
        verb = self.view.tokens[position].pos in ("VERB", "AUX") or "VerbForm" in self.view.tokens[position].feats
        return self.lexicon.rules(self.view.lemma(position), verb)

    def requirement_holds(self, position: int, relation: str, lemmas: frozenset[str]) -> bool:
        view = self.view
        if relation == "head":
            return any(view.lemma(node) in lemmas for node in list(view.ancestors(position, 2)))
        if relation == "obj":
            nodes = [
                node
                for child in view.kids(position, "obj", "nsubj:pass", "nmod", "iobj", "obl")
                for node in view.conjuncts(child)
            ]
            # a noun object may carry its own modifiers: "ввести положение" / "комендантский час"
            return any(view.lemma(node) in lemmas for node in nodes) or any(
                view.lemma(grand) in lemmas for node in nodes for grand in view.kids(node, "amod", "nmod")
            )
        if relation == "amod":
            return any(view.lemma(child) in lemmas for child in view.kids(position, "amod"))
        # dep: any word within two steps below, or the preposition of a dependent
        for child in view.children[position]:
            if view.lemma(child) in lemmas:
                return True
            if any(view.lemma(grand) in lemmas for grand in view.children[child]):
                return True
        return False

    def select(self, position: int, negated: bool) -> TriggerRule | None:
        best = None
        for rule in self.rules_for(position):
            if rule.negated and not negated:
                continue
            if all(self.requirement_holds(position, r.relation, r.lemmas) for r in rule.requires):
                rank = (rule.negated, len(rule.requires))
                if best is None or rank > best[0]:
                    best = (rank, rule)
        return best[1] if best else None

    # ------------------------------------------------------------ arguments

    def actors_at(self, position: int) -> list[Entity]:
        """The actors an argument names, coordination expanded."""
        view = self.view
        result: list[Entity] = []
        for node in view.conjuncts(position):
            found = self.actors_of_word(node)
            for entity in found:
                if entity not in result:
                    result.append(entity)
        return result

    def actors_of_word(self, node: int) -> list[Entity]:
        view = self.view
        appositions = [e for child in self.appositions(node) for e in self.named(child)]
        if any(actor_code(entity) or bare_role(entity) for entity in appositions):
            return appositions
        if view.lemma(node) == "тот":
            # "протест в связи с тем, что хорватские власти не обеспечивают ...": the clause's subject
            for clause in view.kids(node, "acl", "ccomp", "advcl"):
                if not any(view.lemma(mark) in ("что", "чтобы") for mark in view.kids(clause, "mark")):
                    continue  # "после того, как суд снял ...": a time, not a content
                found = [e for subject in view.kids(clause, "nsubj") for e in self.actors_at(subject)]
                if found:
                    return found
        covering = view.covering[node]
        if covering is not None:
            found = [covering[1]]
            if covering[0].kind == "role":  # "президентами Казахстана, Узбекистана и Афганистана"
                for word in view.subtree(node):
                    other = view.covering[word]
                    if other is None or other[1] in found:
                        continue
                    if view.rel(word) == "conj" and (other[0].kind == "role" or view.tokens[word].pos == "PROPN"):
                        found.append(other[1])
                    elif view.rel(word) == "amod" and other[0].kind == "role" and view.kids(word, "conj"):
                        found.append(other[1])  # "армянскими и азербайджанскими военными": two groups, one noun
                if len(found) == 1:
                    return self.member_of_place(node, found[0]) or found
            return found
        if (view.lemma(node) in ANAPHORS or view.tokens[node].pos == "PRON") and not self.owner_named(node):
            if view.lemma(node) in PERSONAL and self.inanimate_antecedent(node):
                return []
            if view.lemma(node) in PRONOUN_GENDER and view.tokens[node].pos == "PRON":
                # "власти Турции задержали его": an agreeing actor, never a co-argument
                return resolve_pronoun(view, node, self.referents_before(node), self.previous.get()) or []
            if view.lemma(node) in PARTIES and view.tokens[node].feats.get("Number") == "Plur":
                parties = resolve_parties(self.previous.get())  # "стороны подписали": all parties just named
                if parties:
                    return parties
            if view.lemma(node) == "который":
                antecedent = self.relative_antecedent(node)
                if antecedent >= 0:
                    return self.named(antecedent) or self.remembered()
            if view.tokens[node].feats.get("Number") == "Sing" and view.lemma(node) in PERSONAL:
                # "его арестовали": one person, not the country last named as a subject
                people = [entity for entity in self.memory[:2] if entity.type != "LOC"][:1]
                return [] if people == [UNKNOWN_PERSON] else people
            return self.remembered()
        # a role noun without its own entity: "президентами Казахстана", "афганские военные"
        for child in view.kids(node, "nmod", "amod", "flat", "flat:name", "obl", "nummod:gov"):
            preposition = view.preposition(child)
            if preposition and preposition not in MEMBERSHIP and view.tokens[node].pos in ("NOUN", "PROPN"):
                continue
            found = self.named(child)
            if found:
                return found
        # a genitive chain: "миссию наблюдателей ОБСЕ", "позиции армии Украины"
        for child in view.kids(node, "nmod"):
            if view.preposition(child) or view.tokens[child].pos != "NOUN":
                continue
            if view.lemma(child) in self.lexicon.domain_words:
                continue  # "легенда голландского футбола": a field of sport or art, not a group of its country
            for grand in view.kids(child, "nmod", "amod"):
                found = [] if view.preposition(grand) else self.named(grand)
                if found:
                    return found
        if view.lemma(node) in self.lexicon.event_anaphors and any(
            view.lemma(word) in DEMONSTRATIVES for word in view.kids(node, "det", "amod")
        ):
            # "США назвали этот шаг эскалацией": the act just reported stands for its actor
            return [agent for number, agent in enumerate(self.agents) if agent not in self.agents[:number]]
        # a bare group noun the role tagger left without a country: "полиция задержала ..."
        role = group_roles().get(view.lemma(node))
        if role and self.context_country and view.tokens[node].pos == "NOUN":
            return [context_actor(self.context_country, role)]
        # "сотрудники милиции задержали": a member of a bare group is of the group's country
        for child in view.kids(node, "nmod"):
            role = group_roles().get(view.lemma(child))
            if role and self.context_country and not view.preposition(child) and view.case(child) in ("Gen", ""):
                return [context_actor(self.context_country, role)]
        return appositions  # named, but not known to the knowledge base

    def member_of_place(self, node: int, group: Entity) -> list[Entity]:
        """"террористами из Сектора Газа": a group noun with "из X" is of X's country, whatever country the
        linker took from the sentence around it."""
        code = actor_code(group) or ""
        country = country_part(code)
        for child in self.view.kids(node, "nmod"):
            if self.view.preposition(child) not in MEMBERSHIP:
                continue
            for place in self.named(child):
                home = country_part(actor_code(place)) if place.type == "LOC" else None
                if home and home != country:
                    return [context_actor(home, code[3:] if country else "")]
        return []

    def appositions(self, node: int) -> list[int]:
        """The names in apposition to ``node`` within its own phrase.  The parser sometimes hangs the name of a
        second person on the first one across the verb ("Министр России Лавров провёл переговоры с министром
        Таджикистана Мухриддином"): such a name belongs to the role noun it follows, not to the far one."""
        view = self.view
        inside = set(view.subtree(node))
        names = [
            child
            for child in view.kids(node, "appos")
            if all(word in inside for word in range(min(node, child), max(node, child) + 1))
        ]
        end = node
        while end + 1 < len(view.tokens) and end + 1 in inside:
            end += 1
        following = end + 1
        if (
            not names
            and following < len(view.tokens)
            and view.rel(following) == "appos"
            and view.head(following) < node
            and view.covering[following] is not None
            and view.covering[following][1].type == "PER"
        ):
            names.append(following)
        return names

    def owner_named(self, node: int) -> bool:
        """"Глава МВФ", "лидер движения «Талибан»": a role noun with a named owner is the owner's actor, not
        an anaphor."""
        view = self.view
        if view.tokens[node].pos not in ("NOUN", "PROPN"):
            return False
        return any(
            not view.preposition(child) and view.case(child) in ("Gen", "") and self.named(child)
            for child in view.kids(node, "nmod")
        )

    def current_referents(self) -> list[Referent]:
        if self._current is None:
            self._current = referents_of(self.view, self.referent_actors, self.names_unknown_person)
        return self._current

    def referents_before(self, node: int) -> list[Referent]:
        """The referents of this sentence a pronoun may mean: none from inside a clause of time or cause
        ("потребовал выборов после того, как суд снял с него обвинения"), whose events are the background
        of the sentence's own and are told about the actors of the text before it."""
        view = self.view
        for ancestor in [node, *view.ancestors(node, 6)]:
            if view.tokens[ancestor].pos != "VERB":
                continue
            if {view.lemma(mark) for mark in view.kids(ancestor, "mark")} & CIRCUMSTANCE_MARKS:
                return []
        return self.current_referents()

    def referent_actors(self, position: int) -> list[Entity]:
        """The actors a noun phrase names, for later pronouns: as an argument names them, but never through a
        pronoun or the memory of earlier sentences."""
        view = self.view
        if view.tokens[position].pos == "PRON" or (view.lemma(position) in ANAPHORS and not self.owner_named(position)):
            return []
        return self.actors_of_word(position)

    def referents(self) -> list[Referent]:
        """This sentence's actors for the next sentence's pronouns, a subject pronoun standing for the
        actor it means ("Он встретился с Эрдоганом": "он" is still the subject)."""
        view = self.view
        result = list(self.current_referents())
        for position, token in enumerate(view.tokens):
            if token.rel not in ("nsubj", "nsubj:pass") or view.lemma(position) not in PRONOUN_GENDER:
                continue
            if token.pos != "PRON":
                continue
            for entity in resolve_pronoun(view, position, self.referents_before(position), self.previous.get()) or []:
                result.append(
                    Referent(entity, position, token.feats.get("Gender", ""), token.feats.get("Number", ""),
                             True, position)
                )
        return sorted(result, key=lambda referent: referent.position)

    def remembered(self) -> list[Entity]:
        return [entity for entity in self.memory[:2] if entity is not UNKNOWN_PERSON]

    def named(self, node: int) -> list[Entity]:
        """Entities that cover ``node`` or its coordinated words."""
        result = []
        for word in self.view.conjuncts(node):
            covering = self.view.covering[word]
            if covering is not None and covering[1] not in result:
                result.append(covering[1])
        return result

    def relative_antecedent(self, node: int) -> int:
        view = self.view
        for ancestor in view.ancestors(node, 3):
            if view.rel(ancestor) in ("acl:relcl", "acl"):
                return view.head(ancestor)
        # the parser broke the clause off: ", которому ..." refers to the nearest noun before the comma
        # that agrees with it in gender and number
        if node > 0 and view.tokens[node - 1].text == ",":
            feats = view.tokens[node].feats
            for left in range(node - 2, -1, -1):
                token = view.tokens[left]
                if token.pos in ("VERB", "PUNCT"):
                    break
                if token.pos in ("NOUN", "PROPN") and all(
                    token.feats.get(key) == feats.get(key) for key in ("Gender", "Number") if feats.get(key)
                ):
                    return left
        return -1

    def stray_relative(self, anchors: list[int], case: str) -> list[int]:
        """", которому трибунал предъявил обвинение": a relative word of the trigger's clause the parser hung
        on another word stands in the slot of its case."""
        view = self.view
        first = min(anchors)
        for node in range(first - 1, -1, -1):
            token = view.tokens[node]
            if token.pos == "PUNCT" or (token.pos == "VERB" and node not in anchors):
                break
            if view.lemma(node) == "который" and view.case(node) == case and node > 0 and (
                view.tokens[node - 1].text == ","
            ):
                return [node] if all(view.head(node) not in (a, -1) for a in anchors) else []
        return []

    def slot_words(self, position: int, slot: Slot, passive: bool, anchors: list[int]) -> list[int]:
        view = self.view
        words: list[int] = []
        for anchor in anchors:
            if slot.kind == "subj":
                words += self.own_subject(anchor, passive)
                continue
            for child in view.children[anchor]:
                rel, prep, case = view.rel(child), view.preposition(child), view.case(child)
                if slot.kind == "obj":
                    ok = rel == "obj"
                elif slot.kind == "dat":
                    ok = rel == "iobj" or (rel in ("obl", "nmod") and case == "Dat" and not prep)
                elif slot.kind == "gen":
                    ok = rel == "nmod" and case in ("Gen", "") and not prep
                elif slot.kind == "ins":
                    ok = rel in ("obl", "nmod", "obl:agent") and case == "Ins" and not prep
                elif slot.kind == "adj":
                    ok = rel == "amod" and view.covering[child] is not None
                elif slot.kind == "prep":
                    ok = rel in ("obl", "nmod", "iobj", "obj") and view.has_preposition(child, slot.preposition)
                    ok = ok and (not slot.case or not case or case == slot.case or self.cased_after(child, slot))
                else:
                    ok = False
                if ok:
                    words.append(child)
        if slot.kind == "prep" and not words:
            words = self.noun_preposition(anchors, slot)
        if slot.kind == "prep" and not words:
            words = self.deep_partner(anchors[0], slot) or self.adjacent_partner(position, slot)
        if slot.kind == "obj" and not words and not passive:
            words = self.stray_object(position)
        if slot.kind == "obj" and not words and not passive:
            # "не разрешил транслировать обращение Эрдогана": the object of the content verb
            for content in view.kids(position, "xcomp"):
                if view.tokens[content].pos == "VERB" and not self.rules_for(content):
                    words += view.kids(content, "obj")
        if slot.kind == "obj" and not words and not passive:
            # "объявили персоной нон грата консула": the parser hangs the object on the predicative noun
            for predicative in view.kids(position, "xcomp"):
                if view.tokens[predicative].pos == "NOUN" and view.case(predicative) == "Ins":
                    words += [
                        node
                        for node in view.kids(predicative, "nmod")
                        if view.case(node) == "Acc" and not view.preposition(node)
                    ]
        if slot.kind == "dat" and not words:
            words = self.stray_relative(anchors, "Dat")
        if slot.kind == "speaker":
            words = self.speaker(position)
        if slot.kind == "subj" and not words and not passive:
            words = self.inherited_subject(position) or self.actor_on_left(position)
        if slot.kind == "subj" and not words:
            words = self.swallowed_subject(position)
        if slot.kind == "subj" and not words and passive and view.rel(position) == "conj":
            # "продюсер сдался полиции и был задержан": the subject of the first verb is the passive's
            words = self.inherited_subject(position)
        if slot.kind == "head":
            words = self.governing_subject(position)
        return words

    def swallowed_subject(self, position: int) -> list[int]:
        """"Как сообщило министерство, американец был арестован": the parser may make the subject an apposition
        inside the parenthetical clause before it; a nominative right after that clause's closing comma is the
        subject of the verb the clause hangs on."""
        view = self.view
        if view.tokens[position].pos != "VERB" or view.kids(position, "nsubj", "nsubj:pass", "csubj"):
            return []
        clauses = [
            clause
            for clause in view.kids(position, "parataxis", "advcl")
            if clause < position and (
                {view.lemma(word) for word in view.kids(clause, "mark")} & {"как"}
                or view.lemma(clause) in self.lexicon.speech_verbs
            )
        ]
        if not clauses:
            return []
        # the apposition hangs inside the clause ("министерство юстиции, американец") or on the verb itself
        nodes = [node for clause in clauses for node in view.subtree(clause)] + view.kids(position, "appos")
        for node in sorted(nodes):
            if view.rel(node) != "appos" or view.case(node) != "Nom" or node > position:
                continue
            first = view.subtree(node)[0]
            if first > 0 and view.tokens[first - 1].text == "," and view.tokens[node].pos in ("NOUN", "PROPN"):
                return [node]
        return []

    def own_subject(self, anchor: int, passive: bool) -> list[int]:
        """The subject of ``anchor``; of two the parser gave it ("Гражданин Беларуси ... приговорен ...; суд
        приговорил ..."), the nearer one: coordinated subjects hang on the first, so two are a misparse."""
        view = self.view
        subjects = view.kids(anchor, "nsubj:pass" if passive else "nsubj")
        if not subjects and not passive:
            subjects = self.body_speaker(anchor)
        if len(subjects) > 1:
            number = view.tokens[anchor].feats.get("Number")
            agreeing = [word for word in subjects if view.tokens[word].feats.get("Number") == number] or subjects
            subjects = [min(agreeing, key=lambda word: abs(word - anchor))]
        return subjects

    def body_speaker(self, verb: int) -> list[int]:
        """"В МИД России заявили, что ...": a plural verb with no subject, said "in" an organisation, is that
        organisation's act (the place of an indefinite-personal verb that is a body, not a town)."""
        view = self.view
        if not view.is_indefinite_personal(verb):
            return []
        for child in view.kids(verb, "obl"):
            covering = view.covering[child]
            if (
                covering is not None
                and covering[1].type == "ORG"
                and covering[0].kind != "adjective"
                and view.preposition(child) == "в"
                and view.case(child) == "Loc"
            ):
                return [child]
        return []

    def stray_object(self, anchor: int) -> list[int]:
        """"Бэ Чжун Хо посетили представители посольства": of two subjects the parser gave a verb, the one that
        is not its subject is its object (Russian puts objects first; a name's nominative and accusative agree)."""
        subjects = self.view.kids(anchor, "nsubj")
        if len(subjects) < 2:
            return []
        chosen = self.own_subject(anchor, False)
        return [word for word in subjects if word not in chosen]

    def cased_after(self, node: int, slot: Slot) -> bool:
        """The parser may give the phrase the head of another case ("по патрулю миротворцев": the Dat of
        "патрулю" is what "по" governs, the Gen noun "миротворцев" its head): the word right after the
        preposition, inside the phrase, shows the case."""
        view = self.view
        for child in view.kids(node, "case"):
            following = child + 1 + len(view.kids(child, "fixed"))
            if following < node and following in view.subtree(node) and view.case(following) == slot.case:
                return True
        return False

    def noun_preposition(self, anchors: list[int], slot: Slot) -> list[int]:
        """A compound preposition ending in a noun ("в адрес", "со стороны") may be parsed as a prepositional
        noun with the real argument as its genitive: "критикой в адрес правительства"."""
        view = self.view
        words = slot.preposition.split()
        if len(words) != 2:
            return []
        first, noun = words
        found: list[int] = []
        for anchor in anchors:
            for child in view.kids(anchor, "nmod", "obl"):
                if view.lemma(child) != noun or not view.has_preposition(child, first):
                    continue
                found += [
                    node for node in view.kids(child, "nmod") if view.case(node) in ("Gen", "") and not view.preposition(node)
                ]
        return found

    def deep_partner(self, position: int, slot: Slot) -> list[int]:
        """A partner attached lower by the parser: "обсудил ситуацию на границе с Совбезом": people and bodies only."""
        view = self.view
        if slot.preposition not in PARTNER_PREPOSITIONS:
            return []
        for node in view.subtree(position):
            if node == position or view.rel(node) not in ("nmod", "obl"):
                continue
            if not view.has_preposition(node, slot.preposition) or (
                slot.case and view.case(node) and view.case(node) != slot.case
            ):
                continue
            covering = view.covering[node]
            if covering is not None and (covering[1].type in ("PER", "ORG") or slot.preposition == "против"):
                return [node]
        return []

    def adjacent_partner(self, position: int, slot: Slot) -> list[int]:
        """The preposition right after the trigger opens its argument even when the parser hung the noun
        elsewhere: "отказался встретиться с находящимся с визитом королем ...", "прибывает в Турцию"."""
        view = self.view
        first = slot.preposition.split()[0]
        following = position + 1
        if following >= len(view.tokens) or view.tokens[following].pos != "ADP" or view.lemma(following) != first:
            return []
        noun = view.head(following)
        if noun <= following or view.rel(following) != "case" or not view.has_preposition(noun, slot.preposition):
            return []
        if slot.case and view.case(noun) and view.case(noun) != slot.case:
            return []
        return [noun]

    def speaker(self, position: int) -> list[int]:
        """Who says what the trigger's clause states: "Мубарак заявил, что США должны ...": the subject of the
        nearest governing verb of saying."""
        view = self.view
        for ancestor in view.ancestors(position, 3):
            if view.lemma(ancestor) in self.lexicon.speech_verbs:
                return view.kids(ancestor, "nsubj")
        return []

    def inherited_subject(self, position: int) -> list[int]:
        """The subject a verb shares with the word it depends on: "решил атаковать", "готовность оказать"."""
        view = self.view
        current = position
        for _ in range(4):
            rel = view.rel(current)
            head = view.head(current)
            if head < 0 or rel in ("root", "parataxis", "punct"):
                return []
            relative_adverb = any(view.lemma(word) in PLACE_RELATIVES for word in view.kids(current, "advmod"))
            if rel in ("acl", "acl:relcl") and view.covering[head] is not None and not relative_adverb:
                return [head]  # "талибы, захватившие район"; but "посетил Пекин, где провёл": not Пекин
            current = head
            if view.tokens[current].pos in ("VERB", "AUX", "ADJ"):
                subjects = view.kids(current, "nsubj")
                if not subjects and view.lemma(current) in self.lexicon.word_classes["dative_subject"]:
                    subjects = [
                        word for word in view.kids(current, "iobj", "obl")
                        if view.case(word) == "Dat" and not view.preposition(word)
                    ]  # "нападавшему удалось убить": who managed it is who acted
                if not subjects:
                    subjects = self.body_speaker(current)  # "в МИД заявили, что ждут ...": the body speaks
                if subjects:
                    return subjects
        return []

    def actor_on_left(self, position: int) -> list[int]:
        """A verb the parser left without a subject ("сторонников ... перекрыли дороги"): the nearest named
        actor before it in the same clause, outside prepositional phrases."""
        view = self.view
        if view.kids(position, "nsubj", "nsubj:pass") or view.tokens[position].pos != "VERB":
            return []
        for node in range(position - 1, -1, -1):
            token = view.tokens[node]
            if token.pos in ("PUNCT", "VERB", "SCONJ", "CCONJ") or view.lemma(node) == "который":
                return []
            covering = view.covering[node]
            if covering is None or covering[0].kind == "adjective":
                continue
            if any(view.preposition(word) for word in [node, *view.ancestors(node, 2)] if word < position):
                continue
            return [node]
        return []

    def governing_subject(self, position: int) -> list[int]:
        """The subject of the verb a nominal event hangs on: "провели переговоры", "в ходе разговора обсудили"."""
        view = self.view
        current = position
        for _ in range(4):
            head = view.head(current)
            if head < 0 or view.rel(current) not in ("obj", "obl", "nmod", "xcomp", "nsubj", "acl", "conj"):
                if current == position and view.rel(current) == "iobj" and self.row_names_head(position, head):
                    pass  # "подверглись обстрелу со стороны X": the noun parsed as the dative object of its verb
                elif not (view.rel(current) == "appos" and view.lemma(head) in self.lexicon.decrees):
                    return []  # but a decree's title is its content: "подписал Указ «О прекращении полномочий»"
            if view.tokens[head].pos in ("VERB", "AUX", "ADJ"):
                if current != position and view.lemma(head) in self.lexicon.speech_verbs:
                    return []  # "посольство подтвердило факт похищения": who reports it did not do it
                if (
                    current != position
                    and view.rel(current) == "obj"
                    and view.lemma(current) not in self.lexicon.decrees
                    and not self.decision_taken(current, head)
                ):
                    return []  # "ищет нарушения при аресте": the arrest is not the seeker's; "подписал указ о ...": it is
                return view.kids(head, "nsubj") or self.inherited_subject(head)
            current = head
        return []

    def decision_taken(self, noun: int, verb: int) -> bool:
        """"суд вынес решение о ...": a decision noun whose verb is in the past (not "будет принимать решение",
        "может принять решение"): the act it names is the decider's."""
        view = self.view
        return view.lemma(noun) in self.lexicon.decisions and view.tokens[verb].feats.get("Tense") == "Past"

    def row_names_head(self, position: int, head: int) -> bool:
        """Whether a trigger row of the word requires ``head``'s lemma as the verb it hangs on and the parser hung
        the row's prepositional argument on the word ("обстрелу со стороны боевиков"); without it the verb's own
        row decides."""
        view = self.view
        lemma = view.lemma(head)
        below = view.kids(position, "nmod", "obl")
        return any(
            rule.requires_relation("head")
            and rule.requires_lemma(lemma)
            and any(
                slot.kind == "prep" and view.has_preposition(child, slot.preposition)
                for slot in rule.source + rule.target
                for child in below
            )
            for rule in self.rules_for(position)
        )

    def arguments(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], places: bool = False
    ) -> tuple[list[Entity], list[int]]:
        found_words: list[int] = []
        for slot in slots:
            words = self.slot_words(position, slot, passive, anchors)
            actors = [actor for word in words for actor in self.actors_at(word)]
            if slot.kind == "speaker":
                # "«Коммерсант» отмечает, что секретарём должен быть ...": a newspaper reports, it does not demand
                actors = [actor for actor in actors if not (actor_code(actor) or "").endswith("MED")]
            if actors:
                return actors, words
            found_words += words
        if places:  # "захватили ряд районов на севере Афганистана": the country of the place is the target
            for word in found_words:
                for node in self.view.subtree(word):
                    if self.in_relative_clause(node, word):
                        continue  # "арестован Дринкман, который опротестовывает экстрадицию в США": not his place
                    covering = self.view.covering[node]
                    if covering is not None and (
                        covering[1].type == "LOC" or covering[0].kind == "adjective"
                    ):
                        if actor_code(covering[1]) is None:
                            continue  # "на главу Кизлярского района": a place the knowledge base does not know
                        return [covering[1]], [word]
        return [], []

    def between(self, position: int) -> tuple[list[Entity], list[int]]:
        """The participants of a "между X и Y" phrase of a nominal event, on the noun itself or, when the noun
        is the subject or object of its verb, on the verb ("между X и Y произошли столкновения")."""
        view = self.view
        owners = [position]
        head = view.head(position)
        if head >= 0 and view.rel(position) in ("nsubj", "nsubj:pass", "obj") and view.tokens[head].pos == "VERB":
            owners.append(head)
        for owner in owners:
            for child in view.kids(owner, "nmod", "obl"):
                if view.preposition(child) != "между":
                    continue
                actors = self.actors_at(child)
                if len({actor_code(actor) for actor in actors}) > 1:
                    return actors, [child]
        return [], []

    def in_relative_clause(self, node: int, top: int) -> bool:
        """Whether ``node`` lies in a relative clause inside the phrase of ``top``, or in a participle clause on
        a person ("шпион, работавший на Россию": whom he served, not his country; but "танкер, принадлежащий
        греческой компании" is its owner's)."""
        person = self.view.tokens[top].feats.get("Animacy") == "Anim"
        while node != top and node >= 0:
            if self.view.rel(node) == "acl:relcl" or (
                person and self.view.rel(node) == "acl" and self.view.tokens[node].pos == "VERB"
            ):
                return True
            node = self.view.head(node)
        return False

    def inanimate_antecedent(self, node: int) -> bool:
        """A feminine or neuter pronoun after nouns of its gender that are all things and name no actor refers
        to one of them ("во время передвижения колонны ... её атаковал смертник": the column, not a state)."""
        view = self.view
        feats = view.tokens[node].feats
        gender = feats.get("Gender")
        if gender not in ("Fem", "Neut") or feats.get("Number") != "Sing":
            return False
        nouns = [
            word
            for word in range(node)
            if view.tokens[word].pos in ("NOUN", "PROPN")
            and view.tokens[word].feats.get("Gender") == gender
            and view.tokens[word].feats.get("Number") == "Sing"
        ]
        return bool(nouns) and all(
            view.tokens[word].feats.get("Animacy") == "Inan" and view.covering[word] is None for word in nouns
        )

    # ------------------------------------------------------------ qualifiers

    def modality(self, position: int) -> str | None:
        view = self.view
        nodes = [position]
        token = view.tokens[position]
        # a nominal event in the nominative is a subject whatever the parser says ("арест ... позволит")
        subject = token.pos == "NOUN" and token.feats.get("Case") == "Nom" and view.rel(position) != "nsubj:pass"
        for ancestor in view.ancestors(position, 4):
            if subject or view.rel(nodes[-1]) in ("nsubj", "csubj"):
                # "арест позволит снизить насилие": what a predicate says of its subject does not qualify it;
                # but "встреча состоится": the tense of the verb of happening is the event's
                if self.lexicon.modality.get(view.lemma(ancestor)) == "happen" and view.head(nodes[-1]) == ancestor:
                    nodes.append(ancestor)
                break
            nodes.append(ancestor)
        purpose = None  # "готова направить средства, чтобы помочь": the intent above the purpose decides
        # an intent or a future decides unless a report or rumour above tells it second-hand ("появилась
        # информация о том, что он покинет пост")
        intended = "future" if self.is_future(position) else None
        for index, node in enumerate(nodes):
            kind = self.lexicon.modality.get(view.lemma(node)) if node != position else None
            if kind == "knowledge" and self.denied(node):
                return "hypothesis"  # "не знает, кто убил", "не может доказать", "не подтверждают информацию"
            if kind == "hearsay" or (kind == "report" and intended):
                return "hearsay"  # "слухи, согласно которым король собирается отречься"
            if kind == "hope" and index and view.rel(nodes[index - 1]) != "xcomp" and view.tokens[node].pos != "PROPN":
                return "hypothesis"  # "выразил надежду, что подданные окажут поддержку" (not "надеется провести", not the name Надежда)
            if intended and self.conditional(node):
                return "condition"  # a future is no intent under "если": "если Сенат одобрит", "если ..., то отстранят"
            if intended:
                continue
            if node != position and view.lemma(node) in self.lexicon.speech_verbs:
                break
            # "если", "чтобы"; and the particle of the conditional mood: "потребовало бы", "это бы означало"
            kinds = [self.lexicon.modality.get(view.lemma(child)) for child in view.kids(node, "mark", "aux")]
            if node != position:
                kind = self.lexicon.modality.get(view.lemma(node))
                kinds.append(None if kind in ("happen", "hope") else kind)
                if view.tokens[node].pos == "VERB" and self.is_future(node):
                    kinds.append("future")  # "не будут возражать против вооружения ..."
            for kind in kinds:
                if kind == "purpose":
                    purpose = kind
                elif kind == "intent":
                    intended = kind
                elif kind in ("hearsay", "report", "knowledge"):
                    continue
                elif kind:
                    return kind
        return intended or purpose

    def conditional(self, node: int) -> bool:
        """A clause under "если", or the main clause of one ("если Сенат примет дело, Руссефф отстранят")."""
        view = self.view
        markers = [*view.kids(node, "mark"), *(mark for clause in view.kids(node, "advcl") for mark in view.kids(clause, "mark"))]
        return any(self.lexicon.modality.get(view.lemma(marker)) == "condition" for marker in markers)

    def denied(self, node: int) -> bool:
        """A negated verb, also through its modal: "не знает", "не может доказать"."""
        view = self.view
        head = view.head(node)
        ability = self.lexicon.word_classes["ability"]
        return view.negated(node) or (
            head >= 0 and view.rel(node) == "xcomp" and view.lemma(head) in ability and view.negated(head)
        )

    def is_future(self, position: int) -> bool:
        """A future form, or a verb with the future auxiliary ("будут возражать": the tagger calls it present)."""
        view = self.view
        return view.tokens[position].feats.get("Tense") == "Fut" or any(
            view.tokens[aux].feats.get("Tense") == "Fut" or view.tokens[aux].text.lower().startswith("буд")
            for aux in view.kids(position, "aux")
        )

    def is_negated(self, position: int) -> bool:
        view = self.view
        if view.negated(position):
            return True
        # a nominal event under a negated support verb: "не провели переговоров"
        head = view.head(position)
        if head < 0 or not view.negated(head):
            return False
        if view.rel(position) in ("nsubj", "nsubj:pass"):
            # "переговоры не состоялись": a verb of happening denies its subject; "визит не поможет" does not;
            # a support verb in the passive denies its own object ("обвинений ему не предъявлено")
            return self.lexicon.modality.get(view.lemma(head)) == "happen" or view.is_passive(head)
        return view.rel(position) in ("obj", "xcomp")

    def blocked(self, position: int, triggers: dict[int, TriggerRule]) -> bool:
        """An event word that is the content of a demand, threat, accusation or refusal is not an event."""
        for ancestor in self.content_path(position):
            rule = triggers.get(ancestor)
            if rule is not None and rule.root in self.lexicon.blocking_roots:
                return True
            if self.view.lemma(ancestor) in self.lexicon.speech_verbs:
                return False
        return False

    # ------------------------------------------------------------ candidates

    def candidates(self) -> list[Candidate]:
        view = self.view
        chosen: dict[int, TriggerRule] = {}
        negation: dict[int, bool] = {}
        for position in range(len(view.tokens)):
            if not self.rules_for(position) or self.in_label(position):
                continue
            negated = self.is_negated(position)
            rule = self.select(position, negated)
            if rule is not None:
                chosen[position] = rule
                negation[position] = negated and not rule.negated
            else:
                self.reject(position, None, "no row's requirements hold")
        self.chosen = chosen
        built: dict[int, Candidate] = {}
        for position, rule in chosen.items():
            candidate = self.candidate(position, rule, negation[position])
            if candidate is not None:
                built[position] = candidate
        self.join_support_verbs(built)
        # a demand, threat or refusal that has an actor is the event; what it is about is not
        blockers = {
            position: candidate
            for position, candidate in built.items()
            if candidate.rule.root in self.lexicon.blocking_roots
        }
        result, contents = [], []
        for position, candidate in built.items():
            if self.blocker_above(position, blockers) is not None:
                contents.append(candidate)
            else:
                result.append(candidate)
        kept = []
        for candidate in result:
            if candidate.rule.root in CONDITIONAL_ROOTS:
                self.target_from_condition(candidate)
            if candidate.rule.root in self.lexicon.blocking_roots:
                self.accusation_from_verdict(candidate, contents, blockers)
                self.code_from_content(candidate, contents, blockers)
            if candidate.rule.root in self.lexicon.blocking_roots and not candidate.targets:
                self.target_from_content(candidate, contents)
                if not candidate.targets and candidate.rule.needs_target:
                    # no addressee: the content, if it is an event, stands on its own
                    for content in contents:
                        standalone = content.targets or not content.rule.needs_target
                        # what was agreed or refused is told; what was asked or threatened is not done
                        standalone = standalone and candidate.rule.root in ("03", "12")
                        if standalone and self.blocker_above(content.trigger, blockers) is candidate:
                            kept.append(self.as_intended(content, candidate))
                    if self.paired(candidate):
                        kept.append(candidate)  # "Москва и Пекин договорились расширить ...": each with the other
                    elif self.addressee_of_conversation(candidate):
                        kept.append(candidate)
                    continue
            if candidate.rule.needs_target and not candidate.targets and not self.paired(candidate):
                self.reject(candidate.trigger, candidate.rule, "content of a blocker, with no target of its own")
                continue  # a content whose governor coded nothing: it needs its own target
            kept.append(candidate)
        return kept

    def reject(self, position: int, rule: TriggerRule | None, reason: str) -> None:
        """Why a trigger yields no event, for ``letopis -vv``: the logger ``letopis.events.coder`` at DEBUG."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "sentence %d, trigger %r (%s): %s",
                self.view.index, self.view.tokens[position].text, rule.cameo if rule else "-", reason,
            )

    def join_support_verbs(self, built: dict[int, Candidate]) -> None:
        """A support verb and its noun ("провёл переговоры", "нанесли удар") are one mention of one event: the
        candidate that found more actors stays, its trigger span covers both words."""
        view = self.view
        for verb in sorted(built):
            if verb not in built or view.tokens[verb].pos != "VERB":
                continue
            nouns = view.kids(verb, *SUPPORTED) + [
                child for child in view.kids(verb, "obl") if view.preposition(child) == "на"
            ]  # "выделила средства на помощь": the aid is what was allocated
            for noun in nouns:
                other = built.get(noun)
                if other is None or other.rule.root != built[verb].rule.root:
                    continue
                mine = built[verb]
                keep, drop = (mine, noun) if len(mine.sources) + len(mine.targets) >= len(other.sources) + len(
                    other.targets
                ) else (other, verb)
                keep.companions.append(noun if keep is mine else verb)
                dropped = built[drop]
                if keep.modality == dropped.modality and specificity(dropped.cameo) > specificity(keep.cameo):
                    keep.cameo = dropped.cameo  # "провели переговоры": negotiation (046), not a mere consultation
                del built[drop]
                if drop == verb:
                    break

    def addressee_of_conversation(self, candidate: Candidate) -> bool:
        """An appeal or demand with no addressee by one side of the conversation the sentence before reports
        is addressed to the other side ("Байден побеседовал с Корреа. Байден просил отказать ...")."""
        if candidate.rule.root not in ADDRESSED_ROOTS or candidate.negated:
            return False
        others = [
            other
            for source in candidate.sources
            for other in self.partners.get(source.id, [])
            if other not in candidate.sources
        ]
        if others:
            candidate.targets = others
        return bool(others)

    def paired(self, candidate: Candidate) -> bool:
        return candidate.rule.root in PAIRED_ROOTS and len(candidate.sources) > 1 and not candidate.passive_agents

    def in_label(self, position: int) -> bool:
        token = self.view.tokens[position]
        return any(start <= token.start and token.stop <= stop for start, stop in self.labels)

    def blocker_above(self, position: int, blockers: dict[int, Candidate]) -> Candidate | None:
        """The nearest demand, threat, refusal ... that governs ``position``, up to a verb of saying."""
        for ancestor in self.content_path(position):
            if ancestor in blockers:
                return blockers[ancestor]
            if self.view.lemma(ancestor) in self.lexicon.speech_verbs:
                return None
        return None

    def content_path(self, position: int) -> list[int]:
        """The words above ``position`` while it is still their content: the climb stops at a clause of time
        or cause ("потребовал выборов после того, как суд снял обвинения": the court's act is not demanded)."""
        view = self.view
        path, current = [], position
        for ancestor in view.ancestors(position, 4):
            marks = {view.lemma(mark) for mark in view.kids(current, "mark")}
            if marks & CIRCUMSTANCE_MARKS or view.preposition(current) in CIRCUMSTANCE_PREPOSITIONS:
                break
            if self.coordinated_clause(current):
                break  # "выступил с критикой ... и предложил восстановить связи": a second act, not content
            path.append(ancestor)
            current = ancestor
        return path

    def coordinated_clause(self, node: int) -> bool:
        """A finite verb coordinated with another is a clause of its own, never the other's content."""
        view = self.view
        return view.rel(node) == "conj" and view.tokens[node].feats.get("VerbForm") == "Fin"

    def as_intended(self, content: Candidate, governor: Candidate) -> Candidate:
        """"согласился уйти в отставку": the content of an agreement or promise is an intended event."""
        if governor.rule.root in ("03", "12") and content.modality is None:
            content.modality = "intent" if governor.rule.root == "03" else None
            intent = content.rule.intent or self.lexicon.intent_codes.get(content.rule.root, "")
            if governor.rule.root == "03" and intent:
                content.cameo = intent if len(intent) > 2 else intent + "0"
        if governor.rule.root == "12":
            content.negated = True  # "отказался отменить": what is refused does not happen
        return content

    def accusation_from_verdict(
        self, candidate: Candidate, contents: list[Candidate], blockers: dict[int, Candidate]
    ) -> None:
        """"Прокурор попросил суд приговорить X к пяти годам": asking a court for a verdict against someone is
        accusing him (1121), not an appeal to the court; the accused is the verdict's target."""
        if candidate.rule.root not in TRIAL_REQUEST_ROOTS or candidate.negated:
            return
        for content in contents:
            if (
                content.cameo.startswith(VERDICT_CODES)
                and content.targets
                and not content.negated
                and self.blocker_above(content.trigger, blockers) is candidate
            ):
                candidate.cameo = ACCUSATION_CODE
                candidate.targets, candidate.target_tokens = content.targets, content.target_tokens
                return

    def code_from_content(
        self, candidate: Candidate, contents: list[Candidate], blockers: dict[int, Candidate]
    ) -> None:
        """"потребовала, чтобы США экстрадировали Гюлена": a demand for judicial cooperation (1013); the kind
        of an appeal, demand, refusal or threat is the kind of what it is about (``content_codes.tsv``)."""
        if candidate.cameo != candidate.rule.root + "0" and candidate.cameo != candidate.rule.cameo:
            return  # already qualified (intended, ...)
        if candidate.rule.cameo != candidate.rule.root + "0":
            return  # the row itself is specific ("запросить убежище")
        for content in contents:
            if self.blocker_above(content.trigger, blockers) is not candidate:
                continue
            intent = content.rule.intent or self.lexicon.intent_codes.get(content.rule.root, "")
            if intent and len(intent) == 2:
                intent += "0"
            code = self.lexicon.content_code(
                candidate.rule.root, intent, content.rule.root if content.negated else None
            )
            if code:
                candidate.cameo = code
                return

    def target_from_condition(self, candidate: Candidate) -> None:
        """"угрожают убить заложников, если правительство Германии не прекратит ...": a threat is aimed at the
        actor whose conduct its condition names, not at the victims it threatens (the parser may leave the
        condition a clause of its own)."""
        view = self.view
        below = set(view.subtree(candidate.trigger))
        for mark in range(candidate.trigger + 1, len(view.tokens)):
            if view.lemma(mark) != "если":
                continue
            clause = view.head(mark)
            if clause < 0 or (clause not in below and view.head(clause) >= 0):
                continue  # the condition of another verb of the sentence
            for subject in view.kids(clause, "nsubj"):
                others = [entity for entity in self.actors_at(subject) if entity not in candidate.sources]
                if others:
                    candidate.targets, candidate.target_tokens = others, [subject]
                    return

    def target_from_content(self, candidate: Candidate, contents: list[Candidate]) -> None:
        """A demand, threat or refusal is aimed at whom its content is: "пригрозил разорвать отношения с
        Конго" -> Конго; "потребовали, чтобы США поддержали" -> США."""
        view = self.view
        below = set(view.subtree(candidate.trigger)) - {
            word
            for clause in view.kids(candidate.trigger, "conj")
            if self.coordinated_clause(clause)
            for word in view.subtree(clause)
        }
        for content in contents:
            if content.trigger not in below:
                continue
            # "потребовали, чтобы США поддержали": the content's own actor is the one addressed
            others = [entity for entity in content.sources if entity not in candidate.sources]
            if others:
                candidate.targets, candidate.target_tokens = others, content.source_tokens
                return
            if content.targets and candidate.rule.root in OWN_CONTENT_ROOTS:
                candidate.targets, candidate.target_tokens = content.targets, content.target_tokens
                return
        # "потребовали, чтобы США поддержали ...": the subject of the content clause is addressed
        for child in view.kids(candidate.trigger, "ccomp", "xcomp", "advcl", "csubj"):
            for subject in view.kids(child, "nsubj"):
                others = [entity for entity in self.actors_at(subject) if entity not in candidate.sources]
                if others:
                    candidate.targets, candidate.target_tokens = others, [subject]
                    return

    def names_by_habit(self, position: int) -> bool:
        """"требования протестующих", "Асадом, подавляющим выступления": a present participle names people or a
        standing property by what they do, not an act the article reports; but "указ, запрещающий ..." is the
        decree's act (its signer's)."""
        view = self.view
        feats = view.tokens[position].feats
        # the tagger may call "подавляющим" a past participle; its suffix says present
        present = feats.get("Tense") == "Pres" or PRESENT_ACTIVE_PARTICIPLE.search(view.tokens[position].text.lower())
        if feats.get("VerbForm") != "Part" or not present:
            return False
        head = view.head(position)
        return head < 0 or view.lemma(head) not in self.lexicon.decrees

    def describes_antecedent(self, position: int) -> bool:
        """"хуситы, которых поддерживает Иран", "резолюция, которая запрещает ...": a relative clause in the
        present imperfective tells what its antecedent is (a standing state, a document's content), not an act."""
        view = self.view
        feats = view.tokens[position].feats
        return (
            view.rel(position) == "acl:relcl"
            and feats.get("VerbForm") == "Fin"
            and feats.get("Tense") == "Pres"
            and feats.get("Aspect") == "Imp"
        )

    def states_affairs(self, position: int) -> bool:
        """"поддерживал хорошие отношения", "работы не разрешаются", "власти стараются ограничить": a use of
        the event word that describes a standing state, not an act (``data/states.tsv``)."""
        states = self.lexicon.states
        contexts = states.get(self.view.lemma(position), []) + states.get("*", [])
        return any(
            all(self.requirement_holds(position, r.relation, r.lemmas) for r in context) for context in contexts
        )

    def candidate(self, position: int, rule: TriggerRule, negated: bool) -> Candidate | None:
        view = self.view
        if self.states_affairs(position):
            return self.reject(position, rule, "a state of affairs")
        if view.tokens[position].pos == "ADJ" and view.rel(position) == "amod":
            # "не прикладывает должных усилий": an attribute, not the predicate "должны"
            return self.reject(position, rule, "an attribute")
        if self.names_by_habit(position):
            return self.reject(position, rule, "a present participle")
        if self.describes_antecedent(position) and rule.root not in self.lexicon.blocking_roots:
            # (an accusation or demand stays: what it governs is not an event of its own either way)
            return self.reject(position, rule, "a present relative clause")
        if any(
            view.lemma(child) in self.lexicon.metaphor_arguments and not rule.requires_lemma(view.lemma(child))
            for child in view.kids(position, "obj", "nmod", "obl")
        ):
            # "атака на рубль"; but "выделил 100 миллионов евро" names the very object its row asks for
            return self.reject(position, rule, "metaphor argument")
        if view.rel(position) != "acl:relcl" and any(
            view.lemma(child) in QUESTION_WORDS for child in view.kids(position, "nsubj")
        ):
            # "не знает, кто убил агентов": an indirect question tells no act of anyone ("тот, кто стрелял" is
            # a relative clause, whose subject is its antecedent)
            return self.reject(position, rule, "an indirect question")
        if rule.root in TRIAL_REQUEST_ROOTS and any(
            view.lemma(word) in self.lexicon.trial_parties
            for subject in view.kids(position, "nsubj")
            for word in [subject, *view.kids(subject, "nmod")]
        ):
            return self.reject(position, rule, "a party's request in a trial")
        passive = view.tokens[position].pos == "VERB" and view.is_passive(position)
        is_verb = view.tokens[position].pos in ("VERB", "AUX") or view.tokens[position].feats.get("VerbForm")
        # "Вайнштейна отпустили под залог", "освободили в зале суда": no one named acts, as in a passive
        indefinite = (
            not passive
            and view.is_indefinite_personal(position)
            and not self.inherited_subject(position)
            and not self.actor_on_left(position)
            and not self.body_speaker(position)
        )
        source_slots = rule.source or (
            [Slot("subj")] if is_verb else [Slot("gen"), Slot("adj"), Slot("head")]
        )
        if not is_verb:
            # "вооружение повстанцев Великобританией": the instrumental names the agent of a nominal event
            source_slots = [Slot("ins"), AGENT_SIDE, *source_slots]
        target_slots = list(rule.target)
        if passive:
            target_slots = [Slot("subj")] + [
                slot for slot in target_slots if slot.kind not in ("obj", "subj")
            ]
            source_slots = [Slot("ins"), AGENT_SIDE]
        if indefinite:
            source_slots = []
        anchors = [position] + [
            child
            for child in view.kids(position, "obj", "nsubj:pass", "nmod")
            if view.tokens[child].pos == "NOUN"
        ]
        head = view.head(position)
        if not is_verb and head >= 0 and view.rel(position) in SUPPORTED and view.tokens[head].pos == "VERB":
            anchors.append(head)  # "начал расследование в отношении чиновников": the parser hangs it on the verb
        elif not is_verb and head >= 0 and self.lexicon.modality.get(view.lemma(head)) == "happen":
            anchors.append(head)  # "в квартире блогера проходят обыски": the place hangs on the verb of happening
        targets, target_words = self.arguments(position, target_slots, passive, anchors, places=True)
        sources, source_words = self.arguments(position, source_slots, False, [position])
        if passive and not targets:
            targets, target_words = self.arguments(position, [Slot("subj")], True, anchors)
        implied = False
        mutual = False  # "столкновения между X и Y": the sources are the targets
        if not is_verb:
            between, between_words = self.between(position)
            mutual = len(between) > 1
            if mutual:
                # "столкновения между X и Y", "между X и Y начались переговоры": each with the other
                sources, source_words, targets, target_words = between, between_words, between, between_words
            protesters = [actor for actor in between if (actor_code(actor) or "")[3:] not in FORCE_ROLES]
            if mutual and rule.root in PROTEST_ROOTS and 0 < len(protesters) < len(between):
                # "столкновения между протестующими и полицией": the protesters riot against the police
                sources = protesters
                targets = [actor for actor in between if actor not in protesters]
        # its agent is unknown, not the place's state; but a killing told as the background of the sentence's
        # own event ("ввёл блокаду после того, как были застрелены ...") is no event of the report
        killing = passive and rule.cameo in KILLING_CODES and not self.in_circumstance(position)
        from_context = False  # the implied agent is the text's country, not the state of a place named
        state_only = self.lexicon.state_act(rule.cameo)  # arrests, sentences, charges: only a state makes them
        agentless_row = any(slot.kind == "none" for slot in rule.source) and rule.requires_relation("head")
        support = view.head(position) if not is_verb and view.rel(position) in SUPPORTED else -1
        if support < 0 and agentless_row and not is_verb:
            # a row with no agent slot may hang on the verb it names as an oblique, one or two steps up:
            # "вышел из тюрьмы", "погибли в результате стрельбы"
            support = next(
                (
                    node for node in view.ancestors(position, 2)
                    if view.tokens[node].pos == "VERB" and rule.requires_lemma(view.lemma(node))
                ),
                -1,
            )
        # "ему предъявлены обвинения", "обвинения ему предъявили": the support verb has no agent either
        agentless_support = support >= 0 and view.tokens[support].pos == "VERB" and (
            view.is_passive(support) or view.is_indefinite_personal(support)
        )
        # "получил пожизненный срок": the row's support verb takes the one it befalls, no agent ("-")
        agentless_support = agentless_support or (support >= 0 and any(slot.kind == "none" for slot in rule.source))
        state_act = ((passive or indefinite or agentless_support) and state_only is not None) or (
            not is_verb and rule.cameo in SEARCH_CODES
        )
        if (passive or indefinite or not is_verb) and not sources and (
            rule.root in IMPLIED_AGENT_ROOTS or state_act
        ) and not killing:
            # "в КНДР казнен чиновник": the unnamed agent is the state where it happened
            sources, source_words = self.place_actor(position)
            if not sources and agentless_support:
                sources, source_words = self.place_actor(support)  # "погибли в результате стрельбы в Техасе"
            if not sources and (state_act or agentless_support) and self.context_country:
                # "Стоянов арестован в рамках дела о госизмене": only a state arrests; the text's country, unless
                # that is only the arrested person's own ("задержан российский программист": where is unknown) and
                # no body of that state speaks in the sentence ("как сообщил минюст США, американец арестован")
                if (
                    (state_only is not None and state_only.own_national)
                    or not self.names_nationality(target_words, self.context_country)
                    or self.state_body_named(self.context_country)
                ):
                    sources, from_context = [context_actor(self.context_country)], True
                elif self.story_country and self.story_country != self.context_country:
                    # "Ему и россиянину X предъявлены обвинения" in a story of the USA: the sentence names only the
                    # accused's nationality, and that is not the acting state; the story's country is
                    sources, from_context = [context_actor(self.story_country)], True
            implied = bool(sources)
        if (passive or indefinite) and not sources and rule.cameo in OFFICE_CODES and targets and (
            self.removal(position)  # but "ему запрещено занимать должности" is a ban
        ):
            # "Перминов освобождён от должности": an official is removed by his own government
            countries = {country_part(actor_code(target)) for target in targets}
            if len(countries) == 1 and all((actor_code(target) or "")[3:] in OFFICIAL_ROLES for target in targets):
                sources, implied = [context_actor(countries.pop() or "---", "GOV")], True
        if rule.cameo in SEARCH_CODES and not mutual and any(
            target is source for target in targets for source in sources
        ):
            # "обыски силами сотрудников СК" (the agent's chain read as the object), "в квартире X в Кемерово"
            # (the scene that gave the implied agent): no one searches himself; look for whom they search
            targets = [target for target in targets if not any(target is source for source in sources)]
            target_words = target_words if targets else []
        if not targets and sources and rule.cameo in SEARCH_CODES:
            # "в квартире блогера проходят обыски", "при обыске в доме X": the occupant of the searched place
            targets, target_words = self.private_person(position, target_slots, passive, anchors, sources)
        if (
            rule.root in PRIVATE_TARGET_ROOTS
            # a nominal event's source may be the reporter ("об убийстве X сообщили СМИ"), unless its row asks
            # for a support verb ("перенёс казнь X")
            and (is_verb or rule.requires_relation("head"))
            and not targets
            and (not implied or from_context)
            and rule.needs_target
            and not rule.cameo.startswith(FOREIGN_TARGET_CODES)
        ):
            targets, target_words = self.private_person(
                position, target_slots, passive, anchors, sources, gatherings=True
            )
            forces = sources and all((actor_code(source) or "")[3:] in FORCE_ROLES for source in sources)
            if targets and forces and rule.cameo in KILLING_CODES:
                rule = replace(rule, cameo="190")
        if (
            rule.root in PRIVATE_AGENT_ROOTS
            and not sources
            and targets
            and is_verb
            and not passive
            and not self.unknown_agent(position, rule)
        ):
            sources, source_words = self.private_person(position, source_slots, False, [position], targets)
        if rule.root in PROTEST_ROOTS and not sources and not passive and rule.requires_relation("head"):
            # "Алёхина начала голодовку в знак протеста против отказа суда": a citizen protests
            sources, source_words = self.private_person(position, source_slots, False, [position], targets)
        # the agents of a passive act on its subject when that is the row's object: "одобрен Госдумой и Советом
        # Федерации" is no support between them; "договор подписан Медведевым и Обамой" is their agreement
        paired = rule.root in PAIRED_ROOTS and len(sources) > 1 and not (
            passive and any(slot.kind == "obj" for slot in rule.target)
        )
        if (
            rule.needs_target
            and not targets
            and sources
            and is_domestic(rule.cameo)
            and not view.kids(position, "xcomp", "ccomp")  # "не разрешил транслировать ...": aimed at the content
        ):
            targets = self.own_country(sources)  # "ввели комендантский час", "перекрыли дороги": at home
        if targets and any(view.lemma(child) == "этнический" for word in target_words for child in view.kids(word, "amod")):
            # "убили трех этнических албанцев" in Serbia: a minority is of the country it lives in
            home = self.place_actor(position)[0] or self.own_country(sources)
            if home:
                targets = [context_actor(country_part(home[0].actor.code) or "---")]
        if (
            rule.needs_target
            and not targets
            and sources
            and rule.root in CONTEXT_TARGET_ROOTS
            and not rule.cameo.startswith(FOREIGN_TARGET_CODES)
        ):
            targets, target_words = self.context_target(position, target_slots, passive, anchors, sources)
        if (
            rule.needs_target
            and not targets
            and rule.cameo.startswith(SCENE_TARGET_CODES)
            and ((sources and not implied) or (not sources and self.unknown_agent(position, rule)))
            # a nominal one only after its own support verb ("совершил теракт"; not "арестовала по подозрению в
            # подготовке теракта"); a verb only when its object is the weapon ("бросили устройство"): "смертник
            # напал" has a victim, named elsewhere; nor when the victim is an unresolved pronoun ("её атаковал")
            and (rule.requires_relation("head") if not is_verb else rule.requires_relation("obj"))
            and not any(
                view.tokens[word].pos == "PRON"
                for slot in target_slots
                for word in self.slot_words(position, slot, passive, anchors)
            )
        ):
            # "теракт в Домодедове совершил уроженец Ингушетии", "неизвестные бросили взрывное устройство": a
            # bombing with no named target strikes the country where it happens (its place, else the text's)
            scene = [country_part(actor_code(place)) for place in self.place_actor(position)[0]]
            country = next((code for code in scene if code), None) or self.context_country
            if country:
                targets = [context_actor(country)]
        if implied and state_only is not None and state_only.private_only and not all(
            (actor_code(target) or "")[3:] in PRIVATE_ROLES for target in targets
        ):
            # "они были освобождены благодаря усилиям Клинтона": who freed whom is not the text's state
            return self.reject(position, rule, "a state's act with an implied agent, of no private person")
        pleas = self.lexicon.word_classes["plea"]
        if sources and not targets and rule.cameo in PLEA_CODES and any(map(rule.requires_lemma, pleas)):
            # "признал себя виновным", "признал вину": a defendant pleads before the court where he is tried
            country = next(
                (country_part(actor_code(place)) for place in self.place_actor(position)[0]), None
            ) or self.context_country
            if country:
                targets = [context_actor(country, "JUD")]
        unknown_agent = not sources and targets and (killing or self.unknown_agent(position, rule))
        if (not sources and not unknown_agent) or (
            rule.needs_target
            and not targets
            and not paired
            and not self.blocked(position, self.chosen)
            and rule.root not in self.lexicon.blocking_roots
        ):
            # an event needs its source, and its target when the trigger takes one
            return self.reject(position, rule, "no target" if sources or unknown_agent else "no source")
        if rule.target and not targets and all(
            (actor_code(source) or "").endswith("LEG") for source in sources
        ):
            # "против выступили 26 сенаторов": a legislature's vote on a text is its own procedure
            return self.reject(position, rule, "a legislature's vote")
        if rule.cameo.startswith(TRAVEL_CODES) and all(
            (actor_code(source) or "")[3:] in PRIVATE_ROLES for source in sources
        ) and all(target.type == "LOC" for target in targets):
            # "певица прилетела в США", "прилетел в Уфу дать лекции": a private trip, not a state visit
            return self.reject(position, rule, "a private trip")
        modality = self.modality(position)
        cameo = rule.cameo
        if modality in ("intent", "future"):
            intent = rule.intent or self.lexicon.intent_codes.get(rule.root, "")
            if intent:
                cameo = intent if len(intent) > 2 else intent + "0"
        elif modality == "stop":
            return self.reject(position, rule, "under a verb of ending")  # "перестал поддерживать"
        elif modality in ("condition", "hypothesis", "purpose", "hearsay") and not self.blocked(position, self.chosen):
            # not reported as happening, and CAMEO has no code for a supposition
            return self.reject(position, rule, f"modality {modality}")
        return Candidate(
            sentence=view.index,
            trigger=position,
            rule=rule,
            cameo=cameo,
            sources=sources,
            targets=targets,
            source_tokens=source_words,
            target_tokens=target_words,
            negated=negated,
            modality=modality,
            implied_source=implied,
            passive_agents=passive and any(slot.kind == "obj" for slot in rule.target),
            between_sides=mutual,
        )

    def state_body_named(self, country: str) -> bool:
        """Whether the sentence names a body of ``country``'s state (its ministry, police, court ...)."""
        return any(
            covering is not None
            and country_part(actor_code(covering[1])) == country
            and (actor_code(covering[1]) or "")[3:] in OFFICIAL_ROLES | {"LEG"}
            for covering in self.view.covering
        )

    def removal(self, position: int) -> bool:
        """"уволен", "освобождён от должности", "отправлен в отставку": a removal from office."""
        view = self.view
        nouns = [child for child in view.children[position] if view.tokens[child].pos != "VERB"]
        near = [position, *nouns, *(grand for child in nouns for grand in view.children[child])]  # not "занимать должности"
        if any(view.lemma(node) in self.lexicon.word_classes["retirement"] for node in view.subtree(position)):
            return False
        return any(view.lemma(node) in self.lexicon.word_classes["removal"] for node in near)

    def names_nationality(self, words: list[int] | None, country: str) -> bool:
        """Whether the phrases of ``words`` give a person's nationality as ``country``: "российский программист",
        "гражданин России", "двое россиян" (but "мэр Екатеринбурга" names an office, not a foreigner)."""
        view = self.view
        for word in words or []:
            for node in view.subtree(word):
                covering = view.covering[node]
                if covering is None or country_part(actor_code(covering[1])) != country:
                    continue
                nationality = self.lexicon.word_classes["nationality"]
                if covering[0].kind in ("adjective", "demonym") or view.lemma(view.head(node)) in nationality:
                    return True
        return False

    def unknown_agent(self, position: int, rule: TriggerRule) -> bool:
        """A violent act whose subject the text leaves unidentified ("неизвестные открыли огонь по патрулю")."""
        view = self.view
        if rule.root not in UNKNOWN_AGENT_ROOTS or view.rel(position) == "acl":
            # "неизвестные преступники, похитившие ...": a participle names them by an act told in its own clause
            return False
        subjects = view.kids(position, "nsubj")
        if not subjects and view.rel(position) in SUPPORTED and view.head(position) >= 0:
            subjects = view.kids(view.head(position), "nsubj")  # "неизвестные открыли огонь"
        if not subjects:
            subjects = self.inherited_subject(position)  # "нападавшему удалось убить"
        # "неизвестный мужчина ранил ...": the person is unknown, not a civilian of the place
        return any(
            any(view.lemma(word) in self.lexicon.unknown_agents for word in [subject, *view.kids(subject, "amod")])
            and not self.actors_at(subject)
            for subject in subjects
        )

    def context_target(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], sources: list[Entity]
    ) -> tuple[list[Entity], list[int]]:
        """A person the text does not link is of the country where it happens, else of the acting state:
        "полиция задержала стрелка" in Texas, "в КНДР казнён чиновник"."""
        places = [place.actor.code for place in self.place_actor(position)[0] if place.actor]
        found = [country_part(code) for code in places + [source.actor.code for source in sources if source.actor]]
        country = next((code for code in found if code), None) or self.context_country
        if country is None:
            return [], []
        for slot in slots:
            for word in self.slot_words(position, slot, passive, anchors):
                token = self.view.tokens[word]
                # a named person the knowledge base does not know may be a foreigner ("в Нидерландах был
                # арестован Владимир Дринкман"): only a common noun ("стрелка", "чиновник") takes the place
                if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim":
                    return [context_actor(country)], [word]
        return [], []

    def private_person(
        self,
        position: int,
        slots: list[Slot],
        passive: bool,
        anchors: list[int],
        others: list[Entity],
        gatherings: bool = False,
    ) -> tuple[list[Entity], list[int]]:
        """An argument naming a private person the knowledge base does not know ("Мирзаев", "мужчина", "его"
        for such a person) is a civilian of the country where it happens, when the other side is of that
        country: a foreigner is often not named as one, and no actor is better than a wrong one. With ``gatherings``, a
        rally stands for the people in it, as what is acted on ("разогнала акцию протеста"), never as who acts."""
        places = [country_part(actor_code(place)) for place in self.place_actor(position)[0]]
        country = next((code for code in places if code), None) or self.context_country
        if country is None:
            return [], []
        if others and all(country_part(actor_code(other)) != country for other in others):
            return [], []
        view = self.view
        for slot in slots:
            for found in self.slot_words(position, slot, passive, anchors):
                # "в квартире блогера", "в доме Чарли Роули": a person's home stands for him
                owners = [
                    child for child in view.kids(found, "nmod")
                    if view.case(child) == "Gen" and not view.preposition(child)
                ] if view.lemma(found) in self.lexicon.word_classes["home"] else []
                for word in [found, *owners]:
                    if view.tokens[word].pos == "NOUN" and view.lemma(word) in self.lexicon.private_people:
                        return [context_actor(country, "CVL")], [word]
                    gathering = view.lemma(word) in self.lexicon.word_classes["gathering"]
                    if gatherings and gathering and view.tokens[word].pos == "NOUN":
                        return [context_actor(country, "CVL")], [word]  # "разогнала акцию протеста": its people
                    # a named person may be the foreign national the article names as one elsewhere
                    # ("гражданин Беларуси Мардахаев ... суд приговорил Мардахаева")
                    if not (self.nationalities - {country}) and self.means_unknown_person(word):
                        return [context_actor(country, "CVL")], [word]
        return [], []

    def in_circumstance(self, position: int) -> bool:
        """Whether ``position`` is in a clause of time or cause ("после того, как ...")."""
        view = self.view
        for node in [position, *view.ancestors(position, 6)]:
            if view.tokens[node].pos == "VERB" and {view.lemma(m) for m in view.kids(node, "mark")} & CIRCUMSTANCE_MARKS:
                return True
        return False

    def means_unknown_person(self, word: int) -> bool:
        view = self.view
        token = view.tokens[word]
        if token.pos == "PRON" and view.lemma(word) in PERSONAL:
            # a pronoun that means a person with no actor code
            return resolve_pronoun(view, word, self.referents_before(word), self.previous.get()) == []
        return self.names_unknown_person(word)

    def own_country(self, sources: list[Entity]) -> list[Entity]:
        countries = {country_part(source.actor.code) for source in sources if source.actor}
        countries.discard(None)
        return [context_actor(country) for country in sorted(countries) if country]

    def place_actor(self, position: int) -> tuple[list[Entity], list[int]]:
        """The country of the place a trigger is located in: "арестован в Нью-Йорке" -> USA."""
        view = self.view
        # the parser may hang the place on a circumstance of the trigger: "по запросу ФБР в Испании был задержан"
        nearby = list(view.children[position]) + [
            grand
            for child in view.kids(position, "obl")
            if view.preposition(child) and view.preposition(child) not in CIRCUMSTANCE_PREPOSITIONS
            for grand in view.kids(child, "nmod")  # but "депортировал после участия в прорыве блокады Газы"
        ]
        head = view.head(position)
        if view.tokens[position].pos == "NOUN" and head >= 0 and view.tokens[head].pos == "VERB" and (
            view.rel(position) in ("nsubj", "nsubj:pass", "obj")
        ):
            # "в Кабуле совершено нападение": the place of a nominal event hangs on its verb of happening
            nearby += [child for child in view.children[head] if child != position]
        for child in nearby:
            if view.preposition(child) not in ("в", "на") or view.case(child) not in ("Loc", ""):
                continue  # "депортирован в Нидерланды" names where to, not where
            for node in view.subtree(child):
                covering = view.covering[node]
                if covering is not None and covering[1].type == "LOC" and covering[0].kind != "adjective" and (
                    self.located_under(node, child)
                ):
                    return [covering[1]], [node]
        return [], []

    def located_under(self, node: int, top: int) -> bool:
        """Whether every phrase between ``node`` and ``top`` is a place ("в провинции Хомс на западе Сирии"), not
        a beneficiary or an addressee: "обвинения в шпионаже в пользу Китая" names no place in China."""
        view = self.view
        while node != top and node >= 0:
            if view.preposition(node) and (view.preposition(node) not in ("в", "на") or view.case(node) not in ("Loc", "")):
                return False
            node = view.head(node)
        return True

    def subjects(self) -> list[Entity]:
        """Actors named as subjects in this sentence, for the next sentence's pronouns."""
        view = self.view
        result: list[Entity] = []
        for position, token in enumerate(view.tokens):
            if token.rel in ("nsubj", "nsubj:pass") and view.lemma(position) not in ANAPHORS:
                found = self.actors_at(position)
                if not found and self.names_unknown_person(position):
                    found = [UNKNOWN_PERSON]
                for entity in found:
                    if entity not in result:
                        result.append(entity)
        return result

    def names_unknown_person(self, position: int) -> bool:
        view = self.view
        words = [position, *view.kids(position, "appos", "flat:name", "flat")]
        return any(
            start <= view.tokens[word].start < stop for word in words for start, stop in self.unknown_people
        )


def build_events(article: Article, view: SentenceView, candidate: Candidate) -> list[Event]:
    table = cameo_table()
    entry = table.lookup(candidate.cameo)
    root = candidate.cameo[:2]
    pairs: list[tuple[Entity | None, Entity | None]] = []
    exchange = view.lemma(candidate.trigger) in load_lexicon().word_classes["exchange"]
    paired = root in PAIRED_ROOTS or exchange
    if not candidate.targets and len(candidate.sources) > 1 and paired and not candidate.passive_agents:
        # each pair once, in the order the text names them ("Путин и Рахмон обсудили": Путин first);
        # intent (03) is stated by both sides, and an exchange is made by both, so both directions
        for number, first in enumerate(candidate.sources):
            for other, second in enumerate(candidate.sources):
                if number != other and (root == "03" or exchange or number < other):
                    pairs.append((first, second))
    else:
        for source in candidate.sources or [None]:
            for target in candidate.targets or [None]:
                pairs.append((source, target))
    words = [view.tokens[index] for index in [candidate.trigger, *candidate.companions]]
    start, stop = min(word.start for word in words), max(word.stop for word in words)
    sentence = view.sentence
    mention = EventMention(
        sentence_start=sentence.start,
        sentence_stop=sentence.stop,
        trigger_start=start,
        trigger_stop=stop,
        text=sentence.text,
        trigger=article.text[start:stop],
    )
    location, location_name = location_of(article, view, candidate)
    date, precision = date_of(article, view, candidate)
    if is_background(article, date) or is_trend(view):
        log.debug("sentence %d, trigger %r (%s): background or trend", view.index, mention.trigger, candidate.cameo)
        return []
    quantity = quantity_of(article, view, candidate)
    attribution = attribution_of(article, view, candidate)
    # the place of a search's implied agent ("в квартире блогера в Кемерово проходят обыски") is the scene, not a
    # participant inside the target's phrase
    scene = candidate.implied_source and candidate.cameo in SEARCH_CODES
    nested = not scene and not candidate.between_sides and one_phrase(
        view, candidate.source_tokens, candidate.target_tokens
    )
    events = []
    for source, target in pairs:
        if source is not None and source is target:
            continue  # an actor does not act on itself unless the text names it twice
        if nested and source and target and country_part(actor_code(source)) == country_part(actor_code(target)):
            continue  # "с министром Таджикистана Мухриддином": the minister and his country are one participant
        if source is None and target is None:
            continue
        events.append(
            Event(
                cameo=candidate.cameo,
                source=participant_code(view, candidate, source, "source"),
                target=participant_code(view, candidate, target, "target"),
                source_name=_name(view, source),
                target_name=_name(view, target),
                source_entity=source.id if source else None,
                target_entity=target.id if target else None,
                plover=entry.plover if entry else None,
                plover_mode=entry.plover_mode if entry else None,
                goldstein=entry.goldstein if entry else None,
                quad_class=entry.quad_class if entry else None,
                date=date,
                date_precision=precision,
                location=location,
                location_name=location_name,
                quantity=quantity,
                attribution=attribution,
                negated=candidate.negated,
                modality=candidate.modality,
                evidence=sentence.text,
                mentions=[mention],
            )
        )
    return events


def participant_code(view: SentenceView, candidate: Candidate, entity: Entity | None, side: str) -> str | None:
    """The actor code of a participant; a state the text names by its country or capital takes the role of
    the event (``roles.py``), and only when it is the argument itself: "по районам Ливана" is a place."""
    code = actor_code(entity)
    if entity is None or code is None:
        return code
    if side == "source" and candidate.implied_source:
        return state_code(entity, "implied", candidate.cameo, place=True) or code
    # the pair of a joint event is one list; "Москва и Тегеран": the conjuncts are arguments too
    words = [node for word in candidate.source_tokens + candidate.target_tokens for node in view.conjuncts(word)]
    named = any(
        view.covering[word] is not None
        and view.covering[word][1] is entity
        and view.covering[word][0].kind != "adjective"
        for word in words
    )
    kinds = {
        view.covering[word][0].kind
        for word in words
        if view.covering[word] is not None and view.covering[word][1] is entity
    }
    if kinds == {"demonym"} and len(code) == 3:
        return code + "CVL"  # "американец арестован": a citizen, not his state
    return (state_code(entity, side, candidate.cameo) if named else None) or code


def one_phrase(view: SentenceView, sources: list[int], targets: list[int]) -> bool:
    """Whether the source and the target were found in one noun phrase, one inside the other."""
    for source in sources:
        inside = set(view.subtree(source))
        for target in targets:
            if target in inside or source in view.subtree(target):
                return True
    return False


def _name(view: SentenceView, entity: Entity | None) -> str | None:
    if entity is None:
        return None
    for covering in view.covering:
        if covering is not None and covering[1] is entity:
            return covering[0].text
    return entity.name
