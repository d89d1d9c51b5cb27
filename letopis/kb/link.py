"""Link every entity of an article to a KB actor, with the code it held on the article's date.

- LOC: a country is the country actor; a capital is the country too, and its
  government (``RUSGOV``) when it acts as a subject ("Москва заявила"); a seat of
  power the KB lists as an organisation ("Кремль") is that organisation.
- PER: a KB person by name or variant (a surname alone when the KB has one person of
  that surname, or the article's country and date decide between several); an
  unknown person takes country and role from the phrase around the name
  ("афганский генерал X" -> AFGMIL), or ``---``.
- ORG: a KB organisation by name, abbreviation or alias; otherwise BODY + COUNTRY
  ("Госкомитет нацбезопасности Таджикистана" -> TJKSPY) by ``data/body_nouns.tsv``;
  media names -> COUNTRY+MED.
Wikidata ids come from the KB, or from NEREL's links (``data/wikidata_nerel.tsv``)
when a name points to one id only.  The reason of every choice is kept in
``Actor.reason``; KB flags valid on the date are added to ``Entity.markers``.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from operator import attrgetter
from typing import Any, Optional

from letopis.kb.cities import city_country, city_index
from letopis.kb.countries import ARMED_GROUP_ROLES, STATE_ROLES, role_code
from letopis.kb.data_files import data_lines, data_rows, data_words
from letopis.kb.known_names import dictionary_says_other
from letopis.kb.known_organisations import loose_index, loose_matches
from letopis.kb.names import (
    BodyIndex,
    PersonIndex,
    forms_match,
    given_name_fits,
    given_names_fit,
    split_name,
    words_match,
)
from letopis.kb.normal import normalize as _normalize
from letopis.kb.phrases import (
    RoleMatch,
    RoleNoun,
    body_nouns,
    country_anaphora,
    find_roles,
    forget_sentences,
    international_bodies,
    lemma_key,
    name_words,
    role_lemma,
    role_nouns,
    sentence_role_lemmas,
    state_agency_heads,
    state_qualifiers,
    unit_head_nouns,
    unit_roles,
)
from letopis.kb.places import country_of_place_adjective
from letopis.kb.regions import find_region, region_index, regions_named
from letopis.kb.role_words import (
    LEADER_GAP,
    agency_nouns,
    continuing_state,
    department_between,
    former_words,
    is_animal,
    is_field,
    is_former,
    is_honorary,
    is_news_agency,
    is_predicate,
    kind_nouns,
    leader_verb_near,
    media_nouns,
    opponent_positions,
    origin_position,
    owned_by_other,
    owns_name,
    place_position,
    predicate_is_current,
    reflexive_subject,
    successor,
    supporter_nouns,
)
from letopis.model import Actor, Article, Entity, Mention, Sentence, Token, branch_under
from letopis.nlp.doc import Doc
from letopis.nlp.morph import cached_lemma as lemmatize
from letopis.nlp.morph import morph_vocab

# names and lemmas repeat across articles: the normalised key of each is made once
normalize = lru_cache(maxsize=65536)(_normalize)

log = logging.getLogger(__name__)

UNKNOWN = "---"
PERSON = "person"
ORGANISATION_TYPES = ("organisation", "igo", "armed_group", "media", "party")
WIKIDATA_TYPES = {
    "PER": ("PERSON",),
    "ORG": ("ORGANIZATION",),
    "LOC": ("COUNTRY", "CITY", "STATE_OR_PROVINCE"),
}
WIKIDATA_SHARE = 0.8  # one id must carry this share of a name's NEREL links to be used
ACTING_RELS = ("nsubj", "nsubj:pass")
CIVILIAN = "CVL"
COUNTRY_CODE_LENGTH = 3  # a bare country code: an actor of no role
JUDICIARY = "JUD"
STEM_KEPT = 4  # letters of a word kept whole when its ending may change
APPOSITION_MARKS = (",", "—", "–", "-")  # "X, министр обороны", "Ким – вице-премьер"
MAIN_OWNER_SHARE = 2  # an owner of a bare body must be named at least 1/2 as often as the most named one
APPOSITION_ADJECTIVES = 2  # adjectives between "X," and the role noun after it: "X, 23-летний студент"
HEADLINE_WEIGHT = 2  # a country in the headline counts as two mentions for the article's topic
PARTNER_RELATIONS = frozenset(("obj", "iobj", "obl"))  # whom or with whom a subject acts
PHRASE_RELATIONS = frozenset(("nmod", "amod", "appos", "flat", "flat:name", "case", "det"))  # inside one phrase
NAMED_WORDS = (["по", "имя"], ["по", "фамилия"], ["по", "прозвище"])  # "американец по имени X"
PATRONYMIC_STEMS = ("вич", "вна", "вн", "чна", "чн", "ична")
MIN_INFLECTED_NAME = 5  # a one-word organisation name matched inflected: shorter names are too ambiguous
QUOTE_MARKS = frozenset("«»\"“”„")
PRIVATE_HEAD_ROLES = ("BUS", "MED")  # a KB person with no office heads the company or outlet the text names
BODY_ANAPHORA_SENTENCES = 2  # a bare "ведомство" names the state body named at most this many sentences before
ADJECTIVE_ENDINGS = ("ый", "ий", "ой")  # lemmas of adjectives before a role noun in a name
TOPIC_PREPOSITION = "по"  # "Комиссия ООН по правам человека": the topic of an organisation's body
QUOTED = re.compile(r"[«\"“]([^«»\"“”]+)[»\"”]")


# ---------------------------------------------------------------- data


@lru_cache(maxsize=1)
def wikidata_table() -> dict[str, list[tuple[str, str, int]]]:
    """Normalised name -> [(qid, NEREL type, count)] from ``data/wikidata_nerel.tsv``."""
    text = resources.files("letopis.kb").joinpath("data/wikidata_nerel.tsv").read_text("utf-8")
    table: dict[str, list[tuple[str, str, int]]] = {}
    for line in text.splitlines()[1:]:
        name, qid, kind, count, _ = line.split("\t")
        table.setdefault(name, []).append((qid, kind, int(count)))
    return table


def wikidata_for(names: list[str], entity_type: str, min_count: int = 1) -> Optional[str]:
    """The one id NEREL gives these names (``WIKIDATA_SHARE`` of their links), or None."""
    kinds = WIKIDATA_TYPES.get(entity_type, ())
    votes: Counter[str] = Counter()
    for name in dict.fromkeys(normalize(name) for name in names if name):
        rows = [(qid, count) for qid, kind, count in wikidata_table().get(name, ()) if kind in kinds]
        # a lone given name or surname names many people: only when NEREL linked it more than once
        if entity_type == "PER" and " " not in name and sum(count for _, count in rows) < 2:
            continue
        for qid, count in rows:
            votes[qid] += count
    if not votes:
        return None
    qid, count = votes.most_common(1)[0]
    if count < min_count or count < WIKIDATA_SHARE * sum(votes.values()):
        return None
    return qid


@lru_cache(maxsize=1)
def capital_bodies() -> dict[str, str]:
    """Capital (normalised) -> the KB id of the international body it stands for when it acts (``data/
    capital_bodies.tsv``: "Брюссель потребовал" is the EU's demand)."""
    return {normalize(name): body for name, body in data_rows("capital_bodies.tsv")}


@lru_cache(maxsize=1)
def seats_of_power() -> frozenset[str]:
    return frozenset(data_words("seats_of_power.txt"))


@lru_cache(maxsize=1)
def shared_seats() -> dict[str, frozenset[str]]:
    """Seat-of-power names other governments' buildings bear too (``data/shared_seats.tsv``)."""
    found: dict[str, frozenset[str]] = {}
    for line in data_lines("shared_seats.tsv"):
        name, _, countries = line.partition("\t")
        found[normalize(name)] = frozenset(countries.split())
    return found


@lru_cache(maxsize=1)
def member_nouns() -> frozenset[str]:
    """Lemmas that make a person named after "<noun> <organisation>" a member of it (``data/member_nouns.txt``)."""
    return frozenset(data_words("member_nouns.txt"))


@lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    """Lemmas of meetings whose place is a venue, not a party's country (``data/venue_nouns.txt``)."""
    return frozenset(data_words("venue_nouns.txt"))


@lru_cache(maxsize=1)
def owner_nouns() -> frozenset[str]:
    """Kind nouns between a member or group noun and its organisation's name ("лидер движения «X»", "боевики
    военного крыла ХАМАС": ``data/owner_nouns.txt``)."""
    return frozenset(data_words("owner_nouns.txt"))


@lru_cache(maxsize=1)
def border_nouns() -> frozenset[str]:
    """Lemmas of borders, whose owner or neighbour is no one's country near them (``data/border_nouns.txt``)."""
    return frozenset(data_words("border_nouns.txt"))


@lru_cache(maxsize=1)
def body_head_nouns() -> frozenset[str]:
    """Lemmas of the head nouns of bodies named after their organisation (``data/body_head_nouns.txt``)."""
    return frozenset(data_words("body_head_nouns.txt"))


@lru_cache(maxsize=1)
def river_name_words() -> frozenset[str]:
    """Lemmas after which a country's name is a river's (``data/river_words.txt``)."""
    return frozenset(data_words("river_words.txt"))


def token_before(mention: Mention, article: Article) -> Optional[Token]:
    """The token right before a mention in its sentence, or None."""
    sentence = mention.sentence if mention.sentence >= 0 else article.sentence_at(mention.start)
    if sentence < 0:
        return None
    before = [token for token in article.sentences[sentence].tokens if token.stop <= mention.start]
    return before[-1] if before else None


def river_word_before(mention: Mention, article: Article) -> Optional[str]:
    """The river noun right before a mention ("дельте" of "в дельте Нигера"), as written, or None."""
    before = token_before(mention, article)
    return before.text if before is not None and lemma_key(before) in river_name_words() else None


def names_river(entity: Entity, article: Article) -> bool:
    """Whether every mention of a place follows a river noun: "Нигера" of "в дельте Нигера" is the
    river, and the place is not in the country Niger."""
    return bool(entity.mentions) and all(river_word_before(mention, article) for mention in entity.mentions)


@lru_cache(maxsize=1)
def context_order() -> tuple[tuple[str, bool], ...]:
    """Clues for the country of a role the text names without one, in the order they are tried,
    each with whether it serves unnamed roles only (the place where a group acts is not a named
    person's country)."""
    rows = [line.split() for line in data_lines("context_country.txt")]
    return tuple((row[0], "unnamed" in row[1:]) for row in rows)


@lru_cache(maxsize=1)
def publication_country() -> Optional[str]:
    """The country of the news the linker reads (``data/publication_country.txt``): the owner of a
    body named bare ("МВД", "Минобороны") in an article that names no country at all."""
    rows = data_lines("publication_country.txt")
    return rows[0] if rows else None


@lru_cache(maxsize=1)
def default_kb() -> Any:
    from letopis.kb import load_kb

    return load_kb()


# ---------------------------------------------------------------- article context


TOKEN_START = attrgetter("start")  # the key tokens are bisected by: they are in text order
UNKNOWN_CAPITAL = object()  # ``Context._owner`` without the place's capital country: it looks it up


@dataclass
class Context:
    """What linking one article needs to know about the rest of it."""

    article: Article
    on: Optional[date]
    kb: Any
    # (sentence, token) -> entity whose mention covers the token
    token_entity: dict[tuple[int, int], Entity] = field(default_factory=dict)
    entity_country: dict[str, str] = field(default_factory=dict)  # LOC entity id -> ISO3 it names
    token_country: dict[tuple[int, int], str] = field(default_factory=dict)  # (sentence, token) -> ISO3
    country_mentions: Counter[str] = field(default_factory=Counter)
    # (offset, ISO3) of every country mention, in text order
    country_positions: list[tuple[int, str]] = field(default_factory=list)
    owners: Optional[list[str]] = None  # countries and IGOs named, most named first (Linker._article_owners)
    owner_counts: Counter[str] = field(default_factory=Counter)  # how often each of them is named
    # sentence -> countries of the KB people it names (Linker.country_around)
    person_countries: Optional[dict[int, list[str]]] = None
    # sentence -> (offset, country) of each name mention of a KB person: whom an office names before it
    person_positions: Optional[dict[int, list[tuple[int, str]]]] = None
    # capitals named ("в Минске"): (sentence, token) -> ISO3 and (offset, ISO3), clues for roles only
    token_place: dict[tuple[int, int], str] = field(default_factory=dict)
    capital_positions: list[tuple[int, str]] = field(default_factory=list)
    international_court: Optional[list[Any]] = None  # Linker.international_court, found once
    role_bodies: Optional[dict[str, set[str]]] = None  # role -> countries of the bodies of it the article names
    topic: Optional[str] = None  # the country the article is about ("" for none; Linker.article_country)
    # (offset, ISO3) of the KB organisations of a country named by name (Linker._organisation_countries)
    organisation_countries: Optional[list[tuple[int, str]]] = None
    # sentence -> its role phrases (roles_in): found once, read by every mention of the sentence
    role_matches: dict[int, list[RoleMatch]] = field(default_factory=dict)
    # entity id -> (ISO3, code, kind) of a place below the country or a KB organisation (owner_of)
    owners_by_entity: dict[str, Optional[tuple[str, Optional[str], str]]] = field(default_factory=dict)
    # a person entity's names and the article's entity count -> its KB person (Linker.choose_person)
    person_choices: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    # names -> KB organisations whose name they inflect (Linker.inflected_organisations), for owners
    inflected_organisations: Optional[Callable[..., list[Any]]] = None

    def roles_in(self, sentence: int) -> list[RoleMatch]:
        """The role phrases of one sentence (``find_roles``), found once per context."""
        if sentence not in self.role_matches:
            tokens = self.article.sentences[sentence].tokens
            found = find_roles(tokens, sentence, self.country_of, self.kb.countries.by_adjective, self.owner_of)
            # "тамбовские свиньи" name no person; "по свободе СМИ" is an office's field, not an actor
            self.role_matches[sentence] = [match for match in found if not is_animal(match) and not is_field(match, tokens)]
        return self.role_matches[sentence]

    def owner_of(self, sentence: int, index: int) -> Optional[tuple[str, Optional[str], str]]:
        """(ISO3, code, kind) of what a token names when it is no country: a region or city ("полиция
        Техаса"; kind "place", no code), or a KB organisation of one country ("следователи Пентагона";
        kind "organisation", its code when the name is one organisation's)."""
        entity = self.token_entity.get((sentence, index))
        if entity is None or entity.id in self.entity_country:
            return None
        if entity.id not in self.owners_by_entity:
            self.owners_by_entity[entity.id] = self._owner(entity)
        return self.owners_by_entity[entity.id]

    def names_unplaced_place(self, sentence: int) -> bool:
        """Whether a sentence names a place no gazetteer places ("на острове X", "в провинции Y"): it tells
        where the sentence is, maybe abroad, so a bare role there is not of the publication's country."""
        for entity in self.article.entities:
            if entity.type != "LOC" or entity.id in self.entity_country:
                continue
            if not any((mention.sentence if mention.sentence >= 0 else self.article.sentence_at(mention.start))
                       == sentence for mention in entity.mentions):
                continue
            if entity.id not in self.owners_by_entity:
                self.owners_by_entity[entity.id] = self._owner(entity)
            if self.owners_by_entity[entity.id] is None:
                return True
        return False

    def _owner(self, entity: Entity, capital: Any = UNKNOWN_CAPITAL) -> Optional[tuple[str, Optional[str], str]]:
        """``capital``: the place's ``capital_country`` when the caller has it already."""
        named = self.entity_country.values()
        if entity.type == "LOC":
            if capital is UNKNOWN_CAPITAL:
                capital = capital_country(self.kb, entity)
            region = None if capital else find_region(entity.name, named)
            # a name NER left inflected ("в тюрьме Диярбакыра") places a role as the linker's lemma of it does
            city = next(filter(None, (city_country(name, named) for name in location_names(entity))), None)
            country = capital or (region.country if region else city)
            beside = region_beside(entity, self) if country and not capital and not region else None
            if beside is not None:  # "Университета штата Массачусетс — Дартмут": the namesake there
                country = beside.country
            if capital and normalize(entity.name) in seats_of_power():
                # "представители Кремля", "сотрудники Белого дома": the people of a seat of power are its government's
                return capital, capital + "GOV", "organisation"
            if country:
                return country, None, "place"
            # "боевики Хезболлы": NER may call an organisation's name a place's, as it may a person's ("Би-би-си")
        elif entity.type not in ("ORG", "PER"):
            return None
        names = [entity.name, *entity.aliases]
        found = {actor.id: actor for name in names for actor in self.kb.search(name)
                 if actor.type in ORGANISATION_TYPES and actor.country in self.kb.countries}
        if not found and self.inflected_organisations is not None:
            found = {actor.id: actor for actor in self.inflected_organisations(names, one_word=True)
                     if actor.country in self.kb.countries}
        countries = {actor.country for actor in found.values()}
        if len(countries) != 1:
            return None
        code = self.kb.code_on(next(iter(found)), self.on) if len(found) == 1 else None
        return next(iter(countries)), code, "organisation"

    def tokens_of(self, mention: Mention) -> tuple[int, list[int]]:
        """Sentence index and token indexes a mention covers."""
        sentence_index = mention.sentence if mention.sentence >= 0 else self.article.sentence_at(mention.start)
        if sentence_index < 0:
            return -1, []
        tokens = self.article.sentences[sentence_index].tokens
        # tokens are in text order and do not overlap: those inside the mention are one run from the first
        # token starting in it (found by bisection, not a scan of the sentence per mention)
        first = last = bisect.bisect_left(tokens, mention.start, key=TOKEN_START)
        while last < len(tokens) and tokens[last].stop <= mention.stop:
            last += 1
        return sentence_index, list(range(first, last))

    def token(self, sentence: int, index: int) -> Optional[Token]:
        if 0 <= sentence < len(self.article.sentences):
            tokens = self.article.sentences[sentence].tokens
            if 0 <= index < len(tokens):
                return tokens[index]
        return None

    def country_of(self, sentence: int, index: int) -> Optional[str]:
        """The country a token names: inside a country mention, or a country name itself."""
        if (sentence, index) in self.token_country:
            return self.token_country[(sentence, index)]
        if (sentence, index) in self.token_entity:
            return None
        token = self.token(sentence, index)
        if token is None or not token.text[:1].isupper():
            return None
        countries = self.kb.countries
        return countries.by_name(token.lemma or token.text) or countries.by_name(token.text)

    def country_before(self, offset: int, window: int = 600) -> Optional[str]:
        """The country named last before ``offset`` (within ``window`` characters)."""
        position = bisect.bisect_left(self.country_positions, (offset, ""))
        if position and offset - self.country_positions[position - 1][0] <= window:
            return self.country_positions[position - 1][1]
        return None

    def origin(self, match: RoleMatch) -> Optional[str]:
        """The country of a person noun's origin: "студент из Каира" (a capital, city or region), "беженцы из Сирии"."""
        position = origin_position(match, self.article.sentences[match.sentence].tokens)
        if position is None:
            return None
        country = self.word_country(match.sentence, position)
        if country is None:  # "повстанцы из УНИТА": the people of a KB organisation of one country are of that country
            tokens = self.article.sentences[match.sentence].tokens
            # "боевики из группировки «Абу Сайяф»": the name the group noun after "из" stands with
            names = [index for index, token in enumerate(tokens)
                     if token.head == position and token.rel in ("appos", "flat", "flat:name")]
            for index in [position, *names]:
                owner = self.owner_of(match.sentence, index)
                if owner is not None and owner[2] == "organisation":
                    return owner[0]
        return country

    def place_after(self, match: RoleMatch) -> Optional[str]:
        """The country of a place right after a group in its own phrase: "боевиков в Идлибе", "полиция в Техасе"."""
        position = place_position(match, self.article.sentences[match.sentence].tokens)
        return None if position is None else self.word_country(match.sentence, position)

    def opponent_after(self, match: RoleMatch) -> Optional[str]:
        """The country an armed group right after its noun fights: "повстанцев, выступающих против правительства
        Сирии" are Syria's rebels, whoever backs them."""
        for position in opponent_positions(match, self.article.sentences[match.sentence].tokens):
            country = self.word_country(match.sentence, position)
            if country is not None:
                return country
        return None

    def reflexive_owner(self, match: RoleMatch) -> Optional[str]:
        """The country of the subject "свой" points to: "Сирия ... приступила к выводу своих войск" are Syria's
        troops, wherever they stand (a country, a place in one, or a KB organisation of one)."""
        position = reflexive_subject(match, self.article.sentences[match.sentence].tokens)
        if position is None:
            return None
        country = self.word_country(match.sentence, position)
        if country is None:
            owner = self.owner_of(match.sentence, position)
            country = owner[0] if owner is not None else None
        return country

    def word_country(self, sentence: int, position: int) -> Optional[str]:
        """The country of the word at ``position``: a country, a place in one, or a place's owner ("штата X")."""
        country = self.country_of(sentence, position) or self.token_place.get((sentence, position))
        if country is None:
            owner = self.owner_of(sentence, position)
            country = owner[0] if owner is not None and owner[2] == "place" else None
        return country

    def place_before(self, offset: int, sentences: int = 3) -> Optional[str]:
        """The country of the place named last before ``offset`` in the locative ("в Бангкоке", "в Таиланде"),
        within this sentence and the ``sentences`` before it: where the story is."""
        current = self.article.sentence_at(offset)
        for sentence in range(current, max(current - sentences, 0) - 1, -1):
            tokens = self.article.sentences[sentence].tokens if sentence >= 0 else []
            for index in range(len(tokens) - 1, -1, -1):
                if tokens[index].start < offset and self._locative_place(sentence, index):
                    return self._locative_place(sentence, index)
        return None

    def sentence_countries(self, sentence: int, before: Optional[int] = None,
                           destinations: bool = True) -> list[str]:
        """Countries named in one sentence (names, adjectives, demonyms), in text order, each once; with ``before``
        (an office's offset), only those named before it: "Глава государства обвинил российские спецслужбы",
        "Глава государства обвинил Россию" name the other side's country after the office, not the office's own
        (which its phrase would name: "глава российского государства", "президент России").  Without
        ``destinations``, not a place someone goes to ("выслана в Мексику", "бежавших в Турцию": ``_destination``)."""
        if not 0 <= sentence < len(self.article.sentences):
            return []
        span = self.article.sentences[sentence]
        found: list[str] = []
        for offset, country in self.countries_named_in(span):
            if country in found or _on_symbol(span.tokens, offset):
                continue
            if before is not None and offset > before:
                continue
            if not destinations and _destination(span.tokens, offset):
                continue
            found.append(country)
        return found

    def partner_countries(self, sentence: int, index: int) -> set[str]:
        """The countries the act of the subject at ``index`` is done to or with: named in the object or an
        oblique phrase of its verb, within its clause ("Генштаб объявил о прекращении контактов с Анкарой":
        Turkey; not "МИД заявил, что Россия ...": a clause of its own)."""
        if not 0 <= sentence < len(self.article.sentences):
            return set()
        span = self.article.sentences[sentence]
        tokens = span.tokens
        if not 0 <= index < len(tokens) or not tokens[index].rel.startswith("nsubj"):
            return set()
        verb = tokens[index].head
        starts = {token.start: position for position, token in enumerate(tokens)}
        found: set[str] = set()
        for offset, country in self.countries_named_in(span):
            position = starts.get(offset)
            for _ in range(6):
                if position is None or not 0 <= position < len(tokens) or position == index:
                    break
                token = tokens[position]
                if token.head == verb:
                    if token.rel in PARTNER_RELATIONS:
                        found.add(country)
                    break
                if token.rel not in PHRASE_RELATIONS:
                    break
                position = token.head
        return found

    def in_phrase_of(self, sentence: int, index: int, countries: Iterable[str]) -> bool:
        """Whether one of ``countries`` is named inside the phrase headed by the token at ``index`` but for the
        head itself ("США и Великобритания": Britain is in the phrase of "США")."""
        span = self.article.sentences[sentence]
        tokens = span.tokens
        starts = {token.start: position for position, token in enumerate(tokens)}
        wanted = set(countries)
        for offset, country in self.countries_named_in(span):
            position = starts.get(offset)
            if country not in wanted or position is None or position == index:
                continue
            if branch_under(lambda word: tokens[word].head, len(tokens), position, index) >= 0:
                return True
        return False

    def countries_named_in(self, span: Sentence) -> list[tuple[int, str]]:
        """(offset, country) of every country and capital the sentence ``span`` names, in text order."""
        return sorted(self._positions_in(self.country_positions, span.start, span.stop)
                      + self._positions_in(self.capital_positions, span.start, span.stop))

    @staticmethod
    def _positions_in(positions: list[tuple[int, str]], start: int, stop: int) -> list[tuple[int, str]]:
        first = bisect.bisect_left(positions, (start, ""))
        last = bisect.bisect_left(positions, (stop, ""))
        return positions[first:last]

    def place_country(self, sentence: int) -> Optional[str]:
        """The first country the sentence names as a place, in the locative ("в КНДР казнен чиновник"), not as the
        venue of a meeting ("переговоры в Джакарте", "подписанное в Осло соглашение": ``data/venue_nouns.txt``)."""
        if not 0 <= sentence < len(self.article.sentences):
            return None
        for index in range(len(self.article.sentences[sentence].tokens)):
            country = self._locative_place(sentence, index)
            if country and not self._venue(sentence, index):
                return country
        return None

    def venue_countries(self, sentence: int) -> frozenset[str]:
        """Countries the sentence names only as the venue of a meeting ("на переговорах в Женеве")."""
        return self._countries_named_only_as(sentence, self._venue)

    def border_countries(self, sentence: int) -> frozenset[str]:
        """Countries the sentence names only as the owner or the neighbour of a border ("позиции армии у турецкой
        границы", "удары вблизи границы с Турцией", "войска у границ Украины"): a border lies between two states, so
        it tells whose no one near it is (``data/border_nouns.txt``)."""
        return self._countries_named_only_as(sentence, self._by_border)

    def _countries_named_only_as(self, sentence: int, named_as: Callable[[int, int], bool]) -> frozenset[str]:
        """Countries every mention of which in the sentence is one that ``named_as(sentence, position)`` accepts."""
        if not 0 <= sentence < len(self.article.sentences):
            return frozenset()
        span = self.article.sentences[sentence]
        starts = {token.start: position for position, token in enumerate(span.tokens)}
        accepted, others = set(), set()
        for offset, country in self.countries_named_in(span):
            position = starts.get(offset)
            if position is not None and named_as(sentence, position):
                accepted.add(country)
            else:
                others.add(country)
        return frozenset(accepted - others)

    def _by_border(self, sentence: int, index: int) -> bool:
        """Whether the word at ``index`` hangs on a border noun ("у турецкой границы", "границы с Турцией")."""
        tokens = self.article.sentences[sentence].tokens
        head = tokens[index].head
        return 0 <= head < len(tokens) and lemma_key(tokens[head]) in border_nouns()

    def _venue(self, sentence: int, index: int) -> bool:
        """Whether the place at ``index`` is where a meeting is held: its head (or the head of the participle it
        hangs on) is a meeting noun ("переговоры в Женеве", "подписанное в Осло соглашение"), or a verb whose
        subject or object is one ("подписали в Осло соглашение", "переговоры прошли в Женеве")."""
        tokens = self.article.sentences[sentence].tokens
        head = tokens[index].head
        for _ in range(2):
            if not 0 <= head < len(tokens):
                return False
            if lemma_key(tokens[head]) in venue_nouns():
                return True
            if tokens[head].pos == "VERB" and any(
                token.head == head and token.rel in ("obj", "nsubj", "nsubj:pass") and lemma_key(token) in venue_nouns()
                for token in tokens
            ):
                return True
            if tokens[head].feats.get("VerbForm") != "Part":
                return False
            head = tokens[head].head
        return False

    def _locative_place(self, sentence: int, index: int) -> Optional[str]:
        """The country a token names as a place: "в Мали", "в Минске", or a name under a place noun in the
        locative ("в секторе Газа", "на юге Ливана")."""
        country = self.token_country.get((sentence, index)) or self.token_place.get((sentence, index))
        if not country:
            return None
        tokens = self.article.sentences[sentence].tokens
        token = tokens[index]
        head = tokens[token.head] if 0 <= token.head < len(tokens) else None
        if token.feats.get("Case") == "Loc":
            locative = index
        elif head is not None and head.pos == "NOUN" and head.feats.get("Case") == "Loc":
            locative = token.head
        else:
            return None
        if any(kid.head == locative and kid.rel == "case" and kid.text.lower() in NO_PLACE_PREPOSITIONS
               for kid in tokens):
            return None  # "при посредничестве Кении", "о Кении": a mediator or a topic, not where it happens
        return country

    def main_country(self, before: Optional[int] = None) -> Optional[str]:
        """The country the article names most (up to ``before``), the latest on a tie."""
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        for offset, country in self.country_positions:
            if before is not None and offset >= before:
                break
            counts[country] += 1
            last[country] = offset
        if not counts:
            return None
        return max(counts, key=lambda country: (counts[country], last[country]))


def _code_country(kb: Any, iso3: str) -> str:
    """The country a historical state's roles are coded with: "армия Третьего рейха" is DEUMIL (XTR is
    coded DEU, the Russian Empire RUS); a state with a code of its own, or with a role in it, keeps its ISO3."""
    country = kb.countries.get(iso3)
    code = country.code if country is not None else None
    return code if code and len(code) == 3 and code != iso3 else iso3


def country_by_name(kb: Any, name: str) -> Optional[str]:
    """ISO3 of a country name, also inflected ("Коста-Рикой", "Демократической Республики Конго")."""
    found = kb.countries.by_name(name)
    if found:
        return found
    words = split_name(name)
    if not words or not words[0][:1].isalpha():
        return None
    for country_words, iso3 in _country_words(kb.countries).get((len(words), words[0][:3]), ()):
        if words_match(words, country_words):
            return iso3
    return None


_COUNTRY_WORDS: dict[int, tuple[Any, dict[tuple[int, str], list[tuple[list[str], str]]]]] = {}


def _country_words(countries: Any) -> dict[tuple[int, str], list[tuple[list[str], str]]]:
    """(word count, first letters) -> (words of a country name, ISO3), for inflected names."""
    cached = _COUNTRY_WORDS.get(id(countries))
    if cached is not None and cached[0] is countries:
        return cached[1]
    index: dict[tuple[int, str], list[tuple[list[str], str]]] = {}
    for country in countries.countries.values():
        for name in dict.fromkeys([country.name, country.long_name, *country.names]):
            words = split_name(name) if name else []
            if words:
                index.setdefault((len(words), words[0][:3]), []).append((words, country.iso3))
    _COUNTRY_WORDS[id(countries)] = (countries, index)
    return index


PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "изо", "под", "около", "близ"})
NO_PLACE_PREPOSITIONS = frozenset({"при", "о", "об", "обо"})  # a locative after them names no place
DIRECTION_PREPOSITIONS = frozenset({"в", "во", "на"})  # with the accusative: where to, not where


