"""Surnames of the knowledge base's people that NER left out: "Байден позвонил Зеленскому".

natasha's NER misses a lone surname more often at the start of a sentence, and headlines
start with one ("Путин наградил ...", "Медведев подписал указ ..."). The EntityBuilder
already extends a name found elsewhere in the article to its bare recurrences; this step
catches the people named by surname only, when that surname is a KB person's.

A word counts only when nothing else can claim it: a capitalised proper noun (the morphology
tagger's PROPN), Cyrillic, not inside a mention, with no capitalised name word beside it (it
would be part of another person's name: "Ван Цзюнь" is not Дун Цзюнь), not inside «...»
(the title of a book, film or ship: «Иван Васильевич», «Башня Елизаветы»), not a first name
or a place by the dictionary, and equal, as its lemma or as written, to the surname of a KB
person. The ActorLinker then picks which person of that surname the article's date means.
A KB person's whole name NER left out ("Хун Сен заявил ...") is taken by the same rules, all its
words at once.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Optional

from letopis.kb.names import split_name
from letopis.kb.normal import normalize
from letopis.model import Entity, Mention, Token
from letopis.nlp.doc import Doc
from letopis.nlp.entities import _overlaps, feminine_surname, fold, mention_spans, next_entity_number
from letopis.nlp.morph import normalize_phrase

log = logging.getLogger(__name__)

MIN_SURNAME = 4  # "Ким", "Ли", "Ван": too short to tell from other words
CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?")
# OpenCorpora grammemes of a first name, a patronymic and a place: the word is not a surname
NOT_SURNAME_GRAMMEMES = ("Name", "Patr", "Geox")


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """The normalised last word of every name of every KB person, Cyrillic, four letters or more."""
    from letopis.kb.link import default_linker

    found = set()
    for entries in default_linker().people.by_prefix.values():
        for words, _ in entries:
            if len(words[-1]) >= MIN_SURNAME and CYRILLIC_WORD.fullmatch(words[-1].capitalize()):
                found.add(words[-1])
    return frozenset(found)


@lru_cache(maxsize=8192)
def dictionary_grammemes(word: str) -> Optional[frozenset[str]]:
    """The grammemes of every parse pymorphy's dictionary has for ``word``, or None for a word it only
    guesses at (it guesses "Байден" a first name)."""
    from letopis.nlp.morph import morph_vocab

    vocab = morph_vocab()
    if not vocab.word_is_known(word.lower()):
        return None
    return frozenset(grammeme for parse in vocab.parse(word.lower()) for grammeme in parse.tag.grammemes)


def dictionary_says_other(word: str) -> bool:
    """pymorphy's dictionary has the word as a first name, patronymic or place, and never as a surname."""
    grammemes = dictionary_grammemes(word)
    return grammemes is not None and "Surn" not in grammemes and not grammemes.isdisjoint(NOT_SURNAME_GRAMMEMES)


def common_word(word: str) -> bool:
    """A dictionary word that is never a name or place: "Президент" opening a sentence."""
    grammemes = dictionary_grammemes(word)
    return grammemes is not None and grammemes.isdisjoint({"Surn", *NOT_SURNAME_GRAMMEMES})


def is_known_surname(token: Token) -> bool:
    surnames = known_surnames()
    return normalize(token.lemma or "") in surnames or normalize(token.text) in surnames


