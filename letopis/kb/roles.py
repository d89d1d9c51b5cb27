"""Role nouns without names become entities: "президент Таджикистана", "афганские военные", "талибы".

Runs after the EntityBuilder and before the ActorLinker.  Each role phrase
(``data/role_nouns.tsv``, see ``letopis.kb.phrases``) is resolved on the article's date:

- an office with a country ("президент Таджикистана", "таджикский лидер") -> the KB
  person holding it; when that person is already an entity of the article the phrase
  becomes one more mention of it (kind "role"), else a new PER entity;
- a plural office with several countries ("президентами Казахстана, Узбекистана и
  Афганистана") -> one role entity per country;
- a plural office with no country ("главы государств") -> a mention of each
  office-holder the article has named before;
- a group ("афганские военные", "пограничники", "правительственные войска") -> an ORG
  entity coded COUNTRY+ROLE; the country is the modifier, or for a bare group the
  country named last before it; a group of a named organisation ("боевики движения
  Талибан") is a mention of that organisation, and a group noun that names a KB
  actor ("талибы") is that actor.
Role entities get their ``actor`` here; the ActorLinker leaves it as it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

from letopis.kb.countries import ARMED_GROUP_ROLES, FORCE_ROLES, role_code
from letopis.kb.link import (
    CIVILIAN,
    JUDICIARY,
    Context,
    Linker,
    build_context,
    default_linker,
    owner_nouns,
    publication_country,
    wikidata_for,
)
from letopis.kb.names import forms_match
from letopis.kb.normal import normalize
from letopis.kb.phrases import RoleMatch, country_anaphora, forget_sentences, lemma_key, plural_leaders
from letopis.kb.places import country_of_place_adjective
from letopis.kb.role_words import (
    body_anaphora_nouns,
    is_foreign,
    is_honorary,
    is_local,
    is_outsider,
    is_several_states,
    is_speakers,
    is_supporter,
    is_unidentified,
    is_visitor,
    noun_index,
    owned_by_other,
    security_speaker_words,
)
from letopis.model import Actor, Article, Entity, Mention, Token, branch_under
from letopis.nlp.doc import Doc
from letopis.nlp.morph import normalize_phrase

log = logging.getLogger(__name__)

ROLE_ID_PREFIX = "r"
OWNER_GAP = 3  # words between a group noun and its organisation: "боевики движения «Талибан»", "военного крыла «Хезболлы»"
BODY_ROLES = frozenset("LEG JUD COP MIL SPY".split())  # a bare group of these is of the body the article names
DOMESTIC_ROLES = BODY_ROLES | {"GOV", "OPP"}  # in an article naming no country, of the publication's country
STATE_BODY_ROLES = BODY_ROLES | {"GOV"}  # a bare one that is the object of another state's act is the other side's
OBJECT_RELATIONS = frozenset(("obj", "iobj", "obl"))
CONJUNCT_GAP = 3  # words after a role phrase its conjunct may start within: "оппозиции и [новое] правительство"
POLICE_ROLES = frozenset(("COP", "SPY"))  # forces that act on people where they serve, foreigners too


@dataclass
class Resolution:
    """What one role phrase (or one country of it) stands for."""

    actor: Actor
    kb_id: Optional[str]  # KB actor id, when the phrase resolves to one
    name: str  # nominative name for a new entity
    type: str  # PER or ORG


class RoleTagger:
    def __init__(self) -> None:
        self.linker = default_linker()

    def __call__(self, doc: Doc) -> None:
        tag_roles(doc.article, self.linker)

    def end_batch(self) -> None:
        forget_sentences()


def tag_roles(article: Article, linker: Linker) -> None:
    context = build_context(article, linker.kb, linker.inflected_organisations)
    tagger = _ArticleRoles(article, linker, context)
    for index in range(len(article.sentences)):
        for match in context.roles_in(index):
            tagger.add(match)


class _ArticleRoles:
    def __init__(self, article: Article, linker: Linker, context: Context) -> None:
        self.article = article
        self.linker = linker
        self.kb = linker.kb
        self.context = context
        self.on: Optional[date] = article.published
        # KB person id -> entity, for the people the article names
        self.people: dict[str, Entity] = {}
        for entity in article.entities:
            if entity.type == "PER":
                choice = linker.choose_person(entity, context)
                if choice is not None:
                    self.people.setdefault(choice.actor.id, entity)
        self.by_key: dict[str, Entity] = {}
        self.counter = 0

    # -- one phrase

    def add(self, match: RoleMatch) -> None:
        tokens = self.article.sentences[match.sentence].tokens
        noun = noun_index(match, tokens)
        named = self.context.token_entity.get((match.sentence, noun))
        if named is not None and not self._unplaced_hyphen_name(named, tokens[noun], match.sentence, noun):
            return  # the noun is part of a name NER found: "Правительство Таджикистана"
        following = self.context.token_entity.get((match.sentence, match.stop))
        if match.noun.kind != "group" and following is not None and following.type == "PER":
            return  # a title before a name: the name is the mention, the title its context
        if match.noun.kind == "group":
            self._group(match, tokens)
        elif match.noun.kind == "office":
            self._office(match, tokens)
        else:
            self._member(match, tokens)

    def _unplaced_hyphen_name(self, entity: Entity, token: Token, sentence: int, index: int) -> bool:
        """Whether NER took a hyphenated group noun for a place it cannot place: "Повстанцы-хуту" (the
        indeclinable second part makes the word look like a name) is a group of rebels, not a place; so is a plural
        role noun opening a sentence ("Повстанцы напали ...")."""
        return (
            ("-" in token.text or self._opening_plural(entity, token, index))
            and entity.type == "LOC"
            and entity.id not in self.context.entity_country
            and self.context.owner_of(sentence, index) is None
        )

    @staticmethod
    def _opening_plural(entity: Entity, token: Token, index: int) -> bool:
        """"Повстанцы напали на ...": a plural role noun opening a sentence, capitalised there, that NER took for a
        one-word place (it places nothing: no country, no owner) is the group it names."""
        return index == 0 and token.feats.get("Number") == "Plur" and " " not in entity.name.strip()

    def _office(self, match: RoleMatch, tokens: list[Token]) -> None:
        countries = [country for country, _ in match.countries]
        how = "named"
        if not countries and match.anaphoric:
            country = self._antecedent(match)
            countries, how = ([country] if country else []), "anaphora"
        if not countries:
            union = self._union_of_states(match, tokens)
            if union is not None:  # "министры иностранных дел стран АСЕАН", "лидеры государств СНГ"
                code, stop = union
                title = f"{match.noun.phrase[0]} ({code})"
                actor = Actor(id=code, code=code, name=title, confidence=0.6,
                              reason=f"role {' '.join(match.noun.phrase)!r} of the member states of {code}")
                self._attach(Resolution(actor, None, title, "PER"), match.sentence, tokens[match.start].start,
                             tokens[stop - 1].stop)
                return
            if match.plural:
                if not self._group_after(match):
                    self._leaders(match, tokens)
                return
            country, how = self._context_country(match, tokens)
            if country is None:
                return
            countries = [country]
        for country, start, stop in self._country_spans(match, tokens, countries):
            self._attach(self._holder(match, country, how), match.sentence, start, stop)

    def _union_of_states(self, match: RoleMatch, tokens: list[Token]) -> Optional[tuple[str, int]]:
        """The code of the international organisation after "стран"/"государств" that follows a plural office
        ("министры иностранных дел стран АСЕАН"), and the stop of the phrase with that word; else None."""
        index = match.stop
        if not match.plural or index + 1 >= len(tokens) or lemma_key(tokens[index]) not in country_anaphora() \
                or tokens[index].feats.get("Number") != "Plur":
            return None
        code = self.linker.organisation_after(self.context, match.sentence, index + 1)
        return (code, index + 1) if code else None

    def _country_spans(self, match: RoleMatch, tokens: list[Token],
                       countries: list[str]) -> list[tuple[str, int, int]]:
        """(country, start, stop) of each country's mention: one country -> the whole phrase; a chain
        ("президентами Казахстана, Узбекистана", "армянскими и азербайджанскими военными") -> the noun
        with its nearest country, and each other country's own word."""
        whole = (tokens[match.start].start, tokens[match.stop - 1].stop)
        if len(match.countries) <= 1:
            return [(countries[0], *whole)]
        noun = noun_index(match, tokens)
        nearest = min(match.countries, key=lambda item: abs(item[1] - noun))[1]
        spans = []
        for country, modifier in match.countries:
            if modifier == nearest:
                first, last = min(modifier, noun), max(modifier, noun)
                spans.append((country, tokens[first].start, tokens[last].stop))
            else:
                spans.append((country, tokens[modifier].start, tokens[modifier].stop))
        return spans

    def _holder(self, match: RoleMatch, country: str, how: str = "named") -> Resolution:
        noun = match.noun
        holders = self.kb.holders(country, noun.position, self.on) if noun.position else []
        title = f"{noun.phrase[0]} {self.kb.countries.name(country) or country}"
        guessed = how not in ("named", "anaphora")
        if holders:
            holder = max(holders, key=lambda actor: _title_fit(actor, noun.position, noun.phrase))
            actor = self.linker.make_actor(holder, "PER", self.on, 0.5 if guessed else 0.85,
                                           f"holder of {noun.position} of {country} on the date"
                                           + (f" (country by {how})" if guessed else ""))
            if guessed:
                actor.wikidata = None  # the person is a guess: no id to score against NEREL
            return Resolution(actor, holder.id, _title_of(holder, noun.position, country) or title, "PER")
        code = role_code(country, noun.role)
        actor = Actor(id=code, code=code, name=title, confidence=0.4 if guessed else 0.6,
                      reason=f"role {' '.join(noun.phrase)!r} of {country} ({how}); holder not in the KB")
        return Resolution(actor, None, title, "PER")

    def _compound_demonym(self, match: RoleMatch, tokens: list[Token]) -> Optional[str]:
        """The country of the demonym that ends a hyphenated group noun ("студенты-киприоты")."""
        word = tokens[noun_index(match, tokens)]
        parts = word.lemma.split("-")
        if len(parts) < 2:
            return None
        return self.kb.countries.by_demonym(parts[-1])

    def _context_country(self, match: RoleMatch, tokens: list[Token]) -> tuple[Optional[str], str]:
        """The country of a role the phrase names without one, unless it belongs to something else."""
        if match.noun.kind != "group" and owned_by_other(tokens, match.stop):
            return None, ""  # "президент компании", "лидер партии", "спикер МИД"
        holder = self._holder_after(match, tokens)
        if holder is not None:  # "правительство президента Лорана Гбагбо", talks held in Paris: his state's
            return holder, "the office-holder it is named after"
        owner = named_owner(match, tokens)
        if owner is not None:  # "делегация от Европарламента", "наблюдатели от ОБСЕ": whom it comes from is its
            # owner, a country only when it is one ("участники переговоров от России")
            return self.context.country_of(match.sentence, owner), "its owner after 'от'"
        if is_speakers(match, tokens):  # "власти нашей страны" in a quote: the speaker's country
            speaker = self._speaker_country(tokens[match.start].start)
            if speaker is not None:
                return speaker, "the speaker's country"
        if match.anaphoric:
            return self._antecedent(match), "anaphora"
        compound = self._compound_demonym(match, tokens)
        if compound is not None:  # "студенты-палестинцы", "беженцы-афганцы": the people the second half names
            return compound, "its demonym"
        own = self.context.reflexive_owner(match)
        if own is not None:  # "Сирия приступила к выводу своих войск из Бейрута": Syria's, not Lebanon's
            return own, "context: the subject of its 'свой'"
        shared = self._conjunct_country(match, tokens)
        if shared is not None:  # "представители венесуэльской оппозиции и правительства" (of Venezuela, not Oslo)
            return shared, "context: the country of the noun it is conjoined to"
        if match.noun.kind == "group" and not match.plural and " ".join(match.noun.phrase) in body_anaphora_nouns():
            body = self.linker.body_named_before(self.context, match.sentence, tokens[match.start].start)
            if body is not None:  # "Госдеп США ... . В ведомстве осудили действия Китая": the body named last
                return body, "context: the state body named last"
        if match.noun.kind == "group":
            named = _place_adjective_after(tokens, match.stop)
            if named is not None:  # "суд техасского округа", "полиция лондонского района Вестминстер"
                return named, "the place in its name"
        origin = self.context.origin(match)
        if origin is not None:  # "студент из Каира"
            return origin, "origin"
        if match.noun.role in FORCE_ROLES:
            security = self._security_speaker_country(tokens[match.start].start)
            if security is not None:  # "Войска обстреляли ... в Ираке, сообщило министерство обороны Турции"
                return security, "the security body that reports it"
        if is_unidentified(match, tokens):
            # "неизвестные боевики напали на участок в Кабуле": not the place's insurgents, an unknown attacker
            return "---", "unknown: an unidentified armed group"
        if is_visitor(match) or is_foreign(match, tokens) or is_several_states(match, tokens):
            # "миротворцы на юге Ливана", "туристы в Каире": not the place's, and whose is untold; nor are
            # "западные дипломаты", "иностранные журналисты" of the place or the publication
            return None, ""
        outsider = is_outsider(match)
        if match.noun.kind == "group" and not outsider:
            place = self.context.place_after(match)
            if place is not None:  # "боевиков в Идлибе"
                return place, "context: its place"
        opponent = self.context.opponent_after(match)
        if opponent is not None:  # "повстанцев, выступающих против правительства Сирии"
            return opponent, "context: the state it fights"
        if is_local(match, tokens):  # "местная полиция": of the place named last, not of one named later
            country = self.context.place_before(tokens[match.start].start)
            if country is not None:
                return country, "context: the place named last (local)"
        qualified = self._countries_of_its_clause(match, tokens)
        if match.noun.role in STATE_BODY_ROLES:
            other = self._object_of_other_state(match, tokens)
            if other is not None and other not in qualified:  # "Швеция заморозила помощь Кении, обвинив правительство в коррупции"
                return other, "context: the other country of the act its subject's country does to it"
        # "солдаты в секторе Газа", "посол в Таллине": like a named person's, an outsider's place is not his country
        if qualified:  # "правительства, недружелюбные к США": whose they are is untold
            return None, ""
        visited = self._visitors_countries(match)
        country, clue = self.linker.country_around(self.context, tokens[match.start].start, match.sentence,
                                                   named=outsider, office=match.noun.kind != "group"
                                                   or _unarmed_group(match) or _police_subject(match, tokens),
                                                   others=visited)
        if country is None and visited and match.noun.role in ARMED_GROUP_ROLES:
            # the visitors' country withheld, no other: an unknown attacker
            return "---", "unknown: the only country named is its victims'"
        if clue == "article" and match.noun.kind != "office" and match.noun.role in BODY_ROLES:
            # "законодатели" in a story about Montenegro that names "Сенат США" only
            body = self.linker.body_country(self.context, match.noun.role)
            if body is not None:
                return body, "context: the article's body of the role"
        if country is None and (match.noun.kind == "group" or match.plural) and match.noun.role in DOMESTIC_ROLES \
                and publication_country() and not self.context.names_unplaced_place(match.sentence):
            # "Депутаты", "Оппозиция" in an article that names no country at all: domestic news (not so
            # "журналисты", "студенты": a foreign story may name its cities and teams only; nor in a sentence
            # naming a place the gazetteers lack: "войска ... на острове X" may be anywhere)
            return publication_country(), "the publication's country"
        return country, f"context: {clue}"

    def _conjunct_country(self, match: RoleMatch, tokens: list[Token]) -> Optional[str]:
        """The country of the adjective or genitive on a noun conjoined to a bare state body or opposition, which
        modifies both: before it ("венесуэльской оппозиции и правительства", "армия Сирии и полиция") or after
        it ("представители оппозиции и правительства Венесуэлы").  Not for armed groups or civilians:
        "американские военные и боевики" are not both American."""
        if match.noun.kind not in ("group", "member") or match.noun.role not in DOMESTIC_ROLES:
            return None
        noun = noun_index(match, tokens)
        conjuncts = [tokens[noun].head] if tokens[noun].rel == "conj" and 0 <= tokens[noun].head < noun else []
        conjuncts += [child for child in range(match.start + 1, min(match.stop + CONJUNCT_GAP, len(tokens)))
                      if tokens[child].rel == "conj" and match.start <= tokens[child].head < match.stop
                      and tokens[child].pos == "NOUN"]
        for conjunct in conjuncts:
            for child in range(max(0, conjunct - 3), min(conjunct + 4, len(tokens))):
                token = tokens[child]
                if match.start <= child < match.stop or token.head != conjunct:
                    continue
                if not (token.rel == "amod" or (token.rel == "nmod" and token.feats.get("Case") == "Gen")):
                    continue
                # a country's name or adjective, not any owner: "милиции и охраны Белого дома" are Bishkek's
                country = self.context.country_of(match.sentence, child)
                if country is not None:
                    return country
        return None

    def _holder_after(self, match: RoleMatch, tokens: list[Token]) -> Optional[str]:
        """The country of the KB person a state body is named after in the genitive ("правительство президента
        Лорана Гбагбо", "режим Мугабе"): only titles and the name may stand between."""
        if match.noun.kind != "group" or match.noun.role not in STATE_BODY_ROLES:
            return None
        for index in range(match.stop, min(match.stop + 3, len(tokens))):
            entity = self.context.token_entity.get((match.sentence, index))
            if entity is not None:
                if entity.type != "PER":
                    return None
                kb_id = next((kb_id for kb_id, person in self.people.items() if person is entity), None)
                actor = self.kb.actor(kb_id) if kb_id else None
                return actor.country if actor is not None and actor.country and len(actor.country) == 3 else None
            if tokens[index].pos != "NOUN" or tokens[index].feats.get("Case") != "Gen":
                return None
        return None

    def _countries_of_its_clause(self, match: RoleMatch, tokens: list[Token]) -> frozenset[str]:
        """Countries named as arguments of a participle or adjective phrase on the role noun: whom it is friendly
        or hostile to, whom it acts on or who acted on it, not whose it is ("правительства, недружелюбные к США",
        "полиция, задержавшая граждан России", "террористов, идентифицированных бельгийскими властями").  A country
        adjective on the noun itself ("американские власти") is its own country (``match.countries``), not counted
        here; nor is a relative clause ("генерал, которому прокуратура Азербайджана предъявила обвинение": a
        state mostly charges its own)."""
        noun = noun_index(match, tokens)
        starts = {token.start: position for position, token in enumerate(tokens)}
        found = set()
        for offset, country in self.context.countries_named_in(self.context.article.sentences[match.sentence]):
            index = starts.get(offset)
            if index is None or match.start <= index < match.stop:
                continue
            child = branch_under(lambda word: tokens[word].head, len(tokens), index, noun)
            if child >= 0 and child != index and tokens[child].rel in ("acl", "amod"):
                found.add(country)
        return frozenset(found)

    def _object_of_other_state(self, match: RoleMatch, tokens: list[Token]) -> Optional[str]:
        """A bare state body that is the object of an act whose subject is a country X, in a sentence that
        names exactly one other country Y, is Y's: "Швеция ..., обвинив правительство в коррупции" (Kenya's
        government, the one the sentence names besides Sweden), "Россия выслала дипломатов, обвинив МИД ...".
        The subject is the verb's own, or that of the verb it depends on ("обвинив" -> "заморозила")."""
        index = noun_index(match, tokens)
        if tokens[index].rel not in OBJECT_RELATIONS:
            return None
        countries = self.context.sentence_countries(match.sentence, destinations=False)
        if len(countries) != 2:
            return None
        verb = tokens[index].head
        for _ in range(3):
            if not 0 <= verb < len(tokens) or tokens[verb].pos not in ("VERB", "AUX"):
                return None
            subjects = [i for i, token in enumerate(tokens) if token.head == verb and token.rel.startswith("nsubj")]
            if subjects:
                subject = self.context.country_of(match.sentence, subjects[0])
                if subject not in countries or self.context.in_phrase_of(match.sentence, subjects[0], countries):
                    return None  # "США и Великобритания обвинили правительство": both are the subject
                return next(country for country in countries if country != subject)
            if tokens[verb].rel not in ("advcl", "xcomp", "conj"):
                return None
            verb = tokens[verb].head
        return None

    def _visitors_countries(self, match: RoleMatch) -> frozenset[str]:
        """For an armed group named without its country ("боевики", "смертник", "повстанцы"): the countries of the
        visitors and envoys its sentence names by their own adjective or genitive ("колонну с непальскими
        миротворцами", "туристов из Германии", "посольство Франции"); they are whom it attacks, not its own.
        Soldiers are not counted: "афганских военных" are mostly the country where the group fights."""
        if match.noun.role not in ARMED_GROUP_ROLES and not (match.noun.role == CIVILIAN and match.noun.kind == "group"):
            # "Протестующие собрались у посольства США": a crowd is not of the country of the mission or envoys it
            # stands before, outsiders where it is
            return frozenset()
        return frozenset(
            country
            for other in self.context.roles_in(match.sentence)
            if other is not match and other.start != match.start
            and (is_visitor(other) or (is_outsider(other) and other.noun.role not in FORCE_ROLES))
            for country, _ in other.countries
        )

    def _member(self, match: RoleMatch, tokens: list[Token]) -> None:
        how = "modifier"
        if match.countries and not is_honorary(match, tokens):  # "заслуженный врач России" names no country
            country: Optional[str] = match.countries[0][0]
        else:
            country, how = self._context_country(match, tokens)
        if country is None:
            return
        code = role_code(country, match.noun.role)
        if match.owner_code and match.noun.role == CIVILIAN:  # "сотрудники ФСБ": the organisation's people
            code = match.owner_code
            if code[3:6] in ARMED_GROUP_ROLES and is_supporter(match, tokens):
                # "сторонник ИГ напал на прохожих в Париже": a follower is an insurgent of the country he is in
                # (named in the sentence: a place the article names elsewhere may not be where he acts)
                place, where = self._context_country(match, tokens)
                if place is not None and where == "context: place" and not match.plural:
                    country, how, code = place, where, role_code(place, code[3:6])
        name = " ".join(token.text for token in tokens[match.start:match.stop])
        actor = Actor(id=code, code=code, name=name, confidence=0.6 if how == "modifier" else 0.4,
                      reason=f"unnamed {' '.join(match.noun.phrase)!r} of {country} ({how})")
        self._attach(Resolution(actor, None, name, "PER"), match.sentence,
                     tokens[match.start].start, tokens[match.stop - 1].stop, merge=False)

    def _group_after(self, match: RoleMatch) -> bool:
        """"встретился с лидерами повстанцев Либерии": the leaders of the group the genitive after them names,
        not the office-holders the article named so far."""
        return any(other.start == match.stop and other.noun.kind == "group" for other in self.context.roles_in(match.sentence))

    def _leaders(self, match: RoleMatch, tokens: list[Token]) -> None:
        """"Главы государств подчеркнули": the office-holders named so far."""
        lemmas = [lemma_key(token) for token in tokens]
        found = plural_leaders().match(lemmas, noun_index(match, tokens))
        if found is None:
            return
        stop, position = found
        start_offset = tokens[match.start].start
        stop_offset = tokens[stop - 1].stop
        for kb_id, entity in self.people.items():
            if not entity.mentions or entity.mentions[0].start >= start_offset:
                continue
            actor = self.kb.actor(kb_id)
            if actor is None or not any(
                role.position == position and (self.on is None or role.valid_on(self.on)) for role in actor.roles
            ):
                continue
            _add_mention(entity, Mention(start_offset, stop_offset, self.article.text[start_offset:stop_offset],
                                         match.sentence, "role"))

    def _group(self, match: RoleMatch, tokens: list[Token]) -> None:
        start, stop = tokens[match.start].start, tokens[match.stop - 1].stop
        # "боевиками движения «Талибан»": the group of a named organisation is that organisation
        owner = self._owner(match, tokens)
        if owner is not None:
            self._mention(owner, match.sentence, start, stop)
            return
        countries = [country for country, _ in match.countries]
        if match.noun.actor and not self._other_country_group(match, countries):
            self._named_group(match, start, stop)
            return
        how = "modifier"
        role = match.noun.role
        body_group = self._owning_group(match, tokens) if not countries else None
        if body_group is not None:
            # "делегация правительства Ливана", "делегация парламента Ирана": the group of a named country's body
            # is that body's, of its country and role
            countries, role = [body_group.countries[0][0]], body_group.noun.role
        if not countries:
            court = self.linker.international_court(self.context) if match.noun.role == JUDICIARY else None
            if court is not None:  # "суд" in an article on the Hague tribunal is the tribunal
                actor = self.linker.make_actor(court, "ORG", self.on, 0.5,
                                               f"group {' '.join(match.noun.phrase)!r}: the international court "
                                               "the article names")
                self._attach(Resolution(actor, court.id, court.name, "ORG"), match.sentence, start, stop)
                return
            country, how = self._context_country(match, tokens)
            if country is None:
                return
            countries = [country]
        name = normalize_phrase(tokens, match.start, match.stop)  # "афганских военных" -> "афганские военные"
        for country, start, stop in self._country_spans(match, tokens, countries):
            code = role_code(country, role)
            body = self._kb_body(match, tokens, country, how) if body_group is None else None
            if body is not None:  # "Правительство" of Russia is the KB's Правительство России
                actor = self.linker.make_actor(body, "ORG", self.on, 0.8 if how == "modifier" else 0.5,
                                               f"group {' '.join(match.noun.phrase)!r}: KB body of {country} by {how}")
                # the Wikidata id stays that of the group noun (NEREL's convention: "правительство" -> the
                # generic concept, "японским парламентом" -> the concept too); the KB id names the body
                actor.wikidata = self._concept_id(match, tokens, how)
                self._attach(Resolution(actor, body.id, body.name, "ORG"), match.sentence, start, stop)
                continue
            label = name
            if how != "modifier" or len(countries) > 1:
                label = f"{' '.join(match.noun.phrase)} ({self.kb.countries.name(country) or country})"
            actor = Actor(id=code, code=code, name=label, confidence=0.8 if how == "modifier" else 0.5,
                          reason=f"group {' '.join(match.noun.phrase)!r}, country {country} by {how}",
                          wikidata=self._concept_id(match, tokens, how))
            self._attach(Resolution(actor, None, label, "ORG"), match.sentence, start, stop)

    def _owning_group(self, match: RoleMatch, tokens: list[Token]) -> Optional[RoleMatch]:
        """The group phrase of a named country in the genitive right after ``match`` ("делегацию правительства
        Ливана"), or None."""
        if match.stop >= len(tokens) or tokens[match.stop].feats.get("Case") != "Gen":
            return None
        for other in self.context.roles_in(match.sentence):
            if (
                other is not match
                and other.start == match.stop
                and other.noun.kind == "group"
                and other.countries
                and not other.anaphoric
                and noun_index(other, tokens) == match.stop
            ):
                return other
        return None

    def _kb_body(self, match: RoleMatch, tokens: list[Token], country: str, how: str) -> Optional[Any]:
        """The KB body of the country a group noun names by itself ("правительство", "верховный суд"),
        unless another word makes it some other body ("временное правительство", "правительство Колчака")."""
        if match.owned or owned_by_other(tokens, match.stop, people=True):
            return None  # "полиция Нью-Йорка" is the city's police, not the country's body
        if how != "modifier" and match.start and tokens[match.start - 1].pos in ("ADJ", "PROPN"):
            return None
        return self.linker.bodies.find(country, list(match.noun.phrase))

    @staticmethod
    def _concept_id(match: RoleMatch, tokens: list[Token], how: str) -> Optional[str]:
        """A bare noun is the generic concept NEREL links it to ("полиция" -> police); a modified one
        ("министерство культуры", "советские войска", "правительство Колчака") is a body of its own."""
        if how == "modifier" or owned_by_other(tokens, match.stop, people=True):
            return None
        if match.start and tokens[match.start - 1].pos in ("ADJ", "PROPN"):
            return None
        return wikidata_for([" ".join(match.noun.phrase)], "ORG", 2)

    def _other_country_group(self, match: RoleMatch, countries: list[str]) -> bool:
        """"пакистанские талибы": a country adjective that is not the named group's country makes the noun that
        country's group of its role (PAKINS), not the group the bare noun names (the Afghan Taliban)."""
        actors = self.kb.search(match.noun.actor) if countries else []
        return bool(actors) and bool(actors[0].country) and actors[0].country not in countries

    def _named_group(self, match: RoleMatch, start: int, stop: int) -> None:
        actors = self.kb.search(match.noun.actor)
        if not actors:
            return
        kb_actor = actors[0]
        for entity in self.article.entities:
            if entity.type == "ORG" and entity.actor is None:
                found = self.linker.search([entity.name, *entity.aliases], (kb_actor.type,))
                if any(actor.id == kb_actor.id for actor in found):
                    self._mention(entity, match.sentence, start, stop)
                    return
        actor = self.linker.make_actor(kb_actor, "ORG", self.on, 0.8, f"group noun {match.noun.phrase[0]!r}")
        self._attach(Resolution(actor, kb_actor.id, kb_actor.name, "ORG"), match.sentence, start, stop)

    def _speaker_country(self, offset: int) -> Optional[str]:
        """The country of the speaker of the quote around ``offset``, when the KB or the text gives one."""
        for quote in self.article.quotes:
            if not (quote.start <= offset < quote.stop and quote.speaker and quote.speaker.entity):
                continue
            speaker = next((entity for entity in self.article.entities if entity.id == quote.speaker.entity), None)
            if speaker is None:
                return None
            actor = speaker.actor or self.linker.link_entity(speaker, self.context)
            country = (actor.code or "")[:3] if actor is not None else ""
            return country if self.kb.countries.get(country) is not None else None
        return None

    def _security_speaker_country(self, offset: int) -> Optional[str]:
        """The country of the quote's speaker around ``offset`` when the speaker is a military, defence, police
        or security body ("сообщило министерство обороны Турции", "по данным израильской армии"): the forces it
        reports on are its own. A foreign ministry or an agency reports on others' forces: None."""
        for quote in self.article.quotes:
            if not (quote.start <= offset < quote.stop and quote.speaker):
                continue
            index = self.article.sentence_at(quote.speaker.start)
            if index < 0:
                return None
            words = {lemma_key(token) for token in self.article.sentences[index].tokens
                     if quote.speaker.start <= token.start < quote.speaker.stop}
            if words.isdisjoint(security_speaker_words()):
                return None
            return self._speaker_country(offset)
        return None

    def _antecedent(self, match: RoleMatch, people_only: bool = False) -> Optional[str]:
        """The country "республики" stands for: that of a KB person in the sentence, or the article's main one."""
        sentence = self.article.sentences[match.sentence]
        for kb_id, entity in self.people.items():
            if any(sentence.start <= mention.start < sentence.stop for mention in entity.mentions):
                actor = self.kb.actor(kb_id)
                if actor is not None and actor.country and len(actor.country) == 3:
                    return actor.country
        return None if people_only else self.context.main_country(sentence.start)

    def _owner(self, match: RoleMatch, tokens: list[Token]) -> Optional[Entity]:
        """The organisation a group noun belongs to: "боевиками движения «Талибан»"."""
        if match.countries:
            return None
        kinds = owner_nouns()
        for index in range(match.stop, min(match.stop + OWNER_GAP + 1, len(tokens))):
            owner = self.context.token_entity.get((match.sentence, index))
            if owner is not None:
                return owner if owner.type == "ORG" else None
            token = tokens[index]
            # "боевики военного крыла ХАМАС", "членов боевой ячейки «Исламского джихада»": a part of the organisation
            # and its adjective may stand between
            if not (token.pos == "PUNCT" and token.text not in ",.;:" or lemma_key(token) in kinds
                    or (token.pos == "ADJ" or token.feats.get("VerbForm") == "Part")
                    and index + 1 < len(tokens) and lemma_key(tokens[index + 1]) in kinds):
                return None
        return None

    # -- entities

    def _attach(self, resolution: Resolution, sentence: int, start: int, stop: int, merge: bool = True) -> None:
        if resolution.kb_id and resolution.kb_id in self.people:
            self._mention(self.people[resolution.kb_id], sentence, start, stop)
            return
        # one entity per KB actor, or per code and name ("власти" and "полиция" of one country are two)
        key = resolution.kb_id or f"{resolution.actor.id}|{resolution.name}"
        if merge and key in self.by_key:
            self._mention(self.by_key[key], sentence, start, stop)
            return
        entity = Entity(id=self._new_id(), type=resolution.type, name=resolution.name, actor=resolution.actor)
        self._mention(entity, sentence, start, stop)
        self.article.entities.append(entity)
        if merge:  # an unnamed member ("генерал") is one person, not the group of its code
            self.by_key[key] = entity
        if resolution.kb_id and resolution.type == "PER":
            self.people[resolution.kb_id] = entity

    def _mention(self, entity: Entity, sentence: int, start: int, stop: int) -> None:
        _add_mention(entity, Mention(start, stop, self.article.text[start:stop], sentence, "role"))

    def _new_id(self) -> str:
        taken = {entity.id for entity in self.article.entities}
        while True:
            self.counter += 1
            candidate = f"{ROLE_ID_PREFIX}{self.counter}"
            if candidate not in taken:
                return candidate