def _destination(tokens: list[Token], offset: int) -> bool:
    """Whether the place named at ``offset`` is where someone goes: "в"/"на" + the accusative ("выслана в
    Мексику", "вылетел в Китай", "бежали на Украину").  A role beside it is not that place's."""
    index = bisect.bisect_left(tokens, offset, key=TOKEN_START)
    if index >= len(tokens) or tokens[index].start != offset or tokens[index].feats.get("Case") != "Acc":
        return False
    return any(kid.head == index and kid.rel == "case" and kid.text.lower() in DIRECTION_PREPOSITIONS
               for kid in tokens[max(0, index - 3):index])
REGION_GAP = r"[\s,—–\-(]*(?:штат\w*|провинци\w*|област\w*)?[\s,—–\-(]*"
REGION_REACH = 40  # characters read on each side of a city's mention for a region beside it


def region_beside(entity: Entity, context: Context) -> Optional[Any]:
    """The region (a state, a province) named right beside a city's mention ("Дартмут, Массачусетс",
    "Университета штата Массачусетс — Дартмут"), inside an organisation's name too."""
    text = context.article.text
    for other in context.article.entities:
        if other.type != "LOC" or other is entity or other.id in context.entity_country:
            continue
        spellings = {mention.text for mention in other.mentions}
        windows = [(text[max(0, city.start - REGION_REACH):city.start], text[city.stop:city.stop + REGION_REACH])
                   for city in entity.mentions]
        # most places are no region, or nowhere near the city: decided before any pattern is built
        if not any(name in left or name in right for name in spellings for left, right in windows):
            continue
        region = find_region(other.name, context.entity_country.values())
        if region is None:
            continue
        names = "|".join(re.escape(name) for name in spellings)
        before = re.compile(f"(?:{names}){REGION_GAP}$")
        after = re.compile(f"{REGION_GAP}(?:{names})")
        if any(before.search(left) or after.match(right) for left, right in windows):
            return region
    return None


@lru_cache(maxsize=1)
def region_noun_before() -> re.Pattern[str]:
    """A region noun ending the text before a place's name (``data/region_noun_stems.txt``)."""
    stems = "|".join(re.escape(stem) for stem in data_words("region_noun_stems.txt"))
    return re.compile(f"(?:{stems})[а-яё]*\\s+$", re.IGNORECASE)


