"""Names of the knowledge base's organisations that NER left out: "Красные кхмеры атаковали ...".

natasha's NER misses a group's name more often at the start of a sentence and when the name is
made of common words ("Вооружённая исламская группа", "красные кхмеры"); wire copy about the
armed movements of the 1970s-2000s names them so. This step finds a KB organisation's whole name
of two words or more, word by word by lemma, in text no mention covers, and adds an ORG entity
with the KB's name, which the ActorLinker then finds. The first letter must be written as the
KB writes it (a name the KB capitalises is not matched in lower case: "народный фронт" is no
party), and the words around it must not be capitalised name words (the name would be part of
a longer one). A word translators often leave out ("имени": "Фронт национального освобождения
Фарабундо Марти") may be missing from the text, and a name NER split into two mentions ("Тигров
освобождения" + "Тамил-Илама") gives way to the whole name. An acronym of four capitals or more
("СООНО", "ЗАНУ", "ЭКОМОГ") and a capitalised word of hyphenated parts ("Би-би-си", "Братья-мусульмане")
are found on their own, another one-word name after a noun of its kind ("агентства Синьхуа"): NER
leaves them out when nothing around them is a name.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from letopis.kb.data_files import data_lines
from letopis.kb.normal import normalize
from letopis.kb.role_words import kind_nouns
from letopis.model import Entity, Mention, Token
from letopis.nlp.doc import Doc
from letopis.nlp.entities import FUNCTION_WORDS, _overlaps, fold, mention_spans, next_entity_number
from letopis.nlp.morph import lemma

log = logging.getLogger(__name__)

NAME_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
GENERIC_BODY = "generic state body"  # the provenance of the KB's bodies made from one template for every state
MIN_LETTERS = 10  # "Наш дом" and other short names of common words stay NER's to find
MIN_ACRONYM = 4  # "СБСЕ", "ЗАНУ": shorter capitals ("ЕС", "ВТО") are words of other names too
OPTIONAL_WORDS = frozenset({"имя"})  # "Движение (имени) Тупака Амару": the lemma a translator may leave out
ACRONYM = re.compile(rf"[А-ЯЁ]{{{MIN_ACRONYM},}}")
HYPHENATED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)+")
ONE_WORD = re.compile(r"[А-ЯЁ][а-яё]{4,}")
# the first word's lemma, and its form as written (the tagger may lemmatise a participle to its verb:
# "Вооружённая" -> "вооружить") -> (lemmas of the whole name, capitalised as the KB writes it, the KB's name)
NameIndex = dict[str, list[tuple[tuple[str, ...], bool, str]]]


@lru_cache(maxsize=1)
def organisation_names() -> NameIndex:
    """The Cyrillic names of two words or more of every KB organisation, by their first word's lemma and form,
    and its acronyms in capitals and one-word names (by form and lemma)."""
    from letopis.kb.link import ORGANISATION_TYPES, default_linker

    index: NameIndex = {}
    for actor in default_linker().kb:
        # the bodies every state has ("Полиция Сирии", "Пресс-служба президента X") are the role tagger's to find
        if actor.type not in ORGANISATION_TYPES or (actor.provenance or "").startswith(GENERIC_BODY):
            continue
        for name in dict.fromkeys([actor.name, *actor.names]):
            if ACRONYM.fullmatch(name):  # an acronym in capitals: by its form only
                index.setdefault(name, []).append(((name,), True, actor.name))
                continue
            # one capitalised word of hyphenated parts ("Би-би-си", "Братья-мусульмане"), or another one after a noun
            # of its kind ("агентства Синьхуа", "партия Гоминьдан")
            if HYPHENATED.fullmatch(name) or ONE_WORD.fullmatch(name):
                entry = ((word_lemma(name),), True, actor.name)
                for key in dict.fromkeys((word_lemma(name), fold(name))):
                    index.setdefault(key, []).append(entry)
                continue
            words = NAME_WORD.findall(name)
            # only names of plain words: no quotes, digits or Latin letters ("профсоюз «Солидарность»")
            if len(words) < 2 or " ".join(words) != name.strip() or sum(map(len, words)) < MIN_LETTERS:
                continue
            lemmas = tuple(word_lemma(word) for word in words)
            entry = (lemmas, name[:1].isupper(), actor.name)
            for key in dict.fromkeys((lemmas[0], fold(words[0]))):
                index.setdefault(key, []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))  # the longest name first
    return index


@lru_cache(maxsize=65536)
def begins_name(word: str) -> bool:
    """A word as written is the first word of a KB organisation's name (in any case, ё as е)."""
    return fold(word) in organisation_names()