def _add_mention(entity: Entity, mention: Mention) -> None:
    for existing in entity.mentions:
        if existing.start <= mention.start and mention.stop <= existing.stop:
            return
    entity.mentions.append(mention)
    entity.mentions.sort(key=lambda item: (item.start, item.stop))


def _title_fit(actor: Any, position: Optional[str], phrase: tuple[str, ...]) -> int:
    """How many words of the phrase the holder's title has: "пресс-секретарь президента" is Песков,
    "официальный представитель МИД" Захарова, both press secretaries."""
    best = 0
    for role in actor.roles:
        if role.position == position and role.title:
            words = normalize(role.title).split()
            best = max(best, sum(any(forms_match(word, lemma) for word in words) for lemma in phrase))
    return best


def _title_of(actor: Any, position: Optional[str], country: str) -> Optional[str]:
    for role in actor.roles:
        if role.position == position and role.title and (role.country in (None, country)):
            return role.title
    return None


def _unarmed_group(match: RoleMatch) -> bool:
    """Whether a group carries no arms: a country its sentence names only after it is then mostly the other side's,
    as for an office ("Правозащитники осудили действия Москвы" in a story of Belarus, "Демонстранты потребовали от
    Японии извинений" in one of Korea).  An armed group or a state's force keeps it ("Боевики атаковали позиции
    афганской армии": the fight is mostly at home)."""
    return match.noun.role not in FORCE_ROLES | ARMED_GROUP_ROLES