def _region_noun_country(entity: Entity, context: Context, before: bool = False) -> Optional[str]:
    """The one country named in the sentence of a mention that follows a region noun ("в Боливии ... в
    провинции Пандо", "власти Перу ... в департаменте Пуно"): the region lies there. ``before``: only a country
    named before the mention counts (not "жителей штата Нью-Йорк ... врагов Израиля")."""
    text = context.article.text
    for mention in entity.mentions:
        if not region_noun_before().search(text[max(0, mention.start - REGION_REACH):mention.start]):
            continue
        sentence = context.tokens_of(mention)[0]
        countries = {context.entity_country[other.id] for other in context.article.entities
                     if other is not entity and other.id in context.entity_country
                     and any(_names_country_in(context, found, sentence) and (not before or found.stop <= mention.start)
                             for found in other.mentions)}
        if len(countries) == 1:
            return countries.pop()
    return None


def _names_country_in(context: Context, mention: Mention, sentence: int) -> bool:
    """The mention names its country by a noun in ``sentence`` ("Боливии"), not by an adjective ("нигерийского")."""
    found, indexes = context.tokens_of(mention)
    return found == sentence and bool(indexes) \
        and all(context.article.sentences[found].tokens[index].pos != "ADJ" for index in indexes)


@lru_cache(maxsize=1)
def symbol_nouns() -> frozenset[str]:
    return frozenset(data_words("symbol_nouns.txt"))


def _on_symbol(tokens: list[Token], offset: int) -> bool:
    """Whether the word at ``offset`` is an adjective on a state's symbol ("израильский флаг"): it tells what people
    act on, not whose they are."""
    index = bisect.bisect_left(tokens, offset, key=TOKEN_START)
    return (
        index + 1 < len(tokens)
        and tokens[index].start == offset
        and tokens[index].pos == "ADJ"
        and lemma_key(tokens[index + 1]) in symbol_nouns()
    )


def location_names(entity: Entity) -> list[str]:
    """The names of a place entity to look up: its name and aliases, and for a one-word name the dictionary lemma
    (a plural-only name the normaliser leaves inflected, "Афинами", "в Каннах"; a rare city's, "Диярбакыра")."""
    names = [entity.name, *entity.aliases]
    if " " not in entity.name:
        lemma = lemmatize(entity.name, "PROPN")
        if normalize(lemma) not in {normalize(name) for name in names}:
            names.append(lemma)
    return names


# The oblique endings of a feminine "-а" noun, and its nominative: a capital the dictionary does not know keeps them
# in its lemma ("Боготы" -> "богот", "Асмэре", "Любляну"), so a capital is looked up by its nominative guessed too.
FEMININE_OBLIQUE = (("ой", "а"), ("ы", "а"), ("е", "а"), ("у", "а"), ("и", "а"))
# and of a masculine noun ending in a consonant ("в Банжуле", "Бишкека"), whose nominative drops them
MASCULINE_OBLIQUE = (("ом", ""), ("а", ""), ("у", ""), ("е", ""))
OBLIQUE_ENDINGS = FEMININE_OBLIQUE + MASCULINE_OBLIQUE


def capital_names(entity: Entity) -> list[str]:
    """The names of a place entity to look up among capitals: ``location_names`` and, for a one-word name, the
    nominatives of a feminine "-а" or a masculine noun its ending allows ("Боготы", "Кампале", "Банжуле"), also of
    the words as written. Only capitals are matched against them (a short closed list): a guess that matches none
    is harmless."""
    names = location_names(entity)
    if " " in entity.name.strip():
        return names
    # the words as written too: the normaliser may have cut a name it does not know to a wrong nominative
    # ("в Кампале" -> "Кампаля", "в Яунде" -> "Яунд", "в Асмэре" -> "Асмэр")
    words = [entity.name.strip()]
    words += [mention.text.strip() for mention in entity.mentions
              if mention.kind == "name" and " " not in mention.text.strip() and mention.text.strip() not in words]
    guesses = list(words[1:])
    guesses += [word[: -len(ending)] + nominative for word, lower in zip(words, map(str.lower, words))
                for ending, nominative in OBLIQUE_ENDINGS
                if lower.endswith(ending) and len(word) > len(ending) + 2]
    return names + [guess for n, guess in enumerate(guesses) if guess not in names and guess not in guesses[:n]]


def _hyphen_adjective(word: str) -> str:
    """"Сьерра-леонские" -> "сьерра-леонский": the lemma of a hyphenated adjective by its last part."""
    first, _, last = word.lower().rpartition("-")
    return f"{first}-{lemmatize(last, 'ADJ')}" if first and last else ""


def _hyphen_head(lemma: str) -> str:
    """"повстанцы-тутси" -> "повстанец": a hyphenated pair of nouns is of the kind its first noun names."""
    first, _, last = lemma.partition("-")
    return lemmatize(first, "NOUN") if first and last and len(first) > 3 else lemma


def capital_country(kb: Any, entity: Entity) -> Optional[str]:
    """The country whose capital a place entity names, by any of its names: "в Афинах", a plural-only name the
    normaliser leaves inflected, is Athens as "Афины" is; "Боготы", a name the dictionary does not know, Bogota."""
    return next(filter(None, (kb.countries.by_capital(name) for name in capital_names(entity))), None)


def build_context(article: Article, kb: Any,
                  inflected_organisations: Optional[Callable[..., list[Any]]] = None) -> Context:
    context = Context(article=article, on=article.published, kb=kb, inflected_organisations=inflected_organisations)
    inside_places = _place_name_spans(article, kb) + _former_state_spans(article)
    # each place's capital country, looked up once here: the loops below and ``Context._owner`` ask again of the
    # same entities (its names and their guesses are looked up anew at each call)
    capitals: dict[int, Optional[str]] = {}
    for entity in article.entities:
        capital: Optional[str] = None
        if entity.type == "LOC":
            country = None if names_river(entity, article) else country_by_name(kb, entity.name)
            if country:
                context.entity_country[entity.id] = _code_country(kb, country)
            else:  # "в Минске", "в Латакии": a place in that country, for the context of roles (not a name of it)
                capital = capitals[id(entity)] = capital_country(kb, entity)
        for mention in entity.mentions:
            sentence = mention.sentence if mention.sentence >= 0 else article.sentence_at(mention.start)
            if sentence < 0:
                continue
            if entity.id in context.entity_country and any(
                    start <= mention.start and mention.stop <= stop for start, stop in inside_places):
                continue  # "Косовского" of "Косовский район": a district, not Kosovo
            tokens = article.sentences[sentence].tokens
            first = bisect.bisect_left(tokens, mention.start, key=TOKEN_START)
            for index in range(first, len(tokens)):
                if tokens[index].start >= mention.stop:
                    break
                context.token_entity.setdefault((sentence, index), entity)
                if entity.id in context.entity_country:  # a country inside an organisation's name too
                    context.token_country[(sentence, index)] = context.entity_country[entity.id]
                elif capital:
                    context.token_place[(sentence, index)] = capital
            if capital:
                context.capital_positions.append((mention.start, capital))
            if entity.id in context.entity_country:
                context.country_mentions[context.entity_country[entity.id]] += 1
                context.country_positions.append((mention.start, context.entity_country[entity.id]))
    for entity in article.entities:  # a region or city ("штата Нью-Йорк") places a role in its country too
        if entity.type != "LOC" or entity.id in context.entity_country:
            continue
        capital = capitals[id(entity)] if id(entity) in capitals else capital_country(kb, entity)
        if not capital:
            # kept for owner_of: the entities of the article keep their owner while the context lives
            owner = context.owners_by_entity[entity.id] = context._owner(entity, capital)
            if owner is not None:
                context.capital_positions += [(mention.start, owner[0]) for mention in entity.mentions]
    _unplace_shared_seats(context)
    context.country_positions.sort()
    context.capital_positions.sort()
    return context


def _unplace_shared_seats(context: Context) -> None:
    """A shared seat-of-power name ("Белый дом", ``data/shared_seats.tsv``) in an article that never names the
    country of the KB seat places no role there: it may be the building of Moscow or Bishkek."""
    seats = shared_seats()
    for entity in context.article.entities:
        if entity.type != "LOC" or normalize(entity.name) not in seats:
            continue
        starts = {mention.start for mention in entity.mentions}
        others = seats[normalize(entity.name)]
        context.capital_positions = [(offset, country) for offset, country in context.capital_positions
                                     if offset not in starts or (context.country_mentions[country]
                                                                 and not seat_told_elsewhere(context, entity, country,
                                                                                             others))]


def seat_told_elsewhere(context: Context, entity: Entity, own: Optional[str], others: Iterable[str]) -> bool:
    """Whether a shared seat-of-power name is told of another country's building although the article names the
    KB seat's own country too: each sentence with the name names a place (a city, a region) of one of the others
    and not the own country ("В Бишкеке демонстранты взяли Белый дом"), or the article names one of the others (or
    its places) at least twice as often as the own one and no sentence with the name, nor the one before or after
    it, names the own one ("охраны Белого дома" in a Bishkek story that says elsewhere "Госдепартамент США призвал ..."; not "Президент
    Киргизии прилетел в США. Он посетил Белый дом")."""
    if own is None:
        return False
    others = set(others)
    starts = {mention.start for mention in entity.mentions}
    places = [(offset, country) for offset, country in context.capital_positions if offset not in starts]
    positions = context.country_positions + places
    counts = Counter(country for _offset, country in positions)
    sentences = context.article.sentences

    def named(index: int, found: list[tuple[int, str]]) -> set[str]:
        if not 0 <= index < len(sentences):
            return set()
        span = sentences[index]
        return {country for offset, country in found if span.start <= offset < span.stop}

    placed, far = True, any(counts[other] >= 2 * counts[own] for other in others)
    for mention in entity.mentions:
        index = mention.sentence if mention.sentence >= 0 else context.article.sentence_at(mention.start)
        here = named(index, positions)
        placed = placed and own not in here and bool(named(index, places) & others)
        far = far and own not in here | named(index - 1, positions) | named(index + 1, positions)
    return placed or far


def _place_name_spans(article: Article, kb: Any) -> list[tuple[int, int]]:
    """Spans of the mentions of places that are no countries ("Косовский район", "Мексиканский залив"):
    a country adjective inside one names the place, not the country."""
    spans = []
    for entity in article.entities:
        if entity.type == "LOC" and not country_by_name(kb, entity.name) and " " in entity.name.strip():
            spans += [(mention.start, mention.stop) for mention in entity.mentions]
    return spans


FORMER = "бывший"


def _former_state_spans(article: Article) -> list[tuple[int, int]]:
    """Spans of the adjectives of "бывшей югославской республики", "бывшая советская республика": a
    successor state the article names otherwise, not the country of the adjective."""
    spans = []
    for sentence in article.sentences:
        tokens = sentence.tokens
        # the sentence's role lemmas (made once for the role tagger and the linker) hold "бывший" wherever a
        # lemma does (and where a participle of "быть" is written so): no other sentence need be looked at
        if FORMER not in sentence_role_lemmas(tokens):
            continue
        for index in range(1, len(tokens) - 1):
            if tokens[index].pos == "ADJ" and lemma_key(tokens[index - 1]) == FORMER \
                    and lemma_key(tokens[index + 1]) in country_anaphora():
                spans.append((tokens[index].start, tokens[index].stop))
    return spans


AGE_ADJECTIVE = re.compile(r"^\d+-летн[а-яё]*$")  # "31-летний": the tagger often reads it as a numeral


def _apposition_modifier(token: Token) -> bool:
    """An adjective between "X," and the noun in apposition after it ("X, 26-летний пакистанец", "X, молодой
    студент"), an age written with digits included."""
    return token.pos == "ADJ" or AGE_ADJECTIVE.match(normalize(token.text)) is not None