@lru_cache(maxsize=65536)
def word_lemma(word: str) -> str:
    """The dictionary form of a word out of context, as the KB's names are read: the tagger's lemma of a
    word in a sentence may differ ("Вооружённая" the participle of "вооружить")."""
    return normalize(lemma(word))


class KnownOrganisationTagger:
    """Adds an ORG entity for each whole KB organisation name NER left out (one entity per name)."""

    def __init__(self) -> None:
        organisation_names()

    def __call__(self, doc: Doc) -> None:
        article = doc.article
        index = organisation_names()
        # the words that can begin a KB name: its first lemma, or for a capitalised word its form ("Вооружённая")
        firsts = []
        for sentence, capitalised in zip(article.sentences, doc.capitalised()):
            tokens = sentence.tokens
            positions = [position for position, token in enumerate(tokens) if token.lemma in index]
            forms = [position for position in capitalised if begins_name(tokens[position].text)
                     or ACRONYM.fullmatch(tokens[position].text) and tokens[position].text in index]
            firsts.append(sorted({*positions, *forms}) if forms else positions)
        if not any(firsts):
            return
        covered, starts = mention_spans(article.entities)
        # a name NER found elsewhere in the article is that entity's mention too
        found: dict[str, Entity] = {normalize(entity.name): entity for entity in article.entities if entity.type == "ORG"}
        next_id = next_entity_number(article.entities)
        for sentence_index, (sentence, positions) in enumerate(zip(article.sentences, firsts)):
            tokens = sentence.tokens
            after = 0
            for position in positions:
                if position < after:
                    continue
                first = tokens[position]
                entries = (index.get(first.lemma or "") or index.get(fold(first.text))
                           or index.get(first.text) or [])
                match = self._match(tokens, position, entries, covered, starts)
                if not match:
                    continue
                length, name = match
                span = tokens[position:position + length]
                _drop_mentions_within(article.entities, span[0].start, span[-1].stop)
                entity = found.get(normalize(name))
                if entity is None:
                    entity = found[normalize(name)] = Entity(id=f"e{next_id}", type="ORG", name=name)
                    next_id += 1
                    article.entities.append(entity)
                    log.debug("known organisation NER missed: %s (%s)", name, article.id)
                elif not any(other is entity for other in article.entities):
                    article.entities.append(entity)  # NER's entity of the name had no mention but those in the span
                entity.mentions.append(Mention(span[0].start, span[-1].stop,
                                               article.text[span[0].start:span[-1].stop], sentence_index, "name"))
                after = position + length

    @staticmethod
    def _match(tokens: list[Token], position: int, entries: list[tuple[tuple[str, ...], bool, str]],
               covered: list[tuple[int, int]], starts: list[int]) -> tuple[int, str] | None:
        """The length and KB name of the first of the ``entries`` (names whose first word is the token at
        ``position``) written from there."""
        first = tokens[position]
        if not first.text[:1].isupper():
            # a name the KB capitalises, written in lower case, is common words ("народный фронт"): only the
            # names the KB writes in lower case are left
            entries = [entry for entry in entries if not entry[1]]
        for lemmas, _, name in entries:
            if lemmas[0].isupper():  # an acronym: the token itself, in capitals
                length = 1 if first.text == lemmas[0] else 0
            elif len(lemmas) == 1 and "-" not in lemmas[0] and not _kind_noun_before(tokens, position) \
                    and not _no_dictionary_word(first.text):
                continue
            else:
                length = _written_from(tokens, position, lemmas)
            if not length:
                continue
            # a mention NER made of part of the name ("Армия" of "Армия Южного Ливана"), or mentions it split
            # the name into, give way to the name; a name NER found whole is NER's
            span = tokens[position:position + length]
            overlapped = [_overlaps(covered, starts, token.start, token.stop) for token in span]
            if all(overlapped) and _one_mention_over(covered, span) or any(
                    hit and not _covered_within(covered, token, span) for hit, token in zip(overlapped, span)):
                continue
            after = position + length
            if after < len(tokens) and tokens[after].text[:1].isupper() and tokens[after].pos == "PROPN":
                continue  # "Армия освобождения Косово" is not "Армия освобождения"
            return length, name
        return None