def _police_subject(match: RoleMatch, tokens: list[Token]) -> bool:
    """Whether the group is the police or a security service as the subject of its verb: whom it arrests or
    watches is named after it and is often a foreigner ("Полиция задержала гражданина Германии" in a story of
    Turkey), while soldiers mostly fight at home (``_unarmed_group``)."""
    return match.noun.role in POLICE_ROLES and tokens[noun_index(match, tokens)].rel.startswith("nsubj")


def _place_adjective_after(tokens: list[Token], stop: int) -> Optional[str]:
    """The country of a city or region adjective in the genitive among the (at most two) adjectives right after
    a group noun ("суд лондонского района", "полиция нью-йоркского округа"): where the body is."""
    for index in range(stop, min(stop + 2, len(tokens))):
        token = tokens[index]
        if token.pos != "ADJ" or token.feats.get("Case") != "Gen":
            return None
        found = country_of_place_adjective(token.lemma)
        if found:
            return found
    return None


def named_owner(match: RoleMatch, tokens: list[Token]) -> Optional[int]:
    """"делегация от Европейского парламента", "наблюдатели от ОБСЕ", "участники переговоров от России": the
    position of the name after "от" right after a role noun, whom the group comes from, its owner (not a force moved
    away from a place: "отвёл своих солдат от границы")."""
    stop = match.stop
    if match.noun.role in FORCE_ROLES or stop + 1 >= len(tokens) or tokens[stop].text.lower() != "от":
        return None
    for position in range(stop + 1, min(stop + 4, len(tokens))):
        token = tokens[position]
        if token.text[:1].isupper() and token.pos in ("ADJ", "NOUN", "PROPN"):
            return position if owned_by_other(tokens, stop + 1) else None
        if token.pos != "ADJ":
            return None
    return None
    for token in tokens[stop + 1:stop + 4]:
        if token.text[:1].isupper() and token.pos in ("ADJ", "NOUN", "PROPN"):
            return owned_by_other(tokens, stop + 1)
        if token.pos != "ADJ":
            return False
    return False