IGO_PREFIX = "IGO"
KIN_REACH = 4  # words after a kinship noun that may name the relative: "брата лидера КНДР Ким Чен Ына"
FORMER_REACH = 2  # words between a former word and the body's name: "бывшего главы МВФ", "экс-глава МВФ"


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Lemmas of kinship nouns (``data/kin_nouns.txt``)."""
    return frozenset(data_words("kin_nouns.txt"))


@lru_cache(maxsize=1)
def official_nationalities() -> dict[str, str]:
    """KB person id -> the citizenship of a person whose KB country is an international body
    (``data/official_nationalities.tsv``)."""
    return {row[0].strip(): row[1].strip() for row in data_rows("official_nationalities.tsv") if len(row) >= 2}


def _apposition_noun(context: Context, sentence: int, last: int) -> Optional[int]:
    """The token of the noun in apposition after a name ending at ``last``: after "," or a dash, past up to
    two adjectives ("Абид Насир, 26-летний пакистанец", "X, старший брат ..."); None without the mark."""
    mark = context.token(sentence, last + 1)
    if mark is None or mark.text not in APPOSITION_MARKS:
        return None
    index = last + 2
    while index - last - 2 < APPOSITION_ADJECTIVES and (token := context.token(sentence, index)) is not None \
            and _apposition_modifier(token):
        index += 1
    return index


BODY_REACH = 4  # words of a body's name between a role and a name: "депутата Государственной думы X"


# ---------------------------------------------------------------- linking


@dataclass
class Choice:
    actor: Any  # KBActor
    confidence: float
    reason: str


class Linker:
    """Resolves entities and role phrases to actors; one per process (the KB loads once)."""

    def __init__(self, kb: Any = None) -> None:
        self.kb = kb if kb is not None else default_kb()
        self._wikidata: dict[str, Optional[str]] = {}
        self._people: Optional[PersonIndex] = None
        self._courts: Optional[list[tuple[Any, re.Pattern[str]]]] = None
        self._bodies: Optional[BodyIndex] = None
        self._given_names: Optional[frozenset[str]] = None
        self._given_by_prefix: Optional[dict[str, list[str]]] = None
        self._titled_people: Optional[dict[str, list[tuple[str, frozenset[str], Any]]]] = None
        self._organisation_names: Optional[dict[tuple[int, str], list[tuple[list[str], Any]]]] = None

    def load_indexes(self) -> None:
        """Build now what the linker builds when an article first needs it: the KB's people, given names and
        bodies, the gazetteer's cities and regions, the organisation names without generic words (~0.2 CPU s
        in all, most of it the cities). A worker process does it at start, with its models, not in the first
        batch it is timed on; the indexes are the same whenever they are built."""
        self.people, self.given_names, self.bodies  # noqa: B018  (properties that build and keep an index)
        city_index()
        region_index()
        loose_index()

    @property
    def people(self) -> PersonIndex:
        if self._people is None:
            self._people = PersonIndex.build(actor for actor in self.kb if actor.type == PERSON)
        return self._people

    @property
    def given_names(self) -> frozenset[str]:
        """First words of the KB's people: a lone word among them may be anyone's given name."""
        if self._given_names is None:
            self._given_names = frozenset(
                split_name(name)[0] for actor in self.kb if actor.type == PERSON
                for name in [actor.name, *actor.names] if len(split_name(name)) > 1)
        return self._given_names

    def _is_given_name(self, word: str) -> bool:
        """The word is (an inflected form of) a KB person's given name, or an initial."""
        if word.endswith(".") or len(word) == 1:
            return True
        if self._given_by_prefix is None:
            self._given_by_prefix = {}
            for name in self.given_names:
                self._given_by_prefix.setdefault(name[:3], []).append(name)
        return any(forms_match(word, name) for name in self._given_by_prefix.get(normalize(word)[:3], ()))

    @property
    def bodies(self) -> BodyIndex:
        if self._bodies is None:
            owners: dict[str, list[list[str]]] = {}
            for iso3 in {actor.country for actor in self.kb if actor.country}:
                country = self.kb.countries.get(iso3)
                if country is not None:
                    names = [country.name, country.long_name or "", *country.names]
                    owners[iso3] = [normalize(name).split() for name in names if name]
            igos: dict[str, Any] = {}
            for actor in self.kb:  # an IGO's bodies are named after the IGO itself: "Совет Безопасности ООН"
                if actor.type == "igo" and actor.country and actor.country not in owners:
                    best = igos.get(actor.country)
                    if best is None or len(actor.name.split()) < len(best.name.split()):
                        igos[actor.country] = actor
            for code, actor in igos.items():
                owners[code] = [normalize(name).split() for name in [actor.name, *actor.names]]
            self._bodies = BodyIndex.build(
                (actor for actor in self.kb if actor.type in ORGANISATION_TYPES), owners)
        return self._bodies

    # -- codes and actors

    def code(self, actor: Any, on: Optional[date]) -> str:
        code = self.kb.code_on(actor.id, on)
        if code:
            return code
        if not actor.country:
            return UNKNOWN
        return continuing_state(actor.country, on) or actor.country

    def actor_wikidata(self, actor: Any, entity_type: str) -> Optional[str]:
        if actor.wikidata:
            return actor.wikidata
        if actor.id not in self._wikidata:
            self._wikidata[actor.id] = wikidata_for([actor.name, *actor.names], entity_type)
        return self._wikidata[actor.id]

    def make_actor(self, actor: Any, entity_type: str, on: Optional[date], confidence: float, reason: str) -> Actor:
        return Actor(
            id=actor.id,
            code=self.code(actor, on),
            name=actor.name,
            wikidata=self.actor_wikidata(actor, entity_type),
            confidence=confidence,
            reason=reason,
        )

    def country_actor(self, iso3: str, code: Optional[str], confidence: float, reason: str) -> Actor:
        country = self.kb.countries.get(iso3)
        kb_actor = self.kb.actor(iso3)
        return Actor(
            id=kb_actor.id if kb_actor is not None else iso3,
            code=code or (country.code if country else iso3),
            name=country.name if country else iso3,
            wikidata=(country.wikidata if country else None) or (kb_actor.wikidata if kb_actor else None),
            confidence=confidence,
            reason=reason,
        )

    @property
    def organisation_names(self) -> dict[tuple[int, str], list[tuple[list[str], Any]]]:
        """(word count, first letters) -> (words, actor) of the KB organisation names with a hyphenated word."""
        if self._organisation_names is None:
            self._organisation_names = {}
            for actor in self.kb:
                if actor.type not in ORGANISATION_TYPES:
                    continue
                for name in dict.fromkeys([actor.name, *actor.names]):
                    words = normalize(name).split()
                    if words and (any("-" in word.strip("-") for word in words) or _one_proper_word(name)):
                        self._organisation_names.setdefault((len(words), words[0][:3]), []).append((words, actor))
        return self._organisation_names

    def inflected_organisations(self, names: list[str], one_word: bool = False) -> list[Any]:
        """KB organisations whose hyphenated name is an inflected form of one of ``names``: "Аль-Кайде"
        (Аль-Кайда); every part may take a case ending, as in a person's name.  ``one_word``: a name of
        one capitalised word too ("Хезболлы", "Газпрома"), for a mention NER typed as an organisation."""
        found: dict[str, Any] = {}
        for name in names:
            words = normalize(name).split()
            if not words or not (any("-" in word.strip("-") for word in words) or one_word and _one_proper_word(name)):
                continue
            for kb_words, actor in self.organisation_names.get((len(words), words[0][:3]), ()):
                if words_match(words, kb_words):
                    found.setdefault(actor.id, actor)
            if found:
                break
        return list(found.values())

    def loose_organisations(self, names: list[str], context: Context) -> list[Any]:
        """The KB organisation whose name differs from one of ``names`` only by generic words ("Совет
        сотрудничества государств Персидского залива", ``known_organisations.loose_matches``), for the first
        name that fits one organisation alone; a party only where the article names its country or the name
        has three words or more."""
        for name in names:
            found = [actor for actor_id in loose_matches(name, self.kb.countries)
                     if (actor := self.kb.actor(actor_id)) is not None
                     and (self._in_context(actor, context) or len(name.split()) >= 3)]
            if len(found) == 1:
                return found
        return []

    def organisation_after(self, context: Context, sentence: int, index: int) -> Optional[str]:
        """The code of an international organisation whose name begins at ``index`` ("Совет министров" +
        "Европейского союза"), or None."""
        entity = context.token_entity.get((sentence, index))
        return None if entity is None else self._organisation_code(entity.name, context)

    def _organisation_code(self, name: str, context: Context) -> Optional[str]:
        """The code of the one international organisation ``name`` is, on the article's day, or None."""
        codes = {code for actor in self.kb.search(name)
                 if (code := self.kb.code_on(actor.id, context.on) or "").startswith("IGO")}
        return codes.pop() if len(codes) == 1 else None

    def _organisation_inside(self, context: Context, entity: Entity, tokens: list[Token],
                             indexes: list[int]) -> Optional[str]:
        """The code of the international organisation whose name a body's name goes on with ("Совет министров
        Лиги арабских государств", "Совет министров иностранных дел СНГ": NER kept one span, with the
        organisation's own mention nested inside it), or None."""
        for index in indexes[1:]:
            start = tokens[index].start
            for other in context.article.entities:
                if other is entity or other.type != "ORG" \
                        or not any(mention.start == start for mention in other.mentions):
                    continue
                code = self._organisation_code(other.name, context)
                if code is not None:
                    return code
        return None

    def _named_after_person(self, tokens: list[Token], indexes: list[int], context: Context, sentence: int) -> bool:
        """Whether a movement's name goes on with a person's name: a given name inside it ("Фронт освобождения
        Хосе Марти"), or a person's mention NER split off right after it ("Фронт национального освобождения" +
        "Фарабундо Марти"). Such a movement is not the one of the country the sentence names."""
        after = context.token_entity.get((sentence, indexes[-1] + 1))
        if after is not None and after.type == "PER":
            return True
        return any(tokens[index].text[:1].isupper() and self._is_given_name(tokens[index].text)
                   for index in indexes[1:])

    def _after_kind(self, names: list[str], context: Context) -> list[Any]:
        """The KB organisation named after a noun of its kind ("Агентство Рейтер", "Движение ФАТХ"): one in
        the article's countries, else the one organisation of that name (as a body's name without its owner)."""
        named = [rest for name in names if (rest := _after_kind_noun(name))]
        if not named:
            return []
        found = list({actor.id: actor for actor in [*self.search(named, ORGANISATION_TYPES),
                                                    *self.inflected_organisations(named, one_word=True)]}.values())
        inside = [actor for actor in found if self._in_context(actor, context)]
        return inside if len(inside) == 1 else found if len(found) == 1 else []

    def search(self, names: list[str], types: tuple[str, ...]) -> list[Any]:
        found: dict[str, Any] = {}
        for name in names:
            for actor in self.kb.search(name):
                if actor.type in types and not _acronym_only(name, actor):
                    found.setdefault(actor.id, actor)
            if found:
                break
        return list(found.values())

    # -- the country of a role named without one

    def country_around(self, context: Context, offset: int, sentence: int,
                       named: bool = False, office: bool = False,
                       others: frozenset[str] = frozenset()) -> tuple[Optional[str], str]:
        """Whose a role named without its country is ("полиция задержала", "президент заявил").

        The clues of ``data/context_country.txt`` in their order: a country the sentence names as
        a place, any country the sentence names (of several, the one the article names most), the
        country of a KB person the sentence names, the country the article names most.  Returns (country, clue), or (None, "").
        An ``office`` (a post or a member: "глава государства", "посол"; and an unarmed group: "правозащитники",
        "демонстранты", kb/roles.py) does not take a country the sentence names only after it ("Глава государства
        обвинил российские спецслужбы": the other side's).
        ``others``: countries that are someone else's, not the role's, whatever clue names them (the visitors an
        armed group attacks: "Боевики обстреляли колонну с непальскими миротворцами").
        """
        venues = context.venue_countries(sentence)  # "на переговорах в Женеве": no party's country
        # "позиции армии у турецкой границы": a country named only by its border is none of the sentence's roles'
        others = others | context.border_countries(sentence)
        for clue, unnamed_only in context_order():
            if named and unnamed_only:
                continue
            country: Optional[str] = None
            if clue == "place":
                country = context.place_country(sentence)
            elif clue == "sentence":
                countries = [country for country in context.sentence_countries(
                    sentence, before=offset if office else None, destinations=False)
                    if country not in others and country not in venues]
                if countries:
                    # the countries of the KB people the sentence names compete too: "Борисов уволил министра
                    # финансов X ... чешской компании" is about Bulgaria, the country the article names most
                    countries = countries + [country for country in self._person_countries_before(
                        context, sentence, offset if office else None) if country not in countries]
                    # a named person's country is no place's ("в Гааге судят генерала X"): names only
                    places = [] if named else context.capital_positions
                    weights = Counter(country for _offset, country in context.country_positions + places)
                    country = max(countries, key=lambda c: (weights[c], -countries.index(c)))
            elif clue == "person":
                # an office does not take the country of a person named only after it ("Министр сообщил о
                # разговоре с министром Азербайджана Байрамовым", "Прокурор обвинил Браудера"): the other side's
                country = next(iter(self._person_countries_before(context, sentence, offset if office else None)),
                               None)
            elif clue == "article":
                country = self.article_country(context)
            elif clue == "before":
                country = context.country_before(offset)
            if country in others:
                continue
            if country:
                return country, clue
        return None, ""

    def body_country(self, context: Context, role: str) -> Optional[str]:
        """The one country whose body of ``role`` the article names: "законодатели" in a story that names
        "Сенат США" (and no other parliament) are American, whatever country the story is about."""
        if context.role_bodies is None:
            context.role_bodies = {}
            for entity in context.article.entities:
                if entity.type != "ORG" or not entity.mentions:
                    continue
                code = (entity.actor or self.link_organisation(entity, context)).code
                if len(code) == 6 and code[:3] in self.kb.countries:
                    context.role_bodies.setdefault(code[3:], set()).add(code[:3])
        countries = context.role_bodies.get(role, set())
        return next(iter(countries)) if len(countries) == 1 else None

    def body_named_before(self, context: Context, sentence: int, offset: int,
                          window: int = BODY_ANAPHORA_SENTENCES) -> Optional[str]:
        """The country of the state body (an organisation linked to a country's GOV, MIL, SPY, COP, LEG or JUD)
        named last before ``offset`` in this sentence or the ``window`` before it: "Госдеп США раскритиковал
        Пекин. В ведомстве осудили действия Китая" -- the bare "ведомство" is the State Department."""
        best: Optional[tuple[int, str]] = None
        for entity in context.article.entities:
            if entity.type != "ORG":
                continue
            starts = [mention.start for mention in entity.mentions if mention.start < offset
                      and sentence - window <= context.tokens_of(mention)[0] <= sentence]
            if not starts or best is not None and max(starts) < best[0]:
                continue
            code = (entity.actor or self.link_organisation(entity, context)).code
            if len(code) == 6 and code[:3] in self.kb.countries and code[3:] in STATE_ROLES:
                best = (max(starts), code[:3])
        return None if best is None else best[1]

    def international_court(self, context: Context) -> Optional[Any]:
        """The international court or tribunal the article names by one of its KB names, inflected ("Международного
        трибунала по бывшей Югославии", "МУС"), when it names one only: "Международный трибунал", and a bare "суд",
        are it, not a court of the defendant's country."""
        if context.international_court is None:
            text = context.article.text
            # a European court (ЕСПЧ) only when the article is about it, named twice at least: one named in
            # passing ("обжалуют приговор в ЕСПЧ") leaves "Суд" the national court
            context.international_court = [
                actor for actor, pattern in self._international_courts()
                if len(pattern.findall(text)) >= (2 if _normalize(actor.name).startswith("европейский") else 1)]
        return context.international_court[0] if len(context.international_court) == 1 else None

    def _international_courts(self) -> list[tuple[Any, re.Pattern[str]]]:
        """KB organisations of no country named a court or tribunal and "international" or "tribunal", each with
        a pattern of its names: words by their stems, acronyms as written."""
        if self._courts is None:
            self._courts = []
            for actor in self.kb:
                if actor.type == PERSON or actor.country in self.kb.countries:
                    continue
                name = _normalize(actor.name)
                court = "суд" in name.split() or "трибунал" in name
                if not (court and ("трибунал" in name or name.startswith(("международный", "европейский")))):
                    continue
                alternatives = []
                for variant in dict.fromkeys([actor.name, *actor.names]):
                    words = variant.split()
                    if len(words) == 1 and variant.isupper():
                        alternatives.append(rf"\b{re.escape(variant)}\b")
                    elif len(words) > 1:
                        stems = [re.escape(word[:max(STEM_KEPT, len(word) - 2)]) + r"\w*" for word in words]
                        alternatives.append(r"(?i:\b" + r"\s+".join(stems) + ")")
                if alternatives:
                    self._courts.append((actor, re.compile("|".join(alternatives))))
        return self._courts

    def article_country(self, context: Context) -> Optional[str]:
        """The country the article is about: named most (a headline mention counts twice, the
        mentions of its KB people count too), the first named on a tie."""
        if context.topic is None:
            headline = context.article.sentences[0].stop if context.article.sentences else 0
            counts: Counter[str] = Counter()
            first: dict[str, int] = {}
            for offset, country in sorted(context.country_positions + context.capital_positions):
                counts[country] += HEADLINE_WEIGHT if offset < headline else 1
                first.setdefault(country, offset)
            for sentence, countries in self._person_countries(context).items():
                for country in countries:
                    counts[country] += 1
                    first.setdefault(country, context.article.sentences[sentence].start if sentence >= 0 else 0)
            for offset, country in self._organisation_countries(context):
                counts[country] += 1
                first[country] = min(first.get(country, offset), offset)
            context.topic = max(counts, key=lambda c: (counts[c], -first[c])) if counts else ""
        return context.topic or None

    def _organisation_countries(self, context: Context) -> list[tuple[int, str]]:
        """(offset, country) of the KB organisations of a country the article names by their own name
        ("Комсомольская правда", "МВД Киргизии"): a media outlet once, and an armed group (it strikes abroad:
        "сторонник ИГ напал на прохожих в Париже"), a body at each mention."""
        if context.organisation_countries is None:
            context.organisation_countries = []
            for entity in context.article.entities:
                if entity.type != "ORG" or not entity.mentions:
                    continue
                found = self.search([entity.name, *entity.aliases], ORGANISATION_TYPES)
                countries = {actor.country for actor in found}
                if len(countries) != 1 or next(iter(countries)) not in self.kb.countries:
                    continue
                country = next(iter(countries))
                once = any(actor.type in ("media", "armed_group") for actor in found)
                mentions = entity.mentions[:1] if once else entity.mentions
                context.organisation_countries += [(mention.start, country) for mention in mentions]
        return context.organisation_countries

    def _person_countries(self, context: Context) -> dict[int, list[str]]:
        if context.person_countries is None:
            context.person_countries = {}
            context.person_positions = {}
            for entity in context.article.entities:
                if entity.type != "PER":
                    continue
                choice = self.choose_person(entity, context)
                if choice is None or not choice.actor.country or choice.actor.country not in self.kb.countries:
                    continue
                for mention in entity.mentions:
                    if mention.kind == "name":
                        sentence = mention.sentence if mention.sentence >= 0 else \
                            context.article.sentence_at(mention.start)
                        found = context.person_countries.setdefault(sentence, [])
                        if choice.actor.country not in found:
                            found.append(choice.actor.country)
                        context.person_positions.setdefault(sentence, []).append(
                            (mention.start, choice.actor.country))
        return context.person_countries

    def _person_countries_before(self, context: Context, sentence: int, offset: Optional[int]) -> list[str]:
        """The countries of the KB people ``sentence`` names, only those named before ``offset`` when given, in
        the order of ``_person_countries``."""
        countries = self._person_countries(context).get(sentence, [])
        if offset is None:
            return list(countries)
        before = {country for start, country in (context.person_positions or {}).get(sentence, ()) if start < offset}
        return [country for country in countries if country in before]

    # -- the step

    def link(self, article: Article, context: Optional[Context] = None) -> None:
        context = context or build_context(article, self.kb, self.inflected_organisations)
        for entity in article.entities:
            if entity.actor is None:
                entity.actor = self.link_entity(entity, context)
            self._add_flags(entity, context.on)

    def link_entity(self, entity: Entity, context: Context) -> Actor:
        if entity.type == "LOC":
            return self.link_location(entity, context)
        if entity.type == "PER":
            return self.link_person(entity, context)
        return self.link_organisation(entity, context)

    def _add_flags(self, entity: Entity, on: Optional[date]) -> None:
        actor = entity.actor
        if actor is None or not actor.id:
            return
        kb_actor = self.kb.actor(actor.id)
        if kb_actor is None:
            return
        for flag in kb_actor.flags_on(on):
            if flag.kind not in entity.markers:
                entity.markers.append(flag.kind)

    # -- LOC

    def link_location(self, entity: Entity, context: Context) -> Actor:
        countries = self.kb.countries
        names = location_names(entity)
        if names_river(entity, context.article):
            return self._river_place(entity, context)
        for name in names:
            iso3 = countries.by_name(name)
            if iso3:
                return self.country_actor(iso3, None, 0.95, f"country name {name!r}")
        for name in names:
            iso3 = country_by_name(self.kb, name)
            if iso3:
                return self.country_actor(iso3, None, 0.9, f"inflected country name {name!r}")
        seat = self._shared_seat(entity, context)
        if seat is not None:  # "Белый дом в Бишкеке"
            return seat
        organisations = self.search(names, ORGANISATION_TYPES)
        if len(organisations) > 1:  # "Кремль" is also another name of the presidential administration
            organisations = [actor for actor in organisations
                             if any(normalize(actor.name) == normalize(name) for name in names)] or organisations
        if len(organisations) == 1:  # a seat of power the KB lists: Кремль, Белый дом
            return self.make_actor(organisations[0], "ORG", context.on, 0.85, "KB organisation by name")
        for name in capital_names(entity):
            iso3 = countries.by_capital(name)
            if iso3:
                acting = normalize(name) in seats_of_power() or self._acts(entity, context)
                body = self.kb.actor(capital_bodies().get(normalize(name), "")) if acting else None
                # (not in a story that names the capital's own country: "премьер Бельгии заявил, что Брюссель ...")
                if body is not None and iso3 not in context.entity_country.values():
                    return self.make_actor(body, "ORG", context.on, 0.7, "capital acting for the body seated there")
                code = iso3 + "GOV" if acting else None
                actor = self.country_actor(iso3, code, 0.7 if acting else 0.8,
                                           "seat of power or capital acting: its government" if acting
                                           else "capital of the country")
                actor.wikidata = wikidata_for(names, "LOC")  # the city itself, not its country
                return actor
        for name in names:
            region = find_region(name, context.entity_country.values())
            if region:  # "в Техасе", "Московской области": a region stands for its country, as a city does
                actor = self.country_actor(region.country, None, 0.6,
                                           f"region {region.name!r} ({region.kind}) of {region.country}")
                actor.wikidata = region.wikidata or wikidata_for(names, "LOC", 2)  # the region itself
                return actor
        for name in names:
            iso3 = city_country(name, context.entity_country.values())
            region = region_beside(entity, context) if iso3 else None
            if region is not None and region.country != iso3:
                # "Университета штата Массачусетс — Дартмут": a namesake in the region the sentence names
                actor = self.country_actor(region.country, None, 0.5,
                                           f"city {name!r} beside region {region.name!r} of {region.country}")
                actor.wikidata = None  # the gazetteer's city is another one
                return actor
            named = iso3 is not None and iso3 in context.entity_country.values()
            country = _region_noun_country(entity, context, before=True) if iso3 and not named else None
            if country is not None and country != iso3:
                # "в Боливии ... в провинции Пандо": a region of the country the sentence names, not a city of a
                # country the article never names
                actor = self.country_actor(country, None, 0.5,
                                           f"{name!r} after a region noun in {country}, the sentence's country")
                actor.wikidata = None  # the gazetteer's city is another place
                return actor
            if iso3:  # "в Латакии", "полиция Нью-Йорка": a city stands for its country, not its government
                actor = self.country_actor(iso3, None, 0.6, f"city {name!r} of {iso3} (GeoNames)")
                actor.wikidata = wikidata_for(names, "LOC")  # the city itself, not its country
                return actor
        organisation = self._organisation_mistyped(entity, context.on)
        if organisation is not None:
            return organisation
        placed = self._place_adjective_name(entity, context)
        if placed is not None:
            return placed
        shared = self._shared_noun_country(entity, context)
        if shared is not None:
            return shared
        country = _region_noun_country(entity, context)
        if country is not None:  # "в департаменте Санта-Крус" of the country the sentence names
            return self.country_actor(country, None, 0.5, f"place after a region noun in {country}, the sentence's country")
        people = self._people_typed_loc(entity, context)
        if people is not None:
            return people
        return Actor(id="", code=UNKNOWN, name=entity.name, wikidata=wikidata_for(names, "LOC", 2),
                     confidence=0.0, reason="place not in the KB")

    def _people_typed_loc(self, entity: Entity, context: Context) -> Optional[Actor]:
        """A country's adjective or name with a group noun that NER took for one place ("Руандийские повстанцы-тутси",
        "Крестьяне Парагвая"), or a hyphenated country adjective the lemmatiser left inflected ("Сьерра-леонские"):
        the group of that country, or the country."""
        countries = self.kb.countries
        for mention in entity.mentions[:1]:
            sentence, indexes = context.tokens_of(mention)
            if not indexes or len(indexes) > 4:
                continue
            tokens = context.article.sentences[sentence].tokens
            country, rest = None, []
            for index in indexes:
                token = tokens[index]
                found = countries.by_adjective(token.lemma or "") or countries.by_adjective(_hyphen_adjective(token.text)) \
                    or (countries.by_name(token.lemma or "") if token.pos in ("NOUN", "PROPN") else None)
                if found and country is None:
                    country = found
                else:
                    rest.append(_hyphen_head(role_lemma(token)))
            if country is None:
                continue
            if not rest:
                return self.country_actor(country, None, 0.5, f"adjective of {country} NER took for a place")
            match = role_nouns().match_prefix(rest)
            if match is not None and match[0] == len(rest) and isinstance(match[1], RoleNoun) \
                    and match[1].kind == "group" and match[1].role and not match[1].actor:
                code = role_code(country, match[1].role)
                return Actor(id=code, code=code, name=entity.name, confidence=0.5,
                             reason=f"group noun {' '.join(match[1].phrase)!r} of {country} NER took for a place")
        return None

    def _shared_noun_country(self, entity: Entity, context: Context) -> Optional[Actor]:
        """"Северной и Южной Кореи": an adjective alone, then "и" and a country named by an adjective and a noun,
        shares that noun ("Северная Корея")."""
        if " " in entity.name:
            return None
        text = context.article.text
        for mention in entity.mentions:
            if not text.startswith(" и ", mention.stop):
                continue
            for other in context.article.entities:
                words = other.name.split()
                if other is entity or other.type != "LOC" or len(words) != 2:
                    continue
                if any(found.start == mention.stop + 3 for found in other.mentions):
                    iso3 = self.kb.countries.by_name(f"{entity.name} {words[1]}")
                    if iso3:
                        return self.country_actor(iso3, None, 0.8, f"{entity.name!r} shares the noun of {other.name!r}")
        return None

    def _river_place(self, entity: Entity, context: Context) -> Actor:
        """A place named by a river ("дельта Нигера"): the region the gazetteer has under that name, else
        no country (the river's namesake state is no clue to where the place is)."""
        mention = entity.mentions[0]
        word = river_word_before(mention, context.article) or ""
        region = find_region(f"{lemmatize(word, 'NOUN')} {mention.text}", context.entity_country.values())
        if region is not None:
            return self.country_actor(region.country, None, 0.6,
                                      f"region {region.name!r} ({region.kind}) of {region.country}")
        return Actor(id="", code=UNKNOWN, name=entity.name, confidence=0.0,
                     reason=f"river {entity.name!r}: not the country of that name")

    def _place_adjective_name(self, entity: Entity, context: Context) -> Optional[Actor]:
        """A city's or region's adjective NER took for a place: "Химкинские" (activists) is the city's
        country; "Кёльнский суд" is a body of that country (``body_of``)."""
        first = split_name(entity.name)[:1]
        if not first:
            return None
        country = country_of_place_adjective(lemmatize(first[0], "ADJ"))
        if country is None:
            return None
        body = self.body_of(entity, context)
        if body is not None and not body[0].startswith(UNKNOWN):
            code, reason, confidence = body
            return Actor(id=code, code=code, name=entity.name, confidence=confidence, reason=f"{reason} (typed LOC)")
        if len(split_name(entity.name)) > 1:
            return None
        return self.country_actor(country, None, 0.5, f"adjective of a city or region of {country}")

    def _organisation_mistyped(self, entity: Entity, on: Optional[date] = None) -> Optional[Actor]:
        """A KB organisation NER took for a person or a place ("Аль-Кайды" as LOC): by its name only."""
        names = [entity.name, *entity.aliases]
        # one capitalised word too: a name no place lookup knew, inflected ("позиции Хезболлы" typed LOC)
        organisations = self.search(names, ORGANISATION_TYPES) or self.inflected_organisations(names, one_word=True)
        if len(organisations) != 1:
            return None
        return self.make_actor(organisations[0], "ORG", on, 0.6, f"KB organisation by name (typed {entity.type})")

    def _acts(self, entity: Entity, context: Context) -> bool:
        """A mention is the subject of a clause ("Москва заявила")."""
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            inside = set(indexes)
            for index in indexes:
                token = context.article.sentences[sentence].tokens[index]
                if token.head not in inside and token.rel in ACTING_RELS:
                    return True
        return False

    # -- PER

    def link_person(self, entity: Entity, context: Context) -> Actor:
        choice = self.choose_person(entity, context)
        if choice is not None:
            actor = self.make_actor(choice.actor, "PER", context.on, choice.confidence, choice.reason)
            if context.on is None and actor.code.startswith(IGO_PREFIX) \
                    and choice.actor.id in official_nationalities() \
                    and self.left_international_office(entity, choice, actor.code, context):
                # undated: the KB's latest role is a guess, and the text says he has left it ("экс-глава МВФ")
                actor.code = official_nationalities()[choice.actor.id]
                actor.reason = f"{choice.reason}; no date, the text calls his office of {choice.actor.country} former"
                return actor
            if choice.actor.roles:
                named = self.role_from_context(entity, context, current=True)
                if named is not None and named[0][3:] not in ("", CIVILIAN) and named[0] != actor.code:
                    # an office of his the text names with its country ("министр иностранных дел СССР Эдуард
                    # Шеварднадзе", later Georgia's head) is the one he acts in, whatever the date says
                    held = self._role_named(choice.actor, named[0])
                    if held is not None and named[1].endswith("(named)"):
                        actor.code, actor.reason = held, f"{choice.reason}; the office the text names"
                    elif context.on is None and named[0][:3] == choice.actor.country:
                        # no date: the KB's latest role is a guess; the role the text gives him is not
                        # ("депутат-единоросс Александр Хинштейн", later a governor)
                        actor.code, actor.reason = named[0], f"{choice.reason}; no date: the role the text names"
                    elif len(actor.code) == COUNTRY_CODE_LENGTH and named[0][:3] == actor.code:
                        # the KB knows no office of his on the date; the one the text gives him is his ("лидер
                        # оппозиции Виталий Кличко" before he was a mayor)
                        actor.code, actor.reason = named[0], f"{choice.reason}; no office on the date: the role the text names"
            if not actor.code.startswith(IGO_PREFIX):
                # "председатель ОБСЕ Александр Стубб", "спецпредставитель ЕС Мирослав Лайчак": a national figure
                # the text titles an officer of an international body acts for that body, not for his state
                member = self.organisation_of(entity, context)
                if member is not None and member[0].startswith(IGO_PREFIX):
                    actor.code, actor.reason = member[0], f"{choice.reason}; {member[1].split('; ', 1)[-1]}"
                    return actor
            if len(actor.code) == COUNTRY_CODE_LENGTH:
                # no office of his on the date: the company or media outlet of his country the text names him the
                # head of ("глава Аэрофлота Виталий Савельев") is the one he acts for (not a party he runs for)
                member = self.organisation_of(entity, context)
                if member is not None and member[0][:3] == actor.code and member[0][3:] in PRIVATE_HEAD_ROLES:
                    actor.code, actor.reason = member[0], f"{choice.reason}; {member[1].split('; ', 1)[-1]}"
            return actor
        organisation = self._organisation_mistyped(entity, context.on)
        if organisation is not None:
            return organisation
        if " " not in entity.name and (any(self.kb.countries.by_capital(name) for name in capital_names(entity))
                                       or self.kb.countries.by_name(entity.name)):
            # "переговоры с Тайбэем", "помощь Сальвадору": NER took a capital or a country for a person ("угрозы в
            # адрес Нджамены", "обвинил Кампалу": a capital the dictionary does not know, by its nominative guessed)
            return self.link_location(entity, context)
        if self._city_mistyped(entity, context):
            # "студенты и рабочие Рангуна", "беженцы из Алеппо": NER took a city for a person
            return self.link_location(entity, context)
        if _region_mistyped(entity, context):
            return Actor(id="", code=UNKNOWN, name=entity.name, confidence=0.0,
                         reason="a region's name in an oblique case typed as a person: no person")
        role = self.organisation_of(entity, context) or self.role_from_context(entity, context) \
            or self.group_led(entity, context) or self._role_of_namesake_in_full(entity, context)
        # someone the KB does not know: only a full name NEREL links to one person
        full_names = [name for name in [entity.name, *entity.aliases] if len(name.split()) > 1]
        wikidata = wikidata_for(full_names, "PER")
        if role is not None:
            code, reason = role
            return Actor(id="", code=code, name=entity.name, wikidata=wikidata, confidence=0.5, reason=reason)
        return Actor(id="", code=UNKNOWN, name=entity.name, wikidata=wikidata, confidence=0.0,
                     reason="person not in the KB, no role in the text")

    def _city_mistyped(self, entity: Entity, context: Context) -> bool:
        """A one-word name typed PER whose lemma is a capital or the clearly largest city of its name, standing
        where a place stands at least once: after a place preposition ("в Рангуне", "из Алеппо") or as the owner
        right after a group noun of people ("рабочие Рангуна", "жителей Бишкека"; not "сторонники Кирова")."""
        if " " in entity.name.strip() or not entity.mentions:
            return False
        placed = False
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if len(indexes) != 1:
                return False
            tokens = context.article.sentences[sentence].tokens
            token = tokens[indexes[0]]
            names = {token.lemma or token.text, lemmatize(token.text, "PROPN"), entity.name}
            if not any(self.kb.countries.by_capital(name) or city_country(name) for name in names if name):
                return False
            if indexes[0] > 0 and not placed:
                placed = _place_position(tokens[indexes[0] - 1])
        return placed

    def left_international_office(self, entity: Entity, person: Choice, code: str, context: Context) -> bool:
        """Whether the article calls an office of the international body ``code`` former as a bare phrase ("экс-глава
        МВФ домогался", "против бывшего главы МВФ"): what the person is now. Not a title before a name ("бывший
        генсек ООН Кофи Аннан", often now the body's envoy; "бывший глава МВФ Камдессю", someone else), nor in a
        story naming another person of the body. ``person`` is the KB person chosen for ``entity``."""
        prefixes = tuple(word for word in former_words() if word.endswith("-"))
        for other in context.article.entities:
            # "бывшего главы МВФ" in a story that also names his successor: whose office is meant is unsure
            choice = self.choose_person(other, context) if other.type == "PER" and other is not entity else None
            if choice is not None and choice.actor.id != person.actor.id \
                    and self.code(choice.actor, None) == code:
                return False
        for body in context.article.entities:
            if body.type != "ORG" or (body.actor or self.link_organisation(body, context)).code != code:
                continue
            for mention in body.mentions:
                sentence, indexes = context.tokens_of(mention)
                if not indexes:
                    continue
                tokens = context.article.sentences[sentence].tokens
                before = tokens[max(0, indexes[0] - FORMER_REACH):indexes[0]]
                if not any(role_lemma(token) in former_words() or normalize(token.text).startswith(prefixes)
                           for token in before):
                    continue
                if context.token_entity.get((sentence, indexes[-1] + 1)) is None:
                    return True
        return False

    def _role_of_namesake_in_full(self, entity: Entity, context: Context) -> Optional[tuple[str, str]]:
        """"Скрипаля" beside "Сергей Скрипаль": a lone surname the grouping of entities left apart (NER gave it
        in an oblique case) is the person the article names in full, with the code the text gives him."""
        if " " in entity.name.strip():
            return None
        for other in context.article.entities:
            words = other.name.split()
            if other is entity or other.type != "PER" or len(words) < 2 or not forms_match(entity.name, words[-1]):
                continue
            actor = other.actor or self.link_person(other, context)
            if actor.code != UNKNOWN and not actor.id:
                return actor.code, f"the surname of {other.name!r} the article names in full: {actor.reason}"
            return None
        return None

    def _role_named(self, actor: Any, named: str) -> Optional[str]:
        """The code of the actor's KB role that ``named`` (COUNTRY+ROLE of a title phrase) describes: its code,
        or the same role in a title naming that country ("министр иностранных дел СССР" is coded RUSGOV)."""
        for role in actor.roles:
            if role.code == named:
                return role.code
        for role in actor.roles:
            if role.code[3:] == named[3:] and role.title and any(
                    country_by_name(self.kb, word) == named[:3] for word in role.title.split()[1:]):
                return role.code
        return None

    def choose_person(self, entity: Entity, context: Context) -> Optional[Choice]:
        """The KB person an entity names, worked out once per context: the role tagger, the country clues
        and the linker each ask for every person of the article. The key holds all the choice reads of
        the entity, and the article's entity count (the role tagger adds entities the given-name rules read)."""
        key = (entity.id, entity.name, tuple(entity.aliases),
               tuple(mention.text for mention in entity.mentions if mention.kind == "name"),
               len(context.article.entities))
        if key not in context.person_choices:
            context.person_choices[key] = self._choose_person(entity, context)
        return context.person_choices[key]

    def _choose_person(self, entity: Entity, context: Context) -> Optional[Choice]:
        words = split_name(entity.name)  # "В.Лукашенко" -> "в.", "лукашенко"
        if len(words) == 1:
            named = self._given_name_in_article(entity, context) or self._monarch_by_given_name(entity, context)
            if named is not None:
                return named
        if len(words) == 2 and is_patronymic(words[1]):  # "Геннадию Андреевичу" after "Геннадий Андреевич Зюганов"
            named = self._given_and_patronymic_in_article(entity, words, context)
            if named is not None:  # else a surname like a patronymic: "Роман Абрамович"
                return named
        candidates = self.search([entity.name, *entity.aliases], (PERSON,))
        if candidates and len(words) == 1 and context.on is not None:
            candidates = self._namesake_in_office(candidates, entity.name, context.on)
        by_surname = False
        if not candidates:  # inflected ("Барака Обамы"), or longer than the KB name ("Мигель Диас-Канель Бермудес")
            names = [entity.name, *entity.aliases]
            names += [mention.text for mention in entity.mentions if mention.kind == "name"]
            found: dict[str, Any] = {}
            for name in dict.fromkeys(names):
                for actor in self.people.find(name):
                    found.setdefault(actor.id, actor)
            candidates = list(found.values())
            by_surname = True
        if not candidates:
            return None
        if len(words) > 1:  # "Виктор Лукашенко" is not Александр Лукашенко; "Шестидесятилетняя Руссефф" is
            fitting = [actor for actor in candidates if _given_name_fits(words[0], actor, words[:-1])]
            # "Небензю Василия Алексеевича": the surname comes first, the PersonIndex has fitted the given name
            keep = not fitting and not self._is_given_name(words[0]) and (
                is_patronymic(words[-1]) or _describes_not_names(words[0]))
            candidates = candidates if keep else fitting
            if keep and words[-1] in self.given_names:
                # "герцога Брабантского Филиппа": after a word that only describes him, the name is a lone word,
                # and one that is a given name as often as a surname is the KB's only in a story of his country
                candidates = [actor for actor in candidates if actor.country in context.country_mentions]
        elif words and (words[0] in self.given_names or by_surname and dictionary_says_other(entity.name)):
            # "Филипп", "Елизавета": a given name as often as a surname; "Коля" (Николай) only looks like an
            # inflected KB surname (Коль)
            candidates = [actor for actor in candidates if actor.country in context.country_mentions]
        elif by_surname and context.on is not None:
            # one word that only resembles a KB name ("Габриэл" ~ Габриэль): the person must be in office
            # that day or of a country the article names, else it is someone the KB does not know
            candidates = [
                actor for actor in candidates
                if actor.country in context.country_mentions or _in_office(actor, context.on)
            ]
        if not candidates:
            return None
        if len(candidates) == 1:
            how = "inflected or longer name" if by_surname else "name"
            return Choice(candidates[0], 0.85 if by_surname or len(words) == 1 else 0.95, f"KB person by {how}")
        return self._disambiguate(candidates, context)

    def _namesake_in_office(self, candidates: list[Any], name: str, on: date) -> list[Any]:
        """A surname alone that is one person's variant ("Расмуссен" of Андерс Фог Расмуссен) names
        the namesakes in office on the day instead, when that person is not ("Расмуссен" in 2016)."""
        if any(_in_office(actor, on) for actor in candidates):
            return candidates
        return [actor for actor in self.people.find(name) if _in_office(actor, on)] or candidates

    def _given_name_in_article(self, entity: Entity, context: Context) -> Optional[Choice]:
        """"Хиллари" after "Хиллари Клинтон", "Барака" after "Барак Обама": a given name alone is that person."""
        word = entity.name
        for other in context.article.entities:
            if other is entity or other.type != "PER":
                continue
            other_words = split_name(other.name)
            if len(other_words) > 1 and forms_match(word, other_words[0]):
                choice = self.choose_person(other, context)
                if choice is not None:
                    return Choice(choice.actor, min(choice.confidence, 0.7),
                                  f"given name of {other.name!r} named in the article")
                return None
        return None

    def _monarch_by_given_name(self, entity: Entity, context: Context) -> Optional[Choice]:
        """"король Фахд", "султан Кабус": a given name after a monarch's title (``data/monarch_titles.txt``) is the
        KB person whose name begins with it and who held an office of that title ("король Саудовской Аравии"; not
        "принц Филипп", a prince, for King Felipe), the one in office that day if several."""
        before = [token_before(mention, context.article) for mention in entity.mentions]
        titles = {lemma_key(token) for token in before if token is not None} & monarch_titles()
        if not titles:
            return None
        word = entity.name
        found = list({
            actor.id: actor for first, title_words, actor in self.titled_people.get(normalize(word)[:MIN_FIRST], ())
            if titles & title_words and forms_match(word, first)
        }.values())
        if len(found) > 1 and context.on is not None:
            found = [actor for actor in found if _in_office(actor, context.on)]
        if len(found) != 1:
            return None
        return Choice(found[0], 0.7, f"given name after a monarch's title: {found[0].name!r}")

    @property
    def titled_people(self) -> dict[str, list[tuple[str, frozenset[str], Any]]]:
        """KB people with a monarch's title among their offices ("король Саудовской Аравии"), by the first letters
        of the first word of each of their names of several words: (that word, the titles' lemmas, person)."""
        if self._titled_people is None:
            self._titled_people = {}
            for actor in self.kb:
                if actor.type != PERSON:
                    continue
                title_words = frozenset(
                    lemmatize(title_word) for role in actor.roles if role.title for title_word in role.title.split()
                ) & monarch_titles()
                if not title_words:
                    continue
                for name in dict.fromkeys([actor.name, *actor.names]):
                    words = split_name(name)
                    if len(words) > 1:
                        self._titled_people.setdefault(words[0][:MIN_FIRST], []).append((words[0], title_words, actor))
        return self._titled_people

    def _given_and_patronymic_in_article(self, entity: Entity, words: list[str],
                                         context: Context) -> Optional[Choice]:
        """A given name and patronymic alone: the person of the article whose KB name has both."""
        found: dict[str, Choice] = {}
        for other in context.article.entities:
            other_words = split_name(other.name)
            if other is entity or other.type != "PER" or len(other_words) < 2 or is_patronymic(other_words[-1]):
                continue
            choice = self.choose_person(other, context)
            if choice is None or choice.actor.id in found:
                continue
            for name in [choice.actor.name, *choice.actor.names]:
                kb_words = split_name(name)
                if len(kb_words) > 2 and given_name_fits(words[0], kb_words[0]) and forms_match(words[1], kb_words[1]):
                    found[choice.actor.id] = Choice(choice.actor, min(choice.confidence, 0.7),
                                                    f"given name and patronymic of {other.name!r} named in the article")
                    break
        return next(iter(found.values())) if len(found) == 1 else None

    def _disambiguate(self, candidates: list[Any], context: Context) -> Optional[Choice]:
        """Several KB people share the name: the one in office on the date, of the article's countries."""
        total = sum(context.country_mentions.values()) or 1

        def score(actor: Any) -> tuple[float, float]:
            in_office = 0.0
            if context.on is not None:
                in_office = 1.0 if any(role.valid_on(context.on) for role in actor.roles) else 0.0
            country = context.country_mentions.get(actor.country or "", 0) / total
            return in_office * 2 + country, -_latest_start(actor)

        ranked = sorted(candidates, key=score, reverse=True)
        best, runner = ranked[0], ranked[1]
        names = ", ".join(actor.id for actor in ranked)
        reasons = []
        best_score, runner_score = score(best)[0], score(runner)[0]
        if context.on is not None and best_score >= 2 > runner_score:
            reasons.append(f"in office on {context.on.isoformat()}")
        if context.country_mentions.get(best.country or "", 0) > context.country_mentions.get(runner.country or "", 0):
            reasons.append(f"the article names {best.country}")
        if not reasons:
            if len({actor.country for actor in candidates}) > 1:
                # namesakes of several countries, none in office nor named: someone the KB does not know
                return None
            reasons.append("the most recent in office")
        confidence = 0.75 if best_score > runner_score else 0.5
        return Choice(best, confidence, f"ambiguous name ({names}): " + "; ".join(reasons))

    def role_from_context(self, entity: Entity, context: Context,
                          current: bool = False) -> Optional[tuple[str, str]]:
        """"афганский генерал X", "министр обороны Таджикистана X", "X, лидер оппозиции": COUNTRY+ROLE.

        A role without a country ("судья X") takes the country of its context
        (``country_around``); a demonym before the name ("американец Джон Смит") makes a
        civilian of that country.  A bare role code ("GOV") is never returned.  ``current``: roles the
        text says are past ("бывший премьер-министр X") do not count.
        """
        # "под руководством Табакова", "вице-президент компании": a role noun the person owns or holds of
        # a body is no state role, but the person is still of the role's country, a civilian
        owner: Optional[tuple[str, str]] = None
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if not indexes:
                continue
            tokens = context.article.sentences[sentence].tokens
            for match in context.roles_in(sentence):
                before = match.stop == indexes[0]
                department = None if before else department_between(match, tokens, indexes[0])
                before = before or department is not None  # "министр топлива и энергетики Норвегии X"
                # "российского депутата Госдумы X": the body the member serves in between the role and the name
                body = None if before or not match.countries \
                    else self._body_between(context, sentence, match.stop, indexes[0])
                before = before or body is not None
                # "X, министр обороны", "X, 23-летний студент": adjectives may come between the mark and the noun
                after = match.start == indexes[-1] + 1 or match.start > indexes[-1] + 1 and (
                    tokens[indexes[-1] + 1].text in APPOSITION_MARKS
                    and all(_apposition_modifier(token) for token in tokens[indexes[-1] + 2:match.start])
                    and match.start - indexes[-1] - 2 <= APPOSITION_ADJECTIVES)
                predicate = not (before or after) and is_predicate(match, tokens, indexes[-1]) \
                    and _names_the_entity(mention, entity)
                if not (before or after or predicate):
                    continue
                if after and match.plural:  # "Гиффордс, врачи характеризуют...": a new clause, not her title
                    continue
                if current and (is_former(match, tokens) or predicate and not predicate_is_current(match, tokens)):
                    continue
                if before and owns_name(match, tokens, indexes[0]):  # "под руководством Уэстина"
                    owner = owner or self._civilian_of_role(match, context, mention.start, sentence)
                    continue
                following = context.token_entity.get((sentence, match.stop))
                if after and following is not None and following is not entity and following.type == "PER":
                    continue  # "Гамаль, бывший глава МВД Хабиб аль-Адли": the next name's title
                if (after or predicate) and match.noun.kind == "office" and not match.countries \
                        and owned_by_other(tokens, match.stop):
                    # "X — новый президент ФИФА": an office of an organisation, not of a state; of an unknown
                    # state ("спикер парламента непризнанной республики") no country at all
                    if not any(lemma_key(token) in country_anaphora() for token in tokens[match.stop:match.stop + 3]):
                        owner = owner or self._member_of_owner(match, context, mention.start, sentence)
                    continue
                phrase = " ".join(match.noun.phrase)
                country = match.countries[0][0] if match.countries else None
                how = "named"
                if country is None and department is not None:
                    country = next(filter(None, (context.country_of(sentence, index) for index in department)), None)
                if country is not None and is_honorary(match, tokens):
                    # "народный артист СССР X": an award; the holder is of the country the article is about
                    country, how = self.article_country(context), "context: article (honorary title)"
                elif country is not None and successor(country, context.on, self.article_country(context)):
                    # "первого чехословацкого космонавта X" in a story about Czechia in 2013: CZE
                    country, how = self.article_country(context), f"successor of {country} the article is about"
                if country is None and match.anaphoric:
                    country, how = context.main_country(mention.start), "anaphora"
                if country is None:
                    country, how = context.origin(match), "origin"  # "X, студент из Каира"
                if country is None:
                    country, how = self.country_around(context, mention.start, sentence, named=True)
                if country is None:
                    return UNKNOWN, f"unknown person; role {phrase!r} next to the name; no country in the article"
                role = match.noun.role
                if body is not None and (body[3:] not in STATE_ROLES or role == CIVILIAN):
                    # "сотрудник ЦРУ" serves in its role; "вице-президент Иранской газовой компании" is no state's
                    # officer but a person of its country
                    role = body[3:] if body[3:] in STATE_ROLES else CIVILIAN
                return role_code(country, role), f"unknown person; role {phrase!r} next to the name, country " \
                    f"{country} ({how})"
            demonym = self._demonym_before(context, sentence, indexes[0])
            if demonym is not None:
                return role_code(demonym, CIVILIAN), f"unknown person; demonym of {demonym} before the name"
            demonym = self._demonym_after(context, sentence, indexes[-1])
            if demonym is not None:
                return role_code(demonym, CIVILIAN), f"unknown person; demonym of {demonym} in apposition"
            kin = self._kin_after(context, sentence, indexes[-1], entity)
            if kin is not None:
                return role_code(kin, CIVILIAN), f"unknown person; a relative of someone of {kin} in apposition"
        return owner

    def group_led(self, entity: Entity, context: Context) -> Optional[tuple[str, str]]:
        """"повстанцев возглавит X", "X возглавлял бойцов ТТП": a person the KB does not know leads the group or
        organisation next to the verb (the one named most firmly, when he leads several)."""
        found: list[tuple[float, str, str]] = []
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if not indexes:
                continue
            tokens = context.article.sentences[sentence].tokens
            verb = leader_verb_near(tokens, indexes[0], indexes[-1])
            if verb is None:
                continue
            # the object is on the verb's other side: "X возглавлял бойцов", "повстанцев возглавит X"
            side = range(verb + 1, min(len(tokens), verb + LEADER_GAP + 2)) if verb > indexes[-1] \
                else range(verb - 1, max(-1, verb - LEADER_GAP - 2), -1)
            for index in side:
                if tokens[index].pos == "PUNCT" and tokens[index].text not in QUOTE_MARKS:  # «Талибан» is one name
                    break
                group = context.token_entity.get((sentence, index))
                if group is None or group is entity or group.type != "ORG":
                    continue
                actor = group.actor or self.link_organisation(group, context)
                if actor.code[:3] in self.kb.countries and len(actor.code) > 3:
                    found.append((actor.confidence, actor.code, group.name))
                break
        if not found:
            return None
        _, code, name = max(found, key=lambda item: item[0])
        return code, f"unknown person; leads {name!r} (a verb of leading)"

    def _member_of_owner(self, match: Any, context: Context, offset: int,
                         sentence: int) -> Optional[tuple[str, str]]:
        """"X, вице-президент компании": a civilian of the context's country; "X — президент ФИФА": of the
        named organisation's country, none for an international one."""
        tokens = context.article.sentences[sentence].tokens
        for index in range(match.stop, min(match.stop + 4, len(tokens))):
            if tokens[index].pos == "ADJ" or tokens[index].text in QUOTE_MARKS:
                continue
            owner = context.token_entity.get((sentence, index))
            if owner is None or owner.type not in ("ORG", "LOC"):
                break
            code = (owner.actor or self.link_organisation(owner, context)).code if owner.type == "ORG" \
                else context.entity_country.get(owner.id, UNKNOWN)
            if code[:3] not in self.kb.countries:
                return None
            return code[:3] + CIVILIAN, f"unknown person; {' '.join(match.noun.phrase)!r} of {owner.name!r}"
        return self._civilian_of_role(match, context, offset, sentence)

    def _civilian_of_role(self, match: Any, context: Context, offset: int,
                          sentence: int) -> Optional[tuple[str, str]]:
        """The country of a role noun that is not the person's state title, with the civilian role."""
        phrase = " ".join(match.noun.phrase)
        country, how = (match.countries[0][0], "named") if match.countries else \
            self.country_around(context, offset, sentence, named=True)
        if country is None:
            return None
        return role_code(country, CIVILIAN), f"unknown person; {phrase!r} is not the person's title, country {country} ({how})"

    def organisation_of(self, entity: Entity, context: Context) -> Optional[tuple[str, str]]:
        """"лидер движения «Братья-мусульмане» Мухаммед Бади", "глава ФСБ X", "от партии «Яблоко» — X": a person
        named right after a member noun (``data/member_nouns.txt``) and a KB organisation takes the organisation's code."""
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if not indexes:
                continue
            tokens = context.article.sentences[sentence].tokens
            index = indexes[0] - 1
            if index >= 0 and tokens[index].text in APPOSITION_MARKS[1:]:
                index -= 1  # "от партии «Яблоко» — Сергей Митрохин"
            while index >= 0 and tokens[index].text in QUOTE_MARKS:
                index -= 1
            owner = context.token_entity.get((sentence, index))
            # (the tagger may take a union of states for a place: "спецпредставитель ЕС X")
            if owner is None or owner is entity or owner.type not in ("ORG", "LOC"):
                continue
            first = index
            while first > 0 and context.token_entity.get((sentence, first - 1)) is owner:
                first -= 1
            first -= 1
            while first >= 0 and (tokens[first].text in QUOTE_MARKS or lemma_key(tokens[first]) in owner_nouns()):
                first -= 1
            if first < 0 or lemma_key(tokens[first]) not in member_nouns():
                continue
            actor = owner.actor if owner.actor is not None else self.link_organisation(owner, context)
            if not actor.id or len(actor.code) <= 3 or self.kb.actor(actor.id) is None:
                continue  # a bare country or an organisation the KB does not know gives no role
            if owner.type == "LOC" and not actor.code.startswith(IGO_PREFIX):
                continue
            return actor.code, f"unknown person; {tokens[first].text!r} of {actor.name!r} before the name"
        return None

    def _demonym_after(self, context: Context, sentence: int, last: int) -> Optional[str]:
        """"Джон Смит, американец, ...": the country of a demonym in apposition right after a name."""
        index = _apposition_noun(context, sentence, last)
        return None if index is None else self._demonym_at(context, sentence, index)

    def _body_between(self, context: Context, sentence: int, start: int, stop: int) -> Optional[str]:
        """"российского депутата Госдумы X", "американский сотрудник ЦРУ X": the code of the state body (a
        legislature, ministry, court, army, police, intelligence service), or of another organisation, whose name
        in the genitive is all that stands between a role and a name: the body the person serves in."""
        if not 0 < stop - start <= BODY_REACH:
            return None
        body = context.token_entity.get((sentence, start))
        if body is None or body.type != "ORG" or any(context.token_entity.get((sentence, index)) is not body
                                                     for index in range(start, stop)):
            return None
        head = next((token for token in context.article.sentences[sentence].tokens[start:stop]
                     if token.pos in ("NOUN", "PROPN")), None)
        if head is None or head.feats.get("Case") not in ("Gen", None):
            return None
        return (body.actor or self.link_organisation(body, context)).code

    def _kin_after(self, context: Context, sentence: int, last: int, entity: Entity) -> Optional[str]:
        """"Ким Чон Нам, старший брат лидера КНДР Ким Чен Ына", "Мако, внучка императора Японии": the country of
        the relative a kinship noun in apposition names (a country or its adjective, else a KB person)."""
        index = _apposition_noun(context, sentence, last)
        noun = None if index is None else context.token(sentence, index)
        if index is None or noun is None or noun.pos != "NOUN" or lemma_key(noun) not in kin_nouns():
            return None
        for following in range(index + 1, index + 1 + KIN_REACH):
            token = context.token(sentence, following)
            if token is None or token.pos in ("PUNCT", "VERB", "AUX"):
                return None
            country = context.country_of(sentence, following)
            if country is not None:
                return country
            other = context.token_entity.get((sentence, following))
            if other is not None and other is not entity and other.type == "PER":
                choice = self.choose_person(other, context)
                country = choice.actor.country if choice is not None else None
                return country if country and not country.startswith(IGO_PREFIX) else None
        return None

    def _demonym_before(self, context: Context, sentence: int, first: int) -> Optional[str]:
        """"американец (по имени) Бэ Чжун Хо": the country of a demonym right before a name."""
        tokens = context.article.sentences[sentence].tokens
        index = first - 1
        if index >= 1 and [lemma_key(token) for token in tokens[index - 1:index + 1]] in NAMED_WORDS:
            index -= 2
        return self._demonym_at(context, sentence, index) if index >= 0 else None

    def _demonym_at(self, context: Context, sentence: int, index: int) -> Optional[str]:
        """The country of the demonym (a noun, not an adjective) at a token."""
        other = context.token_entity.get((sentence, index))
        if other is None or other.type != "LOC" or other.id not in context.entity_country:
            return None
        token = context.article.sentences[sentence].tokens[index]
        if any(m.kind == "demonym" and m.start <= token.start < m.stop for m in other.mentions):
            return context.entity_country[other.id]
        return None

    # -- ORG

    def _shared_seat(self, entity: Entity, context: Context) -> Optional[Actor]:
        """The government of the country whose building a shared seat-of-power name is ("Белый дом" of
        ``data/shared_seats.tsv``): the country of a place "в ..." right after a mention ("Белый дом в Бишкеке"),
        else, for a building acted on ("штурмовали Белый дом", not "Белый дом заявил"), the country the article
        is about when the article never names the KB seat's own country, nor a person of it."""
        countries = shared_seats().get(normalize(entity.name))
        if not countries:
            return None
        acts = False
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if not indexes:
                continue
            tokens = context.article.sentences[sentence].tokens
            acts = acts or any(tokens[index].rel.startswith("nsubj") for index in indexes)
            after = indexes[-1] + 1
            if after + 1 < len(tokens) and tokens[after].text.lower() in ("в", "во"):
                country = context.token_place.get((sentence, after + 1)) \
                    or context.token_country.get((sentence, after + 1))
                if country is not None:  # "Белый дом в Бишкеке"; "Белый дом в Вашингтоне" is the KB seat
                    if country in countries:
                        return self.country_actor(country, country + "GOV", 0.7,
                                                  f"seat of power {entity.name!r} placed in {country}")
                    return None
        if acts:  # "Белый дом заявил": the seat that speaks is the KB one
            return None
        own = {actor.country for actor in self.search([entity.name], ORGANISATION_TYPES)}
        topic = self.article_country(context)
        people = {country for found in self._person_countries(context).values() for country in found}
        if topic in countries and not any(
            (context.country_mentions.get(country or "", 0) and not seat_told_elsewhere(context, entity, country,
                                                                                       countries))
            or country in people for country in own
        ):
            return self.country_actor(topic, topic + "GOV", 0.6,
                                      f"seat of power {entity.name!r} in an article about {topic}")
        return None

    def link_organisation(self, entity: Entity, context: Context) -> Actor:
        names = [entity.name, *entity.aliases]
        names += [mention.text for mention in entity.mentions if mention.kind in ("name", "abbreviation")]
        names += [quoted for name in names[:1] for quoted in QUOTED.findall(name)]  # Движение «Талибан»
        iso3 = self.kb.countries.by_name(entity.name)
        if iso3:  # a state named as an organisation ("Россия заявила"): the country
            return self.country_actor(iso3, None, 0.8, f"country name {entity.name!r} tagged as organisation")
        seat = self._shared_seat(entity, context)
        if seat is not None:  # "Белый дом" in a story about Kyrgyzstan
            return seat
        organisations = [actor for actor in self.search(names, ORGANISATION_TYPES)
                         if self._in_context(actor, context) or _named_in_full(actor, names)]
        if not organisations:  # "Аль-Кайды", "Хезболле": a hyphenated or foreign name inflected
            organisations = [actor for actor in self.inflected_organisations(names, one_word=True)
                             if self._in_context(actor, context)]
        if not organisations:  # "Международный Красный Крест": the KB's name but for generic words
            organisations = self.loose_organisations(names, context)
        if not organisations:  # "Агентство Рейтер", "Движение ФАТХ": the kind of organisation before its name
            organisations = self._after_kind(names, context)
        if organisations:
            actor = self._pick_organisation(organisations, context)
            confidence = 0.9 if len(organisations) == 1 else 0.6
            return self.make_actor(actor, "ORG", context.on, confidence, "KB organisation by name or abbreviation")
        # an organisation the KB lists as a name of its country (ПНА): its name, or an abbreviation of it
        for name in [entity.name, *(alias for alias in entity.aliases if _abbreviates(alias, entity.name))]:
            iso3 = country_by_name(self.kb, name)
            if iso3:
                return self.country_actor(iso3, None, 0.7, f"organisation name {name!r} is a name of the country")
        owned = self._owned_organisation(entity, context)
        if owned is not None:
            return self.make_actor(owned, "ORG", context.on, 0.85, "KB organisation by name and its owner after it")
        wikidata = wikidata_for(names[: 1 + len(entity.aliases)], "ORG", 2)
        same = self._same_organisation(entity, context)
        if same is not None and self.kb.actor(same.id) is not None:
            return same
        body = self._body_actor(entity, context)
        if body is not None:
            actor, owner, confidence = body
            linked = self.make_actor(actor, "ORG", context.on, confidence,
                                     f"KB body {actor.name!r}: the name without its owner {owner}")
            if confidence < 0.8:  # the owner is a guess from the article: its Wikidata id is not sure
                linked.wikidata = None
            return linked
        if same is not None:
            return same
        body = self.body_of(entity, context)
        if body is not None:
            code, reason, confidence = body
            return Actor(id=code, code=code, name=entity.name, wikidata=wikidata, confidence=confidence,
                         reason=reason)
        named_after = self._named_after_international(entity, context)
        if named_after is not None:  # "Специальная комиссия ООН", "Управление ... ООН по делам беженцев"
            return self.make_actor(named_after, "ORG", context.on, 0.6,
                                   f"body named after the international organisation {named_after.name!r}")
        owner = self._organisation_before_topic(entity)
        if owner is not None:  # "(Комиссия) ООН по правам человека": NER lost the body's head noun
            return self.make_actor(owner, "ORG", context.on, 0.6,
                                   f"body of {owner.name!r}: its name and a 'по ...' topic")
        return Actor(id="", code=UNKNOWN, name=entity.name, wikidata=wikidata, confidence=0.0,
                     reason="organisation not in the KB")

    def _organisation_before_topic(self, entity: Entity) -> Optional[Any]:
        """"ООН по правам человека": a name that begins with one KB organisation's name and goes on with a
        "по ..." topic names a body of that organisation whose head noun NER left out."""
        words = entity.name.split()
        if TOPIC_PREPOSITION not in words[1:]:
            return None
        stop = words.index(TOPIC_PREPOSITION, 1)
        found = self.search([" ".join(words[:stop])], ORGANISATION_TYPES)
        return found[0] if len(found) == 1 else None

    def _named_after_international(self, entity: Entity, context: Context) -> Optional[Any]:
        """The international organisation an unknown body's name ends with ("Специальная комиссия ООН",
        "миссия ОБСЕ в Грузии" is not: the name must end with it), unless a country is named inside too
        ("Постоянное представительство России при ООН" is Russia's)."""
        words = entity.name.split()
        heads = body_head_nouns()
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if any((sentence, index) in context.token_country for index in indexes):
                return None
            if not any(lemma_key(token) in heads for index in indexes
                       if (token := context.token(sentence, index)) is not None):
                return None  # "Международная трибуна композиторов ЮНЕСКО" is an award, not UNESCO
        for first in range(1, len(words)):
            found = {actor.id: actor for actor in self.search([" ".join(words[first:])], ("igo",))}
            if len(found) == 1:
                return next(iter(found.values()))
        return None

    def _in_context(self, actor: Any, context: Context) -> bool:
        """A party name ("Демпартия") stands for its country's party only when the article names that country."""
        if actor.type != "party" or not actor.country or not context.country_mentions:
            return True
        return actor.country in context.country_mentions

    def _owned_organisation(self, entity: Entity, context: Context) -> Optional[Any]:
        """"Совет Безопасности" + "ООН", "Сенат" + "США": the name followed by its owner's mention."""
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if not indexes:
                continue
            after = context.token(sentence, indexes[-1] + 1)
            owner = context.token_entity.get((sentence, indexes[-1] + 1))
            if after is None or owner is None or owner is entity:
                continue
            owner_texts = [other.text for other in owner.mentions if other.start == after.start]
            for text in dict.fromkeys([*owner_texts, owner.name]):
                for name in (f"{entity.name} {text}", f"{mention.text} {text}"):
                    found = self.search([name], ORGANISATION_TYPES)
                    if len(found) == 1:
                        return found[0]
        return None

    def _body_actor(self, entity: Entity, context: Context) -> Optional[tuple[Any, str, float]]:
        """A KB body by its name without the owner: "Сенат" (of Kazakhstan), "Совбез" (of the UN)."""
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if not indexes:
                continue
            tokens = context.article.sentences[sentence].tokens
            owner: Optional[str] = None
            words: list[str] = []
            for index in indexes:
                country = context.country_of(sentence, index)
                if country:
                    owner = owner or country
                elif tokens[index].text.strip("«»\"'"):
                    words.append(normalize(tokens[index].text))
            if not words:
                continue
            if owner is None and self.organisation_after(context, sentence, indexes[-1] + 1) is not None:
                return None  # "Верховный суд Евросоюза": the body of the organisation after it (body_of)
            if owner is None:
                owner = context.country_of(sentence, indexes[-1] + 1) or self._owner_before(context, sentence,
                                                                                          indexes[0])
            owners = [(owner, 0.8)] if owner else [(other, 0.6) for other in self._main_owners(context)]
            if owner is None and len(owners) > 1:
                # "Генштаб объявил о прекращении контактов с Анкарой": not the body of the country it acts on
                head = next((i for i in indexes if tokens[i].head not in indexes), indexes[-1])
                partners = context.partner_countries(sentence, head)
                owners = [item for item in owners if item[0] not in partners] \
                    + [item for item in owners if item[0] in partners]
            if not owners and publication_country():  # no owner in the whole article: a domestic body
                owners = [(publication_country(), 0.4)]
            if owner is None:  # "Совбез принял резолюцию": the UN's, not a country's
                international = self._international_owner(context, [role_lemma(tokens[i]) for i in indexes])
                if international is not None:
                    owners = [(international, 0.6), *(item for item in owners if item[0] != international)]
            for candidate, confidence in owners:
                actor = self.bodies.find(candidate, words)
                if actor is None:
                    named = [found for found in self.kb.search(" ".join(words))
                             if found.type in ORGANISATION_TYPES and found.country == candidate]
                    actor = named[0] if len(named) == 1 else None
                if actor is not None:
                    return actor, candidate, confidence
        return None

    def _international_owner(self, context: Context, lemmas: list[str]) -> Optional[str]:
        """The IGO a bare body name belongs to when the article is about international affairs."""
        found = international_bodies().match_prefix(lemmas)
        if found is None or found[0] != len(lemmas):
            return None
        owner, clues = found[1]
        if owner in self._article_owners(context):
            return owner
        article_lemmas = {role_lemma(token) for sentence in context.article.sentences for token in sentence.tokens}
        return owner if article_lemmas & clues else None

    def _owned_before(self, entity: Entity, context: Context) -> bool:
        """Whether a mention of the entity has a country adjective right before it ("афганских ВВС")."""
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if indexes and self._owner_before(context, sentence, indexes[0]):
                return True
        return False

    def _place_after_body(self, context: Context, sentence: int, after: int) -> Optional[str]:
        """The country of the city or region a body's name goes on with in the genitive ("суд лондонского
        района Вестминстер", "полиция округа Колумбия", "суд штата Техас"): where the body is, whatever
        country the story is told from.  Up to three genitive words are read; a city or region adjective
        ("лондонского") or a place name the gazetteers place."""
        tokens = context.article.sentences[sentence].tokens
        for index in range(after, min(after + 3, len(tokens))):
            token = tokens[index]
            if token.pos not in ("ADJ", "NOUN", "PROPN") or token.feats.get("Case") not in ("Gen", None) \
                    and token.pos != "PROPN":
                return None
            if token.pos == "ADJ":
                found = country_of_place_adjective(role_lemma(token))
                if found:
                    return found
                continue
            place = context.owner_of(sentence, index)
            if place is not None and place[2] == "place":
                return place[0]
            if token.pos == "PROPN":
                return None
        return None

    def _owner_before(self, context: Context, sentence: int, first: int) -> Optional[str]:
        """"в российском Минфине": the country of an adjective right before a body's name."""
        token = context.token(sentence, first - 1)
        if token is None or token.pos != "ADJ":
            return None
        return context.token_country.get((sentence, first - 1)) or self.kb.countries.by_adjective(role_lemma(token))

    def _article_owners(self, context: Context) -> list[str]:
        """Countries and IGOs the article names, most named first: owners of bodies named bare."""
        if context.owners is None:
            counts: Counter[str] = Counter(context.country_mentions)
            counts.update(country for _offset, country in self._organisation_countries(context))
            for other in context.article.entities:
                if other.type != "ORG":
                    continue
                for actor in self.search([other.name], ("igo",)):
                    if actor.country and actor.country.startswith("IGO"):
                        counts[actor.country] += len(other.mentions)
                        break
            context.owners = [owner for owner, _ in counts.most_common()]
            context.owner_counts = counts
        return context.owners

    def _main_owners(self, context: Context) -> list[str]:
        """The owners the article is about: named at least half as often as the most named one.  A body
        named bare ("Верховный суд") in a Venezuelan story is not the US one because "Голос Америки" is quoted."""
        owners = self._article_owners(context)
        if not owners:
            return []
        top = context.owner_counts[owners[0]]
        return [owner for owner in owners if context.owner_counts[owner] * MAIN_OWNER_SHARE >= top]

    def _same_organisation(self, entity: Entity, context: Context) -> Optional[Actor]:
        """"Совбез" after "Совбез Таджикистана": the short name of an organisation named in full before."""
        key = normalize(entity.name)
        if self._owned_before(entity, context):
            return None  # "афганских ВВС" is no short name of "ВВС США": its own country comes before it
        for other in context.article.entities:
            if other is entity or other.type != "ORG" or not normalize(other.name).startswith(key + " "):
                continue
            if other.actor is None:  # named in full after the short name ("Комитет Сената" in the headline)
                other.actor = self.link_organisation(other, context)
            if other.actor.code and other.actor.code != UNKNOWN:
                actor = dataclasses.replace(other.actor)
                actor.confidence = min(actor.confidence, 0.7)
                actor.reason = f"short name of {other.name!r} in the same article"
                return actor
        return None

    def _pick_organisation(self, organisations: list[Any], context: Context) -> Any:
        if len(organisations) == 1:
            return organisations[0]
        return max(organisations, key=lambda actor: context.country_mentions.get(actor.country or "", 0))

    def body_of(self, entity: Entity, context: Context) -> Optional[tuple[str, str, float]]:
        """BODY + COUNTRY: "Госкомитет нацбезопасности Таджикистана" -> TJKSPY, "Совбез" + country -> GOV.

        A name that is no KB body still gives a role by its words (``data/name_words.tsv``:
        "Повстанческий ... фронт" -> REB, "... университет" -> EDU; media nouns -> MED; a group noun
        NER took for a name, "студенты" -> EDU); its country is the one in or right after the name,
        else that of its context (``country_around``, lower confidence), else ``---``.
        """
        for mention in entity.mentions:
            sentence, indexes = context.tokens_of(mention)
            if not indexes:
                continue
            tokens = context.article.sentences[sentence].tokens
            country: Optional[str] = None
            country_after: Optional[int] = None  # how many name words precede a country in the genitive
            body_lemmas: list[str] = []
            for index in indexes:
                key = role_lemma(tokens[index])
                in_genitive = context.country_of(sentence, index)
                found = in_genitive or self.kb.countries.by_adjective(key) \
                    or (country_of_place_adjective(key) if index == indexes[0] else None)  # "Пермский краевой суд"
                if found:
                    country = country or found
                    if in_genitive and country_after is None:
                        country_after = len(body_lemmas)
                else:
                    body_lemmas.append(key)
            body = match = body_nouns().match_prefix(body_lemmas)
            unit = None if match is not None else _unit_of_body(body_lemmas)
            state_agency = None
            if match is not None:
                stop, role = match
                what = f"body {' '.join(body_lemmas[:stop])!r}"
            elif unit is not None:
                body = unit
                role, what = unit[1], f"unit {' '.join(body_lemmas)!r} of the state body its name ends with"
            else:
                found_role = _role_of_name(body_lemmas)
                if found_role is None:
                    state_agency = _state_agency(body_lemmas)
                    if state_agency is None:
                        continue
                    found_role = state_agency[:2]
                role, what = found_role
            if country is None:  # "Совбезом Таджикистана": the country follows the name
                after = indexes[-1] + 1
                owner = None if match is None else self.organisation_after(context, sentence, after) \
                    or self._organisation_inside(context, entity, tokens, indexes)
                if owner is not None:  # "Совет министров Европейского союза": a body of the organisation is it
                    return owner, f"{what} of the international organisation after the name", 0.8
                if after < len(tokens):
                    country = context.country_of(sentence, after)
                    if country is not None:
                        country_after = len(body_lemmas)
                    elif lemma_key(tokens[after]) in country_anaphora():
                        country = context.main_country(mention.start)
                    else:  # "Магистратский суд лондонского района Вестминстер": the place in its name
                        country = self._place_after_body(context, sentence, after)
            if country is None:  # "афганских ВВС": the country of an adjective right before the name
                country = self._owner_before(context, sentence, indexes[0])
            if state_agency is not None and (country_after is None or country_after <= state_agency[2]):
                continue  # a state agency only with its country in the genitive: not "Русская служба BBC"
            if country is None and role == JUDICIARY and ("международный" in body_lemmas or list(body_lemmas) == ["суд"]):
                # "Международный трибунал" is no country's court, nor "Суд" alone in an article on the ECHR
                court = self.international_court(context)
                if court is not None:
                    # the court's latest code when the date is outside its years (the ICTY closed in 2017)
                    code = self.kb.code_on(court.id, context.on) or self.kb.code_on(court.id, None)
                    if code:
                        return code, f"{what}: {court.name}, the international court the article names", 0.6
            confidence, how = 0.8, "named"
            if country is None and role in ARMED_GROUP_ROLES and body is None and unit is None and state_agency is None \
                    and self._named_after_person(tokens, indexes, context, sentence):
                return UNKNOWN, f"{what}; named after a person", 0.2
            if country is None:  # "МИД" alone: the body of the country the article is about
                country, clue = self.country_around(context, mention.start, sentence)
                confidence, how = 0.4, f"context: {clue}"
            if country is None and body is not None and publication_country():
                # a state body ("ОМОН") in an article naming no country is domestic; not so an unknown name
                country, confidence, how = publication_country(), 0.3, "the publication's country"
            if country is None:
                return UNKNOWN, f"{what}; no country in the article", 0.2
            return role_code(country, role), f"{what} of {country} ({how})", confidence
        return None


