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
from dataclasses import replace
from functools import cached_property

from letopis.events.anaphora import Referent, resolve_parties
from letopis.events.arguments import ArgumentFinder
from letopis.events.attributes import blank_line_between
from letopis.events.build import build_events, participant_code
from letopis.events.candidate import (
    IMPLIED_ENTITY,
    UNKNOWN_PERSON,
    Candidate,
    ToldAct,
    actor_code,
    agents,
    bare_role,
    context_actor,
    countries_of,
    country_part,
    guessed_role,
    is_domestic,
    sentence_of,
    sides_of,
    unknown_group,
)
from letopis.events.code_classes import (
    ADDRESSED_CODES,
    ADDRESSED_ROOTS,
    AGENT_SIDE,
    ALERT_CODES,
    ANAPHORS,
    APPROVAL_CODES,
    ARMED_GROUP_ROLES,
    CAUSE_TARGET_ROOTS,
    CEASEFIRE_CODES,
    CLAIM_CODE,
    CLOSING_MARKS,
    COERCIVE_ROOTS,
    COMMITTED,
    COMPLAINT_CODE,
    CONCERN_CODES,
    CONCESSION_CODES,
    CONDITIONAL_ROOTS,
    CONSULT_ROOT,
    CONTEXT_TARGET_CODES,
    CONTEXT_TARGET_ROOTS,
    CONVENTIONAL_FORCE_CODE,
    CONVERSATION_CODES,
    CROWD_ARREST_CODES,
    CROWD_PROTEST_CODE,
    DECIDED_ACT_INTENTS,
    DEESCALATION_CODES,
    DEMAND_ROOT,
    DEPLOYMENT_CODES,
    DISAPPROVAL_CODES,
    DOMESTIC_CODES,
    EASING_CODES,
    FIRE_ROOTS,
    FOREIGN_TARGET_CODES,
    GIVING_ROOTS,
    GUESSED_TARGET_ROOTS,
    IMPLIED_AGENT_ROOTS,
    IMPLIED_DISAPPROVAL_CODES,
    JOINT_ACT_ROOTS,
    KILLING_CODES,
    MEDIATION_OFFER,
    MOBILIZE_ROOT,
    OFF_TOPIC_SOURCE_ROLES,
    OFFICE_CODES,
    OFFICIAL_ROLES,
    OPPOSING_ROOTS,
    ORDER_AGENTS,
    ORIGIN_SLOTS,
    PLEA_CODES,
    PLEDGED_FORCE_INTENT,
    POLITICAL_EASING_CODES,
    PRESSURE_SIDE,
    PRIVATE_AGENT_ROOTS,
    PRIVATE_ROLES,
    PRIVATE_TARGET_ROOTS,
    PROMISE_ROOT,
    PROTEST_ROOTS,
    QUESTION_MARK,
    QUESTION_WORDS,
    REACTION_ROOTS,
    REFUSAL_ROOT,
    RELATIONS_ROOT,
    RELEASE_CODE,
    SCENE_STRUCK_ROOTS,
    SCENE_TARGET_CODES,
    SEARCH_CODES,
    SIDE_ROLES,
    STANDING_CHARGE_CODES,
    STATE_BODY_ROLES,
    STORY_REACTION_ROOTS,
    SUPPORTED,
    THREAT_ROOT,
    TRAVEL_CODES,
    TRIAL_REQUEST_ROOTS,
    TRIP_PURPOSE_ROOTS,
    UNDOING_DEMAND_ROOTS,
    UNDONE_CONTENT_ROOTS,
    UNKNOWN_AGENT_ROOTS,
    UNTOLD_GUESSED_CODES,
    VERDICT_CODES,
    VICTIM_ROOTS,
    VIOLENT_CODES,
    WARNING_CODE,
    WARNING_CODES,
    WITHDRAWAL_CODES,
    YIELD_ROOT,
    pairs_coordinated_sources,
)
from letopis.events.content import ContentRules
from letopis.events.context import (
    EarlierGroups,
    EarlierReferents,
    EarlierSubjects,
    conversation_partners,
    nationalities,
    off_topic,
    place_countries,
    story_court,
    unknown_people,
    unknown_person_names,
)
from letopis.events.dedup import merge_events, specificity
from letopis.events.forms import declined_like_adjective
from letopis.events.implied import ImpliedActors
from letopis.events.lexicon import (
    IGO_WORD,
    PERSON_WORD,
    PLACE_WORD,
    Lexicon,
    Requirement,
    Slot,
    TriggerRule,
    load_lexicon,
)
from letopis.events.qualifiers import Qualifiers
from letopis.events.roles import adopt_named_agents, role_for
from letopis.events.syntax import SentenceView
from letopis.kb.countries import FORCE_ROLES, role_code
from letopis.kb.phrases import VERB_LEMMA_ENDINGS
from letopis.model import Actor, Article, Entity, Event, Mention, Sentence, Token

log = logging.getLogger(__name__)
ANY_WORD = "*"  # a requirement's wildcard (triggers.tsv)
OPEN_OBJECTS = frozenset({ANY_WORD, PLACE_WORD, PERSON_WORD})  # what an object requirement reads besides lemmas


def guessed_by_sentence(actor: Entity, roles: bool = False) -> bool:
    """Whether the linker gave a group with no country of its own the country its sentence names ("тысячи студентов
    протестовали против визита президента США" -> USA); with ``roles``, also an unnamed role ("unnamed 'командир' of
    PAK (context: sentence)")."""
    if actor.actor is None:
        return False
    reason = actor.actor.reason or ""
    return "context: sentence" in reason if roles else reason.endswith("by context: sentence")


def places_of_own(targets: list[Entity], sources: list[Entity]) -> bool:
    """Whether every target is of the sources' own countries."""
    return bool(targets) and {country_part(actor_code(target)) for target in targets} <= {
        country_part(actor_code(source)) for source in sources
    } - {None}


def places_at_home(targets: list[Entity], sources: list[Entity]) -> bool:
    """Whether the targets are only places of the sources' own countries ("посетил святилища в Японии")."""
    return all(target.type == "LOC" for target in targets) and places_of_own(targets, sources)


def participle_as_noun(token: Token, lemma: str) -> bool:
    """A noun whose lemma is a verb's and whose form is declined like an adjective: a participle used as a noun
    ("задержанные", "подозреваемого", "сдавшимся"), which names people; a finite verb the parser took for a noun
    ("Правительство Зимбабве выслало британского журналиста") still tells an act."""
    return (
        token.pos == "NOUN"
        and lemma.endswith(VERB_LEMMA_ENDINGS)
        and declined_like_adjective(token.text.lower())
    )


BEFORE_PREPOSITIONS = {"до", "перед", "накануне"}  # a time before an event: "до начала переговоров"