def _no_dictionary_word(word: str) -> bool:
    """A capitalised one-word name that is no word of the dictionary ("Хезболла", "Синьхуа") names the
    organisation alone, even opening a sentence where NER misses it; a common word ("Яблоко", "Звезда") only
    after a noun of its kind."""
    from letopis.kb.known_names import dictionary_grammemes

    return word[:1].isupper() and dictionary_grammemes(word) is None


def _kind_noun_before(tokens: list[Token], position: int) -> bool:
    """Whether the token before ``position`` is a noun of an organisation's kind ("агентства", "партия")."""
    return position > 0 and tokens[position - 1].lemma in kind_nouns()


def _written_from(tokens: list[Token], position: int, lemmas: tuple[str, ...]) -> int:
    """How many tokens from ``position`` spell the name of ``lemmas``, or 0: a word of ``OPTIONAL_WORDS`` may be
    left out of the text, and a word may be written as ``organisation_name_words.txt`` renders it ("стран" for
    "государств", "Организации Объединенных Наций" for "ООН")."""
    one_word, phrases = renderings()
    index = position
    for number, word in enumerate(lemmas):
        token = tokens[index] if index < len(tokens) else None
        if token is not None and (token.lemma == word or word_lemma(token.text) == word
                                  or one_word.get(token.lemma, token.lemma) == one_word.get(word, word)):
            index += 1
            continue
        phrase = next((size for size, spelt in phrases.get(word, ()) if all(
            index + offset < len(tokens) and word_lemma(tokens[index + offset].text) == part
            for offset, part in enumerate(spelt))), 0)
        if phrase:
            index += phrase
        elif word not in OPTIONAL_WORDS or number == 0:
            return 0
    return index - position


@lru_cache(maxsize=1)
def renderings() -> tuple[dict[str, str], dict[str, list[tuple[int, tuple[str, ...]]]]]:
    """The renderings of ``organisation_name_words.txt``: of one word (lemma -> lemma), and of a phrase by
    the word it renders (-> (its length, its lemmas))."""
    one_word: dict[str, str] = {}
    phrases: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for words, rendered in name_words()[2]:
        if len(words) == 1:
            one_word[words[0]] = rendered
        else:
            phrases.setdefault(rendered, []).append((len(words), words))
    return one_word, phrases


def _one_mention_over(covered: list[tuple[int, int]], span: list[Token]) -> bool:
    """Whether one covered span holds the whole of ``span``: NER found the name as one mention."""
    return any(start <= span[0].start and span[-1].stop <= stop for start, stop in covered)


def _covered_within(covered: list[tuple[int, int]], token: Token, span: list[Token]) -> bool:
    """Whether every mention over ``token`` lies within the span of the name."""
    return all(span[0].start <= start and stop <= span[-1].stop
               for start, stop in covered if start < token.stop and stop > token.start)


def _drop_mentions_within(entities: list[Entity], start: int, stop: int) -> None:
    """Mentions inside a KB name found whole are parts of it: dropped, and an entity left with none."""
    for entity in entities:
        entity.mentions = [mention for mention in entity.mentions if not (start <= mention.start and mention.stop <= stop)]
    entities[:] = [entity for entity in entities if entity.mentions]