def _unit_of_body(lemmas: list[str]) -> Optional[tuple[int, str]]:
    """"Главное управление МВД", "Департамент информации и печати МИД", "ЦУКС МЧС": a unit named with the
    state body it belongs to in the genitive acts as that body.  The body (of ``data/body_nouns.tsv``, or a
    chain of them: "Генштаба ВС") must end the name, after a unit head noun (``data/unit_head_nouns.txt``).
    Returns (the name's length, the role of the body's units)."""
    lexicon = body_nouns()
    for start in range(1, len(lemmas)):
        match = lexicon.match(lemmas, start)
        if match is None or not unit_head_nouns() & set(lemmas[:start]):
            continue
        stop = match[0]
        while stop < len(lemmas) and (inner := lexicon.match(lemmas, stop)) is not None:
            stop = inner[0]
        if stop == len(lemmas):
            return stop, unit_roles().get(tuple(lemmas[start:match[0]]), str(match[1]))
    return None


def _state_agency(lemmas: list[str]) -> Optional[tuple[str, str, int]]:
    """"Государственная миграционная служба (Украины)", "Комиссия по ценным бумагам (США)": a head noun of
    state administration (``data/state_agency_heads.tsv``) after adjectives only.  Returns (role, why, the
    head's index): the caller requires the country in the genitive after the head."""
    for index, lemma in enumerate(lemmas):
        found = state_agency_heads().get(lemma)
        if found is not None:
            role, qualified = found
            if qualified and not state_qualifiers() & set(lemmas):
                return None
            return role, f"state agency {' '.join(lemmas)!r} by its head noun {lemma!r}", index
        if not lemma.endswith(ADJECTIVE_ENDINGS):
            return None
    return None