class EventCoder:
    """Pipeline step: fills ``article.events``."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc) -> None:
        doc.article.events = code_article(doc.article, self.lexicon)


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
        unknown = unknown_group(entity)
        if actor_code(entity) is None and role is None and unknown is None:
            continue
        for mention in entity.mentions:
            index = sentence_of(article, mention, len(mentions))
            if index < 0 or mention.kind == "nested":
                # a country inside an organisation's name ("Движение за развитие Мали") names the
                # organisation, never a participant of its own
                continue
            named = unknown or entity
            if role is not None:
                # "полиция задержала": the country the sentence names, else the article's own
                country = (countries[index] or [main_country])[0]
                if country is None:
                    continue
                key = (entity.id, country)
                if key not in completed:
                    completed[key] = replace(entity, actor=replace(entity.actor, code=role_code(country, role)))
                named = completed[key]
            mentions[index].append((mention, named))
    citizenships = nationalities(article)
    court = story_court(article)
    unknown_names = unknown_person_names(article)
    labels = [(marker.start, marker.stop) for marker in article.markers]
    memory = EarlierSubjects()  # actors last named as subjects, for pronouns and role nouns
    previous = EarlierReferents()  # the actors of the last sentence that named any, for pronouns
    groups = EarlierGroups()  # the bodies named with their owners, for a later bare one
    partners: dict[str, list[Entity]] = {}  # who talked with whom in the sentence before
    agents: list[Entity] = []  # who acted in the sentence before
    acts: dict[str, list[Entity]] = {}  # the agents of each act (CAMEO code) told so far
    # (sentence, CAMEO code, agents, targets, object nouns) of each act told so far, in order
    told: list[ToldAct] = []
    events: list[Event] = []
    guessed: list[Event] = []  # events whose agent the text left implicit
    block_start = 0  # the first sentence of the current block of lines
    for index, sentence in enumerate(article.sentences):
        if not sentence.tokens:
            continue
        coder = SentenceCoder(index, sentence, mentions[index], lexicon, memory)
        coder.labels = labels
        coder.context_country = (countries[index] or [main_country])[0]
        coder.story_country = main_country
        coder.unknown_people = unknown_people(article, sentence, unknown_names)
        coder.nationalities = citizenships
        coder.story_court = court
        coder.previous = previous
        coder.groups = groups
        coder.partners = partners
        coder.agents = agents
        coder.acts = acts
        coder.told = told
        if index and blank_line_between(article, article.sentences[index - 1], sentence):
            block_start = index
        coder.block_start = block_start
        found = coder.candidates()
        for candidate in found:
            built = build_events(article, coder.view, candidate)
            events.extend(built)
            if built and not candidate.negated and candidate.sources:
                # (a guessed agent as its events code it: "в Минске задержали журналиста" is the police's act)
                doers = guessed_agents(candidate, [event.source for event in built]) if candidate.implied_source \
                    else candidate.sources
                if doers:
                    told.append(ToldAct(index, candidate.cameo, doers, candidate.targets, coder.told_nouns(candidate)))
            if candidate.implied_source:
                guessed.extend(built)
        partners = conversation_partners(found)
        agents = [
            source for candidate in found if not candidate.negated and not candidate.implied_source
            for source in candidate.sources
        ]
        for candidate in found:
            if not candidate.negated:
                acts.setdefault(coder.act_key(candidate.trigger, candidate.cameo), []).extend(candidate.sources)
        memory = EarlierSubjects(coder, memory)  # (worked out when a later sentence asks)
        previous = EarlierReferents(coder, previous)
        groups = EarlierGroups(coder, groups)
    adopt_named_agents(events, guessed)
    if not topical:
        events = [event for event in events if (event.source or "")[3:6] in OFF_TOPIC_SOURCE_ROLES]
    return merge_events(events)


def guessed_agents(candidate: Candidate, codes: list[str | None]) -> list[Entity]:
    """The agents of an act whose agent the coder guessed, as its events code them: "в Минске задержали журналиста"
    is an act of Belarus's police (BLRCOP), not of the place that gave it (a later "осудил этот арест" is aimed at
    them); an entity of the candidate's with that very code stays itself. An accusation's or a violent act's is none
    (``UNTOLD_GUESSED_CODES``): who accuses in "спикера обвиняют в домогательствах" the text leaves open, and the
    state of the place where someone was kidnapped is no kidnapper to answer."""
    if candidate.cameo.startswith(UNTOLD_GUESSED_CODES):
        return []
    found: list[Entity] = []
    for code in dict.fromkeys(code for code in codes if code):
        own = next((source for source in candidate.sources if actor_code(source) == code), None)
        found.append(own or Entity(id=f"{IMPLIED_ENTITY}{code}", type="ORG", name=code, actor=Actor(id=code, code=code)))
    return [agent for agent in found if actor_code(agent)]


class SentenceCoder(ArgumentFinder, Qualifiers, ContentRules, ImpliedActors):
    def __init__(
        self,
        index: int,
        sentence: Sentence,
        mentions: list[tuple[Mention, Entity]],
        lexicon: Lexicon,
        memory: EarlierSubjects,
    ) -> None:
        self.index, self.sentence, self.mentions = index, sentence, mentions
        self.lexicon = lexicon
        self._memory = memory
        # each word's rows, looked up first: every word is asked, some often, and a sentence without any has no
        # candidate to search for
        self._lemmas, self._rules_at = lexicon.words(sentence.tokens)
        self._lemma_set: frozenset[str] | None = None  # the lemmas, when first asked
        self.has_triggers = any(self._rules_at)
        self.chosen: dict[int, TriggerRule] = {}
        self.supposed: set[int] = set()  # triggers rejected as only supposed (condition, hypothesis, hearsay)
        self._seat_asking: set[int] = set()  # verbs whose row ``seat_speaker`` is choosing (a row asks for the subject)
        self.context_country: str | None = None  # for actors the text places but does not name
        self.story_country: str | None = None  # the country the article names most as a place
        self.unknown_people: list[tuple[int, int]] = []  # names of people without an actor code
        self.nationalities: set[str] = set()  # countries the article gives someone's citizenship of
        self.story_court: Entity | None = None  # the international criminal court a story names, if only it
        self.labels: list[tuple[int, int]] = []  # statutory labels: "(запрещено в России)" reports no event
        self.previous = EarlierReferents()  # the actors of the previous sentence
        self.groups = EarlierGroups()  # the bodies named with their owners before
        self.partners: dict[str, list[Entity]] = {}  # the conversation the previous sentence reports
        self.agents: list[Entity] = []  # the sources of the previous sentence's events
        self.acts: dict[str, list[Entity]] = {}  # the agents of each act told in the sentences before
        # (sentence, code, agents, targets, object nouns) of the acts told before
        self.told: list[ToldAct] = []
        self.told_here: list[ToldAct] = []  # the acts of this sentence found so far, before the trigger asking
        self.block_start = 0  # the first sentence of this sentence's block of lines (a blank line ends one)
        self._current: list[Referent] | None = None

    @cached_property
    def view(self) -> SentenceView:
        """The sentence's tree with its repairs, built when first read: that of a sentence with no trigger word only
        if a later sentence asks for its actors."""
        return SentenceView(self.index, self.sentence, self.mentions, self._lemmas)

    @property
    def memory(self) -> list[Entity]:
        """The actors last named as subjects before this sentence."""
        return self._memory.get()

    # ------------------------------------------------------------ triggers

    def time_point_before(self, noun: int) -> bool:
        """"настаивал на освобождении заключенных до начала переговоров с правительством", "перед встречей с X
        заявил": a meeting named as the time before which something else is done, not told as held."""
        view = self.view
        if view.preposition(noun) in BEFORE_PREPOSITIONS:
            return True
        head = view.head(noun)
        return head >= 0 and view.lemma(head) in ("начало", "старт") and view.preposition(head) in BEFORE_PREPOSITIONS

    def sides_of_meeting(self, position: int, sources: list[Entity]) -> list[Entity]:
        """"Президенты Азербайджана и Армении не смогли согласовать ... Трехсторонняя встреча с участием президента
        России прошла в Казани": a meeting of several sides (word class ``many_sided``) with one participant named
        meets the parties the sentence before names; [] for any other meeting noun."""
        view = self.view
        if not any(view.lemma(word) in self.lexicon.word_classes["many_sided"] for word in view.kids(position, "amod")):
            return []
        parties = resolve_parties(self.previous.get(), lambda entity: country_part(actor_code(entity)) or "")
        own = {country_part(actor_code(source)) for source in sources}
        return [party for party in parties if country_part(actor_code(party)) not in own]

    def purpose_target(self, position: int, rule: TriggerRule) -> tuple[list[Entity], list[int]]:
        """"применила водометы, чтобы разогнать студентов", "ввели войска, чтобы подавить мятеж": a means with no
        target of its own is aimed at whom its purpose of the same root is aimed (the purpose is no event itself)."""
        view = self.view
        for clause in view.kids(position, "advcl"):
            if not self.marked_as(clause, "purpose"):
                continue
            for other in self.rules_for(clause):
                if other.root != rule.root or not other.target:
                    continue
                targets, words = self.arguments(clause, other.target, False, [clause])
                if targets:
                    return targets, words
        return [], []

    def act_key(self, position: int, cameo: str) -> str:
        """What makes two acts the same act told again: their code, and for a formal charge its being one ("ему
        предъявлены обвинения" and "он задержан" are both 173, but an arrest repeats no charge)."""
        return cameo + "/charge" if self.view.lemma(position) in self.lexicon.word_classes["charge"] else cameo

    def sounding_participles(self, noun: int) -> list[int]:
        """"угроза санкций, прозвучавшая из уст министра": a verb of sounding as an active participle on a noun is
        the noun's predicate told as its attribute (as "угроза прозвучала"), and what it takes is the noun's."""
        view = self.view
        return [
            child for child in view.kids(noun, "acl")
            if view.tokens[child].feats.get("VerbForm") == "Part" and view.tokens[child].feats.get("Voice") != "Pass"
            and view.lemma(child) in self.lexicon.word_classes["sounding"]
        ]

    def rules_for(self, position: int) -> list[TriggerRule]:
        return self._rules_at[position]

    def requirement_holds(self, position: int, relation: str, lemmas: frozenset[str]) -> bool:
        view = self.view
        if relation == "head":  # "предоставлять помощь" as "предоставить помощь"
            if COMMITTED in lemmas and self.claimed(position):
                return True  # "взяли на себя ответственность за взрыв": a claimed act is a committed one
            if not lemmas.isdisjoint(self.lexicon.word_classes["announce"]) and self.content_of_decision(position):
                return True  # "принял решение о снятии санкций": a decision taken announces the act it names
            governors = list(view.ancestors(position, 2))
            if governors and view.tokens[governors[0]].pos == "VERB":
                # "переговоры ... состоялись и были посвящены израильской оккупации": a noun a verb governs is that
                # verb's, not the support of the verb above it
                governors = governors[:1]
            # "отмена эмбарго, объявленная президентом": the support verb as a passive participle on the noun
            governors += view.support_participles(position)
            governors += self.sounding_participles(position)
            if self.phase_support(position, lemmas):
                return True
            return any(
                view.lemma(node) in lemmas or not lemmas.isdisjoint(self.lexicon.perfectives(view.lemma(node)))
                for node in governors
            )
        if relation == "obj" and ANY_WORD in lemmas:  # "obj=*": any noun object ("предложила Украине скидку")
            return any(view.tokens[child].pos in ("NOUN", "PROPN") for child in view.kids(position, "obj"))
        if relation == "obj":
            nodes = [
                node
                for child in view.kids(position, "obj", "nsubj:pass", "nmod", "iobj", "obl")
                # "захватили заложников в городе": where it happened is no object
                if not (view.case(child) == "Loc" and view.preposition(child) in ("в", "на"))
                for node in view.conjuncts(child)
            ]
            adjacent = view.adjacent_accusative(position)
            if adjacent >= 0 and view.tokens[position].pos == "VERB":
                nodes.append(adjacent)
            # "база, переданная Грузии", "освобождённые боевиками заложники": the noun a passive participle modifies is
            # what it acts on (unless the noun is an event whose own row takes the participle for its support verb:
            # "санкции, введённые против Индии" are the noun's)
            if view.rel(position) in ("acl", "amod") and view.tokens[position].feats.get("VerbForm") == "Part" and (
                view.tokens[position].feats.get("Voice") == "Pass" and not self.names_head(view.head(position), position)
            ):
                nodes += [node for node in view.conjuncts(view.head(position)) if node not in nodes]
            # "разрешило ООН возобновить доставку": the object of an infinitive that is no event word of its own
            nodes += [node for content in self.transparent_infinitives(position) for node in view.kids(content, "obj")]
            # "сосредоточил десятки тысяч военнослужащих", "выслал ряд дипломатов": a quantity stands for what it counts
            # (the list grows while it is read: "десятки" counts "тысяч", which count "военнослужащих")
            for node in nodes:
                nodes += [
                    member
                    for counted in view.kids(node, "nmod")
                    if self.counted_by(counted)
                    for member in view.conjuncts(counted)
                    if member not in nodes
                ]
                # "уничтожили 12 членов группировки", "сторонников боевиков": a member noun stands for its group
                nodes += [
                    group
                    for named in view.kids(node, "nmod")
                    if self.group_of_member(named)
                    for group in view.conjuncts(named)
                    if group not in nodes
                ]
            if PLACE_WORD in lemmas and any(view.names_place(node) for node in nodes):
                return True  # "obj=@place": a place the text names ("захватили Кундуз")
            if PERSON_WORD in lemmas and any(view.names_person(node) for node in nodes):
                return True  # "obj=@person": "выдала США программиста Ивана Петрова" hands over a person
            # a noun object may carry its own modifiers: "ввести положение" / "комендантский час", also coordinated
            # ones ("радарные и разведывательные данные"); an adjective the parser took for a number ("пленных
            # украинских военных")
            # a participle set off after it counts as one of them: "передала Мозамбику трех мужчин, разыскиваемых в
            # связи с убийством" hands over wanted men
            return any(view.lemma(node) in lemmas for node in nodes) or any(
                view.lemma(member) in lemmas
                for node in nodes
                for grand in view.kids(node, "amod", "nmod", "nummod") + [
                    kid for kid in view.kids(node, "acl") if view.tokens[kid].feats.get("VerbForm") == "Part"
                ]
                for member in view.conjuncts(grand)
            )
        if relation == "amod":
            return any(view.lemma(child) in lemmas for child in view.kids(position, "amod"))
        if relation == "subj":  # "subj=@court": who does it, the subject or a passive's agent ("осуждён судом")
            agents = view.kids(position, "nsubj") + self.instrumental_agents(position)
            if not agents and view.tokens[position].pos == "VERB":
                agents = self.inherited_subject(position)  # "суд рассмотрел дело и осудил ..."
            return any(view.lemma(node) in lemmas for agent in agents for node in view.conjuncts(agent))
        if relation == "inf":  # "России следует вывести войска": an infinitive the trigger governs ("inf=*": any)
            return any(
                view.tokens[child].feats.get("VerbForm") == "Inf" and (ANY_WORD in lemmas or view.lemma(child) in lemmas)
                for child in view.kids(position, "csubj", "csubj:pass", "xcomp", "ccomp")
            )
        # dep: any word within two steps below, or the preposition of a dependent (seen through an infinitive
        # that is no event word: "разрешило возобновить доставку гуманитарной помощи")
        tops = view.children[position] + [
            child for content in self.transparent_infinitives(position) for child in view.children[content]
        ]
        if view.tokens[position].pos == "VERB" and not view.kids(position, "nsubj", "nsubj:pass"):
            # "войска начали покидать Ливан": the subject of the verb an infinitive depends on is the infinitive's
            tops += self.inherited_subject(position)
        below = self.words_below(tops, 2)
        if IGO_WORD in lemmas and any(self.names_igo(word) for word in below):
            return True  # "dep=@igo": "вышла из ОДКБ", "из Совета Европы"
        return not lemmas.isdisjoint(map(view.lemmas.__getitem__, below))  # (any word's lemma, read in C)

    def names_igo(self, position: int) -> bool:
        """Whether the word names an international organisation (an actor code of IGO) after "из": what a state
        leaves ("вышла из Евросоюза"); one named elsewhere ("представители ЕС вышли из зала") is no such thing."""
        covering = self.view.covering[position]
        return (
            covering is not None
            and covering[1].actor is not None
            and covering[1].actor.code.startswith("IGO")
            and self.view.preposition(position) == "из"
        )

    def phase_support(self, position: int, lemmas: frozenset[str]) -> bool:
        """Whether a noun is the object of a verb of starting, resuming, continuing or stepping up (word class phase)
        and its row's support verbs include such a verb or a doing verb (class conduct): "возобновила высылку",
        "возобновил помощь" ("оказал помощь"), "усилили обстрелы" act as "начала высылку", "вели обстрелы"."""
        view = self.view
        head = view.head(position)
        if head < 0:
            return False
        verbal = (
            view.rel(position) == "obj" or self.phase_onto(position)
            # "возобновились поставки оружия", "обстрелы усилились": the subject of the intransitive form, unless a
            # row of the noun names that verb itself (its own frame: "учения начались", not of rescuers)
            or (view.rel(position) == "nsubj" and view.lemma(head).endswith(("ся", "сь")) and not self.names_head(position, head))
        ) and view.tokens[head].pos == "VERB"
        # "объявил о возобновлении авиаударов": the noun of the phase with the act as its genitive
        nominal = (
            view.tokens[head].pos == "NOUN" and view.rel(position) == "nmod" and view.case(position) == "Gen"
            and not view.preposition(position)
        )
        if not verbal and not nominal:
            return False
        governor = {view.lemma(head), *self.lexicon.perfectives(view.lemma(head))}
        if governor.isdisjoint(self.lexicon.phase_support_words()[0]) or lemmas.isdisjoint(
            self.lexicon.phase_support_words()[1]
        ):
            return False
        # a bare noun ("Венесуэла продолжит свой марш навстречу социализму") is often a figure of speech: the act
        # needs a word of its own (its kind, side, object or target)
        return any(view.rel(child) not in ("det", "punct", "case", "cc") for child in view.children[position])

    def phase_onto(self, position: int) -> bool:
        """Whether a noun is the act a verb of starting names after "к" (word class phase_to): "приступили к штурму
        позиций", "перешли к обстрелам" begin it as "начали штурм" does, and the verb supports the noun."""
        view = self.view
        head = view.head(position)
        return (
            head >= 0
            and view.rel(position) in ("obl", "iobj")
            and view.preposition(position) == "к"
            and view.tokens[head].pos == "VERB"
            and view.lemma(head) in self.lexicon.word_classes["phase_to"]
        )

    def words_below(self, tops: list[int], steps: int) -> list[int]:
        """``tops`` and the words up to ``steps - 1`` further steps below them; a quantity takes no step, since it
        stands for what it counts ("судно с 50 тоннами оружия", "изгнали тысячи хазарейцев из их деревень")."""
        lemmas, children = self.view.lemmas, self.view.children
        quantities = self.lexicon.word_classes["quantity"]
        words: list[int] = []
        layer = [(top, steps - (lemmas[top] not in quantities)) for top in tops]
        while layer:
            words += [node for node, _ in layer]
            layer = [
                (child, left - (lemmas[child] not in quantities))
                for node, left in layer
                if left > 0
                for child in children[node]
            ]
        return words

    def transparent_infinitives(self, position: int) -> list[int]:
        """The infinitives ``position`` governs that no row of their own makes an event ("возобновить доставку"):
        their dependents fill the governing word's requirements. The parser may take the infinitive for an object
        ("разрешило телеканалам вести передачи на курдском языке")."""
        view = self.view
        return [
            content
            for content in view.kids(position, "xcomp", "obj")
            if self.infinitive(content) and self.select(content, False) is None
        ]

    def counted_by(self, position: int) -> bool:
        """Whether a noun is what a quantity counts: "ряд требований", "десятки тысяч военнослужащих"."""
        view = self.view
        head = view.head(position)
        return (
            head >= 0
            and view.lemma(head) in self.lexicon.word_classes["quantity"]
            and view.rel(position) == "nmod"
            and view.case(position) == "Gen"
            and not view.preposition(position)
        )

    def group_of_member(self, position: int) -> bool:
        """Whether a noun is the group a member noun belongs to: "членов группировки", "бойцов ополчения"."""
        view = self.view
        head = view.head(position)
        return (
            head >= 0
            and view.lemma(head) in self.lexicon.word_classes["member"]
            and view.rel(position) == "nmod"
            and view.case(position) == "Gen"
            and not view.preposition(position)
        )

    def may_select(self, rules: list[TriggerRule]) -> bool:
        """Whether any of a word's rows may hold, by the sentence's lemmas alone, before its tree is built: a
        requirement holds only if a word of the sentence has one of its lemmas (``requirement_holds``: a governing
        verb may have its aspect partner's; "*", "@place", "@person" of an object, a claim or a decision of a
        governing verb are met otherwise). A row one of whose requirements no word can meet never holds."""
        for rule in rules:  # (loops, not nested generators: asked of every trigger word of every sentence)
            for requirement in rule.requires:
                if not requirement.absent and not self.may_hold(requirement):
                    break
            else:
                return True
        return False

    def may_hold(self, requirement: Requirement) -> bool:
        lemmas = requirement.lemmas
        if self._lemma_set is None:
            self._lemma_set = frozenset(self._lemmas)
        if not lemmas.isdisjoint(self._lemma_set):
            return True
        if requirement.relation == "obj":
            return not lemmas.isdisjoint(OPEN_OBJECTS)
        if requirement.relation == "dep" and IGO_WORD in lemmas:
            return True  # (an organisation is read from the mentions: ``names_igo``)
        if requirement.relation == "inf":
            return ANY_WORD in lemmas
        if requirement.relation == "head":
            phases, supports = self.lexicon.phase_support_words()
            return (
                COMMITTED in lemmas
                or not lemmas.isdisjoint(self.lexicon.word_classes["announce"])
                or not self.lexicon.with_imperfectives(lemmas).isdisjoint(self._lemma_set)
                # a verb of a phase stands for the row's support verb (``phase_support``: "возобновил помощь")
                or (not lemmas.isdisjoint(supports) and not phases.isdisjoint(self._lemma_set))
            )
        return False

    def select(self, position: int, negated: bool) -> TriggerRule | None:
        best = None
        for rule in self.rules_for(position):
            if rule.negated and not negated:
                continue
            for r in rule.requires:
                if self.requirement_holds(position, r.relation, r.lemmas) == r.absent:
                    break
            else:
                rank = (rule.negated, len(rule.requires))
                if best is None or rank > best[0]:
                    best = (rank, rule)
        return best[1] if best else None

    # ------------------------------------------------------------ arguments


    # ------------------------------------------------------------ qualifiers


    # ------------------------------------------------------------ candidates

    def tell_here(self, candidate: Candidate) -> None:
        """Keep an act of this sentence for a reaction later in it: "В Иране был арестован британский студент, и
        Лондон осудил его арест" (a guessed agent as its event will code it)."""
        if candidate.negated or not candidate.sources or candidate.modality:
            return
        doers = candidate.sources
        if candidate.implied_source:
            codes = [participant_code(self.view, candidate, source, "source") for source in candidate.sources]
            doers = guessed_agents(candidate, codes)
        if doers:
            self.told_here.append(ToldAct(self.index, candidate.cameo, doers, candidate.targets, frozenset()))

    def candidates(self) -> list[Candidate]:
        if not self.has_triggers:
            return []
        chosen: dict[int, TriggerRule] = {}
        negation: dict[int, bool] = {}
        for position, rows in enumerate(self._rules_at):
            if not rows or self.in_label(position):
                continue
            if not self.may_select(rows):  # (most trigger words: then no tree is built for the sentence)
                self.reject(position, None, "no row's requirements hold")
                continue
            negated = self.is_negated(position)
            rule = self.select(position, negated)
            if rule is not None:
                chosen[position] = rule
                negation[position] = negated and not rule.negated
            else:
                self.reject(position, None, "no row's requirements hold")
        self.chosen = chosen
        self.supposed = set()
        if not chosen:
            return []
        if self.asks():
            # "— Ожидается ли визит Моди в Россию?", "правда ли, что Нью-Дели отказался от закупок?": an
            # interviewer's or a headline's question asks about an act, it does not report one
            for position, rule in chosen.items():
                self.reject(position, rule, "a direct question")
            return []
        built: dict[int, Candidate] = {}
        for position, rule in chosen.items():
            candidate = self.candidate(position, rule, negation[position])
            if candidate is not None:
                built[position] = candidate
                self.tell_here(candidate)
        self.join_support_verbs(built)
        self.drop_tolls(built)
        self.converb_targets(built)
        self.claimed_attacks(built)
        self.trip_purposes(built)
        for position, candidate in built.items():
            if not candidate.negated and self.denial_above(position):
                candidate.negated = True  # "опровергло сообщения о том, что ведёт переговоры"
        # a demand, threat or refusal that has an actor is the event; what it is about is not
        blockers = {
            position: candidate
            for position, candidate in built.items()
            if candidate.rule.root in self.lexicon.blocking_roots
        }
        # a demand, threat ... whose own event was rejected ("потребовал лишить депутата мандата" with no target of
        # its own) still governs what it is about: that is asked or threatened, not done
        unbuilt = {
            position: rule
            for position, rule in chosen.items()
            if position not in built and not negation[position] and (
                rule.root in UNDONE_CONTENT_ROOTS
                # "трибунал постановил, что Караджич виновен в обстрелах Сараево": what a court finds someone guilty
                # of is the trial's topic, not an event told, even when the finding codes nothing
                or rule.cameo in VERDICT_CODES
                # "что произойдёт, если оппозиция призовёт людей выйти на улицу": what a supposed appeal or
                # promise is about is supposed too
                or (position in self.supposed and rule.root in self.lexicon.blocking_roots)
            )
        }
        result, contents = [], []
        for position, candidate in built.items():
            if self.blocker_above(position, blockers) is not None:
                contents.append(candidate)
            elif self.blocked(position, unbuilt):
                self.reject(position, candidate.rule, "the content of a demand, threat or refusal that coded nothing")
            else:
                result.append(candidate)
        kept = []
        for candidate in result:
            if candidate.rule.root in CONDITIONAL_ROOTS:
                self.target_from_condition(candidate)
            if candidate.rule.root in self.lexicon.blocking_roots:
                self.accusation_from_verdict(candidate, contents, blockers)
                self.code_from_content(candidate, contents, blockers)
            if self.refused_act_target(candidate, contents, blockers):
                kept.append(candidate)
                continue
            if candidate.rule.root in self.lexicon.blocking_roots and not candidate.targets:
                self.target_from_content(candidate, contents, blockers)
                if not candidate.targets and candidate.rule.root == THREAT_ROOT:
                    self.threat_of_a_side(candidate)
                if not candidate.targets and candidate.rule.needs_target:
                    # no addressee: the content, if it is an event, stands on its own
                    for content in contents:
                        standalone = content.targets or not content.rule.needs_target
                        # what was agreed or refused is told; what was asked or threatened is not done
                        standalone = standalone and candidate.rule.root in ("03", "12")
                        standalone = standalone and not self.answered_act(content.trigger)
                        if standalone and self.blocker_above(content.trigger, blockers) is candidate:
                            kept.append(self.as_intended(content, candidate))
                    if self.paired(candidate):
                        kept.append(candidate)  # "Москва и Пекин договорились расширить ...": each with the other
                    elif self.addressee_of_conversation(candidate):
                        kept.append(candidate)
                    elif self.reform_vowed(candidate, contents, blockers):
                        kept.append(candidate)
                    elif self.partner_of_meeting(candidate, result, contents, blockers):
                        kept.append(candidate)
                    else:
                        self.reject(candidate.trigger, candidate.rule, "no target")
                    continue
            if candidate.rule.needs_target and not candidate.targets and not self.paired(candidate):
                self.reject(candidate.trigger, candidate.rule, "content of a blocker, with no target of its own")
                continue  # a content whose governor coded nothing: it needs its own target
            kept.append(candidate)
        kept = [
            candidate for candidate in kept
            if not self.told_with_its_target(candidate, kept) and not self.demand_of_protest(candidate, kept)
        ]
        return kept + self.claimed_offences(kept)

    def demand_of_protest(self, candidate: Candidate, kept: list[Candidate]) -> bool:
        """"прошли маршем по Тиране, требуя отставки правительства": the converb of demand under a protest tells
        what the protest is for (CAMEO's 141x codes fold it in), no second event of its sources."""
        view = self.view
        if candidate.rule.root != DEMAND_ROOT or view.tokens[candidate.trigger].feats.get("VerbForm") != "Conv":
            return False
        governor = view.head(candidate.trigger)
        return any(
            other.rule.root in PROTEST_ROOTS
            and governor in (other.trigger, view.head(other.trigger), *other.companions)
            and agents(candidate) <= agents(other)
            for other in kept
        )

    @staticmethod
    def told_with_its_target(candidate: Candidate, kept: list[Candidate]) -> bool:
        """"устроили беспорядки, забрасывая камнями израильских солдат": a protest aimed at home for want of a
        target is the same protest as the act of its sources the sentence tells with a named target."""
        if not candidate.home_target:
            return False
        return any(
            other is not candidate
            and not other.home_target
            and other.targets
            and other.rule.root == candidate.rule.root
            and agents(other) == agents(candidate)
            for other in kept
        )

    def own_carrier(self, target_words: list[int], targets: list[Entity], sources: list[Entity]) -> bool:
        """Whether a giving act's target is a body of the giver's own country named after the object it owns
        ("самолёт МЧС", "колонна Минобороны России"): the owner of the carrier, not the receiver."""
        view = self.view
        own = countries_of(sources)
        return bool(own) and countries_of(targets) <= own and bool(countries_of(targets)) and all(
            view.rel(word) == "nmod" and view.rel(view.head(word)) == "obj" for word in target_words
        )

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
            # "выделила средства на помощь": the aid is what was allocated; "вступили в столкновения": the noun the
            # verb's row asks for
            nouns = view.kids(verb, *SUPPORTED) + [
                child for child in view.kids(verb, "obl")
                if view.preposition(child) == "на" or built[verb].rule.requires_lemma(view.lemma(child))
            ] + [
                # "со стороны Египта прозвучали обвинения": a noun the verb's row asks for as its subject is the same
                # act told once (the verb holds the accuser's phrase, the noun alone would guess one)
                child for child in view.kids(verb, "nsubj") if built[verb].rule.requires_lemma(view.lemma(child))
            ]
            for noun in nouns:
                other = built.get(noun)
                if other is not None and other.rule.root != built[verb].rule.root and self.names_support_verb(other, verb):
                    other.companions.append(verb)
                    del built[verb]  # "МВФ одобрил выделение кредита": the noun's row says the approval is the aid
                    break
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

    def drop_tolls(self, built: dict[int, Candidate]) -> None:
        """"обстреляли Сараево, ранив 12 мирных жителей": a violent converb under a violent act tells its toll, one
        event with it (its victims are the attack's, whatever country the coder would guess for them)."""
        view = self.view
        acts = {word: candidate for candidate in built.values() for word in (candidate.trigger, *candidate.companions)}
        for position, candidate in list(built.items()):
            if view.tokens[position].feats.get("VerbForm") != "Conv" or not candidate.cameo.startswith(VIOLENT_CODES):
                continue
            act = acts.get(view.head(position))
            if act is not None and act is not candidate and act.cameo.startswith(VIOLENT_CODES):
                if act.scene_target and candidate.targets and candidate.target_tokens:
                    # "взорвали бомбу в Кабуле, ранив пятерых британских военнослужащих": the victims it names are
                    # the bombing's target, not the country of its place
                    act.targets, act.target_tokens = list(candidate.targets), list(candidate.target_tokens)
                    act.scene_target = False
                self.reject(position, candidate.rule, "the toll of the attack it depends on")
                del built[position]

    def converb_targets(self, built: dict[int, Candidate]) -> None:
        """"ужесточили санкции против Кубы, запретив денежные переводы": a converb that names no target of its own
        elaborates the act it depends on and is aimed at that act's target, not at its agents' own country."""
        view = self.view
        acts = {word: candidate for candidate in built.values() for word in (candidate.trigger, *candidate.companions)}
        for position, candidate in built.items():
            if view.tokens[position].feats.get("VerbForm") != "Conv" or not candidate.home_target:
                continue
            act = acts.get(view.head(position))
            if act is None or act is candidate or act.home_target or not act.targets or act.negated:
                continue
            if agents(act) != agents(candidate):
                continue  # another agent's act: "X ввёл санкции, а Y, запретив ...": not an elaboration
            candidate.targets, candidate.target_tokens = list(act.targets), list(act.target_tokens)
            candidate.home_target = False

    def claimed_attacks(self, built: dict[int, Candidate]) -> None:
        """"Смертник взорвал себя на остановке; ответственность взяло на себя движение «Хамас»": the side that
        claims responsibility in the sentence is the agent of its attacks that name none of their own (no agent, or
        only a bare noun such as "смертник", "боевики" that the text's country was guessed for)."""
        claimants = [
            candidate
            for candidate in built.values()
            if candidate.cameo == CLAIM_CODE and candidate.sources and not candidate.negated and not candidate.modality
        ]
        if len(claimants) != 1:
            return  # two claims (or none): whose attack is which is not told
        claim = claimants[0]
        for candidate in built.values():
            if candidate.rule.root not in UNKNOWN_AGENT_ROOTS or candidate.negated or candidate.modality:
                continue
            if self.unnamed_agents(candidate) and not any(source is claimant for source in candidate.sources
                                                          for claimant in claim.sources):
                candidate.sources, candidate.source_tokens = list(claim.sources), list(claim.source_tokens)
                candidate.implied_source = False

    def trip_purposes(self, built: dict[int, Candidate]) -> None:
        """"корабли прибыли в Циндао, чтобы принять участие в совместных учениях", "вылетел в Непал для доставки
        помощи": a trip made to do a cooperative act (cooperation, aid, a signing) is told for that act: the act is
        the event, of the travellers towards their host unless it names another side of its own, and the trip is
        its means, no visit of its own (a purpose clause alone is no event: ``modality``)."""
        for position, trip in list(built.items()):
            if not trip.cameo.startswith(TRAVEL_CODES) or trip.negated or trip.modality or not trip.targets:
                continue
            for word in self.purpose_words(position):
                rule = self.chosen.get(word)
                if rule is None or rule.root not in TRIP_PURPOSE_ROOTS or rule.negated or word == position:
                    continue
                act = built.get(word)
                if act is None:
                    sides = {id(source) for source in trip.sources}
                    targets, words = self.arguments(word, rule.target, False, [word]) if rule.target else ([], [])
                    own = [target for target in targets if id(target) not in sides]  # not "российско-китайских": the host
                    built[word] = replace(
                        trip,
                        trigger=word,
                        rule=rule,
                        cameo=rule.cameo,
                        companions=[],
                        targets=own or list(trip.targets),
                        target_tokens=list(words) if own else list(trip.target_tokens),
                        home_target=False,
                        scene_target=False,
                    )
                elif not agents(act) & agents(trip):
                    continue  # another side's act: "прибыл, чтобы Россия подписала ..." tells the trip too
                self.reject(position, trip.rule, "a trip told for the act it was made for")
                del built[position]
                break

    def purpose_words(self, position: int) -> list[int]:
        """The words of what a verb's act is done for: its "чтобы" clause or bare infinitive of purpose ("прибыл
        подписать"), its "для" or "с целью" phrase ("для участия в учениях") and an act it goes to ("прибыли на
        учения"), with the words below them."""
        view = self.view
        tops = [
            clause for clause in view.kids(position, "advcl", "xcomp")
            if self.marked_as(clause, "purpose") or self.infinitive(clause) and not view.kids(clause, "mark")
        ]
        tops += [
            child for child in view.kids(position, "obl", "nmod")
            if view.preposition(child) == "для"
            or view.preposition(child) == "с" and view.lemma(child) == "цель"
            or view.preposition(child) == "на" and view.case(child) == "Acc"
        ]
        return self.words_below(tops, 3)

    def unnamed_agents(self, candidate: Candidate) -> bool:
        """Whether an act names no agent of its own: none, the state its place implies, or a bare noun the role
        tagger gave the text's country ("смертник", "боевики"; not "палестинский смертник", "боевики ХАМАС")."""
        if all(source.id.startswith(IMPLIED_ENTITY) for source in candidate.sources):
            return True
        coverings = [self.view.covering[word] for word in candidate.source_tokens]
        return bool(coverings) and all(
            covering is not None
            and all(mention.kind == "role" and " " not in mention.text for mention in covering[1].mentions)
            for covering in coverings
        )

    def names_support_verb(self, noun: Candidate, verb: int) -> bool:
        """Whether the noun's row, of another root than the verb's, requires the verb as its support verb (an
        infinitive's row naming the verb above it, "потребовала выдать", is a content, not a support verb)."""
        lemma = self.view.lemma(verb)
        return self.view.tokens[noun.trigger].pos == "NOUN" and any(
            requirement.relation == "head" and lemma in requirement.lemmas for requirement in noun.rule.requires
        )

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

    def third_party_offer(self, position: int, rule: TriggerRule, sides: list[Entity]) -> tuple[list[Entity], list[int]]:
        """Who intends talks (04) of two other sides: the holder of the intent word above the talks noun, an actor
        that is none of the sides ("Турция выразила готовность стать площадкой для переговоров между Россией и
        Украиной"); nothing when the talks are the holder's own country's or no intent word governs them."""
        if rule.root != CONSULT_ROOT or len(sides) < 2 or self.modality(position) != "intent":
            return [], []
        if self.blocked(position, self.chosen):
            return [], []  # the content of a promise or offer verb takes its holder there ("предложили провести")
        holders, words = self.arguments(position, [Slot("head")], False, [position])
        countries = {country_part(actor_code(side)) for side in sides}
        if not holders or any(country_part(actor_code(holder)) in countries for holder in holders):
            return [], []  # "заявил о готовности к переговорам между Москвой и Киевом": his own country's talks
        return holders, words

    def partner_of_meeting(
        self, candidate: Candidate, others: list[Candidate], contents: list[Candidate], blockers: dict[int, Candidate]
    ) -> bool:
        """A promise or offer (03) with no addressee made by one side of talks or a meeting the same sentence tells
        is made to the other side ("в ходе переговоров с президентом Казахстана глава Китая пообещал увеличить
        инвестиции"), when what it promises codes nothing of its own. Not the host of a visit: a visitor's pledge
        may be to a third party (variant groups: even +1 fp)."""
        if candidate.rule.root != PROMISE_ROOT or candidate.negated:
            return False
        if any(self.blocker_above(content.trigger, blockers) is candidate for content in contents):
            return False  # what is promised is an event of its own ("пообещал провести реформы": at home)
        partners: list[Entity] = []
        for meeting in others:
            if meeting is candidate or meeting.negated or meeting.modality:
                continue
            if not meeting.cameo.startswith(CONVERSATION_CODES):
                continue
            sides = [*meeting.sources, *meeting.targets]
            if any(source in sides for source in candidate.sources):
                partners += [side for side in sides if side not in candidate.sources and side not in partners]
        if partners:
            candidate.targets = partners
        return bool(partners)

    def reform_vowed(self, candidate: Candidate, contents: list[Candidate], blockers: dict[int, Candidate]) -> bool:
        """A promise or agreement to hold elections, a referendum, a reform, to step down or lift an emergency, made
        to no one named and coding no event of its own, is the intent on its own: "согласился провести референдум",
        "пообещали отменить режим чрезвычайного положения" (word class ``vowed_reform``). So is a demand of such a
        reform addressed to no one by a verb of demanding: "потребовал немедленного проведения выборов", "требуют
        отмены комендантского часа" (PLOVER REQUEST with no target; a vow of it under the demand is asked, not made;
        a demand's noun is a protest's slogan, "демонстрация с требованием выборов": the protest codes it)."""
        demanding = self.lexicon.word_classes["demanding"]
        demanded = candidate.rule.root == DEMAND_ROOT and self.view.lemma(candidate.trigger) in demanding
        if candidate.rule.root != PROMISE_ROOT and not demanded or candidate.negated:
            return False
        if demanded and any(
            self.view.preposition(kid) in ("от", "у") or self.view.rel(kid) == "iobj"
            for kid in self.view.kids(candidate.trigger)
        ):
            return False  # an addressee named but not linked ("потребовал от властей"): no demand of no one
        if any(self.blocker_above(content.trigger, blockers) is candidate for content in contents):
            return False
        return self.vows_reform(candidate.trigger, demanded)

    def threat_of_a_side(self, candidate: Candidate) -> None:
        """"Маоисты пригрозили сорвать выборы", "оппозиция пригрозила вывести сторонников на улицы": a threat with no
        addressee by rebels, insurgents or the opposition of one country, in a sentence that names no other country, is
        aimed at the state they stand against."""
        countries = countries_of(candidate.sources)
        if len(countries) != 1 or not all((actor_code(source) or "")[3:] in SIDE_ROLES for source in candidate.sources):
            return
        named = {country_part(actor_code(covering[1])) for covering in self.view.covering if covering is not None}
        if named - countries - {None}:
            return  # "захватили турецкий паром и угрожают взорвать его": another country is in sight
        candidate.targets = [context_actor(next(iter(countries)), "GOV")]

    def other_side(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """The one actor of the sources' own country and of the opposing camp of an armed conflict (the state
        against rebels or insurgents, or the reverse) that a clause of the sentence has as its subject."""
        view = self.view
        own = countries_of(sources)
        roles = {(actor_code(source) or "")[3:] for source in sources}
        rebels = ARMED_GROUP_ROLES  # (not the opposition: a pledge at election time is no offer to the rival)
        if len(own) != 1 or not roles:
            return [], []
        wanted = rebels if roles <= {"GOV", "MIL"} else {"GOV", "MIL"} if roles <= rebels else set()
        found: dict[str, tuple[Entity, int]] = {}
        for node in range(len(view.tokens)):
            if view.rel(node) != "nsubj":
                continue
            for entity in self.actors_at(node):
                code = actor_code(entity) or ""
                if entity not in sources and country_part(code) in own and code[3:] in wanted:
                    found.setdefault(code, (entity, node))
        if len(found) != 1:
            return [], []
        entity, node = next(iter(found.values()))
        return [entity], [node]

    @staticmethod
    def foreign_forces_struck(sources: list[Entity], targets: list[Entity]) -> bool:
        """Whether every target is the armed force of another country than the one implied source's."""
        own = countries_of(sources)
        return len(own) == 1 and bool(targets) and all(
            (actor_code(target) or "")[3:] in FORCE_ROLES and country_part(actor_code(target)) not in own
            for target in targets
        )

    def interceptor(self, position: int) -> tuple[list[Entity], list[int]]:
        """The subject that downed or intercepted (word class intercept) the weapon a participle at ``position``
        describes ("сбили беспилотник, запущенный хуситами": the air defence), or nothing."""
        view = self.view
        weapon = view.head(position)
        if view.rel(position) != "acl" or weapon < 0 or view.rel(weapon) != "obj":
            return [], []
        verb = view.head(weapon)
        if verb < 0 or view.lemma(verb) not in self.lexicon.word_classes["intercept"]:
            return [], []
        for subject in view.kids(verb, "nsubj"):
            actors = self.actors_at(subject)
            if actors:
                return actors, [subject]
        return [], []

    def faced_country(self, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """The one country other than the sources' that the sentence names (a state, its bodies or its people; not
        an international organisation), for a force posture told with no addressee."""
        view = self.view
        own = countries_of(sources)
        if len(own) != 1:
            return [], []
        found: dict[str, int] = {}
        for node, covering in enumerate(view.covering):
            if covering is None or self.stationed_at(node, -1):
                continue  # ("войска в районе Южной Осетии": where the forces stand, not whom they face)
            country = country_part(actor_code(covering[1]))
            if country and len(country) == 3 and country.isalpha() and country not in own:
                found.setdefault(country, node)
        if len(found) != 1:
            return [], []
        country, node = next(iter(found.items()))
        return [context_actor(country)], [node]

    def foes_abroad(self, sources: list[Entity], targets: list[Entity]) -> list[Entity]:
        """"Франция начала военную операцию против исламистских группировок на севере Мали. ... Министр обороны
        Франции сообщил, что французские самолеты нанесли удары по позициям боевиков": a group with no country of
        its own that the linker gave the sentence's only country, the attacking force's own, is of the country of
        the foes the same side fought in the act of force told before, when those are of another country."""
        own = countries_of(sources)
        if (
            not own
            or any(guessed_by_sentence(source) for source in sources)
            or not all(guessed_by_sentence(target) for target in targets)
            or countries_of(targets) != own
        ):
            return targets
        for act in [*reversed(self.told_here), *self.acts_before()]:
            if not act.cameo.startswith(VIOLENT_CODES) or countries_of(act.agents) != own:
                continue
            foes = countries_of(act.targets) - own
            if len(foes) == 1:
                country = next(iter(foes))
                return [context_actor(country, (actor_code(target) or "")[3:]) for target in targets]
            return targets
        return targets

    @staticmethod
    def foes_at_home(sources: list[Entity], targets: list[Entity]) -> list[Entity]:
        """"Пакистанские военные ликвидировали командира ...": a fighter with no country of its own that the linker
        gave the attacking force's own country and own role is no force striking itself; left with no foe abroad
        (``foes_abroad``), it is the country's insurgents."""
        codes = {actor_code(source) for source in sources}
        if (
            not codes
            or None in codes
            or any(guessed_by_sentence(source, roles=True) for source in sources)
            or not all(guessed_by_sentence(target, roles=True) and actor_code(target) in codes for target in targets)
        ):
            return targets
        return [context_actor((actor_code(target) or "")[:3], "INS") for target in targets]

    def proposed(self, position: int) -> bool:
        """Whether the nearest word of intent above ``position`` is a proposal ("предложила провести выборы"): what
        one proposes is asked of others, no vow of one's own."""
        view = self.view
        for node in view.ancestors(position, 4):
            if self.lexicon.modality.get(view.lemma(node)) == "intent":
                return view.lemma(node) in self.lexicon.word_classes["proposal"]
        return False

    def vows_reform(self, position: int, demanded: bool = False) -> bool:
        """Whether the words under ``position`` name a reform of the ``vowed_reform`` class and no other trigger
        (under a demand, the rows of a vow only, "провести референдум", are what is asked, no other act)."""
        view = self.view
        reforms, removal = self.lexicon.word_classes["vowed_reform"], self.lexicon.word_classes["removal"]
        under = view.subtree(position)
        if demanded:  # what is demanded, not the clause of when or why ("после того, как суд снял обвинения")
            under = [position] + [
                node
                for kid in view.kids(position)
                if view.rel(kid) not in ("advcl", "parataxis", "conj", "nsubj", "punct") and not self.circumstance(kid)
                for node in view.subtree(kid)
            ]
        # (under a demand, a vow-only row or the demand's own noun, "выступила с требованием выборов", is no other act)
        asked = [rule for rule in self.chosen.values() if rule.intent == rule.cameo or rule.root == DEMAND_ROOT]
        if any(
            node in self.chosen and not (demanded and self.chosen[node] in asked)
            for node in under
            if node != position
        ):
            return False
        # "проведение выборов было обещано правительством": a passive's subject is what was vowed
        subjects = ("nsubj", "parataxis") if view.is_passive(position) else ("nsubj", "nsubj:pass", "parataxis")
        taking_part = self.lexicon.word_classes["take_part"]
        for node in under:
            if view.lemmas[node] not in reforms or (demanded and view.lemmas[node] in removal):
                continue  # (a resignation demanded is of whom it names: "потребовал отставки министра" codes 1041)
            path, current = [], node
            while current != position and 0 <= current:
                path.append(current)
                current = view.head(current)
            # not "согласился на участие в выборах": elections one runs in or boycotts are no reform vowed
            if not any(
                self.circumstance(step) or view.rel(step) in subjects or view.lemmas[step] in taking_part
                for step in path
            ):
                return True  # not "согласилось зарегистрировать партию накануне выборов": the time, not the vow
        return False

    def compound_partner(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """The countries a compound adjective of the trigger names ("российско-китайских учениях") other than the
        sources' own, when the sources' country is one of them."""
        view = self.view
        own = {country_part(actor_code(source)) for source in sources}
        for word in view.kids(position, "amod"):
            named = view.compound.get(word, [])
            others = [entity for entity in named if country_part(actor_code(entity)) not in own]
            if others and len(others) < len(named):
                return others, [word]
        return [], []

    def asks(self) -> bool:
        """Whether the sentence is a direct question: it ends with a question mark (a closing quote or bracket
        may follow it)."""
        for token in reversed(self.sentence.tokens):
            if token.text in CLOSING_MARKS:
                continue
            return token.text == QUESTION_MARK
        return False

    def paired(self, candidate: Candidate) -> bool:
        return (
            pairs_coordinated_sources(candidate.rule.cameo, candidate.reciprocal)
            and len(candidate.sources) > 1
            and not candidate.act_on_object
        )

    def in_label(self, position: int) -> bool:
        if not self.labels:
            return False
        token = self.sentence.tokens[position]  # (not the view's: the tree is not needed)
        return any(start <= token.start and token.stop <= stop for start, stop in self.labels)

    def blocker_above(self, position: int, blockers: dict[int, Candidate]) -> Candidate | None:
        """The nearest demand, threat, refusal ... that governs ``position``, up to a verb of saying. An infinitive the
        parser hung on the support verb of a blocking noun is that noun's content ("выступил с угрозой в адрес Ливана
        нанести удар": the strike is threatened, not done)."""
        current = position
        for ancestor in self.content_path(position):
            if ancestor in blockers:
                return blockers[ancestor]
            if self.infinitive(current) and self.view.rel(current) == "xcomp":
                for blocker in blockers.values():
                    if self.view.tokens[blocker.trigger].pos == "NOUN" and (
                        ancestor in blocker.companions or (
                            self.view.head(blocker.trigger) == ancestor
                            and any(requirement.relation == "head" for requirement in blocker.rule.requires)
                        )
                    ):
                        return blocker
            current = ancestor
            if self.view.lemma(ancestor) in self.lexicon.speech_verbs and not self.infinitive(ancestor):
                return None  # (an infinitive "пригрозили объявить забастовку" is the threat's content, not a report)
        return self.demand_verb_before(position, blockers)

    def demand_verb_before(self, position: int, blockers: dict[int, Candidate]) -> Candidate | None:
        """"Госдепартамент, потребовавший от белорусских властей освободить юриста, назвал ...": the parser may hang
        the infinitive on the main verb past the participle of demand that governs it. An infinitive after a verb
        of demand, threat or refusal, the nearest verb before it with no punctuation between them, is that verb's
        content."""
        view = self.view
        if not self.infinitive(position):
            return None
        for index in range(position - 1, -1, -1):
            token = view.tokens[index]
            if token.pos == "PUNCT":
                return None
            if token.pos == "VERB":
                return blockers.get(index)
        return None


    def denial_above(self, position: int) -> bool:
        """Whether a word of denial governs ``position`` as its content, up to a verb of saying."""
        classes = self.lexicon.word_classes
        path = self.content_path(position)
        for index, ancestor in enumerate(path):
            if self.view.lemma(ancestor) in classes["denial"]:
                return True
            if index and self.view.lemma(ancestor) in classes["rejecting"] and self.view.lemma(path[index - 1]) in classes["claim"]:
                return True  # "отверг обвинения в том, что армия нанесла удар": the charge's act is denied
            if self.view.lemma(ancestor) in self.lexicon.speech_verbs:
                return False
        return False

    def standing_charge(self, position: int, rule: TriggerRule) -> bool:
        """"пограничник, обвиняемый в убийстве", "россиянин, подозреваемый в мошенничестве": a present passive
        participle of a charge of a listed crime on the accused tells the charge the state brought (1121), not a
        habit; the active one ("обвиняющий") still names a standing property."""
        token = self.view.tokens[position]
        return (
            rule.cameo in STANDING_CHARGE_CODES
            and token.feats.get("Voice") == "Pass"
            and self.view.rel(position) in ("acl", "amod")
        )

    def receipt_wished(self, position: int, rule: TriggerRule) -> bool:
        """Whether the trigger is an infinitive of receiving (the row's target is its subject: "получить от Японии
        кредит") under a verb of intent or hope of that subject ("хочет", "надеется", "рассчитывает получить")."""
        if not rule.target or rule.target[0].kind != "subj" or any(slot.kind == "subj" for slot in rule.source):
            return False
        view = self.view
        head = view.head(position)
        return (
            head >= 0
            and view.rel(position) == "xcomp"
            and self.lexicon.modality.get(view.lemma(head)) in ("intent", "hope")
        )

    def infinitive(self, position: int) -> bool:
        return self.view.tokens[position].feats.get("VerbForm") == "Inf"

    def candidate(self, position: int, rule: TriggerRule, negated: bool) -> Candidate | None:
        view = self.view
        home_target = False  # the target is the source's own country, for want of a named one
        scene_target = False  # the target is the country of the place, for want of a named one
        if self.states_affairs(position):
            return self.reject(position, rule, "a state of affairs")
        if self.due_in_past(position):
            return self.reject(position, rule, "what was due, told in the past")
        if self.observers_view(position):
            return self.reject(position, rule, "an observer's view or forecast")
        if view.tokens[position].pos == "ADJ" and view.rel(position) == "amod":
            # "не прикладывает должных усилий": an attribute, not the predicate "должны"
            return self.reject(position, rule, "an attribute")
        if self.names_by_habit(position) and not self.standing_charge(position, rule):
            return self.reject(position, rule, "a present participle")
        token = view.tokens[position]
        if participle_as_noun(token, view.lemma(position)):
            # "выдала подозреваемого в терроризме", "задержанные": a participle used as a noun names people
            return self.reject(position, rule, "a participle naming people")
        if self.recalled_cause(position):
            return self.reject(position, rule, "an earlier act recalled as the cause or time of another")
        if rule.root in PROTEST_ROOTS and self.describes_target(position):
            return self.reject(position, rule, "a participle describing whom another act is aimed at")
        if rule.root in PROTEST_ROOTS and self.protest_of_coded_act(position):
            return self.reject(position, rule, "the protest an act is done in, coded as that act")
        if self.describes_antecedent(position) and rule.root not in self.lexicon.blocking_roots:
            # (an accusation or demand stays: what it governs is not an event of its own either way)
            return self.reject(position, rule, "a present relative clause")
        if rule.root not in GIVING_ROOTS and any(
            view.lemma(child) in self.lexicon.metaphor_arguments
            and not rule.requires_lemma(view.lemma(child))
            and view.tokens[child].feats.get("Case") != "Loc"  # "теракт на рынке" is where, not what is hit
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
        # "Токио обеспокоен решением Пекина": a feeling's passive subject is who feels it, as "возмутился"
        passive = (
            view.tokens[position].pos == "VERB"
            and view.is_passive(position)
            and view.lemma(position) not in self.lexicon.word_classes["experienced"]
        )
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
        # "возбуждено дело по статье УК РФ": the passive subject is the object the row asks for, not its target
        subject_required = passive and any(
            view.lemma(subject) in requirement.lemmas
            # "программист был выдан США": the person handed over is what is acted on, the state the target
            or (PERSON_WORD in requirement.lemmas and view.names_person(subject))
            for requirement in rule.requires
            if requirement.relation == "obj" and not requirement.absent
            for subject in view.kids(position, "nsubj:pass")
        ) and all(slot.kind != "obj" for slot in rule.target)
        if subject_required:
            target_slots = [slot for slot in target_slots if slot.kind != "subj"]
            source_slots = [Slot("ins"), AGENT_SIDE, *ORDER_AGENTS]
        elif passive:
            target_slots = [Slot("subj")] + [
                slot for slot in target_slots if slot.kind not in ("obj", "subj")
            ]
            source_slots = [Slot("ins"), AGENT_SIDE, *ORDER_AGENTS]
        if indefinite:
            source_slots = list(ORDER_AGENTS)
        anchors = [position] + [
            child
            for child in view.kids(position, "obj", "nsubj:pass", "nmod")
            if view.tokens[child].pos == "NOUN"
            # "Эмбарго на поставки оружия в Индонезию было снято": a common noun the tagger read as a name
            or (view.tokens[child].pos == "PROPN" and view.covering[child] is None and view.rel(child) != "nmod")
        ]
        if is_verb and view.adjacent_accusative(position) >= 0:
            anchors.append(view.adjacent_accusative(position))  # its object the parser hung on a later verb
        # "угроза, прозвучавшая из уст министра": the participle of sounding and its prepositional phrases (the parser
        # hangs the noun of "из уст X" on "уст") hold the noun's arguments
        sounding = [] if is_verb else self.sounding_participles(position)
        sounding += [phrase for participle in sounding for phrase in view.kids(participle, "obl")]
        anchors += sounding
        required = {lemma for requirement in rule.requires if not requirement.absent for lemma in requirement.lemmas}
        anchors += [
            child
            for child in view.kids(position, "iobj", "obl")
            if view.lemma(child) in required
            and (view.rel(child) == "iobj" or (view.case(child) == "Ins" and view.preposition(child) in ("", "с")))
        ]
        # "отозвала для консультаций своего посла в Минске": the required object the parser hung on a prepositional
        # phrase between it and its verb
        anchors += [
            grand
            for child in view.kids(position, "obl")
            if view.preposition(child) and child > position
            for grand in view.kids(child, "nmod")
            if view.lemma(grand) in required and not view.preposition(grand) and grand > child and grand not in anchors
        ]
        if is_verb and not passive:
            # "со стороны Египта прозвучала критика в адрес Израиля": the act noun the row requires, told as the
            # subject of a verb of its sounding, holds the act's phrases
            anchors += [
                child for child in view.kids(position, "nsubj")
                if view.lemma(child) in required and view.tokens[child].pos == "NOUN"
            ]
        # "уступил требованиям НАТО", "обратился с поздравлением к X": the party named on the dative or instrumental
        # noun the row requires (not on "выделил средства на помощь беженцам": whom the aid is for)
        if target_slots and all(slot.kind in ("gen", "adj") for slot in target_slots):
            # "согласилось на предложение ООН": a row whose target owns the required noun takes it after "на" too
            anchors += [
                child for child in view.kids(position, "obl")
                if view.lemma(child) in required and view.preposition(child) == "на"
            ]
        head = view.head(position)
        supported = view.rel(position) in SUPPORTED or self.phase_onto(position)
        if not is_verb and head >= 0 and self.counted_by(position):
            # "выдвинула ряд требований": the quantity's verb supports the noun it counts
            supported, head = view.rel(head) in SUPPORTED, view.head(head)
        if (
            not is_verb
            and head >= 0
            and (supported or (view.lemma(head) in required and view.preposition(position) == "с"))
            and view.tokens[head].pos == "VERB"
        ):
            # "начал расследование в отношении чиновников": the parser hangs it on the verb; so on the support verb
            # the row names, of a noun of manner: "находится в Мадриде с визитом"
            anchors.append(head)
        elif not is_verb and head >= 0 and self.lexicon.modality.get(view.lemma(head)) == "happen":
            anchors.append(head)  # "в квартире блогера проходят обыски": the place hangs on the verb of happening
        targets, target_words = self.arguments(position, target_slots, passive, anchors, places=True)
        # one word is not both sides of a nominal act: "захват заложников", "признание независимости Абхазии" name
        # what is seized or recognised, and the agent is named elsewhere or not at all
        taken = frozenset(target_words) if not is_verb else frozenset()
        sources, source_words = self.arguments(position, source_slots, False, [position, *sounding], taken=taken)
        if not is_verb and sources and self.answered_act(position) and not set(source_words) & set(view.subtree(position)):
            # "Москва отреагировала на высылку своих дипломатов": the act answered is another side's, told before;
            # the answering side did not do it
            return self.reject(position, rule, "an answered act, another side's")
        if rule.root in GIVING_ROOTS and targets and self.own_carrier(target_words, targets, sources):
            # "направила в Киргизию самолёт МЧС с гуманитарной помощью": the own body a carrier belongs to is no
            # receiver (an indeclinable name after the object reads as a dative); the next slot names whom it is for
            targets, target_words = self.arguments(
                position, target_slots, passive, anchors, places=True, taken=frozenset(target_words)
            )
        if rule.root not in JOINT_ACT_ROOTS and any(word in view.compound for word in source_words + target_words):
            # "советско-американский договор", "ирано-иракская война": a compound names a standing treaty or war,
            # not an act reported; talks and exercises are held by both ("российско-китайские учения начались")
            sources, source_words = [], []
        noun_slots = [slot for slot in rule.source if slot.kind in ("prep", "gen", "adj")]
        if not sources and is_verb and noun_slots:
            # "получил помощь от Японии", "подверглись обстрелу турецкой артиллерии": the giver's or the attacker's
            # phrase on the noun the row asks for (the parser hangs it there), for a row whose source is no subject
            required_objects = [
                child for child in view.kids(position, "obj", "iobj") if view.lemma(child) in required
            ]
            if required_objects:
                sources, source_words = self.arguments(
                    position, noun_slots, False, required_objects, taken=frozenset(target_words)
                )
        # a noun whose genitive names only what it acts on: its agent is not named, and it is not the state where
        # it happens ("убийство депутата было совершено в Киеве"; but the one side named of "столкновения между
        # суданской армией и ..." is of the place)
        object_only = bool(taken) and not sources and bool(
            set(self.arguments(position, source_slots, False, [position])[1]) & set(self.genitive_objects(position))
        )
        if not sources and rule.root in FIRE_ROOTS:
            # "из сектора Газа по Израилю выпущена ракета", "с территории Ливана обстреляли": where the fire comes from
            sources, source_words = self.arguments(position, ORIGIN_SLOTS, False, [position], places=True)
        if not is_verb and not sources and self.claimed(position):
            # "группировка взяла на себя ответственность за нападение": the claimant did it
            sources, source_words = self.arguments(view.head(position), [Slot("head")], False, [view.head(position)])
        if passive and not subject_required and not targets:
            targets, target_words = self.arguments(position, [Slot("subj")], True, anchors)
        if passive and subject_required and not sources and rule.cameo.startswith(ALERT_CODES):
            # "вооружённые силы Тайваня были приведены в боевую готовность": forces put on alert with no agent named
            # are their own state's posture, whose they are acts (not forces sent, "войска направлены в Сомали":
            # whose mission sends them is often another's)
            sources, source_words = self.arguments(position, [Slot("subj")], True, [position], taken=frozenset(target_words))
        if (
            (passive or indefinite)
            and not sources
            and all(slot.kind != "obj" for slot in rule.target)
            and any(requirement.relation == "obj" and not requirement.absent for requirement in rule.requires)
        ):
            # "тайские войска были переброшены к границе", "направлены 100 тысяч тонн американской пшеницы": the
            # thing a row asks for as its object (not a person: "американские пленные освобождены") sent, stopped or
            # imposed with no agent named is its owner's act
            # ("посол Германии отозван из Турции": a state's envoy recalled is his own state's act)
            envoys = self.lexicon.word_classes["envoy"]
            thing = [
                word
                # (told with an indefinite plural, its object: "российских дипломатов отозвали из Грузии")
                for subject in view.kids(position, "nsubj:pass" if passive else "obj")
                if view.tokens[subject].feats.get("Animacy") != "Anim" or view.lemma(subject) in envoys
                for word in [subject, *view.kids(subject, "nmod")]
            ]
            owners, owner_words = self.goods_owners(position, thing, required, envoys=True)
            if owners and set(target_words) <= set(thing):
                # the thing sent is not whom it is sent to: "направлены в районы Бангладеш"
                targets, target_words = self.arguments(
                    position, [slot for slot in target_slots if slot.kind != "subj"], passive, anchors, places=True
                )
            if not set(owner_words) & set(target_words):
                sources, source_words = owners, owner_words
        if not is_verb and not sources and any(slot.kind == "adj" for slot in source_slots):
            # "поставки южнокорейского риса в КНДР начались": the owner of the goods (not of people: "освобождение
            # палестинских заключённых") a nominal act of a row asks for is its agent
            # (also past a quantity: "поставки 50 тысяч тонн южнокорейского риса")
            phrase = [
                word
                for child in view.kids(position, "nmod") if not view.preposition(child)
                for word in [child, *view.kids(child, "nmod")]
            ]
            owners, owner_words = self.goods_owners(position, phrase, required)
            if owners and not set(owner_words) & set(target_words):
                sources, source_words = owners, owner_words
        implied = False
        mutual = False  # "столкновения между X и Y": the sources are the targets
        offered_mediation = False
        if not is_verb:
            between, between_words = self.between(position, agentless=not sources)
            mutual = len(between) > 1
            if mutual and sources and self.go_between(rule, sources, between):
                # "выступила с предложением о посредничестве между Израилем и палестинцами": a row whose target is
                # its "между" phrase tells a third party's act towards both sides, not the sides' act on each other
                mutual, targets, target_words = False, between, between_words
            if mutual:
                # "столкновения между X и Y", "между X и Y начались переговоры": each with the other
                sources, source_words, targets, target_words = between, between_words, between, between_words
            sides = between if mutual else sources if not targets and len(sources) > 1 else []
            holders, holder_words = self.third_party_offer(position, rule, sides)
            if holders:
                # "Турция готова стать площадкой для переговоров между Россией и Украиной", "Египет готов выступить
                # посредником в переговорах Израиля и ХАМАС": talks of two sides intended by a third party are its
                # offer to mediate or host them, made to both, not the sides' own intent
                mutual, offered_mediation = False, True
                sources, source_words, targets, target_words = holders, holder_words, sides, between_words or source_words
            # the sides of a clash: "между X и Y", or one genitive when nothing else is the target
            sides = between if mutual else sources if not targets and len(sources) > 1 else []
            protesters = [actor for actor in sides if (actor_code(actor) or "")[3:] not in FORCE_ROLES]
            if rule.root in PROTEST_ROOTS and 0 < len(protesters) < len(sides):
                # "столкновения между протестующими и полицией", "столкновения полиции и демонстрантов":
                # the protesters riot against the police
                if not mutual and len(source_words) == len(sources):  # each side keeps its own words
                    target_words = [word for word, actor in zip(source_words, sources) if actor not in protesters]
                    source_words = [word for word, actor in zip(source_words, sources) if actor in protesters]
                sources = protesters
                targets = [actor for actor in sides if actor not in protesters]
        # its agent is unknown, not the place's state; but a killing told as the background of the sentence's
        # own event ("ввёл блокаду после того, как были застрелены ...") is no event of the report
        killing = passive and rule.cameo in KILLING_CODES and not self.in_circumstance(position)
        if killing and not sources and targets:
            # "При нападении был убит гражданин Германии": killed in the attack told before, by its attacker
            sources = self.attacker_of_told_attack(position)
        from_context = False  # the implied agent is the text's country, not the state of a place named
        stranger_struck = False  # foreign forces struck by no one named (unknown, not the host state)
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
        # "погибли в результате обстрела вблизи Славянска", "подвергся обстрелу в районе Донецка": a noun row whose
        # victim is the subject of its governing verb names its attacker or has none; the place is where it
        # struck, not who struck (an unknown attacker is "---", by its own word: "неизвестные")
        victim_told = not is_verb and rule.root in UNKNOWN_AGENT_ROOTS and any(slot.kind == "head" for slot in rule.target) \
            and not any(slot.kind == "none" for slot in rule.source)
        if not sources and is_verb:
            # "отпущены своими похитителями из группировки X": the captors' group releases them
            groups = [(word, group) for word, group in self.captors(position, rule) if group]
            if groups:
                sources, source_words = groups[0][1], [groups[0][0]]
        if (passive or indefinite or not is_verb) and not sources and (
            (rule.root in IMPLIED_AGENT_ROOTS and (
                # (a speaker told by his seat is still the place's state: "Сирия нарушила перемирие, утверждают в
                # Турции"; only a noun of criticism or accusation is no state's act by its place)
                rule.root != "11" or is_verb or rule.cameo.startswith(IMPLIED_DISAPPROVAL_CODES)
            ))
            or state_act
        ) and not killing and not object_only and not victim_told and not self.released_by_captors(position, rule):
            # "в КНДР казнен чиновник": the unnamed agent is the state where it happened; "выслан из Мали": the
            # state one is sent out of
            if state_act and state_only is not None and state_only.from_place:
                sources, source_words = self.origin_actor(position)
            if not sources:
                sources, source_words = self.place_actor(position)
            if not sources and agentless_support:
                sources, source_words = self.place_actor(support)  # "погибли в результате стрельбы в Техасе"
            if not sources and (state_act or agentless_support) and self.context_country \
                    and self.story_country and self.story_country != self.context_country \
                    and self.named_only_in_other_clause(self.context_country, position):
                # "В связи с терактами, которые планировались в Великобритании, ему предъявлено обвинение" in a
                # story of the USA: the clause's country is where the other act was; the story's state acts
                sources, from_context = [context_actor(self.story_country)], True
            if not sources and (state_act or agentless_support) and self.context_country \
                    and not self.named_only_in_other_clause(self.context_country, position):
                # "Стоянов арестован в рамках дела о госизмене": only a state arrests; the text's country, unless
                # that is only the arrested person's own ("задержан российский программист": where is unknown) and
                # no body of that state speaks in the sentence ("как сообщил минюст США, американец арестован")
                if (
                    (state_only is not None and state_only.own_national)
                    or not self.names_nationality(target_words, self.context_country)
                    or self.state_body_named(self.context_country)
                ):
                    sources, from_context = [context_actor(self.context_country)], True
                elif self.story_country and self.story_country != self.context_country and view.index > 0:
                    # "Ему и россиянину X предъявлены обвинения" in a story of the USA: the sentence names only the
                    # accused's nationality, and that is not the acting state; the story's country is
                    # (not in the headline: "Двое россиян арестованы" heads a story of the USA whose body tells
                    # the arrest happened in Spain; the headline names no place, and no agent beats a wrong one)
                    sources, from_context = [context_actor(self.story_country)], True
            if not sources and state_act:
                # "Трем американцам предъявлены обвинения" after "Ему предъявлены обвинения" in a story of the USA:
                # the one state the text said made the same act before (only of the sentence's own country)
                sources = self.earlier_agent(self.act_key(position, rule.cameo))
                from_context = bool(sources)
            charge = view.lemma(position) in self.lexicon.word_classes["charge"]
            judicial = role_for("charge" if charge else "implied", rule.cameo) == "JUD"
            if sources and self.story_court is not None and judicial:
                # "Караджич приговорён" in a story of the Hague tribunal: it judged; so does "в Гааге начался
                # процесс над Младичем", where the place's state would otherwise be the agent
                sources = [self.story_court]
            if state_only is not None and state_only.from_place and targets and {
                country_part(actor_code(source)) for source in sources
            } == {country_part(actor_code(target)) for target in targets}:
                # "двух иранских дипломатов выслали из страны" in a story of Iran: no state expels its own
                sources, source_words = [], []
            if sources and not from_context and rule.root in UNKNOWN_AGENT_ROOTS and self.foreign_forces_struck(
                sources, targets
            ):
                # "По базе американских военных в Ираке был нанесен ракетный удар": foreign forces struck on a
                # state's soil by no one named; the attacker is unknown, not the host state
                sources, source_words, stranger_struck = [], [], True
            implied = bool(sources)
        if (passive or indefinite) and not sources and rule.cameo in OFFICE_CODES and targets and (
            self.removal(position)  # but "ему запрещено занимать должности" is a ban
        ):
            # "Перминов освобождён от должности": an official is removed by his own government
            countries = {country_part(actor_code(target)) for target in targets}
            if len(countries) == 1 and all((actor_code(target) or "")[3:] in OFFICIAL_ROLES for target in targets):
                sources, implied = [context_actor(countries.pop() or "---", "GOV")], True
        if passive and is_verb and not sources and rule.root == YIELD_ROOT:
            # "глава МВД заявил, что обвинения против журналиста сняты", "МИД Турции сообщил, что санкции отменены": a
            # concession told in the passive with no agent, in the words of a state body, is that body's own; not
            # one its own state receives ("МИД России сообщил, что санкции против России отменены": another's)
            sources, source_words = self.announcing_body(position)
            if any(
                country_part(actor_code(target)) in countries_of(sources) and (actor_code(target) or "")[3:] in ("", "GOV")
                for target in targets
            ):
                sources, source_words = [], []
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
        if not targets and implied and passive and rule.cameo in CROWD_ARREST_CODES and len(sources) == 1:
            # "В Минске задержаны более 600 человек": the state that arrests acts on a crowd of its own people
            targets, target_words = self.crowd(
                position, target_slots, anchors, passive=True, home=country_part(actor_code(sources[0]))
            )
        if (
            (rule.root in PRIVATE_TARGET_ROOTS or view.lemma(position) in self.lexicon.word_classes["honour"])
            # a nominal event's source may be the reporter ("об убийстве X сообщили СМИ"), unless its row asks
            # for a support verb ("перенёс казнь X") or is the content of a decision taken ("суд принял решение об
            # освобождении X")
            and (is_verb or rule.requires_relation("head") or self.content_of_decision(position))
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
                # state forces killing an attacker fight him (190), they do not murder him ("был застрелен полицейскими")
                rule = replace(rule, cameo=CONVENTIONAL_FORCE_CODE)
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
        opposed = frozenset(country_part(actor_code(target)) or "" for target in targets) - {""}
        if rule.root in PROTEST_ROOTS and sources and opposed and not passive and all(
            guessed_by_sentence(source) for source in sources
        ) and {country_part(actor_code(source)) for source in sources} <= opposed and self.foreign_presence_of(
            target_words
        ):
            # "тысячи студентов протестовали против визита президента США": a crowd the linker gave the sentence's
            # only country is not of the foreign visitor it protests against; it is of the place or the story
            sources, source_words = self.crowd(position, source_slots, anchors, opposed=opposed)
        if rule.root in PROTEST_ROOTS and not sources and not passive:
            # "тысячи людей вышли на акцию протеста в Москве": an unnamed crowd is the civilians of the place
            sources, source_words = self.crowd(position, source_slots, anchors)
        if rule.cameo == COMPLAINT_CODE and sources and self.crowd_complaint(position, source_words):
            # "тысячи крестьян выступили с протестом против ...": a crowd's protest is a demonstration, not a
            # state's formal complaint
            rule = replace(rule, cameo=CROWD_PROTEST_CODE)
        # the agents of a passive act on its subject when that is the row's object: "одобрен Госдумой и Советом
        # Федерации" is no support between them ("договор подписан Медведевым и Обамой" is their agreement); so do
        # subjects whose object names no actor: "кандидатуру одобрили министры ЕС и комитет Европарламента"
        act_on_object = any(slot.kind == "obj" for slot in rule.target) and (
            passive or (is_verb and self.object_names_no_actor(position))
        )
        if rule.root in JOINT_ACT_ROOTS and sources and not targets and not passive:
            # "корабли прибыли на совместные российско-китайские учения": the other side the compound names
            targets, target_words = self.compound_partner(position, sources)
        if rule.root == RELATIONS_ROOT and targets and sources and places_of_own(targets, sources):
            # "Чавес распорядился закрыть посольство Венесуэлы в Боготе": a state's own mission closed or recalled
            # is aimed at the country it is in, not at its own
            hosts, host_words = self.arguments(
                position, [slot for slot in target_slots if slot.kind not in ("gen", "adj")], passive, anchors,
                places=True,
            )
            if hosts and not places_of_own(hosts, sources):
                targets, target_words = hosts, host_words
        reciprocal = self.reciprocal_object(position)
        paired = pairs_coordinated_sources(rule.cameo, reciprocal) and len(sources) > 1 and not act_on_object
        if (rule.cameo.startswith(DISAPPROVAL_CODES + APPROVAL_CODES) or rule.root in PROTEST_ROOTS) and targets:
            found = target_words
            targets, target_words = self.agent_of_condemned_act(targets, target_words, sources, position)
            if rule.root in PROTEST_ROOTS and target_words is found and sources and any(
                self.act_nouns_above(word, position) for word in target_words
            ):
                # "акция протеста у посольства Германии против признания независимости Косово": an act whose agent
                # the text does not name, protested at a state's mission, is that state's (not its object's)
                mission, mission_words = self.protested_mission(position, sources)
                if mission:
                    targets, target_words = mission, mission_words
        if (rule.cameo.startswith(DISAPPROVAL_CODES) or rule.root in OPPOSING_ROOTS) and targets:
            targets, target_words = self.interferer(targets, target_words, sources)
            if not targets:
                return self.reject(position, rule, "an interference opposed with no interferer named")
        if rule.root in PROTEST_ROOTS and not targets and sources:
            targets, target_words = self.demanded_party(position, sources)
            if not targets:
                targets, target_words = self.protested_mission(position, sources)
            if not targets:
                targets, target_words = self.protested_party(position, sources)
            if not targets:
                targets, target_words = self.host_authorities(position, sources)
        if rule.root in CAUSE_TARGET_ROOTS and not targets and sources:
            targets, target_words = self.cause_agent(position, sources)
        if rule.root == REFUSAL_ROOT and not targets and sources:
            targets, target_words = self.refused_asker(position, sources)
        if rule.root in PROTEST_ROOTS and not targets and sources:
            targets = self.other_named_country(position, sources)
        if (
            rule.cameo.startswith(DEESCALATION_CODES)
            and not targets
            and len(countries_of(sources)) > 1
        ):
            # "Эфиопия и Эритрея начали отвод своих войск из спорной зоны": two sides withdraw from each other
            targets, target_words = sources, source_words
        if rule.cameo.startswith(CEASEFIRE_CODES) and not targets and sources and all(
            (actor_code(source) or "")[3:] in ARMED_GROUP_ROLES and country_part(actor_code(source)) for source in sources
        ):
            # "повстанцы ФАРК объявили о прекращении огня": rebels stop fighting the government of their country
            targets = [context_actor(country_part(actor_code(sources[0])), "GOV")]
        if rule.cameo.startswith(DEESCALATION_CODES) and sources and len(targets) > 1:
            # "подразделения американских войск были выведены из Ирака": the forces withdrawn are the side that
            # withdraws, not a second target beside the country they leave
            own = countries_of(sources)
            foreign = [target for target in targets if country_part(actor_code(target)) not in own]
            if foreign:
                targets = foreign
        restriction = rule.cameo.startswith(DOMESTIC_CODES) or self.eases_restrictions(position, rule)
        if (
            # a row that needs a target, or a restriction's that says none need be named ("ввели режим ЧП")
            ((rule.needs_target and (is_domestic(rule.cameo) or restriction)) or (rule.target and restriction) or rule.root in PROTEST_ROOTS)
            and not targets
            and sources
            # "не разрешил транслировать ...": aimed at the content; but a freedom eased is the permitted act itself
            # ("разрешило вернуться на родину высланным политикам")
            and (not view.kids(position, "xcomp", "ccomp") or rule.cameo.startswith(POLITICAL_EASING_CODES))
            and not self.prevents_act(position)
        ):
            # "ввели комендантский час", "перекрыли дороги", "сняли запрет на митинги": at home
            targets = self.own_country(sources)
            home_target = True
        if targets and any(view.lemma(child) == "этнический" for word in target_words for child in view.kids(word, "amod")):
            # "убили трех этнических албанцев" in Serbia: a minority is of the country it lives in
            home = self.place_actor(position)[0] or self.own_country(sources)
            if home:
                targets = [context_actor(country_part(home[0].actor.code) or "---")]
        if rule.needs_target and not targets and sources:
            targets, target_words = self.domestic_body(position, target_slots, passive, anchors, sources)
        if (
            rule.needs_target
            and not targets
            and sources
            and (
                rule.root in CONTEXT_TARGET_ROOTS
                # a release by a state named as its agent (not one a passive implies: "были освобождены 900 человек"
                # may be captors' act), not by its forces, which free people from others ("полиция освободила
                # похищенного ребёнка")
                or rule.cameo.startswith(CONTEXT_TARGET_CODES)
                and not implied
                # nor an armed group, whose captives are hostages of any country
                and not any((actor_code(source) or "")[3:] in FORCE_ROLES | ARMED_GROUP_ROLES for source in sources)
            )
            and not rule.cameo.startswith(FOREIGN_TARGET_CODES)
        ):
            release = rule.cameo.startswith(CONTEXT_TARGET_CODES) and rule.root not in CONTEXT_TARGET_ROOTS
            targets, target_words = self.context_target(
                position, target_slots, passive, anchors, sources, detained=release
            )
            if release and UNKNOWN_PERSON in targets:
                # "освободил пятерых иностранцев": whose they are the text tells elsewhere, if at all
                targets, target_words = [], []
        told_agents: list[Entity] = []
        if rule.needs_target and sources and (rule.root in REACTION_ROOTS or rule.cameo.startswith(CONCERN_CODES)) and (
            all(guessed_role(target) or country_part(actor_code(target)) in countries_of(sources) for target in targets)
            or self.reacts_to_patient_act(position, target_slots, passive, anchors, targets)
        ):
            # "Бэсеску назвал высылку посла «провокацией»", "осудил такие заявления": the act a reaction names is one
            # the text told before, aimed at its agents (also when the act's object is a role noun given only the
            # sentence's country: "посла" there is whoever's ambassador the act was done to, not the reaction's aim;
            # and whoever is named as the victim of an act done to someone: "осудил задержание российского журналиста")
            told_agents = self.reacted_to_told_act(position, target_slots, passive, anchors, sources)
            if told_agents:
                targets, target_words = told_agents, []
        if rule.needs_target and sources and rule.root in REACTION_ROOTS and not told_agents:
            # "Евросоюз осудил задержание журналиста в Минске": an arrest the reaction's own phrase places
            acting = self.patient_act_state(position, target_slots, passive, anchors, sources)
            if acting:
                targets, target_words = acting, []
        if (
            rule.needs_target
            and not targets
            and not sources
            and rule.root in CONTEXT_TARGET_ROOTS
            and not rule.cameo.startswith(FOREIGN_TARGET_CODES)
            and self.unknown_agent(position, rule)
            and self.modality(position) not in ("intent", "future")
        ):
            # "неизвестный выстрелил в спину политику": an unknown attacker's victim the text does not link is a
            # person of the country where it happens, as a known attacker's is (an act done: not "злоумышленники
            # собирались похитить певца", a plot)
            targets, target_words = self.context_target(position, target_slots, passive, anchors, [])
        if rule.needs_target and not targets and sources and rule.root in UNDOING_DEMAND_ROOTS:
            # "потребовал освободить Тимошенко" after "суд приговорил Тимошенко": a demand to undo an act told before
            # is aimed at that act's agents
            targets = self.demanded_undoing(position, sources)
        if rule.needs_target and not targets and sources and rule.root in REACTION_ROOTS:
            # "С критикой выступили также Германия и Франция": one more party's reaction to what another reacted to
            targets = self.joined_reaction(position, rule.cameo, sources)
        if rule.needs_target and not targets and sources and (rule.root in REACTION_ROOTS or rule.cameo.startswith(CONCERN_CODES)):
            # "Израиль нанёс удар по Газе. МИД Турции выступил с резкой критикой.": at the act told just before
            targets = self.reacted_to_act_before(position, rule, target_slots, passive, anchors, sources)
        if rule.needs_target and not targets and sources and rule.root in REACTION_ROOTS:
            # "Африканский союз назвал произошедшее «переворотом»": at the incident the story told
            targets = self.reacted_to_happening(position, sources)
        if sources and rule.root == THREAT_ROOT and countries_of(targets) and countries_of(targets) <= countries_of(sources) and any(
            self.answered_act(node) for word in target_words for node in (word, *view.ancestors(word, 2))
        ):
            # "пообещал, что Москва ответит на высылку своих дипломатов": the answer is aimed at whoever did the act
            # answered, not at those it was done to
            targets, target_words = self.retaliated_act(position, passive, sources), []
        if not targets and sources and rule.root == THREAT_ROOT:
            # "Лондон выслал 23 дипломата. Москва пригрозила ответными мерами.": at whoever did the act retaliated for
            targets = self.retaliated_act(position, passive, sources)
        if rule.needs_target and not targets and sources and rule.root in STORY_REACTION_ROOTS:
            # "лидер оппозиции назвал выборы «фарсом»": a vote criticised at home is the government's
            targets = self.criticised_vote(position, target_slots, passive, anchors, sources)
        if rule.needs_target and not targets and sources and rule.root in STORY_REACTION_ROOTS:
            # "осудил применение силы", "назвал вердикт «шагом назад»": a reaction to an act the story tells
            targets = self.reacted_to_story(position, target_slots, passive, anchors, sources)
        if rule.needs_target and not targets and sources and rule.root == DEMAND_ROOT and is_verb:
            # "Госдепартамент потребовал освободить Тимошенко": of the government of the story's country
            targets = self.demanded_of_story(position, passive, sources)
        if (
            rule.needs_target
            and not targets
            and rule.cameo.startswith(SCENE_TARGET_CODES)
            # (or with no agent by its row, told by its happening: "в Кабуле прогремел взрыв"; the dead of one have
            # their own country: "погибли в результате теракта")
            and (
                (sources and (not implied or (agentless_row and all(slot.kind != "head" for slot in rule.target))))
                or (not sources and self.unknown_agent(position, rule))
            )
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
                targets, scene_target = [context_actor(country, "CVL")], True  # its people, not its state
        # "взорвали бомбу в Кабуле": the row's place phrase gave its country as the target, for want of a victim
        scene_target = scene_target or bool(targets) and bool(target_words) and all(
            target.type == "LOC" for target in targets
        ) and all(self.place_phrase(word) for word in target_words)
        if targets and rule.cameo.startswith(ADDRESSED_CODES) and places_of_own(targets, sources) \
                and self.places_named_as_scene(targets):
            # "поблагодарил участников форума в Москве": a place at home named inside the object is where the
            # people thanked are, no other side
            return self.reject(position, rule, "a place is no one addressed")
        if (
            implied
            and rule.root in SCENE_STRUCK_ROOTS
            and all(slot.kind != "head" for slot in rule.target)  # the dead of a shooting have their own country
            and targets
            and all(any(target is source for source in sources) for target in targets)
        ):
            # "мужчина открыл стрельбу в торговом центре в Техасе": the place that gave the implied agent is also
            # the scene struck; the people of that country are the target, not the place acting on itself
            targets = [context_actor(country_part(actor_code(target)) or "---", "CVL") for target in targets]
            target_words = []  # the scene is no word of its own: the place's word stays the implied agent's
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
        if not targets and sources and rule.cameo.startswith(CONCESSION_CODES):
            # "подал в отставку под давлением оппозиции": yielded to whoever pressed (on the verb a noun hangs on)
            pressed = [position] + ([view.head(position)] if not is_verb and view.head(position) >= 0 else [])
            targets, target_words = self.arguments(position, [PRESSURE_SIDE], passive, pressed, taken=frozenset(source_words))
        if rule.needs_target and not targets and sources and is_verb and not passive:
            targets, target_words = self.purpose_target(position, rule)
            if rule.cameo.startswith(TRAVEL_CODES) and places_of_own(targets, sources):
                # "приехал в казармы, чтобы поговорить с протестующими": a trip at home whose purpose names its
                # own people meets no other side (the purpose clause's own act is told by its own verb)
                return self.reject(position, rule, "a trip at home to meet its own people")
        if rule.root == CONSULT_ROOT and sources and not targets and not is_verb:
            targets = self.sides_of_meeting(position, sources)
        conditional_threat = bool(sources) and self.conditional_threat(position, rule, sources)
        if conditional_threat and not targets:
            # "Греция ответит военной силой, если Турция попытается ...": aimed at whom the condition names
            targets, target_words = self.condition_target(position, sources)
        warned = rule.cameo in WARNING_CODES and bool(sources) and (
            self.conditioned(position) or self.warns_of_own_act(position, sources)
        )
        if warned and not targets:
            # "КНДР предупредила, что выйдет из договора, если США проведут учения": a warning of what one will do
            # on a condition is a threat to whom the condition names
            targets, target_words = self.condition_target(position, sources)
        vow = self.lexicon.intent_of(rule).startswith(PROMISE_ROOT)  # a row whose act intended is a promise (03x)
        if (
            rule.target
            and not targets
            and sources
            and not conditional_threat
            and not warned
            and (rule.root == PROMISE_ROOT or vow)
            and self.modality(position) == "intent"
        ):
            # "готовы объявить перемирие, если повстанцы сложат оружие": an offer on a condition is made to whom
            # the condition names
            targets, target_words = self.condition_target(position, sources)
        if (
            rule.target
            and not targets
            and sources
            and (
                rule.root == PROMISE_ROOT
                or vow and self.modality(position) in ("intent", "future")
            )
        ):
            # "правительство объявило о прекращении огня после того, как повстанцы согласились вернуться к
            # переговорам": a truce or a pledge with no addressee in a sentence of the two sides of a conflict at
            # home is made to the other side
            targets, target_words = self.other_side(position, sources)
        if (
            (rule.root == MOBILIZE_ROOT or rule.cameo in WITHDRAWAL_CODES) and not targets and sources
            and view.lemma(position) not in self.lexicon.word_classes["call_up"]
            # (not a side guessed for forces of no one state: "вывод международных войск")
            and not any(
                view.covering[word] is None and view.lemma(kid) in self.lexicon.word_classes["stateless_force"]
                for word in source_words
                for kid in view.kids(word, "amod")
            )
        ):
            # "Вьетнам, приведший войска в готовность, обвинил Пекин ...", "переместила артиллерию ближе к
            # демилитаризованной зоне, сообщил комитет Южной Кореи": a posture with no addressee of its own faces
            # the one other country the sentence names (reservists called up are a state's own mobilisation, whatever
            # prompted it: "объявила мобилизацию, сославшись на наращивание азербайджанских сил"); so do troops
            # withdrawn from a place the parser did not hang on the trigger ("завершила отвод войск с территории, на
            # которую претендует Эритрея", "вывод войск с базы Вазиани, переданной Грузии")
            targets, target_words = self.faced_country(sources)
        if rule.cameo.startswith(VIOLENT_CODES) and not targets and sources:
            # "ПВО сбила беспилотник, запущенный хуситами": the weapon's launcher attacked the side that downed it
            targets, target_words = self.interceptor(position)
        if rule.cameo.startswith(VIOLENT_CODES) and targets:
            targets = self.foes_abroad(sources, targets)
            targets = self.foes_at_home(sources, targets)
        regained = self.guess_of_named_state(position, rule.cameo, sources, targets, target_words)
        if regained:
            # "Правительство осудило Кению": the body's guessed country is not the state it acts on by name
            log.debug("sentence %d, trigger %r: guessed sources re-placed off the named target's state",
                      view.index, view.tokens[position].text)
            sources = regained
        regained = self.guess_of_named_state(position, rule.cameo, targets, sources, source_words) \
            if rule.root in GUESSED_TARGET_ROOTS else []
        if regained:
            # "Россия вызвала посла": nor is the envoy's or body's a state summons, condemns or expels by name
            log.debug("sentence %d, trigger %r: guessed targets re-placed off the named source's state",
                      view.index, view.tokens[position].text)
            targets = regained
        unknown_agent = not sources and targets and (
            killing or stranger_struck or self.unknown_agent(position, rule, targets)
        )
        if (not sources and not unknown_agent) or (
            rule.needs_target
            and not targets
            and not paired
            and not self.blocked(position, self.chosen)
            and rule.root not in self.lexicon.blocking_roots
            and not (rule.root == PROMISE_ROOT and not negated and self.vows_reform(position))
        ):
            # an event needs its source, and its target when the trigger takes one
            return self.reject(position, rule, "no target" if sources or unknown_agent else "no source")
        if rule.target and not targets and rule.root not in UNDONE_CONTENT_ROOTS and all(
            (actor_code(source) or "").endswith("LEG") for source in sources
        ):
            # "против выступили 26 сенаторов": a legislature's vote on a text is its own procedure (but a
            # legislator's demand or threat finds its target in what it is about: "потребовал лишить X мандата")
            return self.reject(position, rule, "a legislature's vote")
        if rule.cameo.startswith(TRAVEL_CODES) and all(
            (actor_code(source) or "")[3:] in PRIVATE_ROLES for source in sources
        ) and all(target.type == "LOC" for target in targets):
            # "певица прилетела в США", "прилетел в Уфу дать лекции": a private trip, not a state visit
            return self.reject(position, rule, "a private trip")
        if rule.cameo.startswith(RELEASE_CODE) and targets and (
            view.lemma(position) in self.lexicon.word_classes["liberate"]
        ) and (
            # (a place by its word, not a nationality noun the linker makes a country: "освободила американцев")
            all(target.type == "LOC" for target in targets) and bool(target_words) and all(
                # (a body of people is inanimate in grammar, no place: "освободили экипаж саудовского судна")
                view.tokens[word].feats.get("Animacy") == "Inan" and view.lemma(word) not in self.lexicon.word_classes["unit"]
                for word in target_words
            )
            or all((actor_code(source) or "")[3:] in FORCE_ROLES for source in sources) and sources and all(
                (actor_code(target) or "")[3:] == "GOV" and country_part(actor_code(target)) in countries_of(sources)
                for target in targets
            )
        ):
            # "армия освободила Пальмиру": a town retaken in fighting, no release; "военные освободили президента
            # из госпиталя": forces that free their own government's people rescue them from others (neither yields)
            return self.reject(position, rule, "a place retaken or a leader rescued")
        if rule.root == CONSULT_ROOT and not is_verb and self.time_point_before(position):
            return self.reject(position, rule, "a meeting named as the time before which")
        if rule.cameo.startswith(TRAVEL_CODES) and places_at_home(targets, sources):
            # "император посетил святилища в Японии": a tour of one's own country meets no other side
            return self.reject(position, rule, "a trip at home")
        if rule.root == MOBILIZE_ROOT and not rule.cameo.startswith(DEPLOYMENT_CODES) and places_at_home(targets, sources):
            # "провела учения в Калининградской области": exercises at home are aimed at no one named; abroad ("на
            # Аляске", "в Эстонии") at the country they are held in. Troops or police sent into a place at home
            # ("направило войска в трущобы Найроби", 153/154) are a show of force there, aimed at the own country
            targets, target_words = [], []
        if self.plan_named(position) and not self.offer_of_owner(position, rule):
            return self.reject(position, rule, "the infinitive of a plan or decision noun")
        if self.option_named(position):
            return self.reject(position, rule, "an option someone sees, not an act")
        modality = self.modality(position)
        if modality == "hypothesis" and rule.negated and self.denied(position):
            modality = None  # "требования не могут быть приняты": a refusal told through "cannot", not a supposition
        cameo = "130" if warned else rule.cameo
        if (
            rule.root == THREAT_ROOT
            and sources
            and view.lemma(position) in self.lexicon.word_classes["warning"]
            and self.warns_of_others_act(position, sources)
        ):
            cameo = WARNING_CODE  # "США предупредили Украину, что Россия нанесёт удар": information
        if rule.root == PROMISE_ROOT and rule.intent == rule.cameo and (
            modality not in ("intent", "future") or self.proposed(position)
        ):
            # "провели выборы", "начали реформу": a row of a vow only ("пообещали провести выборы") tells no event
            # when the act is told as done, nor when another is asked to do it ("предложила провести выборы")
            return self.reject(position, rule, "an intent-only row, not vowed")
        if self.receipt_wished(position, rule):
            # "Вьетнам рассчитывает / надеется / хочет получить от Японии кредиты": the receiver's wish is no act
            # of the giver, neither done nor pledged
            return self.reject(position, rule, "a receipt its receiver only wishes for")
        if modality in ("intent", "future"):
            intent = self.lexicon.intent_of(rule)
            if intent and implied and (
                modality == "future" or not rule.intent or rule.intent == rule.cameo
            ):
                # "ему будут предъявлены обвинения": an upcoming act whose agent only the place implies is no one's
                # threat or pledge (nor an announced act: "будет формироваться из уволенных военнослужащих"); told in
                # the future, not even one whose row has an intent code of its own ("будет освобождён
                # условно-досрочно": a court's coming decision, no pledge of the place's state)
                return self.reject(position, rule, "an upcoming act with an implied agent")
            if intent == rule.cameo and any(
                view.lemma(node) in self.lexicon.word_classes["consent"] for node in view.ancestors(position, 3)
            ):
                # a row whose announced plan is the act itself ("объявил, что покинет пост": a resignation) is
                # still an intent when agreed to or promised ("согласился уйти в отставку")
                intent = self.lexicon.intent_code(rule.cameo)
            if rule.root == MOBILIZE_ROOT and intent.startswith(THREAT_ROOT) and any(
                view.lemma(node) in self.lexicon.word_classes["consent"] for node in view.ancestors(position, 3)
            ):
                # "дала обязательство направить войска в Афганистан", "согласилась перебросить в Литву батальон":
                # troops pledged or agreed to are protection offered (the rows' 074), not a threat; a threat says so
                intent = PLEDGED_FORCE_INTENT
            if intent.startswith(DECIDED_ACT_INTENTS) and not warned and any(
                view.lemma(node) in self.lexicon.word_classes["decided"] for node in view.ancestors(position, 2)
            ):
                # "правительство решило выслать дипломатов": a coercive act decided is the act, not a threat; so is a
                # yielding one by decree ("решили снять санкции", "решило освободить": the decision lifts or frees),
                # not a pledge; a withdrawal decided is still a plan ("решили покинуть Абхазию")
                modality, intent = None, ""
            if intent:
                cameo = intent if len(intent) > 2 else intent + "0"
            if offered_mediation:
                cameo = MEDIATION_OFFER
            if negated and modality == "intent" and cameo.startswith(PROMISE_ROOT):
                # "Москва не планирует вводить войска", "не намерены вести переговоры": an intent to cooperate or yield
                # denied is a refusal told (124x, 125, as "отказались освободить"), not an event that did not happen;
                # a threat denied stays denied, and so does a future ("не будет выводить": not measured to hold)
                cameo = self.lexicon.content_code(REFUSAL_ROOT, cameo) or REFUSAL_ROOT + "0"
                negated, modality = False, None
            if any(word in view.compound for word in source_words + target_words):
                # "готовы к российско-американским переговорам": only talks held are both sides' own act
                return self.reject(position, rule, "an upcoming act of the sides a compound names")
        elif modality == "stop" and view.head(position) >= 0 and self.names_head(position, view.head(position)):
            modality = None  # the row is about that very head: "перенёс казнь" is a stay of execution
        elif modality == "stop":
            # "перестал поддерживать", "отложил визит": ended or called off, not done
            return self.reject(position, rule, "under a verb of ending")
        elif modality == "hypothesis" and self.possible_threat(position, rule, sources):
            modality, cameo = "intent", self.threat_code(rule)
        elif modality == "condition" and conditional_threat:
            modality, cameo = "intent", self.threat_code(rule)
        elif modality in ("condition", "hypothesis", "purpose", "hearsay") and not self.blocked(position, self.chosen):
            # not reported as happening, and CAMEO has no code for a supposition
            self.supposed.add(position)
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
            act_on_object=act_on_object,
            reciprocal=reciprocal,
            between_sides=mutual,
            home_target=home_target,
            scene_target=scene_target,
        )


    def describes_target(self, position: int) -> bool:
        """"задержала сторонников оппозиции, собравшихся на митинг": a participle on the object of a coercive or
        violent act tells who its victims are, not an event of its own."""
        view = self.view
        if view.tokens[position].feats.get("VerbForm") != "Part" or view.rel(position) not in ("acl", "amod"):
            return False
        node = view.head(position)
        for _ in range(3):
            if node < 0:
                return False
            governor = view.head(node)
            if governor >= 0 and view.rel(node) in ("obj", "nsubj:pass") and any(
                rule.root in VICTIM_ROOTS for rule in [self.chosen.get(governor)] if rule
            ):
                return True
            if view.rel(node) != "nmod":
                return False
            node = governor
        return False

    def agent_of_condemned_act(
        self, targets: list[Entity], target_words: list[int], sources: list[Entity], position: int = -1
    ) -> tuple[list[Entity], list[int]]:
        """"осудил американские бомбардировки Ливии", "бомбардировки Ирака американской авиацией": condemning (or
        protesting against, "акция протеста против ареста лидера сербской полицией") an act is aimed at its agent
        (its country adjective, instrumental or "со стороны X"), not at its victim; an
        act with no agent named keeps the target found.  The target's word may also hang below the act noun
        ("осудил нападение на посольство Швеции со стороны боевиков", "приветствовал помощь Мали со стороны
        партнёров"): the act noun it hangs on is looked at then, and a "со стороны" agent named by a word the text
        does not link leaves no target (the act's victim is not whom the reaction is aimed at)."""
        for word in target_words:
            for noun in self.act_nouns_above(word, position):
                agents, agent_words = self.arguments(noun, [Slot("ins"), AGENT_SIDE, Slot("adj")], False, [noun])
                agents = [agent for agent in agents if not any(agent is source for source in sources)]
                if agents:
                    return agents, agent_words
                if self.unlinked_agent_side(noun):
                    return [], []
        return targets, target_words

    def act_nouns_above(self, word: int, position: int) -> list[int]:
        """The event nouns a target's word is, or hangs on as a noun's dependent ("нападение на посольство
        Швеции": "Швеции" -> "посольство" -> "нападение"), up to two nouns up, not the trigger itself."""
        view = self.view
        found: list[int] = []
        node = word
        for _ in range(3):
            if node < 0 or node == position or view.tokens[node].pos not in ("NOUN", "PROPN"):
                break
            if view.tokens[node].pos == "NOUN" and self.rules_for(node):
                found.append(node)
            if view.rel(node) not in ("nmod", "amod", "iobj"):
                break
            node = view.head(node)
        return found

    def unlinked_agent_side(self, noun: int) -> bool:
        """Whether an event noun names its agent by a "со стороны" phrase, or a bare instrumental of a person
        ("освобождение заложников похитителями"), whose noun the text links to no actor."""
        view = self.view
        return any(
            (
                view.has_preposition(child, AGENT_SIDE.preposition)
                or (
                    view.case(child) == "Ins"
                    and not view.preposition(child)
                    and view.tokens[child].feats.get("Animacy") == "Anim"
                )
            )
            and not self.actors_at(child)
            for child in view.kids(noun, "nmod")
        )

    def interferer(
        self, targets: list[Entity], target_words: list[int], sources: list[Entity]
    ) -> tuple[list[Entity], list[int]]:
        """"выступили против вмешательства во внутренние дела Украины", "осудили вмешательство Запада в дела
        Белоруссии": opposing an interference is aimed at whoever interferes (the noun's genitive or country
        adjective), not at the country whose affairs are meddled in; with no interferer named it has no target."""
        view = self.view
        interference = self.lexicon.word_classes["interference"]
        affairs = self.lexicon.word_classes["affairs"]
        for word in target_words:
            # the noun of meddling is the target's word, or governs the affairs whose genitive is
            noun = word if view.lemma(word) in interference else -1
            if noun < 0 and view.head(word) >= 0 and view.lemma(view.head(word)) in affairs:
                noun = view.head(view.head(word))
            if noun < 0 or view.lemma(noun) not in interference:
                continue
            if not any(view.lemma(child) in affairs for child in view.kids(noun, "nmod", "obl")):
                continue  # "против вмешательства США": the noun's own argument is the target
            agents, agent_words = self.arguments(noun, [Slot("gen"), Slot("adj")], False, [noun])
            agents = [agent for agent in agents if not any(agent is source for source in sources)]
            return (agents, agent_words) if agents else ([], [])
        return targets, target_words

    def content_of_decision(self, position: int) -> bool:
        """A nominal event a decision taken names: "суд принял решение об освобождении X"; so does a decree issued
        ("подписал указ о выходе из договора", "указ о ... был подписан президентом"; not one revoked: "отменил
        указ о ...")."""
        view = self.view
        decision = view.head(position)
        if decision < 0 or view.head(decision) < 0:
            return False
        verb = view.head(decision)
        if self.decision_taken(decision, verb):
            return True
        # (a row that names the decree itself is the noun's own frame: "указ об отставке министра" is a dismissal)
        return (
            view.lemma(decision) in self.lexicon.decrees
            and view.lemma(verb) in self.lexicon.word_classes["issuing"]
            and view.tokens[verb].feats.get("Tense") == "Past"
            and not self.names_head(position, decision)
        )

    def eases_restrictions(self, position: int, rule: TriggerRule) -> bool:
        """Restrictions eased ("сняли запрет", "ослабили ограничения"); not a tour cancelled, nor charges dropped
        ("снял с него обвинения": its row also lists "ограничение")."""
        restrictions = self.lexicon.word_classes["restriction"]
        if rule.cameo.startswith(POLITICAL_EASING_CODES):
            return True  # "легализовало «Солидарность»", "разрешило деятельность партий": freedoms are eased at home
        return rule.cameo.startswith(EASING_CODES) and self.requirement_holds(position, "obj", restrictions)

    def prevents_act(self, position: int) -> bool:
        """"Израиль не допустит нарушения баланса": a verb of prevention whose objects are acts, not people or rallies
        ("не допустили журналистов", "не допустят проведения митинга"), restricts no one at home."""
        view = self.view
        if view.lemma(position) not in self.lexicon.word_classes["prevention"]:
            return False
        gatherings = self.lexicon.word_classes["gathering"]
        objects = view.kids(position, "obj")

        def barred_people(word: int) -> bool:
            if view.tokens[word].pos != "NOUN" or view.tokens[word].feats.get("Animacy") == "Anim":
                return True
            return view.lemma(word) in gatherings or any(
                view.lemma(owner) in gatherings for owner in view.kids(word, "nmod")
            )

        return bool(objects) and not any(barred_people(word) for word in objects)

    def threat_code(self, rule: TriggerRule) -> str:
        """The 13x code of a coercive event only announced, "" for another event."""
        intent = self.lexicon.intent_of(rule)
        if not intent.startswith("13"):
            return ""
        return intent if len(intent) > 2 else intent + "0"

    def possible_threat(self, position: int, rule: TriggerRule, sources: list[Entity]) -> bool:
        """"США заявили, что могут ввести санкции": force or sanctions a side says it may use are a threat (13x);
        the journalist's or another side's "может" stays a supposition."""
        if not self.threat_code(rule):
            return False
        possibility = self.lexicon.word_classes["possibility"]
        if not any(self.view.lemma(node) in possibility for node in self.view.ancestors(position, 2)):
            return False
        return self.said_by_own_side(position, sources)

    def conditional_threat(self, position: int, rule: TriggerRule, sources: list[Entity]) -> bool:
        """"министр обороны Греции заявил, что Греция ответит военной силой, если Турция ...": force or sanctions
        a side says it will use on a condition are a threat (13x); another's "если" stays a condition. So is force a
        side declares it intends ("готова применить силу, если ...", "оставляет за собой право применить силу, если")."""
        if not self.threat_code(rule):
            return False
        # (the side that declares the intent is the act's own subject: no speaker of its side need report it)
        intended = not self.is_future(position) and self.modality(position) == "intent"
        if not intended and not self.is_future(position):
            return False
        if not any(self.view.lemma(word) == "если" for word in range(position + 1, len(self.view.tokens))):
            return False
        return intended or self.said_by_own_side(position, sources)

    def conditioned(self, position: int) -> bool:
        """Whether a clause below a verb of warning is a condition ("..., если США проведут учения"), or says
        that what the warned side does will bring force or sanctions on it ("испытания приведут к санкциям")."""
        view = self.view
        below = [word for word in view.subtree(position) if word > position]
        consequences = self.lexicon.word_classes["consequence"]
        return any(self.marked_as(word, "condition") for word in below) or any(
            view.lemma(word) in consequences
            and any(rule.root in COERCIVE_ROOTS for result in view.subtree(word) if result != word
                    for rule in self.rules_for(result))
            for word in below
        )

    def warns_of_own_act(self, position: int, sources: list[Entity]) -> bool:
        """Whether a warning's content clause says that the warner's own side (its state bodies) will or may do a
        coercive act (a verb of word class threatened_act, or a trigger of roots 15-20): "предупредил Ирак, что
        Анкара может закрыть границу", "предупредила Украину, что прекратит поставки", "предупредил, что армия
        уничтожит объекты" is a threat; "предупредил США, что Иран может нанести удар" shares information (the act
        is another's), and so does an act told as done or not to be done."""
        view = self.view
        own = countries_of(sources)
        if not own:
            return False
        acts = self.lexicon.word_classes["threatened_act"]
        for clause in view.kids(position, "ccomp"):
            if view.tokens[clause].feats.get("Tense") == "Past" or view.negated(clause):
                continue  # "предупредило, что власти задержали его": what was done is news, no threat
            # "Анкара может закрыть": the act is the infinitive of the clause's modal verb
            words = [clause] + [word for word in view.kids(clause, "xcomp") if self.infinitive(word)]
            if not any(
                view.tokens[word].pos == "VERB" and view.lemma(word) in acts
                or any(rule.root in COERCIVE_ROOTS for rule in self.rules_for(word))
                for word in words + list(view.kids(clause, "obj"))
            ):
                continue
            subjects, actors = self.clause_subjects(clause)
            if not subjects:
                return True  # "предупредила Украину, что прекратит поставки": the warner's own act, its subject dropped
            # (the state's own bodies: "курдские боевики могут закрыть границу" is no act of the warner's side)
            if actors and all(
                country_part(actor_code(actor)) in own and (actor_code(actor) or "")[3:] in STATE_BODY_ROLES
                for actor in actors
            ):
                return True
        return False

    def warns_of_others_act(self, position: int, sources: list[Entity]) -> bool:
        """Whether a warning's content clause tells what ANOTHER side (actors of no country of the warner's) will do,
        on no condition of the warner's: "США предупредили Украину, что Россия нанесёт удар" shares information;
        "Москва предупредила, что российские войска могут атаковать" and "предупредил Ливию о санкциях" threaten."""
        view = self.view
        own = countries_of(sources)
        if not own or self.conditioned(position):
            return False
        for clause in view.kids(position, "ccomp"):
            _subjects, actors = self.clause_subjects(clause)
            if actors and all(country_part(actor_code(actor)) not in own for actor in actors):
                return True
        return False

    def clause_subjects(self, clause: int) -> tuple[list[int], list[Entity]]:
        """The subjects of a content clause (not the conjunction "что" the parser may take for one) and their
        actors."""
        view = self.view
        subjects = [subject for subject in view.kids(clause, "nsubj") if view.lemma(subject) != "что"]
        return subjects, [actor for subject in subjects for actor in self.actors_at(subject)]

    def announcing_body(self, position: int) -> tuple[list[Entity], list[int]]:
        """The state body whose words the trigger's clause is (the subject of the verb of saying above it, or the
        attribution after it), when it is one body of one state."""
        words = [word for word in self.speaker(position) if word != position]
        actors = [actor for word in words for actor in self.actors_at(word)]
        codes = [actor_code(actor) or "" for actor in actors]
        if not actors or len({code[:3] for code in codes}) != 1 or not all(
            code[:3].isalpha() and code[3:6] in OFFICIAL_ROLES for code in codes
        ):
            return [], []
        return actors[:1], words

    def said_by_own_side(self, position: int, sources: list[Entity]) -> bool:
        """Whether the verb of saying above ``position`` has a speaker of the sources' country."""
        own = sides_of(sources)
        speakers = [actor for word in self.speaker(position) for actor in self.actors_at(word)]
        return bool(own) and bool(sides_of(speakers) & own)

    def reciprocal_object(self, position: int) -> bool:
        """The verb's object names its subjects themselves: "поддержали друг друга", "принесли друг другу
        извинения"."""
        reciprocal = self.lexicon.word_classes["reciprocal"]
        return any(self.view.lemma(word) in reciprocal for word in self.view.kids(position, "obj", "iobj", "obl"))

    def object_names_no_actor(self, position: int) -> bool:
        """The verb has a direct object and it names no actor: "одобрили его кандидатуру", "посетили выставку"."""
        objects = self.view.kids(position, "obj")
        reciprocal = self.lexicon.word_classes["reciprocal"]
        return bool(objects) and not any(
            self.actors_at(word) or self.view.lemma(word) in reciprocal for word in objects
        )

    def subjects(self) -> list[Entity]:
        """Actors named as subjects in this sentence, for the next sentence's pronouns."""
        view = self.view
        result: list[Entity] = []
        for position, rel in enumerate(view.rels):
            if rel in ("nsubj", "nsubj:pass") and view.lemmas[position] not in ANAPHORS:
                found = self.actors_at(position)
                if not found and self.names_unknown_person(position):
                    found = [UNKNOWN_PERSON]
                for entity in found:
                    if entity not in result:
                        result.append(entity)
        return result


