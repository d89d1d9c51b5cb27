"""What the coder knows of the article around a sentence: its places, nationalities, unknown people,
who talked and acted in the sentence before, and whether the article is off topic."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from letopis.events.anaphora import Referent
from letopis.events.candidate import Candidate, actor_code, bare_role, country_part, sentence_of
from letopis.events.code_classes import CONVERSATION_CODES, MAX_DOMAIN_RATIO
from letopis.events.lexicon import Lexicon, load_lexicon
from letopis.kb.phrases import role_nouns
from letopis.model import Article, Entity, Mention

if TYPE_CHECKING:  # the coder builds these from its sentences; imported for the annotations only
    from letopis.events.coder import SentenceCoder


LEMMA = attrgetter("lemma")  # (a token's lemma read in C: ``off_topic`` reads every word of an article)
# a country after these prepositions is a party to the act, not where it happens
NOT_A_PLACE = re.compile(r"(?:^|[\s(«])(?:от|против|для)\s+$", re.IGNORECASE)


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
            if NOT_A_PLACE.search(article.text, max(0, mention.start - 12), mention.start):
                continue  # "деньги, которые он получил от России": a party, not where the sentence is
            index = sentence_of(article, mention, len(found))
            if index >= 0:
                found[index].append((mention.start, country))
                counts[country] += 1
    ordered = [[country for _, country in sorted(places)] for places in found]
    return ordered, counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=1)
def group_roles() -> dict[str, str]:
    """One-word group nouns of the knowledge base and their roles: полиция -> COP, власти -> GOV."""
    result = {}
    for phrase, value in ((p, v) for options in role_nouns().by_first.values() for p, v in options):
        if len(phrase) == 1 and value.kind == "group" and not value.actor:
            result[phrase[0]] = value.role
    return result


# nested asks at most: working out a sentence's referents or subjects may ask the sentence before it (a pronoun's or
# a role noun's antecedent), which may ask the one before; further back the antecedent is not to be trusted, and a
# long article of such sentences would exhaust Python's stack
MAX_NESTED_ASKS = 50
# sentences naming owned bodies a bare body noun looks back over
EARLIER_GROUP_SENTENCES = 3


class EarlierSentences:
    """What the last sentence that has any of it holds, worked out only when a later sentence asks (most sentences
    are never asked: the next one names its actors; a sentence with no trigger word is then never parsed at all)."""

    asking = 0  # asks now running, nested

    def __init__(self, coder: SentenceCoder | None = None, before: EarlierSentences | None = None) -> None:
        self._coder, self._before = coder, before
        self._own: list[Any] | None = None

    def own(self, coder: SentenceCoder) -> list[Any]:
        raise NotImplementedError

    def get(self) -> list[Any]:
        if EarlierSentences.asking >= MAX_NESTED_ASKS:
            return []
        EarlierSentences.asking += 1
        try:
            node: EarlierSentences | None = self
            while node is not None:
                if node._coder is not None:
                    if node._own is None:
                        node._own = node.own(node._coder)
                    if node._own:
                        return node._own
                node = node._before
            return []
        finally:
            EarlierSentences.asking -= 1


class EarlierReferents(EarlierSentences):
    """The referents of the last sentence that named any actor, for pronouns."""

    def own(self, coder: SentenceCoder) -> list[Referent]:
        return coder.referents()


class EarlierSubjects(EarlierSentences):
    """The actors last named as subjects, for pronouns and role nouns."""

    def own(self, coder: SentenceCoder) -> list[Entity]:
        return coder.subjects()


class EarlierGroups(EarlierSentences):
    """The bodies the sentences before named with their owner ("делегация Китая"), by lemma, for a later bare one
    ("глава делегации")."""

    def own(self, coder: SentenceCoder) -> dict[str, list[Entity]]:
        return coder.owned_groups()

    def named(self, lemma: str) -> list[Entity]:
        """The actors of the latest body of this lemma named with its owner in the last sentences that named any."""
        if EarlierSentences.asking >= MAX_NESTED_ASKS:
            return []
        EarlierSentences.asking += 1
        try:
            node: EarlierSentences | None = self
            seen = 0
            while node is not None and seen < EARLIER_GROUP_SENTENCES:
                if node._coder is not None:
                    if node._own is None:
                        node._own = node.own(node._coder)
                    if node._own:
                        seen += 1
                        if lemma in node._own:
                            return node._own[lemma]
                node = node._before
            return []
        finally:
            EarlierSentences.asking -= 1


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


def unknown_person_names(article: Article) -> list[tuple[int, int]]:
    """Spans of the article's person names that have no actor code ("Маркив", "Бэ Чжун Хо")."""
    return [
        (mention.start, mention.stop)
        for entity in article.entities
        if entity.type == "PER" and actor_code(entity) is None and bare_role(entity) is None
        for mention in entity.mentions
    ]


def unknown_people(article: Article, sentence, names: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of the sentence's person names that have no actor code; ``names``: the article's
    (``unknown_person_names``), found once for all its sentences."""
    names = unknown_person_names(article) if names is None else names
    return [(start, stop) for start, stop in names if sentence.start <= start < sentence.stop]


def nationalities(article: Article) -> set[str]:
    """Countries whose citizen or native the article names ("гражданин Бельгии", "уроженца Узбекистана", "39-летнего
    австралийца": one person called by a demonym, not "американцы", a people)."""
    found = set()
    stems = tuple(load_lexicon().word_classes["nationality_stem"])
    for entity in article.entities:
        country = country_part(entity.actor.code) if entity.type == "LOC" and entity.actor else None
        if country is None:
            continue
        for mention in entity.mentions:
            before = article.text[max(0, mention.start - 20):mention.start].split()
            if before and before[-1].lower().startswith(stems) or one_national(article, mention):
                found.add(country)
    return found


def one_national(article: Article, mention: Mention) -> bool:
    """Whether ``mention`` is a singular demonym noun: "австралийца", "россиянин"."""
    if mention.kind != "demonym":
        return False
    index = sentence_of(article, mention, len(article.sentences))
    tokens = article.sentences[index].tokens if index >= 0 else []
    return any(
        token.start == mention.start and token.pos == "NOUN" and token.feats.get("Number") == "Sing"
        for token in tokens
    )


def story_court(article: Article) -> Entity | None:
    """The international criminal court the article names, when it names no other court: "Караджич признан
    виновным" in a story of the Hague tribunal was tried by it, not by a court of his country (its judges, people
    the knowledge base does not know, are given the story's country: they do not count)."""
    words = load_lexicon().word_classes["criminal_court"]
    courts: dict[str, Entity] = {}
    for entity in article.entities:
        code = (actor_code(entity) or "") if entity.type == "ORG" else ""
        name = entity.actor.name.lower().split() if entity.actor else []
        if code.startswith("IGO") and words.intersection(name) or code[3:] == "JUD":
            courts.setdefault(code, entity)
    court = next(iter(courts.values())) if len(courts) == 1 else None
    return court if court is not None and (actor_code(court) or "").startswith("IGO") else None


def off_topic(article: Article, lexicon: Lexicon) -> bool:
    """Sports, culture and science articles: their martial verbs are not political events."""
    count = sum(len(sentence.tokens) for sentence in article.sentences)
    if not count:
        return True
    # (every word of every article: counted in C, no list of the article's tokens)
    tokens = chain.from_iterable(sentence.tokens for sentence in article.sentences)
    hits = sum(map(lexicon.domain_words.__contains__, map(LEMMA, tokens)))
    return hits >= 3 and hits / count > MAX_DOMAIN_RATIO
