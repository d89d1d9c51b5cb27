"""Entities of one article: NER spans and rule matches grouped into entities.

- "Владимир Путин", "Путин", "Путина" are one PER entity (surname grouping);
- "Организации Договора о коллективной безопасности (ОДКБ)" and a later "ОДКБ"
  are one ORG entity (abbreviation in brackets, or the initials of the name);
- country names, their adjectives and compound adjectives ("таджикско-афганской")
  are mentions of the country (a LOC entity named by the country lexicon);
- a country inside an organisation's name that is not the name's head ("Движение за
  развитие Мали") is a ``nested`` mention of the country; a country name NER left out is recovered;
- organisations natasha misses are recovered by lemma patterns
  (``data/org_patterns.tsv``), and an organisation followed by a country in the
  genitive ("Совбез Таджикистана") is one organisation.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Optional

from letopis.data_files import data_lines, data_rows
from letopis.model import Entity, Mention, Token
from letopis.nlp.doc import Doc
from letopis.nlp.morph import cached_lemma, morph_vocab, normalize_phrase

log = logging.getLogger(__name__)

ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё]{0,2}[A-ZА-ЯЁ]{1,6}$")
BRACKETED_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[^()]{2,60})\)$")
# feminine surnames natasha leaves in the genitive: "Елены Батуриной" -> "Батурина"
FEMININE_SURNAME = re.compile(r"(?<=[а-яё]{2})(ов|ев|ин|ын)ой$|(?<=[а-яё]{2})(ск|цк)ой$")
INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.$")
# case endings of Russian surnames, longest first: "Фирташа", "Путиным", "Батуриной" -> stems
SURNAME_ENDINGS = ("ыми", "ами", "ого", "ому", "ими", "ой", "ым", "ом", "ем", "ам", "ах", "ую", "ая",
                   "ий", "ый", "а", "у", "е", "ы", "и", "я", "ю")
NOT_NAME_POS = frozenset({"ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "NUM"})
# the oblique endings of a country adjective ("ангольского", "иракской"): a lowercase noun so ending may be one the
# tagger misread, and only such a word is looked up in the dictionary again
MISTAGGED_ADJECTIVE_ENDINGS = ("ского", "скому", "ской", "ских", "ским", "скими", "ском", "скую", "цкого", "цкой",
                               "цких", "цким", "цкому",
                               # nominative too: "руандийские войска" after a clause is tagged VERB as well
                               "ские", "ский", "ская", "ское", "цкие", "цкий", "цкая", "цкое")
MAX_OWNER_GAP = 3  # genitive words between a body and its owner: "штаба [вооруженных сил] Украины"
INITIALS = re.compile(r"(?:[A-ZА-ЯЁ]\.\s?){1,2}$")
MAX_COUNTRY_WORDS = 4  # "Демократической Республики Конго"
# "бывшей югославской республики", "бывшая французская колония": a part that left a country is not that country
FORMER_PARTS = frozenset({"республика", "колония"})
FUNCTION_WORDS = frozenset("и в во на о об по с со за для при от до из к ко the of and".split())



@dataclass
class RawMention:
    """A mention before grouping, in clean offsets."""

    start: int
    stop: int
    type: str
    name: str
    kind: str = "name"
    country: Optional[str] = None  # ISO alpha-3 when the mention names a country
    alias: Optional[str] = None  # abbreviation given in brackets
    nominative: bool = False  # every inflected word is in the nominative: the name as written is normal
    short: Optional[str] = None  # "Совбез" of "Совбез Таджикистана": later bare mentions mean the same body


@lru_cache(maxsize=1)
def language_nouns() -> frozenset[str]:
    """Nouns of a language (``data/language_nouns.txt``)."""
    return frozenset(data_lines("letopis.nlp", "language_nouns.txt"))


@lru_cache(maxsize=1)
def community_words() -> tuple[frozenset[str], frozenset[str]]:
    """(demonyms of a community's state, faith words) of hyphenated people names (``data/community_demonyms.txt``)."""
    lines = data_lines("letopis.nlp", "community_demonyms.txt")
    faith = frozenset(lines[lines.index("мусульманин"):])
    return frozenset(lines) - faith, faith


@lru_cache(maxsize=1)
def org_patterns() -> dict[str, list[tuple[list[str], str]]]:
    """First lemma -> [(lemma sequence, type)], longest first."""
    index: dict[str, list[tuple[list[str], str]]] = {}
    for kind, lemmas, *_ in data_rows("letopis.nlp", "org_patterns.tsv"):
        sequence = lemmas.split()
        index.setdefault(sequence[0], []).append((sequence, kind))
    for options in index.values():
        options.sort(key=lambda option: -len(option[0]))
    return index


@lru_cache(maxsize=1)
def generic_terms() -> frozenset[str]:
    return frozenset(fold(line) for line in data_lines("letopis.nlp", "generic_terms.txt"))


def country_lexicon() -> Any:
    """The KB's country lexicon, or None while the KB is not available."""
    try:
        from letopis.kb import load_kb
    except ImportError:
        return None
    return load_kb().countries


def _phrase_names(countries: Any) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Country names of several Cyrillic words as lemmas, by their last lemma: "нацистский рейх" -> XTR."""
    if countries is None:
        return {}
    vocab = morph_vocab()
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for country in countries.countries.values():
        for name in dict.fromkeys([country.name, country.long_name, *country.names]):
            words = fold(name or "").split()
            if len(words) < 2 or not all(re.fullmatch(r"[а-я]+", word) for word in words):
                continue
            lemmas = tuple(next(iter(vocab(word)), None).normal.replace("ё", "е") if vocab(word) else word
                           for word in words)
            if countries.by_name(name) == country.iso3:  # a form belongs to one state only
                index.setdefault(lemmas[-1], []).append((lemmas, country.iso3))
    return index


def feminine_surname(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0][-1:] in ("а", "я"):
        words[-1] = FEMININE_SURNAME.sub(lambda m: (m.group(1) or m.group(2)) + ("а" if m.group(1) else "ая"), words[-1])
    return " ".join(words)


PAIRED_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}


def _strip_quotes(text: str, start: int, stop: int) -> tuple[int, int]:
    """A span without wiki apostrophes ("''Monde''") and without a quote mark at an edge whose
    pair is not inside the span ("РИА \"Новости" keeps its quotes only when both are there); a
    quote opened inside the span and closed right after it is taken in ("РИА «Новости»")."""
    stop = _close_quote(text, start, stop)
    while start < stop and text[start] == "'":
        start += 1
    while stop > start and text[stop - 1] == "'":
        stop -= 1
    if start < stop and text[start] in PAIRED_QUOTES and PAIRED_QUOTES[text[start]] not in text[start + 1:stop]:
        start += 1
    if start < stop and text[stop - 1] in PAIRED_QUOTES.values() and not any(
        opening in text[start:stop - 1] for opening, closing in PAIRED_QUOTES.items() if closing == text[stop - 1]
    ):
        stop -= 1
    return start, stop


def _close_quote(text: str, start: int, stop: int) -> int:
    """The span's stop after the closing quote NER left out: "РИА «Новости" + "»"."""
    if stop >= len(text) or text[stop] not in PAIRED_QUOTES.values():
        return stop
    closing = text[stop]
    for opening, paired in PAIRED_QUOTES.items():
        if paired != closing:
            continue
        inner = text.find(opening, start + 1, stop)  # opened inside, not at the edge
        if inner > start and closing not in text[inner + 1:stop]:
            return stop + 1
    return stop


AGE_WORD = re.compile(r"\s+\d+-(?:летн|лет)[а-яё]*$")  # "ГРУ 66-летний": the age of the person named next


def _trim_age(text: str, start: int, stop: int) -> int:
    """A span's stop before a trailing age adjective NER took in."""
    match = AGE_WORD.search(text, start, stop)
    return match.start() if match and match.start() > start else stop


def _with_initials(text: str, start: int) -> int:
    """Where a name starts with the initials glued before it ("Д.Медведев")."""
    initials = INITIALS.search(text, max(0, start - 6), start)
    if initials and (initials.start() == 0 or not text[initials.start() - 1].isalnum()):
        return initials.start()
    return start


NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _common_noun(word: str) -> bool:
    """A word the dictionary knows only as a common animate noun: "Оппонентом" that opens a
    sentence is no part of "Оппонентом Рубио"."""
    vocab = morph_vocab()
    if not vocab.word_is_known(word.lower()):
        return False
    parses = vocab.parse(word)
    return bool(parses) and all(
        "NOUN" in parse.tag and "anim" in parse.tag and not NAME_GRAMMEMES & parse.tag.grammemes
        for parse in parses
    )


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, stop in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def _inside(covered: list[tuple[int, int]], starts: list[int], start: int, stop: int) -> bool:
    """Whether [start, stop) lies within one of the disjoint sorted spans."""
    position = bisect.bisect_right(starts, start) - 1
    return position >= 0 and stop <= covered[position][1]


def mention_spans(entities: list[Entity]) -> tuple[list[tuple[int, int]], list[int]]:
    """The spans the entities' mentions cover, merged into disjoint sorted spans, and their starts (for
    ``_overlaps``): the text a step that adds entities must leave alone."""
    covered = _disjoint([(mention.start, mention.stop) for entity in entities for mention in entity.mentions])
    return covered, [start for start, _ in covered]


def next_entity_number(entities: list[Entity]) -> int:
    """The number after the highest of the "eN" ids, for an entity a later step adds."""
    return 1 + max((int(entity.id[1:]) for entity in entities if entity.id[:1] == "e" and entity.id[1:].isdigit()),
                   default=0)


def _overlaps(covered: list[tuple[int, int]], starts: list[int], start: int, stop: int) -> bool:
    """Whether [start, stop) overlaps one of the disjoint sorted spans: the last span starting
    before ``stop`` is the only candidate, as the spans' stops grow with their starts."""
    position = bisect.bisect_left(starts, stop) - 1
    return position >= 0 and covered[position][1] > start


def _title_lemma(lemma: str) -> str:
    for prefix in ("экс-", "вице-"):
        if lemma.startswith(prefix) and lemma[len(prefix):] != "президент":
            return lemma[len(prefix):]
    return lemma


def mention_overlap(a: RawMention, b: RawMention) -> bool:
    return a.start < b.stop and b.start < a.stop


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    return frozenset(data_lines("letopis.nlp", "person_titles.txt"))


@lru_cache(maxsize=65_536)  # called on every capitalised word and person name, on few distinct words
def surname_stem(word: str) -> str:
    for ending in SURNAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=65_536)  # called on every word and name, several times each