def _role_of_name(lemmas: list[str]) -> Optional[tuple[str, str]]:
    """The role the words of an unknown organisation's name give it, and why."""
    if media_nouns() & set(lemmas) or agency_nouns() & set(lemmas) and is_news_agency(lemmas):
        return "MED", "media by its name"
    group = role_nouns().match_prefix(lemmas)  # "студенты", "Повстанцы": a group noun NER took for a name
    if group is not None and isinstance(group[1], RoleNoun) and group[1].kind == "group" and not group[1].actor:
        return group[1].role, f"group noun {' '.join(group[1].phrase)!r} as a name"
    person = _member_noun_of_name(lemmas)
    if person is not None:
        return person.role, f"role noun {' '.join(person.phrase)!r} as a name"
    group = _group_noun_after_adjectives(lemmas)
    if group is not None:  # "(Пермский) краевой суд", "городская полиция"
        return group.role, f"group noun {' '.join(group.phrase)!r} after adjectives"
    # a word that tells the role comes before one that tells none: "Народный фронт освобождения Эритреи" is REB
    found = [(role, lemma) for lemma in lemmas if (role := name_words().get(lemma)) is not None]
    for role, lemma in sorted(found, key=lambda pair: not pair[0]):
        return role, f"name word {lemma!r}"
    return None


