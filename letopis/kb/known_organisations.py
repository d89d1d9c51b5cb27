"""Names of the knowledge base's organisations that NER left out: "Красные кхмеры атаковали ...".

natasha's NER misses a group's name more often at the start of a sentence and when the name is
made of common words ("Вооружённая исламская группа", "красные кхмеры"); wire copy about the
armed movements of the 1970s-2000s names them so. This step finds a KB organisation's whole name
of two words or more, word by word by lemma, in text no mention covers, and adds an ORG entity
with the KB's name, which the ActorLinker then finds. The first letter must be written as the
KB writes it (a name the KB capitalises is not matched in lower case: "народный фронт" is no
party), and the words around it must not be capitalised name words (the name would be part of
a longer one).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from letopis.kb.normal import normalize
from letopis.model import Entity, Mention, Token
from letopis.nlp.doc import Doc
from letopis.nlp.entities import _overlaps, fold, mention_spans, next_entity_number
from letopis.nlp.morph import lemma

log = logging.getLogger(__name__)

NAME_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
GENERIC_BODY = "generic state body"  # the provenance of the KB's bodies made from one template for every state
MIN_LETTERS = 10  # "Наш дом" and other short names of common words stay NER's to find
# the first word's lemma, and its form as written (the tagger may lemmatise a participle to its verb:
# "Вооружённая" -> "вооружить") -> (lemmas of the whole name, capitalised as the KB writes it, the KB's name)
NameIndex = dict[str, list[tuple[tuple[str, ...], bool, str]]]


@lru_cache(maxsize=1)
def organisation_names() -> NameIndex:
    """The Cyrillic names of two words or more of every KB organisation, by their first word's lemma and form."""
    from letopis.kb.link import ORGANISATION_TYPES, default_linker

    index: NameIndex = {}
    for actor in default_linker().kb:
        # the bodies every state has ("Полиция Сирии", "Пресс-служба президента X") are the role tagger's to find
        if actor.type not in ORGANISATION_TYPES or (actor.provenance or "").startswith(GENERIC_BODY):
            continue
        for name in dict.fromkeys([actor.name, *actor.names]):
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
            forms = [position for position in capitalised if begins_name(tokens[position].text)]
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
                entries = index.get(first.lemma or "") or index.get(fold(first.text), [])
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
                entity.mentions.append(Mention(span[0].start, span[-1].stop,
                                               article.text[span[0].start:span[-1].stop], sentence_index, "name"))
                after = position + length

    @staticmethod
    def _match(tokens: list[Token], position: int, entries: list[tuple[tuple[str, ...], bool, str]],
               covered: list[tuple[int, int]], starts: list[int]) -> tuple[int, str] | None:
        """The length and KB name of the first of the ``entries`` (names whose first word is the token at
        ``position``) written from there."""
        first = tokens[position]
        if position + 1 >= len(tokens):
            return None
        if not first.text[:1].isupper():
            # a name the KB capitalises, written in lower case, is common words ("народный фронт"): only the
            # names the KB writes in lower case are left, and most first words need no second word's lemma
            entries = [entry for entry in entries if not entry[1]]
            if not entries:
                return None
        second = tokens[position + 1]
        seconds = (second.lemma, word_lemma(second.text))  # the second word decides most names at once
        for lemmas, _, name in entries:
            if lemmas[1] not in seconds:
                continue
            span = tokens[position:position + len(lemmas)]
            if len(span) < len(lemmas) or not all(
                token.lemma == word or word_lemma(token.text) == word for token, word in zip(span[2:], lemmas[2:])
            ):
                continue
            # a mention NER made of part of the name ("Армия" of "Армия Южного Ливана") gives way to the name;
            # a name NER found whole is NER's
            overlapped = [_overlaps(covered, starts, token.start, token.stop) for token in span]
            if all(overlapped) or any(hit and not _covered_within(covered, token, span) for hit, token in zip(overlapped, span)):
                continue
            after = position + len(lemmas)
            if after < len(tokens) and tokens[after].text[:1].isupper() and tokens[after].pos == "PROPN":
                continue  # "Армия освобождения Косово" is not "Армия освобождения"
            return len(lemmas), name
        return None


def _covered_within(covered: list[tuple[int, int]], token: Token, span: list[Token]) -> bool:
    """Whether every mention over ``token`` lies within the span of the name."""
    return all(span[0].start <= start and stop <= span[-1].stop
               for start, stop in covered if start < token.stop and stop > token.start)


def _drop_mentions_within(entities: list[Entity], start: int, stop: int) -> None:
    """Mentions inside a KB name found whole are parts of it: dropped, and an entity left with none."""
    for entity in entities:
        entity.mentions = [mention for mention in entity.mentions if not (start <= mention.start and mention.stop <= stop)]
    entities[:] = [entity for entity in entities if entity.mentions]