def fold(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


@lru_cache(maxsize=50_000)
def initials(name: str) -> str:
    """The letters an abbreviation of ``name`` would have: "Организация Договора о коллективной безопасности" ->
    "одкб" (function words skipped)."""
    return "".join(word[0] for word in fold(name).replace("-", " ").split() if word not in FUNCTION_WORDS)


class EntityBuilder:
    def __init__(self) -> None:
        morph_vocab()
        org_patterns()
        self.countries = country_lexicon()
        self.lowercase_names = _phrase_names(self.countries)

    def __call__(self, doc: Doc) -> None:
        raw = self._retyped_countries(doc, self._ner_mentions(doc))
        raw += self._pattern_mentions(doc, raw)
        raw = self._attach_countries(doc, raw)
        raw += self._adjective_mentions(doc)
        raw += self._nested_countries(doc, raw)
        raw += self._missed_countries(doc, raw)
        raw += self._lowercase_countries(doc, raw)
        entities = self._group(doc, raw)
        self._propagate(doc, entities)
        self._complete_names(doc, entities)
        doc.article.entities = entities

    # ------------------------------------------------------------ sources

    def _ner_mentions(self, doc: Doc) -> list[RawMention]:
        mentions = []
        generic = generic_terms()
        previous: Optional[tuple[int, int, str]] = None
        for start, stop, kind in doc.ner_spans:
            before, previous = previous, (start, stop, kind)
            start, stop = _strip_quotes(doc.text, start, stop)
            stop = _trim_age(doc.text, start, stop)
            if stop <= start:
                continue
            text = doc.text[start:stop]
            if fold(text) in generic or not self._has_name_word(doc, start, stop):
                continue
            match = BRACKETED_ABBREVIATION.match(text)
            if match and kind == "LOC" and ABBREVIATION.match(match.group("abbr").strip()) and before \
                    and before[2] == "ORG" and not doc.text[before[1]:start].strip():
                # "Верховный суд России (ВС)": the abbreviation is of the body the country owns
                name_stop = start + match.end("name")
                mentions.append(RawMention(start, name_stop, kind, self._normal(doc, start, name_stop)))
                abbr = match.group("abbr").strip()
                abbr_start = start + match.start("abbr") + match.group("abbr").index(abbr)
                mentions.append(RawMention(abbr_start, abbr_start + len(abbr), "ORG", abbr, kind="abbreviation"))
                continue
            if match and (kind == "ORG" or not ABBREVIATION.match(match.group("abbr").strip())):
                name_stop = start + match.end("name")
                abbr_start = start + match.start("abbr")
                abbr_stop = start + match.end("abbr")
                main = RawMention(start, name_stop, kind, self._normal(doc, start, name_stop))
                main.alias = match.group("abbr").strip()
                mentions.append(main)
                if kind == "ORG":
                    mentions.append(RawMention(abbr_start, abbr_stop, kind, main.alias, kind="abbreviation"))
                continue
            if kind == "ORG" and self._people_group(doc, start, stop):
                continue  # "Пограничники Таджикистана и Киргизии": people, left to the role tagger
            if kind == "PER":
                start = self._person_start(doc, start, stop)
                if self._only_title(doc, start, stop):
                    continue  # "Министр заявил": a title alone names nobody
            mention = RawMention(start, stop, kind, self._normal(doc, start, stop, person=kind == "PER"))
            if kind == "PER":
                mention.name = feminine_surname(mention.name)
            mention.nominative = self._is_nominative(doc, start, stop)
            mentions.append(mention)
        return mentions

    def _person_start(self, doc: Doc, start: int, stop: int) -> int:
        """Where the name in a PER span starts: after adjectives and titles ("Семидесятилетний
        Караджич", "Шейх Хамад"), before initials NER left out ("Д.Медведев")."""
        index, first, last = self._token_range(doc, start, stop)
        if index < 0:
            return start
        tokens = doc.article.sentences[index].tokens
        titles = person_titles()
        while last - first > 1 and (
            tokens[first].pos == "ADJ" or _title_lemma(tokens[first].lemma) in titles
            or (first == 0 and _common_noun(doc.sents[index].words[first]))
        ):
            first += 1
        return _with_initials(doc.text, doc.sents[index].word_spans[first][0])

    def _only_title(self, doc: Doc, start: int, stop: int) -> bool:
        tokens = self._tokens_in(doc, start, stop)
        return len(tokens) == 1 and _title_lemma(tokens[0].lemma) in person_titles()

    def _people_group(self, doc: Doc, start: int, stop: int) -> bool:
        """An "organisation" that starts with people in the plural ("Пограничники Таджикистана", "Министры
        обороны России"): a group of persons the role tagger codes, one per country, not a body's name."""
        from letopis.kb.phrases import role_lemma, role_nouns

        tokens = self._tokens_in(doc, start, stop)
        if not tokens or tokens[0].pos != "NOUN" or tokens[0].feats.get("Number") != "Plur" \
                or tokens[0].feats.get("Animacy") != "Anim":
            return False
        # only the KB's role nouns: "Братья-мусульмане" is an organisation's name
        return role_nouns().match([role_lemma(token) for token in tokens], 0) is not None

    def _has_name_word(self, doc: Doc, start: int, stop: int) -> bool:
        """False for spans of adverbs and function words alone ("Вчера" taken for an organisation)."""
        tokens = self._tokens_in(doc, start, stop)
        return not tokens or any(token.pos not in NOT_NAME_POS for token in tokens)

    def _is_nominative(self, doc: Doc, start: int, stop: int) -> bool:
        cases = [token.feats.get("Case") for token in self._tokens_in(doc, start, stop)]
        return bool(cases) and all(case in (None, "Nom") for case in cases)

    def _pattern_mentions(self, doc: Doc, found: list[RawMention]) -> list[RawMention]:
        taken = [(mention.start, mention.stop) for mention in found]
        added = []
        patterns = org_patterns()
        for sentence, work in zip(doc.article.sentences, doc.sents):
            tokens = sentence.tokens
            index = 0
            while index < len(tokens):
                options = patterns.get(tokens[index].lemma)
                if options is None:
                    index += 1
                    continue
                matched = 0
                for sequence, kind in options:
                    window = tokens[index: index + len(sequence)]
                    if [token.lemma for token in window] == sequence:
                        matched = len(sequence)
                        start, stop = work.word_spans[index][0], work.word_spans[index + matched - 1][1]
                        if not any(start < taken_stop and taken_start < stop for taken_start, taken_stop in taken):
                            text = doc.text[start:stop]
                            is_abbr = matched == 1 and ABBREVIATION.match(text) is not None
                            added.append(
                                RawMention(start, stop, kind, text if is_abbr else self._normal(doc, start, stop),
                                           kind="abbreviation" if is_abbr else "name")
                            )
                            taken.append((start, stop))
                        break
                index += max(matched, 1)
        return added

    def _attach_countries(self, doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
        """Mark country mentions; an organisation followed by its owner in the genitive is one
        organisation: "Совбез Таджикистана", "Совет Безопасности ООН", "Генерального штаба
        вооруженных сил Украины" (genitive words between are taken along)."""
        mentions.sort(key=lambda mention: mention.start)
        for mention in mentions:
            if mention.type == "LOC" and self.countries is not None:
                mention.country = self.countries.by_name(fold(mention.name))
        result: list[RawMention] = []
        outer = -1  # index in result of the last mention not nested in another
        for mention in mentions:
            previous = result[outer] if outer >= 0 else None
            if previous is not None and previous.type == "ORG" and self._is_owner(doc, previous, mention):
                merged = RawMention(previous.start, mention.stop, "ORG",
                                    self._normal(doc, previous.start, mention.stop), kind=previous.kind)
                merged.alias = previous.alias
                merged.short = previous.short or previous.name
                result[outer] = merged  # "Генерального штаба" + "Вооруженных сил" + "РФ": one body
                last = result[-1]
                if last is not previous and last.type == "ORG" and self._is_owner(doc, last, mention):
                    # the nested body takes the owner too: "Департамент Африки [МИД России]"
                    nested = RawMention(last.start, mention.stop, "ORG",
                                        self._normal(doc, last.start, mention.stop), kind=last.kind)
                    nested.alias, nested.short = last.alias, last.short or last.name
                    result[-1] = nested
                result.append(mention)  # the owner stays a (nested) mention of its own
                continue
            if previous is not None and previous.type == "ORG" and mention.type == "ORG" \
                    and mention.kind == "abbreviation" and not previous.alias \
                    and doc.text[previous.stop:mention.start].strip() == "(":
                previous.alias = mention.name  # "Верховный суд России (ВС)": merged above, the bracket names it
            result.append(mention)
            outer = len(result) - 1
        return result

    def _is_owner(self, doc: Doc, body: RawMention, owner: RawMention) -> bool:
        if not (owner.country or owner.type == "ORG") or mention_overlap(body, owner):
            return False
        gap = doc.text[body.stop: owner.start]
        if "\n" in gap or len(gap) > 60:
            return False
        index, first, last = self._token_range(doc, body.stop, owner.start)
        if gap.strip():
            if index < 0 or last - first > MAX_OWNER_GAP:
                return False
            tokens = doc.article.sentences[index].tokens[first:last]
            if not all(token.pos in ("NOUN", "PROPN", "ADJ", "VERB") and token.feats.get("Case") == "Gen"
                       for token in tokens):
                return False
        owner_text = doc.text[owner.start: owner.stop]
        return self._case_at(doc, owner.start) == "Gen" or ABBREVIATION.match(owner_text) is not None

    def _adjective_mentions(self, doc: Doc) -> list[RawMention]:
        """Country adjectives ("афганских") and compounds ("таджикско-афганской")."""
        if self.countries is None:
            return []
        mentions = []
        for sentence, work in zip(doc.article.sentences, doc.sents):
            for index, (token, (start, stop), word) in enumerate(zip(sentence.tokens, work.word_spans, work.words)):
                if "-" in word and token.pos != "ADJ" and token.text[:1].isalpha():
                    # the tagger takes a rare compound for anything: "турки-киприоты" a verb at times
                    people = self._people_compound(word, start)
                    if people:
                        mentions += people
                        continue
                if token.pos == "VERB":
                    mentions += self._mistagged_adjective(token, word, start, stop)
                    continue
                if token.pos not in ("ADJ", "PROPN", "NOUN", "X") or not token.text[:1].isalpha():
                    continue
                if "-" in word:
                    mentions += self._compound(doc, word, start, token)
                    continue
                if token.pos == "NOUN" and (word[:1].islower() or token is sentence.tokens[0]):
                    # "двое россиян", "палестинцы": the people of a country
                    country = self.countries.by_demonym(self._singular_lemma(token))
                    if country:
                        country = self._territory(sentence.tokens, index) or country
                    if country:
                        mentions.append(RawMention(start, stop, "LOC", self.countries.name(country),
                                                   kind="demonym", country=country))
                    else:
                        mentions += self._mistagged_adjective(token, word, start, stop)
                    continue
                if token.pos == "ADJ" and self._names_language(sentence.tokens, token):
                    continue
                if token.pos == "ADJ" and _former_part(sentence.tokens, index):
                    continue
                if token.pos == "ADJ":
                    country = self.countries.by_adjective(token.lemma)
                elif token is sentence.tokens[0] and token.pos == "PROPN":
                    # "Ангольские власти ...": a capitalised adjective opening a sentence may be tagged a name
                    country = self.countries.by_adjective(self._adjective_lemma(word))
                else:
                    continue
                if country:
                    mentions.append(RawMention(start, stop, "LOC", self.countries.name(country),
                                               kind="adjective", country=country))
        return mentions

    def _nested_countries(self, doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
        """Countries named inside an organisation's name ("Движение за развитие Мали", "Сеть поддержки
        выборов в Зимбабве", "Единая Россия"): mentions of the country, of kind ``nested``, which the
        event coder never takes as a participant (the organisation is)."""
        if self.countries is None:
            return []
        taken = _disjoint([(m.start, m.stop) for m in mentions if m.type != "ORG"])
        taken_starts = [start for start, _ in taken]
        clean = doc.text
        found = []
        for org in mentions:
            if org.type != "ORG":
                continue
            index, first, last = self._token_range(doc, org.start, org.stop)
            if index < 0:
                continue
            spans = doc.sents[index].word_spans
            position = first
            while position < last:
                step = 1
                for size in range(min(MAX_COUNTRY_WORDS, last - position), 0, -1):
                    start, stop = spans[position][0], spans[position + size - 1][1]
                    if not clean[start:start + 1].isupper() or not clean[stop - 1:stop].isalnum() \
                            or _overlaps(taken, taken_starts, start, stop):
                        continue
                    country = self.countries.by_name(fold(self._normal(doc, start, stop)))
                    if country and (start, stop) != (org.start, org.stop):
                        found.append(RawMention(start, stop, "LOC", self.countries.name(country),
                                                kind="nested", country=country))
                        step = size
                        break
                position += step
        return found

    def _retyped_countries(self, doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
        """A one-word "person" whose lemma is a country's name is the country, which NER mistyped in an oblique case
        ("был отвергнут Эритреей", "передал Гондурасу")."""
        if self.countries is None or not any(mention.type == "PER" for mention in mentions):
            return mentions
        lemmas = {}
        for sentence, work in zip(doc.article.sentences, doc.sents):
            for token, span in zip(sentence.tokens, work.word_spans):
                if token.pos == "PROPN":
                    lemmas[span] = token.lemma
        for index, mention in enumerate(mentions):
            lemma = lemmas.get((mention.start, mention.stop)) if mention.type == "PER" else None
            country = self.countries.by_name(fold(lemma)) if lemma else None
            if country:
                mentions[index] = RawMention(
                    mention.start, mention.stop, "LOC", self.countries.name(country), country=country
                )
        return mentions

    def _missed_countries(self, doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
        """A capitalised proper noun (or foreign word) NER left out whose lemma (or, for the indeclinable "Мали",
        "Зимбабве", its form) is a country's name: «Слава Украине!» in a quote."""
        if self.countries is None:
            return []
        taken = _disjoint([(m.start, m.stop) for m in mentions])
        starts = [start for start, _ in taken]
        found = []
        for sentence, work in zip(doc.article.sentences, doc.sents):
            for token, (start, stop), word in zip(sentence.tokens, work.word_spans, work.words):
                # X: the tagger's tag for Latin words ("Zimbabwe Election Support Network")
                if token.pos not in ("PROPN", "X") or not word[:1].isupper() or _inside(taken, starts, start, stop):
                    continue
                country = self.countries.by_name(fold(token.lemma)) or self.countries.by_name(fold(word))
                if country:
                    found.append(RawMention(start, stop, "LOC", self.countries.name(country), country=country))
        return found

    def _lowercase_countries(self, doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
        """A country name of several words that the text begins in lower case, which NER does not tag:
        "нацистского рейха" (Нацистский рейх), matched word by word on lemmas."""
        if not self.lowercase_names:
            return []
        taken = [(m.start, m.stop) for m in mentions]
        found = []
        names = self.lowercase_names
        # a lemma key is the lemma's ``fold``: the Lemmatizer's lemmas are lower case and hold no space
        for work, keys in zip(doc.sents, doc.lemma_keys()):
            if names.keys().isdisjoint(keys):  # most sentences end no such name
                continue
            for index, key in enumerate(keys):
                if key not in names:
                    continue
                for lemmas, iso3 in names[key]:
                    first = index - len(lemmas) + 1
                    if first < 0 or tuple(keys[first:index + 1]) != lemmas:
                        continue
                    start, stop = work.word_spans[first][0], work.word_spans[index][1]
                    if not doc.text[start:start + 1].islower() or any(a < stop and start < b for a, b in taken):
                        continue
                    found.append(RawMention(start, stop, "LOC", self.countries.name(iso3), country=iso3))
        return found

    def _compound(self, doc: Doc, word: str, start: int, token: Token) -> list[RawMention]:
        parts = word.split("-")
        found = []
        offset = start
        for number, part in enumerate(parts):
            folded = fold(part)
            last = number == len(parts) - 1
            if last and token.pos == "ADJ":
                country = self.countries.by_adjective(self._adjective_lemma(part))
            else:
                country = self.countries.by_combining(folded)
            if country:
                found.append(RawMention(offset, offset + len(part), "LOC", self.countries.name(country),
                                        kind="adjective", country=country))
            offset += len(part) + 1
        # "таджикско-афганской" counts only when every part is a country: "северо-западный" is not
        return found if len(found) == len(parts) else []

    def _people_compound(self, word: str, start: int) -> list[RawMention]:
        """"Греки-киприоты", "киприоты-греки", "боснийцы-мусульмане": a people named by a hyphenated noun whose
        parts are all demonyms or faith words; its country is the state the community lives in
        (``data/community_demonyms.txt``), else that of the first demonym."""
        assert self.countries is not None
        states, faith = community_words()
        found: list[tuple[str, str]] = []
        for part in word.split("-"):
            key = cached_lemma(fold(part), "NOUN")
            country = self.countries.by_demonym(key)
            if country:
                found.append((key, country))
            elif key not in faith:
                return []
        if not found:
            return []
        _key, country = next(((key, country) for key, country in found if key in states), found[0])
        return [RawMention(start, start + len(word), "LOC", self.countries.name(country), kind="demonym",
                           country=country)]

    @staticmethod
    def _singular_lemma(token: Token) -> str:
        """Demonyms lemmatise to the plural at times ("россияне"): the singular is the key."""
        if token.lemma.endswith("ане") or token.lemma.endswith("яне"):
            return token.lemma[:-1] + "ин"
        return token.lemma

    @staticmethod
    def _names_language(tokens: list[Token], token: Token) -> bool:
        """"албанский язык": the adjective of a language noun names the language."""
        return 0 <= token.head < len(tokens) and token.rel == "amod" and (
            tokens[token.head].lemma in language_nouns()
        )

    def _territory(self, tokens: list[Token], index: int) -> Optional[str]:
        """The state a people is named by, when it is not its own: "боснийские сербы", "иракские курды",
        "палестинцы Ливана" live in and are of that state (the GSR-style coding of such groups)."""
        assert self.countries is not None
        for child, token in enumerate(tokens):
            if token.head != index:
                continue
            if token.rel == "amod" and token.pos in ("ADJ", "PROPN"):
                lemma = token.lemma if token.pos == "ADJ" else self._adjective_lemma(token.text)
                country = self.countries.by_adjective(lemma)
            elif token.rel == "nmod" and token.feats.get("Case") == "Gen" and token.pos == "PROPN" and not any(
                other.head == child and other.rel == "case" for other in tokens
            ):
                country = self.countries.by_name(token.lemma or token.text) or self.countries.by_name(token.text)
            else:
                continue
            if country:
                return country
        return None

    def _mistagged_adjective(self, token: Token, word: str, start: int, stop: int) -> list[RawMention]:
        """"Делегация ангольского повстанческого движения": the tagger may read a lowercase country adjective in
        an oblique case as a noun or a verb, and still give it the adjective's lemma: the country it names. Only
        words with an adjective's oblique ending are looked up."""
        if not word[:1].islower() or not word.lower().endswith(MISTAGGED_ADJECTIVE_ENDINGS) or not token.lemma:
            return []
        country = self.countries.by_adjective(token.lemma)
        if not country:
            return []
        return [RawMention(start, stop, "LOC", self.countries.name(country), kind="adjective", country=country)]

    @staticmethod
    def _adjective_lemma(word: str) -> str:
        for form in morph_vocab()(word.lower()):
            if form.pos == "ADJ":
                return form.normal.replace("ё", "е")
        return word.lower()

    # ------------------------------------------------------------ grouping

    def _group(self, doc: Doc, raw: list[RawMention]) -> list[Entity]:
        raw.sort(key=lambda mention: (mention.start, -mention.stop))
        entities: list[Entity] = []
        by_key: dict[tuple[str, str], Entity] = {}
        persons: list[tuple[Entity, list[str]]] = []  # entity, name word stems
        nominal_named: set[str] = set()  # PER entities named from a mention in the nominative
        surnames: dict[str, str] = {}  # PER entity id -> a surname-only mention in the nominative
        full_people = [(self._person_words(m.name), m.name) for m in raw if m.type == "PER"]
        full_people = [(words, name) for words, name in full_people if len(words) > 1]

        def new_entity(kind: str, name: str) -> Entity:
            entity = Entity(id=f"e{len(entities) + 1}", type=kind, name=name)
            entities.append(entity)
            return entity

        for mention in raw:
            if mention.type == "PER":
                entity = self._person_entity(mention, persons, full_people, new_entity, nominal_named)
                if mention.alias and mention.alias not in entity.aliases:
                    entity.aliases.append(mention.alias)
            else:
                key = (mention.type, mention.country or fold(mention.name))
                entity = by_key.get(key)
                if entity is None and mention.type == "ORG":
                    entity = self._by_abbreviation(mention, entities)
                if entity is None:
                    entity = new_entity(mention.type, mention.name)
                by_key[key] = entity
                if mention.short:
                    by_key[(mention.type, fold(mention.short))] = entity
                if mention.alias:
                    if mention.alias not in entity.aliases:
                        entity.aliases.append(mention.alias)
                    by_key[(mention.type, fold(mention.alias))] = entity
                if mention.kind in ("name",) and len(mention.name) > len(entity.name) and not mention.country:
                    if entity.name not in entity.aliases and ABBREVIATION.match(entity.name):
                        entity.aliases.append(entity.name)
                    entity.name = mention.name
            start, stop, text = doc.span(mention.start, mention.stop)
            entity.mentions.append(Mention(start, stop, text, doc.sentence_of(mention.start), mention.kind))
            if mention.type == "PER" and mention.nominative and " " not in mention.name:
                surnames.setdefault(entity.id, mention.name)
        for entity in entities:
            # "Томаса Фридена" normalised badly, "Фриден" in the nominative later: trust the latter
            surname = surnames.get(entity.id)
            words = entity.name.split()
            if surname and entity.id not in nominal_named and len(words) > 1 and words[-1] != surname \
                    and surname_stem(fold(words[-1])) == surname_stem(fold(surname)):
                entity.name = " ".join(words[:-1] + [surname])
        return entities

    def _by_abbreviation(self, mention: RawMention, entities: list[Entity]) -> Optional[Entity]:
        """A later "ОДКБ" for an earlier "Организация Договора о коллективной безопасности"."""
        if not ABBREVIATION.match(mention.name):
            return None
        letters = fold(mention.name)
        for entity in entities:
            if entity.type != "ORG":
                continue
            if any(fold(alias) == letters for alias in entity.aliases):
                return entity
            if initials(entity.name) == letters:
                return entity
        return None

    @staticmethod
    def _person_words(name: str) -> list[str]:
        return [surname_stem(word) for word in fold(name).split() if not INITIAL.match(word.capitalize())]

    def _person_entity(self, mention, persons, full_people, new_entity, nominal_named) -> Entity:
        """The PER entity of ``mention``: same surname stem, and same first name when both give one."""
        words = self._person_words(mention.name) or [fold(mention.name)]
        surname = words[-1]
        candidates = [
            (entity, known) for entity, known in persons
            if known[-1] == surname and (len(words) == 1 or len(known) == 1 or known[0] == words[0])
        ]
        if candidates:
            entity, known = candidates[-1]  # the most recently named of them
            persons.remove((entity, known))
            better = len(words) > len(known) or (
                len(words) == len(known) and mention.nominative and entity.id not in nominal_named
            )
            if better and len(words) > 1:
                entity.name = mention.name
                if mention.nominative:
                    nominal_named.add(entity.id)
            persons.append((entity, words if len(words) > len(known) else known))
            return entity
        if len(words) == 1:
            # "Габриэл" after "Габриэл Уортман": a story may call a private person by the first name;
            # it is the one person of the article with that first name (no one has it as a surname)
            first_named = [entity for entity, known in persons if len(known) > 1 and known[0] == surname]
            if len(first_named) == 1:
                return first_named[0]
        name = mention.name
        if len(words) == 1:
            # "Путин" in the headline before "Владимир Путин" in the lead: name it in full
            full = {tuple(known): full_name for known, full_name in full_people if known[-1] == surname}
            if len(full) == 1:
                (known, name), = full.items()
                words = list(known)
        entity = new_entity("PER", name)
        if mention.nominative and len(words) > 1:
            nominal_named.add(entity.id)
        persons.append((entity, words))
        return entity

    # ------------------------------------------------------------ propagation

    def _propagate(self, doc: Doc, entities: list[Entity]) -> None:
        """A name found once is a mention wherever it recurs, capitalised, and NER missed it:
        "Путин" at the start of a sentence, "Талибан" outside quotes."""
        covered = _disjoint([(m.start, m.stop) for entity in entities for m in entity.mentions])
        surnames: dict[str, Entity] = {}
        names: dict[str, Entity] = {}
        for entity in entities:
            if entity.type == "PER":
                words = self._person_words(entity.name)
                if words and len(words[-1]) >= 4:
                    surnames.setdefault(words[-1], entity)
            elif " " not in entity.name:
                for name in [entity.name, *entity.aliases]:
                    if len(name) >= 3:
                        names.setdefault(fold(name), entity)
        if not surnames and not names:
            return
        starts = [start for start, _ in covered]
        clean = doc.text
        for index, (sentence, work) in enumerate(zip(doc.article.sentences, doc.sents)):
            for token, (clean_start, clean_stop) in zip(sentence.tokens, work.word_spans):
                word = clean[clean_start:clean_stop]
                if not word[:1].isupper() or _inside(covered, starts, token.start, token.stop):
                    continue
                entity = names.get(fold(word))
                if entity is None and token.pos in ("PROPN", "NOUN", "X") and len(word) >= 4:
                    entity = surnames.get(surname_stem(fold(word)))
                if entity is None:
                    continue
                if entity.type == "PER":  # "Д.Медведев" in a headline NER missed
                    clean_start = _with_initials(doc.text, clean_start)
                start, stop, text = doc.span(clean_start, clean_stop)
                entity.mentions.append(Mention(start, stop, text, index, "name"))
        for entity in entities:
            entity.mentions.sort(key=lambda mention: mention.start)

    @staticmethod
    def _complete_names(doc: Doc, entities: list[Entity]) -> None:
        """A person's mention that lost the first words of a name the article writes in full gets
        them back when the text has them right before it: NER drops a one-syllable first word at
        a sentence start ("Си Цзиньпин" -> "Цзиньпин"); those words do not inflect, the last may."""
        text = doc.article.text
        for entity in entities:
            if entity.type != "PER":
                continue
            full = {tuple(mention.text.split()) for mention in entity.mentions if len(mention.text.split()) > 1}
            for mention in entity.mentions:
                words = mention.text.split()
                for name in full:
                    if len(name) <= len(words) or [surname_stem(fold(word)) for word in name[-len(words):]] != [
                            surname_stem(fold(word)) for word in words]:
                        continue
                    before = text[:mention.start].rstrip()
                    missing = " ".join(name[: len(name) - len(words)])
                    if before.endswith(missing) and not before[-len(missing) - 1: -len(missing)].isalnum():
                        start = len(before) - len(missing)
                        mention.start, mention.text = start, text[start: mention.stop]
                        break

    # ------------------------------------------------------------ helpers

    def _token_range(self, doc: Doc, start: int, stop: int) -> tuple[int, int, int]:
        """(sentence, first token, token stop) of the tokens inside the clean span."""
        index = doc.sentence_of(start)
        if index < 0:
            return -1, 0, 0
        spans = doc.sents[index].word_spans
        # token starts and stops both grow along the sentence: the tokens inside are one run
        first = bisect.bisect_left(spans, start, key=itemgetter(0))
        last = bisect.bisect_right(spans, stop, key=itemgetter(1))
        return (index, first, last) if first < last else (-1, 0, 0)

    def _tokens_in(self, doc: Doc, start: int, stop: int) -> list[Token]:
        index, first, last = self._token_range(doc, start, stop)
        return doc.article.sentences[index].tokens[first:last] if index >= 0 else []

    def _normal(self, doc: Doc, start: int, stop: int, person: bool = False) -> str:
        """The span in the nominative; a ``person``'s name words all inflect ("Владимиру Зеленскому")."""
        index, first, last = self._token_range(doc, start, stop)
        if index < 0:
            return doc.text[start:stop]
        tokens, words = doc.article.sentences[index].tokens, doc.sents[index].words
        key = (_phrase_key(tokens, first, last, words, person), person)
        normal = _NORMALS.get(key)
        if normal is None:
            normal = normalize_phrase(tokens, first, last, words, person=person)
            if len(_NORMALS) >= MAX_NORMALS:
                _NORMALS.clear()
            _NORMALS[key] = normal
        return normal

    def _case_at(self, doc: Doc, start: int) -> str:
        tokens = self._tokens_in(doc, start, start + 10_000)
        return tokens[0].feats.get("Case", "") if tokens else ""


# Names repeat within and across articles, and pymorphy's inflection is the dear part of
# normalising them: each phrase is normalised once, keyed by everything the result depends on.
_NORMALS: dict[tuple[Any, ...], str] = {}
MAX_NORMALS = 16384


def _phrase_key(
    tokens: list[Token], start: int, stop: int, words: Optional[list[str]], person: bool
) -> tuple[Any, ...]:
    """Words, parts of speech, the features natasha's inflection reads (gender, number, case), heads inside the
    phrase (None outside), for a ``person`` their relations (a name's words inflect by "flat:name") and gaps
    between tokens: everything ``normalize_phrase`` reads, so that a phrase normalised in one article is the same
    in any other (the cache once made a name depend on the articles analysed before it).  Nothing more: the other
    features (animacy, aspect, degree...) would only make the same phrase miss the cache."""
    return tuple(
        (
            words[index] if words else tokens[index].text,
            tokens[index].pos,
            tokens[index].feats.get("Gender"),
            tokens[index].feats.get("Number"),
            tokens[index].feats.get("Case"),
            tokens[index].head - start if start <= tokens[index].head < stop else None,
            tokens[index].rel if person else None,
            tokens[index].start - tokens[index - 1].stop if index > start else 0,
        )
        for index in range(start, stop)
    )


def _former_part(tokens: list[Token], index: int) -> bool:
    """"бывшей советской республики", "бывшая британская колония": the adjective names the country the place
    belonged to, not the place (another country now)."""
    return (
        index > 0
        and index + 1 < len(tokens)
        and tokens[index - 1].lemma == "бывший"
        and tokens[index + 1].lemma in FORMER_PARTS
    )