class KnownNameTagger:
    """Adds a PER entity for each KB surname NER left out (several mentions of one surname: one entity)."""

    def __init__(self) -> None:
        known_surnames()
        full_name_starts()

    def __call__(self, doc: Doc) -> None:
        article = doc.article
        covered, starts = mention_spans(article.entities)
        found: dict[str, Entity] = {}
        next_id = next_entity_number(article.entities)
        names_begin = full_name_starts()
        # a name word is capitalised: only those are looked at
        for index, (sentence, capitalised) in enumerate(zip(article.sentences, doc.capitalised())):
            tokens = sentence.tokens
            skip_to = 0
            for position in capitalised:
                if position < skip_to:
                    continue
                token = tokens[position]
                length = fold(token.text[:FIRST_LETTERS]) in names_begin and full_name_length(
                    article.text, tokens, position, sentence.start, covered, starts)
                if length:
                    skip_to = position + length
                    span = tokens[position:skip_to]
                    name = normalize_phrase(tokens, position, skip_to)
                    entity = found.get(name)
                    if entity is None:
                        entity = found[name] = Entity(id=f"e{next_id}", type="PER", name=name)
                        next_id += 1
                        article.entities.append(entity)
                        log.debug("known full name NER missed: %s (%s)", name, article.id)
                    entity.mentions.append(Mention(span[0].start, span[-1].stop,
                                                   article.text[span[0].start:span[-1].stop], index, "name"))
                    continue
                if token.pos != "PROPN" or _overlaps(covered, starts, token.start, token.stop) \
                        or not self._candidate(article.text, tokens, position, sentence.start):
                    continue
                key = normalize(token.lemma or token.text)
                entity = found.get(key)
                if entity is None:
                    name = feminine_surname(normalize_phrase(tokens, position, position + 1))
                    entity = Entity(id=f"e{next_id}", type="PER", name=name)
                    next_id += 1
                    found[key] = entity
                    article.entities.append(entity)
                    log.debug("known surname NER missed: %s (%s)", token.text, article.id)
                entity.mentions.append(Mention(token.start, token.stop, token.text, index, "name"))

    @staticmethod
    def _candidate(text: str, tokens: list[Token], position: int, sentence_start: int) -> bool:
        """A proper noun outside every mention: is it a lone KB surname?"""
        token = tokens[position]
        if len(token.text) < MIN_SURNAME or not CYRILLIC_WORD.fullmatch(token.text) or not is_known_surname(token):
            return False
        for side in (position - 1, position + 1):
            # a capitalised word beside it is a name word, unless a common word opens the sentence ("Президент Путин")
            if 0 <= side < len(tokens) and tokens[side].text[:1].isupper() and not _initial(tokens, side) \
                    and not (side == 0 and common_word(tokens[side].text)):
                return False
        before = text[sentence_start:token.start]
        if before.count("«") > before.count("»"):
            return False
        # after an initial ("Б.Асад") the word is a surname whatever else the dictionary knows it as
        initialled = position >= 2 and tokens[position - 1].text == "." and _initial(tokens, position - 2)
        return initialled or not dictionary_says_other(token.text)


FULL_NAME_WORDS = (3, 2)  # "Ким Ир Сен", "Хун Сен": the longer name first
FIRST_LETTERS = 3  # a name's first word is looked up by its first letters, which its inflections keep


@lru_cache(maxsize=1)
def full_name_starts() -> frozenset[str]:
    """The first letters of the first word of every KB person's name of several words."""
    from letopis.kb.link import default_linker

    return frozenset(
        words[0][:FIRST_LETTERS] for entries in default_linker().people.by_prefix.values() for words, _ in entries
        if len(words) > 1
    )


def full_name_length(text: str, tokens: list[Token], position: int, sentence_start: int,
                     covered: list[tuple[int, int]], starts: list[int]) -> int:
    """The number of words of a KB person's whole name written from ``position`` (a word that begins one:
    ``full_name_starts``) that NER left out
    ("Хун Сен заявил ..."), else 0: every word capitalised and outside every mention, no capitalised
    word beside the name (it would be a longer name), not inside «...»."""
    from letopis.kb.link import default_linker

    # every name has a second word, written like the first: most capitalised words are followed by a small one
    if position + 1 >= len(tokens) or not CYRILLIC_WORD.fullmatch(tokens[position + 1].text):
        return 0
    for length in FULL_NAME_WORDS:
        span = tokens[position:position + length]
        if len(span) < length or not all(CYRILLIC_WORD.fullmatch(token.text) for token in span) \
                or any(_overlaps(covered, starts, token.start, token.stop) for token in span):
            continue
        if any(0 <= side < len(tokens) and tokens[side].text[:1].isupper()
               and not (side == 0 and common_word(tokens[side].text))
               for side in (position - 1, position + length)):
            continue
        before = text[sentence_start:span[0].start]
        if before.count("«") > before.count("»"):
            return 0
        people = default_linker().people.find(" ".join(token.text for token in span))
        if any(len(split_name(name)) == length for actor in people for name in (actor.name, *actor.names)):
            return length
    return 0


def _initial(tokens: list[Token], index: int) -> bool:
    """"Б." of "Б.Асад": an initial, not another name word."""
    return len(tokens[index].text.rstrip(".")) == 1