# -- names that differ from a KB name only by generic words ("Международный Красный Крест")

LooseKey = tuple[tuple[str, ...], frozenset[str]]  # (the name's distinctive lemmas, sorted; its generic lemmas)


@lru_cache(maxsize=1)
def name_words() -> tuple[frozenset[str], frozenset[str], tuple[tuple[tuple[str, ...], str], ...]]:
    """The generic words of ``data/organisation_name_words.txt``, those of them the text may only add, and
    its renderings (lemmas -> lemma)."""
    generic: set[str] = set()
    added_only: set[str] = set()
    rendered: list[tuple[tuple[str, ...], str]] = []
    for line in data_lines("organisation_name_words.txt"):
        left, _, right = (normalize(part) for part in line.partition("="))
        if right:
            rendered.append((tuple(left.split()), right))
        elif left.startswith("+"):
            generic.add(left[1:])
            added_only.add(left[1:])
        else:
            generic.add(left)
    return frozenset(generic), frozenset(added_only), tuple(sorted(rendered, key=lambda rendering: -len(rendering[0])))


def loose_key(name: str, countries: Any) -> LooseKey | None:
    """The distinctive lemmas of an organisation's name and its generic ones: function words left out, the
    renderings of ``organisation_name_words.txt`` made, a country's adjective or name as the country
    ("Руандийский" = "Руанды": "@RWA", by ``countries``, the KB's). None for a name of fewer than two
    distinctive words besides its country, which says too little."""
    generic, _, renderings = name_words()
    lemmas = [word_lemma(word) for word in NAME_WORD.findall(name) if fold(word) not in FUNCTION_WORDS]
    for words, rendered in renderings:
        size = len(words)
        index = 0
        while index + size <= len(lemmas):
            if tuple(lemmas[index:index + size]) == words:
                lemmas[index:index + size] = [rendered]
            index += 1
    keys: list[str] = []
    generics: set[str] = set()
    for word in lemmas:
        if word in generic:
            generics.add(word)
            continue
        iso3 = name_country(countries, word)
        keys.append(f"@{iso3}" if iso3 else word)
    if sum(not key.startswith("@") for key in keys) < 2:
        return None
    return tuple(sorted(keys)), frozenset(generics)


@lru_cache(maxsize=1)
def loose_index() -> dict[tuple[str, ...], list[tuple[frozenset[str], str]]]:
    """The KB organisations (no generic state bodies) by the distinctive lemmas of each of their names:
    -> (the name's generic lemmas, actor id)."""
    from letopis.kb.link import ORGANISATION_TYPES, default_linker

    linker = default_linker()
    index: dict[tuple[str, ...], list[tuple[frozenset[str], str]]] = {}
    for actor in linker.kb:
        if actor.type not in ORGANISATION_TYPES or (actor.provenance or "").startswith(GENERIC_BODY):
            continue
        for name in dict.fromkeys([actor.name, *actor.names]):
            key = loose_key(name, linker.kb.countries)
            if key is not None and (key[1], actor.id) not in index.get(key[0], []):
                index.setdefault(key[0], []).append((key[1], actor.id))
    return index


def name_country(countries: Any, word: str) -> str | None:
    """The country a lemma of an organisation's name names: its name ("руанда") or adjective ("руандийский")."""
    return countries.by_name(word) or countries.by_adjective(word)


def loose_matches(name: str, countries: Any) -> list[str]:
    """The ids of the KB organisations whose name differs from ``name`` only by generic words: the text
    adds some to the KB's name or leaves some out, not both."""
    key = loose_key(name, countries)
    if key is None:
        return []
    keys, generics = key
    added_only = name_words()[1]
    return list(dict.fromkeys(actor_id for kb_generics, actor_id in loose_index().get(keys, [])
                              if kb_generics <= generics
                              or (generics <= kb_generics and not (kb_generics - generics) & added_only)))