def _member_noun_of_name(lemmas: list[str]) -> Optional[RoleNoun]:
    """"Федеральный судья-магистрат": a person's role noun NER took for an organisation's name, after
    adjectives only (the whole name is the role, not "Ассоциация судей")."""
    for index, lemma in enumerate(lemmas):
        found = role_nouns().match(lemmas, index) or _hyphen_role(lemmas, index)
        if found is not None:
            noun = found[1]
            if found[0] == len(lemmas) and isinstance(noun, RoleNoun) and noun.kind == "member" and noun.role:
                return noun
            return None
        if not lemma.endswith(ADJECTIVE_ENDINGS):
            return None
    return None


def _group_noun_after_adjectives(lemmas: list[str]) -> Optional[RoleNoun]:
    """"краевой суд", "городская полиция": adjectives, then a group noun that ends the name."""
    for index, lemma in enumerate(lemmas):
        found = role_nouns().match(lemmas, index)
        if found is not None:
            noun = found[1]
            if found[0] == len(lemmas) and index and isinstance(noun, RoleNoun) and noun.kind == "group" \
                    and not noun.actor:
                return noun
            return None
        if not lemma.endswith(ADJECTIVE_ENDINGS):
            return None
    return None


def _hyphen_role(lemmas: list[str], index: int) -> Optional[tuple[int, object]]:
    """"судья-магистрат": the first part of a hyphenated word as the role noun."""
    first = lemmas[index].split("-")[0]
    if first == lemmas[index]:
        return None
    found = role_nouns().match([*lemmas[:index], first, *lemmas[index + 1:]], index)
    return found if found is not None and found[0] == index + 1 else None


def _names_the_entity(mention: Mention, entity: Entity) -> bool:
    """Every word of the mention is a word of the entity's name: "Суркова Зоя Антоновна", his mother
    merged into Владислав Сурков's entity, is another person (her predicate role is not his)."""
    name_words = [word for name in [entity.name, *entity.aliases] for word in split_name(name)]
    return all(any(forms_match(word, name_word) for name_word in name_words) for word in split_name(mention.text))


def _place_position(before: Token) -> bool:
    """The word before a name puts a place there: a place preposition ("в", "из", "под") or a group noun of
    people whose owner the name is ("рабочие", "жителей"), not a follower's noun ("сторонники")."""
    word = _normalize(before.lemma or before.text)
    if word in PLACE_PREPOSITIONS:
        return True
    found = role_nouns().match([word], 0) if before.pos == "NOUN" else None
    return found is not None and found[1].kind == "group" and len(found[1].phrase) == 1 \
        and word not in supporter_nouns()


def _region_mistyped(entity: Entity, context: Context) -> bool:
    """"Калифорни(и)" typed PER: each mention one word, an oblique form of the name of a region (one the
    lemmatiser knows, or one the article names as a place)."""
    regions = [place.name for place in context.article.entities
               if place.type == "LOC" and len(place.name.split()) == 1 and regions_named(place.name)]
    for mention in entity.mentions:
        sentence, indexes = context.tokens_of(mention)
        if len(indexes) != 1:
            return False
        token = context.article.sentences[sentence].tokens[indexes[0]]
        lemma = token.lemma or token.text
        if regions_named(lemma) and _normalize(token.text) != _normalize(lemma):
            continue
        if not any(forms_match(token.text, region) and _normalize(token.text) != _normalize(region)
                   for region in regions):
            return False
    return bool(entity.mentions)


def _after_kind_noun(name: str) -> Optional[str]:
    """The name after a noun of an organisation's kind (``data/kind_nouns.tsv``) that begins ``name`` ("Агентство Рейтер" -> "Рейтер"), if
    it is a capitalised name."""
    first, _, rest = name.strip().partition(" ")
    if not rest[:1].isupper() or lemmatize(first.lower()) not in kind_nouns():
        return None
    return rest


def _named_in_full(actor: Any, names: list[str]) -> bool:
    """Whether one of ``names`` is a KB name of the actor of three words or more: "Фронт национального
    освобождения имени Фарабундо Марти" is that party wherever the article is, unlike "Демпартия"."""
    own = {normalize(name) for name in [actor.name, *actor.names]}
    return any(len(name.split()) >= 3 and normalize(name) in own for name in names)


def _one_proper_word(name: str) -> bool:
    """One capitalised word long enough to carry a case ending ("Хезболла", not "ООН" nor "Яр")."""
    return " " not in name.strip() and len(name) >= MIN_INFLECTED_NAME and name[:1].isupper() and not name.isupper()


def _acronym_only(name: str, actor: Any) -> bool:
    """The name matches the actor only through an acronym written in capitals, and is not itself in
    capitals: "в Сане" (the city Сана) is not the news agency САНА."""
    if name.isupper() or not any(char.isupper() for char in name):
        return False
    key = normalize(name)
    forms = [form for form in [actor.name, *actor.names] if normalize(form) == key]
    return bool(forms) and all(form.isupper() for form in forms)


def _abbreviates(short: str, name: str) -> bool:
    """"ПНА" is made of the initials of "Палестинская национальная администрация"."""
    initials = "".join(word[0] for word in normalize(name).replace("-", " ").split())
    return len(short) > 1 and short.isupper() and normalize(short) == initials


def is_patronymic(word: str) -> bool:
    """"Андреевичу", "Петровны": a patronymic, in any case."""
    word = normalize(word)
    return any(word[:len(word) - cut].endswith(PATRONYMIC_STEMS) for cut in range(3) if len(word) - cut > 4)


def _given_name_fits(given: str, actor: Any, more: Optional[list[str]] = None) -> bool:
    """"Ильхам Алиев" fits Ильхам Алиев, not Гейдар Алиев; an initial fits its name; "Барака" fits Барак.

    ``more``: all the given names before the surname ("Али Абдалла" is not Али Акбар Салехи).
    """
    primary = split_name(actor.name)[:-1]
    for name in [actor.name, *actor.names]:
        words = split_name(name)
        if len(words) < 2:
            continue
        if name != actor.name and len(words) - 1 > len(primary) >= 1 and (more is None or len(more) < 2) \
                and not any(given_name_fits(given, word) for word in primary):
            # "Мохаммед Али" is not Ирфаан Али, whose fuller name "Мохамед Ирфаан Али" has a given name he is
            # not called by: of a fuller variant, a lone given name written must be one of the name he goes by
            # (all of them written, "Мухаммед Хосни Мубарак", still fit)
            continue
        if given_name_fits(given, words[0]):
            if more is None or len(more) < 2 or given_names_fit(more, words[:-1]):
                return True
        elif (more is None or len(more) < 2) and given_names_fit([given], words[:-1]):
            return True  # one of several given names: "Хусейн Тантави" of "Мохаммед Хусейн Тантави"
    return False


def _describes_not_names(word: str) -> bool:
    """The word before a surname is an adjective or a common animate noun ("Шестидесятилетняя Руссефф",
    "Генерал Джонс"), not a given name the KB does not know ("Муртаза Рахимов", "Алмаз Закиев")."""
    forms = morph_vocab()(word.lower())
    if not forms:
        return False
    tag = forms[0].tag
    if tag.POS in ("ADJF", "PRTF"):
        return True
    return tag.POS == "NOUN" and "anim" in tag and not ({"Name", "Surn", "Patr"} & set(tag.grammemes))


MIN_FIRST = 3  # a given name is looked up by its first letters, which its inflections keep


@lru_cache(maxsize=1)
def monarch_titles() -> frozenset[str]:
    return frozenset(data_words("monarch_titles.txt"))


def _in_office(actor: Any, on: date) -> bool:
    return any(role.valid_on(on) for role in actor.roles)


def _latest_start(actor: Any) -> float:
    starts = [role.start.toordinal() for role in actor.roles if role.start is not None]
    return -max(starts) if starts else 0.0


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    return Linker()


class ActorLinker:
    """Pipeline step: fills ``Entity.actor`` for every entity of the article."""

    def __init__(self) -> None:
        self.linker = default_linker()

    def __call__(self, doc: Doc) -> None:
        self.linker.link(doc.article)

    def end_batch(self) -> None:
        forget_sentences()

    def warm_up(self) -> None:
        self.linker.load_indexes()
