"""Quotes and who they come from: direct speech, reported speech, attribution chains.

Direct quotes are quoted clauses with a speech frame: ``"...", - говорится в
сообщении``, ``«...», — сказал он``, ``X заявил: «...»``, or a whole quoted
paragraph.  Quotation marks around a name (``движения "Талибан"``) make no quote:
a quote starts a clause and is framed by speech, or fills a paragraph.

Reported speech is found in the sentences outside direct quotes:
``X заявил, что <clause>``, ``по словам X, <clause>``, ``как сообщил X, <clause>``,
``<clause>, сообщает X``, ``Об этом сообщил X`` (the sentence before).  Speech
within a direct quote belongs to that quote and is not reported again.

A source is the noun phrase of the speaker: the subject of the speech verb in
the dependency parse (its subtree, cut at commas and parentheses), or the words
of the frame when there is no parse.  "X со ссылкой на Y" makes Y the speaker and
X the medium it passed through (``via``, outer first).  Impersonal frames
("говорится в сообщении", "отмечается, что") take the source quoted last.

Speech verbs and attribution phrases are data: ``data/speech_*.{txt,tsv}``.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from letopis.data_files import data_lines
from letopis.model import Article, Quote, Source
from letopis.nlp.doc import Doc
from letopis.nlp.morph import cached_lemma

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class SpeechLexicon:
    verbs: frozenset[str]
    impersonal: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    chain: tuple[tuple[str, ...], ...]
    anaphora: tuple[tuple[str, ...], ...]
    documents: frozenset[str]
    not_speakers: frozenset[str]
    not_places: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> SpeechLexicon:
    idioms: dict[str, list[tuple[str, ...]]] = {"according": [], "chain": [], "anaphora": []}
    for line in data_lines("letopis.nlp", "speech_idioms.tsv"):
        kind, phrase = line.split("\t", 1)
        idioms[kind.strip()].append(tuple(phrase.split()))
    return SpeechLexicon(
        verbs=frozenset(data_lines("letopis.nlp", "speech_verbs.txt")),
        impersonal=frozenset(data_lines("letopis.nlp", "speech_impersonal.txt")),
        according=tuple(idioms["according"]),
        chain=tuple(idioms["chain"]),
        anaphora=tuple(idioms["anaphora"]),
        documents=frozenset(data_lines("letopis.nlp", "speech_documents.txt")),
        not_speakers=frozenset(data_lines("letopis.nlp", "speech_not_speakers.txt")),
        not_places=frozenset(data_lines("letopis.nlp", "speech_not_places.txt")),
    )


# ---------------------------------------------------------------- words


@dataclass
class Word:
    """A token in clean offsets, with what the frames need to know of it."""

    start: int
    stop: int
    text: str
    lower: str
    lemma: str
    pos: str
    feats: dict[str, str]
    head: int  # index within the sentence, -1 for the root or when there is no parse
    rel: str
    sentence: int
    index: int  # within the sentence


PUNCT = frozenset(".,;:!?…()[]\"'«»„“”—–-")
CLAUSE_BREAK = frozenset(".,;:!?…()—–")
DASHES = frozenset("—–-")
STRIP_LEADING = frozenset({"в", "во", "на", "из", "у", "от", "и", "а", "но", "также", "же", "как"})
NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "X"})


def document_words(doc: Doc) -> list[list[Word]]:
    """Words of every sentence, in clean offsets; lemmas from the taggers or pymorphy2."""
    return [
        [
            Word(start, stop, text, lower,
                 lemma or (cached_lemma(text) if text[:1].isalpha() else text).replace("ё", "е"),
                 token.pos, token.feats, token.head, token.rel, number, index)
            for index, (token, (start, stop), text, lower, lemma)
            in enumerate(zip(sentence.tokens, work.word_spans, work.words, lowers, lemmas))
        ]
        for number, (sentence, work, lowers, lemmas)
        in enumerate(zip(doc.article.sentences, doc.sents, doc.lower_words(), doc.lemma_keys()))
    ]


def is_punct(word: Word) -> bool:
    return all(char in PUNCT for char in word.text)


def is_speech(word: Word) -> bool:
    """A speech verb that can frame speech: not an infinitive ("стоит отметить") nor a participle."""
    lex = lexicon()
    if word.lemma not in lex.verbs:
        return False
    form = word.feats.get("VerbForm")
    return form not in ("Inf", "Part") and word.feats.get("Voice") != "Pass"


def is_impersonal(word: Word) -> bool:
    return word.lemma in lexicon().impersonal


def phrase_at(words: list[Word], index: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the phrase of ``phrases`` that starts at ``words[index]``, or 0."""
    if index >= len(words):
        return 0
    for phrase in _by_first_word(phrases).get(words[index].lower, ()):
        if tuple(word.lower for word in words[index: index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


_FIRST_WORDS: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    # keyed by identity: the phrase tuples live as long as the cached lexicon
    index = _FIRST_WORDS.get(id(phrases))
    if index is None:
        index = {}
        for phrase in phrases:
            index.setdefault(phrase[0], []).append(phrase)
        _FIRST_WORDS[id(phrases)] = index
    return index


# ---------------------------------------------------------------- sources


@dataclass
class Span:
    """A source as word indices of one sentence: ``words[lo:hi]``."""

    sentence: int
    lo: int
    hi: int


@dataclass
class Attribution:
    speaker: Optional[Span] = None
    via: list[Span] = field(default_factory=list)
    back: bool = False  # the speaker is the source quoted last


def clause_stop(words: list[Word], lo: int) -> int:
    """Index of the first clause break at or after ``lo``."""
    index = lo
    while index < len(words) and words[index].text not in CLAUSE_BREAK:
        index += 1
    return index


def subtree(words: list[Word], root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for word in words:
        children.setdefault(word.head, []).append(word.index)
    members, todo = set(), [root]
    while todo:
        node = todo.pop()
        if node not in members:
            members.add(node)
            todo.extend(children.get(node, ()))
    return members


def has_parse(words: list[Word]) -> bool:
    return any(word.head >= 0 for word in words) and any(word.rel for word in words)


def noun_phrase(words: list[Word], lo: int, hi: int, root: Optional[int] = None) -> Optional[Span]:
    """The noun phrase within ``words[lo:hi]``: the subtree of its head, cut at commas and parentheses."""
    while lo < hi and (is_punct(words[lo]) or words[lo].lower in STRIP_LEADING or words[lo].pos in ("ADP", "CCONJ")):
        lo += 1
    while hi > lo and is_punct(words[hi - 1]):
        hi -= 1
    if lo >= hi:
        return None
    if has_parse(words):
        inside = range(lo, hi)
        if root is None or not lo <= root < hi:
            heads = [k for k in inside if not lo <= words[k].head < hi]
            nominal = [k for k in heads if words[k].pos in NOUNISH]
            subjects = [k for k in nominal if words[k].rel.startswith("nsubj")]
            root = (subjects or nominal or [None])[0]
        if root is not None:
            members = subtree(words, root)
            start = stop = root
            while start - 1 >= lo and start - 1 in members and words[start - 1].text not in (",", "(", ")"):
                start -= 1
            while stop + 1 < hi and stop + 1 in members and (
                words[stop + 1].text not in (",", "(", ")", "—", "–")
                or words[stop + 1].text == "," and _conjunct_follows(words, stop + 2, hi, members)
            ):
                stop += 1
            while start < stop and (words[start].pos in ("ADP", "CCONJ") or is_punct(words[start])):
                start += 1
            return quoted_name(words, start, stop + 1)
    stop = lo
    while stop < hi and words[stop].text not in (",", "(", "—", "–", ":"):
        stop += 1
    return quoted_name(words, lo, stop) if stop > lo else None


def _conjunct_follows(words: list[Word], index: int, hi: int, members: set[int]) -> bool:
    """ "газет New York Post, New York Times и других СМИ": a comma inside a coordination."""
    return any(k in members and words[k].rel == "conj" for k in range(index, min(hi, index + 4)))


def coordinated_stop(words: list[Word], lo: int, hi: int) -> int:
    """Extend a source region ending at a comma over the conjuncts of its first noun."""
    root = next((k for k in range(lo, hi) if words[k].pos in NOUNISH), None)
    if root is None or not has_parse(words):
        return hi
    members = subtree(words, root)
    while hi + 1 < len(words) and words[hi].text == "," and _conjunct_follows(words, hi + 1, len(words), members):
        hi = clause_stop(words, hi + 1)
    return hi


OPEN_MARKS = frozenset('"«„“')
CLOSE_MARKS = frozenset('"»“”')
NAME_GAP = 5  # words of a quoted name outside the phrase found: "Комсомольская" правда-Тамбов


def _opens(words: list[Word], index: int) -> bool:
    """An opening mark: a straight quote opens when the next word touches it."""
    word = words[index]
    if word.text not in OPEN_MARKS:
        return False
    return word.text != '"' or index + 1 < len(words) and words[index + 1].start == word.stop


def _closes(words: list[Word], index: int) -> bool:
    word = words[index]
    if word.text not in CLOSE_MARKS:
        return False
    return word.text != '"' or index > 0 and words[index - 1].stop == word.start


def _mark_near(words: list[Word], index: int, step: int, wanted) -> Optional[int]:
    """The quotation mark ``wanted`` within a few plain words from ``index`` in direction ``step``."""
    for _ in range(NAME_GAP):
        if not 0 <= index < len(words):
            return None
        if wanted(words, index):
            return index
        if is_punct(words[index]) or words[index].pos in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
            return None
        index += step
    return None


def quoted_name(words: list[Word], start: int, stop: int) -> Span:
    """The span with the quotation marks of a quoted name made whole: собеседник "Ъ"."""
    opener = _mark_near(words, start - 1, -1, _opens)
    closer = _mark_near(words, stop, 1, _closes) if opener is not None else None
    if opener is not None and closer is not None:
        return Span(words[0].sentence, opener, closer + 1)  # "Комсомольская правда-Тамбов"
    while stop > start and words[stop - 1].text in OPEN_MARKS and words[stop - 1].text not in CLOSE_MARKS:
        stop -= 1
    marks = sum(word.text in OPEN_MARKS or word.text in CLOSE_MARKS for word in words[start:stop])
    before = start > 0 and words[start - 1].text in OPEN_MARKS
    after = stop < len(words) and words[stop].text in CLOSE_MARKS
    if marks % 2 and before and (not after or words[stop - 1].text in CLOSE_MARKS):
        start -= 1
    elif marks % 2 and after:
        stop += 1
    elif not marks and before and after:
        start, stop = start - 1, stop + 1
    return Span(words[0].sentence, start, stop)


def subject_of(words: list[Word], verb: int) -> Optional[int]:
    """The nominal subject of the verb, of its head when it is a conjunct or a gerund."""
    seen = set()
    while verb >= 0 and verb not in seen:
        seen.add(verb)
        for word in words:
            if word.head == verb and word.rel.startswith("nsubj") and word.pos in NOUNISH:
                return word.index
        if words[verb].rel in ("conj", "advcl", "parataxis", "xcomp") and words[verb].head >= 0:
            verb = words[verb].head
        else:
            break
    return None


def source_in(words: list[Word], lo: int, hi: int, root: Optional[int] = None) -> Attribution:
    """The attribution written in ``words[lo:hi]``, chains included: "X со ссылкой на Y"."""
    lex = lexicon()
    parts: list[tuple[int, int]] = []
    start = lo
    index = lo
    while index < hi:
        size = phrase_at(words, index, lex.chain)
        if size:
            parts.append((start, index))
            start = index + size
            index = start
        else:
            index += 1
    parts.append((start, hi))
    spans = []
    for number, (part_lo, part_hi) in enumerate(parts):
        span = noun_phrase(words, part_lo, part_hi, root if number == 0 else None)
        if span is not None:
            spans.append(span)
    if not spans:
        return Attribution()
    return Attribution(speaker=spans[-1], via=spans[:-1])


def chain_after(words: list[Word], index: int, attribution: Attribution) -> Attribution:
    """Extend with ", цитируя Y" / "со ссылкой на Y" right after a source ending before ``index``."""
    if attribution.speaker is None:
        return attribution
    if index < len(words) and words[index].text == ",":
        index += 1
    size = phrase_at(words, index, lexicon().chain)
    if not size:
        return attribution
    inner = noun_phrase(words, index + size, clause_stop(words, index + size))
    if inner is None:
        return attribution
    return Attribution(speaker=inner, via=[*attribution.via, attribution.speaker])


QUOTING_VERBS = frozenset({"цитировать", "процитировать"})
# what a verb of quoting may name as its object in place of the one quoted, who is then its genitive
QUOTED_WORDS = frozenset({"слово", "высказывание", "заявление", "сообщение"})


def quoted_party(words: list[Word], verb: int) -> Optional[int]:
    """Whom a verb of quoting quotes: its object ("цитирует РБК белорусского лидера"), or the genitive of the words
    it quotes ("цитирует слова Армстронга"); the verb's subject is only the medium the words passed through."""
    for word in words:
        if word.head != verb or word.rel != "obj" or word.pos not in NOUNISH:
            continue
        if word.lemma in QUOTED_WORDS:
            return next(
                (owner.index for owner in words if owner.head == word.index and owner.rel == "nmod" and owner.pos in NOUNISH),
                None,
            )
        return word.index
    return None


def quoting_source(words: list[Word], verb: int, lo: int, hi: int) -> Optional[Attribution]:
    """ "«...», — цитирует агентство Anadolu министра иностранных дел Турции": the one quoted speaks, the medium
    quoting him (the subject) is how the words came."""
    quoted = quoted_party(words, verb)
    if quoted is None:
        return None
    speaker = noun_phrase(words, *((lo, verb) if quoted < verb else (verb + 1, hi)), quoted)
    if speaker is None or _is_anaphor(words, speaker):
        return None
    subject = subject_of(words, verb)
    medium = noun_phrase(words, *((lo, verb) if subject < verb else (verb + 1, hi)), subject) if subject is not None else None
    return Attribution(speaker=speaker, via=[medium] if medium is not None else [])


def verb_source(words: list[Word], verb: int, lo: int, hi: int) -> Attribution:
    """Who speaks with ``words[verb]``, looking in ``words[lo:hi]`` (the verb's clause).

    The subject of the verb when the parse has one; else a place of speech
    ("в ведомстве отметили", "говорится в заявлении МИД"); else, for impersonal
    verbs, the source quoted last.  Without a parse the words around the verb
    stand in for its subject.
    """
    parsed = has_parse(words)
    if parsed and words[verb].lemma in QUOTING_VERBS:
        quoting = quoting_source(words, verb, lo, hi)
        if quoting is not None:
            return quoting
    subject = subject_of(words, verb) if parsed else None
    if subject is not None and words[subject].lemma in lexicon().not_places:
        subject = None  # a parse error: "в понедельник" is never who speaks
    if subject is not None and not is_impersonal(words[verb]):
        begin, end = (lo, verb) if subject < verb else (verb + 1, hi)
        attribution = source_in(words, begin, end, subject)
        if attribution.speaker is not None and not _is_anaphor(words, attribution.speaker):
            return attribution
    located = located_source(words, verb, lo, hi)
    if located is not None:
        return located
    if is_impersonal(words[verb]):
        return Attribution(back=True)
    if parsed:
        return Attribution()
    before = source_in(words, lo, verb) if verb > lo else Attribution()
    if before.speaker is not None:
        return before
    return source_in(words, verb + 1, hi) if hi > verb + 1 else Attribution()


def located_source(words: list[Word], verb: int, lo: int, hi: int) -> Optional[Attribution]:
    """ "в ведомстве отметили", "сообщили в пресс-службе X", "говорится в заявлении МИД".

    A place of speech that is a document ("в сообщении", "в нём") names its
    author after it, or else refers to the source quoted last.
    """
    places = []
    if verb + 2 <= hi and words[verb + 1].lower in PLACE_PREPOSITIONS:
        places.append(verb + 1)
    documents = lexicon().documents
    for index in range(lo, verb):
        if words[index].lower in PLACE_PREPOSITIONS and (
            index >= verb - 4 or index + 1 < verb and words[index + 1].lemma in documents
        ):
            places.append(index)
            break
    for place in places:
        stop = clause_stop(words, place + 1) if place > verb else verb
        stop = min(stop, hi) if place > verb else stop
        if place + 1 >= stop:
            continue
        noun = words[place + 1]
        if noun.pos and noun.pos not in NOUNISH and noun.pos != "ADJ" or noun.lemma in lexicon().not_places:
            continue
        head = next((word for word in words[place + 1: stop] if word.pos in NOUNISH or not word.pos), noun)
        if head.lemma in lexicon().not_places:
            continue
        if head.lemma in documents or head.lower in documents:
            after = head.index + 1
            while after + 1 < stop and words[after].lower in PLACE_PREPOSITIONS:
                # "в сообщении на сайте Союза кинематографистов": the author follows the last document
                inner = next((word for word in words[after + 1: stop] if word.pos in NOUNISH or not word.pos), None)
                if inner is None or inner.lemma not in documents:
                    break
                after = inner.index + 1
            if after < stop:
                author = source_in(words, after, stop)
                if author.speaker is not None:
                    return author
            return Attribution(back=True)
        attribution = source_in(words, place, stop)
        if attribution.speaker is not None and not _is_anaphor(words, attribution.speaker):
            return attribution
    return None


PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


def _is_anaphor(words: list[Word], span: Span) -> bool:
    """ "этом", "том", "того": a pronoun that points at text, not at a speaker."""
    if span.hi - span.lo != 1:
        return False
    word = words[span.lo]
    return word.lower in lexicon().not_speakers


# ---------------------------------------------------------------- quotation marks

OPENERS = {"«": "»", "„": "“", "“": "”"}
OPEN_AFTER = frozenset(" \n([{—–-:/«„“\"'")
CLOSE_BEFORE = frozenset(" \n.,;:!?…)]}»“”\"'—–-")
QUOTE_MARKS = re.compile('[\n"«„“»”]')  # the characters quoted_spans acts on


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Outermost quoted spans as (index of the opening mark, index of the closing mark).

    Straight quotes open after a space and close before one; spans never cross a
    line, and marks left open at a line end are dropped.
    """
    spans = []
    stack: list[tuple[str, int]] = []
    for mark in QUOTE_MARKS.finditer(text):  # every other character leaves the stack as it is
        index = mark.start()
        char = text[index]
        if char == "\n":
            stack = []
            continue
        if char == '"':
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            can_open = before in OPEN_AFTER and not after.isspace()
            can_close = not before.isspace() and after in CLOSE_BEFORE
            if stack and stack[-1][0] == '"' and can_close:
                closer = stack.pop()
                if not stack:
                    spans.append((closer[1], index))
            elif can_open:
                stack.append((char, index))
            continue
        if stack and char == OPENERS.get(stack[-1][0]) and not (char == "“" and stack[-1][0] != "„"):
            opener = stack.pop()
            if not stack:
                spans.append((opener[1], index))
        elif char in OPENERS:
            stack.append((char, index))
        elif char in "»”" and stack:
            # a closing mark of another kind: close up to its opener if there is one
            for depth in range(len(stack) - 1, -1, -1):
                if OPENERS.get(stack[depth][0]) == char:
                    opener = stack[depth]
                    del stack[depth:]
                    if not stack:
                        spans.append((opener[1], index))
                    break
    return spans


# ---------------------------------------------------------------- the step


@dataclass
class Found:
    """A quote in clean offsets before its sources are resolved."""

    start: int
    stop: int
    kind: str
    attribution: Attribution
    words: list[list[Word]]


SENTENCE_END = frozenset(".!?…")
ANAPHORA_REACH = 12  # "Об этом во вторник, 20 августа 2013 года, сообщили СМИ": words from "об этом" to the verb
MAX_QUOTE_GAP = 2  # line breaks between "он сказал:" and the paragraph it introduces
NAME_WORDS = 3  # a quoted span this short, capitalised and verbless, is a name


class QuoteTagger:
    """Fills ``article.quotes``; runs after the entities are built."""

    def __call__(self, doc: Doc) -> None:
        sentences = document_words(doc)
        flat = [word for words in sentences for word in words]
        starts = [word.start for word in flat]
        found: list[Found] = []
        masked: set[tuple[int, int]] = set()  # (sentence, word) consumed by direct quotes and their frames

        for open_mark, close_mark in quoted_spans(doc.text):
            found.extend(self._direct(doc, sentences, flat, starts, open_mark, close_mark, masked))

        found.extend(self._unmarked(doc, sentences, masked))
        for words in sentences:
            found.extend(self._reported(doc, sentences, words, masked))

        found.sort(key=lambda item: item.start)
        doc.article.quotes = self._resolve(doc, sentences, found)

    # ------------------------------------------------------------ direct

    def _direct(
        self,
        doc: Doc,
        sentences: list[list[Word]],
        flat: list[Word],
        starts: list[int],
        open_mark: int,
        close_mark: int,
        masked: set[tuple[int, int]],
    ) -> list[Found]:
        text = doc.text
        inner = [word for word in flat[bisect.bisect_left(starts, open_mark + 1):] if word.stop <= close_mark]
        if not inner:
            return []
        start, stop = inner[0].start, inner[-1].stop
        content = text[start:stop]
        line_start = text.rfind("\n", 0, open_mark) + 1
        number = doc.sentence_of(open_mark)
        sentence_start = doc.sents[number].clean_start if number >= 0 else line_start
        prefix = text[max(line_start, sentence_start):open_mark].strip()
        opens_clause = prefix == "" or prefix[-1] in "—–-" and len(prefix) == 1

        after = self._frame_after(sentences, flat, starts, close_mark + 1, masked) if opens_clause else None
        trailing = after[0] if after else None
        parts, inside = self._interrupted(sentences, flat, starts, inner, masked)
        leading = self._frame_before(doc, sentences, open_mark) if prefix.endswith(":") or (
            prefix.endswith(("—", "–")) and prefix[:-1].rstrip().endswith(":")
        ) else None

        if self._is_name(inner, content) and not (trailing or leading or inside) or (
            len(inner) < 3 and all(word.text[:1].isupper() for word in inner if word.text[:1].isalpha())
        ):
            return []
        attribution = trailing or leading or inside
        if attribution is None:
            rest = text[close_mark + 1: text.find("\n", close_mark) if "\n" in text[close_mark:] else len(text)]
            whole = opens_clause and prefix == "" and rest.strip() in ("", ".", "!", "?", "…")
            if not (whole and len(inner) >= 5 and (content[-1] in SENTENCE_END or rest.strip())):
                return []
            attribution = self._frame_before(doc, sentences, line_start - 1) or Attribution()
        for word in inner:
            masked.add((word.sentence, word.index))
        return [Found(part_start, part_stop, "direct", attribution, sentences) for part_start, part_stop in parts]

    def _interrupted(
        self,
        sentences: list[list[Word]],
        flat: list[Word],
        starts: list[int],
        inner: list[Word],
        masked: set[tuple[int, int]],
    ) -> tuple[list[tuple[int, int]], Optional[Attribution]]:
        """ "«Первое, — добавил он. — Второе»": the parts of the quote and the frame between them."""
        for k in range(1, len(inner) - 2):
            if inner[k].text in ("—", "–", "-") and inner[k - 1].text in (",", "!", "?", "…") and any(
                is_speech(word) or is_impersonal(word) for word in inner[k + 1: k + 4]
            ):
                frame = self._frame_after(sentences, flat, starts, inner[k - 1].start, masked)
                if frame is None:
                    continue
                attribution, frame_stop = frame
                rest = [word for word in inner[k + 1:] if word.start >= frame_stop]
                while rest and is_punct(rest[0]):
                    rest.pop(0)
                parts = [(inner[0].start, inner[k - 2].stop)]
                if rest:
                    parts.append((rest[0].start, inner[-1].stop))
                return parts, attribution
        return [(inner[0].start, inner[-1].stop)], None

    def _unmarked(self, doc: Doc, sentences: list[list[Word]], masked: set[tuple[int, int]]) -> list[Found]:
        """ "Он также пообещал:" + a paragraph without quotation marks: that paragraph is the quote."""
        found = []
        paragraphs = [sentence.paragraph for sentence in doc.article.sentences]
        for number, words in enumerate(sentences[:-1]):
            if not words or words[-1].text != ":" or paragraphs[number + 1] == paragraphs[number]:
                continue
            following = [k for k in range(number + 1, len(sentences)) if paragraphs[k] == paragraphs[number + 1]]
            first, last = sentences[following[0]], sentences[following[-1]]
            if not first or first[0].text in OPEN_MARKS or first[0].text in ("—", "–", "-") or last[-1].text == ":":
                continue
            if any((word.sentence, word.index) in masked for word in first):
                continue
            if doc.text.count("\n", words[-1].stop, first[0].start) > MAX_QUOTE_GAP:
                continue  # an embedded post or video stood here and was lost: what follows is not it
            attribution = self._frame_before(doc, sentences, words[-1].stop)
            if attribution is None:
                continue
            for k in following:
                masked.update((k, word.index) for word in sentences[k])
            found.append(Found(first[0].start, last[-1].stop, "direct", attribution, sentences))
        return found

    @staticmethod
    def _is_name(inner: list[Word], content: str) -> bool:
        if len(inner) > NAME_WORDS + 1 or content[-1:] in SENTENCE_END:
            return False
        if any(word.pos in ("VERB", "AUX") for word in inner):
            return False
        return inner[0].text[:1].isupper() or inner[0].text[:1].isdigit()

    def _frame_after(
        self,
        sentences: list[list[Word]],
        flat: list[Word],
        starts: list[int],
        position: int,
        masked: set[tuple[int, int]],
    ) -> Optional[tuple[Attribution, int]]:
        """ "..., — сказал он" / "...", - говорится в сообщении" / "...», по словам X".

        Returns the attribution and the clean offset where the frame ends.
        """
        index = bisect.bisect_left(starts, position)
        separated = False
        while index < len(flat) and all(char in ",.!?…—–-" for char in flat[index].text):
            separated = separated or any(char in ",—–-" for char in flat[index].text)
            index += 1
        if not separated or index >= len(flat):
            return None
        first = flat[index]
        words = sentences[first.sentence]
        lo = first.index
        hi = clause_stop(words, lo)
        if hi == lo:
            return None
        attribution = None
        size = phrase_at(words, lo, lexicon().according)
        if size:
            attribution = source_in(words, lo + size, hi)
        else:
            verb = next((k for k in range(lo, min(hi, lo + 3)) if is_speech(words[k]) or is_impersonal(words[k])), None)
            if verb is None:
                return None
            attribution = verb_source(words, verb, lo, hi)
        attribution = chain_after(words, hi, attribution)
        frame_hi = max(hi, self._chain_stop(words, hi))
        for k in range(lo, frame_hi):
            masked.add((first.sentence, k))
        if not (attribution.speaker or attribution.back):
            return None
        return attribution, words[frame_hi - 1].stop

    def _frame_before(self, doc: Doc, sentences: list[list[Word]], colon: int) -> Optional[Attribution]:
        """ "X заявил: «...»": the speech verb of the clause before the colon."""
        number = doc.sentence_of(max(colon - 1, 0))
        if number < 0 or colon <= 0:
            return None
        words = [word for word in sentences[number] if word.stop <= colon]
        while words and words[-1].text in ("—", "–", "-"):
            words.pop()
        if not words or words[-1].text != ":":
            return None
        verbs = [word.index for word in words if is_speech(word) or is_impersonal(word)]
        if not verbs:
            return None
        verb = verbs[-1]
        lo = verb
        while lo > 0 and (has_parse(words) or words[lo - 1].text not in (",", ";", ".")):
            lo -= 1
        attribution = verb_source(sentences[number], verb, lo, clause_stop(sentences[number], verb + 1))
        return attribution if (attribution.speaker or attribution.back) else None

    # ------------------------------------------------------------ reported

    def _reported(
        self, doc: Doc, sentences: list[list[Word]], words: list[Word], masked: set[tuple[int, int]]
    ) -> list[Found]:
        lex = lexicon()
        found = []
        end = len(words)
        while end > 0 and (is_punct(words[end - 1]) and words[end - 1].text not in ")»\""):
            end -= 1
        taken = -1  # words before this index belong to an earlier frame of the sentence
        according_starts = _by_first_word(lex.according)
        index = 0
        while index < len(words):
            word = words[index]
            if word.lower not in according_starts and word.lower != "как" and word.lemma not in lex.verbs \
                    and word.lemma not in lex.impersonal:
                index += 1  # most words: none of the frames below can start here
                continue
            if (word.sentence, index) in masked or index <= taken:
                index += 1
                continue
            result = None
            size = phrase_at(words, index, lex.according)
            if size:
                result = self._according(words, index, size, end)
            elif word.lower == "как" and index + 1 < len(words) and is_speech(words[index + 1]):
                result = self._as_said(words, index, end)
            elif is_speech(word) or is_impersonal(word):
                result = (
                    self._that_clause(words, index, end)
                    or self._anaphora(doc, sentences, words, index, masked)
                    or self._tail(words, index, end)
                )
            if result is not None:
                found_item, frame_stop = result
                found.append(found_item)
                taken = frame_stop
            index += 1
        return found

    @staticmethod
    def _clause(words: list[Word], lo: int, hi: int) -> Optional[tuple[int, int]]:
        while lo < hi and is_punct(words[lo]) and words[lo].text not in "«\"":
            lo += 1
        while hi > lo and is_punct(words[hi - 1]) and words[hi - 1].text not in "»\")":
            hi -= 1
        if hi - lo < 2:
            return None
        return words[lo].start, words[hi - 1].stop

    def _around(self, words: list[Word], frame_lo: int, frame_hi: int, end: int) -> Optional[tuple[int, int]]:
        """The clause a frame "по словам X" / "как сообщил X" introduces: after it, or before it."""
        after = frame_hi + 1 if frame_hi < end and words[frame_hi].text == "," else frame_hi
        if end - after >= 3:
            return self._clause(words, after, end)
        if frame_lo > 0 and words[frame_lo - 1].text in (",", "—", "–"):
            return self._clause(words, 0, frame_lo - 1)
        return None

    def _according(self, words: list[Word], index: int, size: int, end: int) -> Optional[tuple[Found, int]]:
        hi = coordinated_stop(words, index + size, clause_stop(words, index + size))
        attribution = source_in(words, index + size, hi)
        if attribution.speaker is None:
            return None
        if has_parse(words) and not attribution.via and attribution.speaker.hi < hi:
            hi = attribution.speaker.hi  # "По мнению прокуратуры конечная цена ...": no comma after the source
        attribution = chain_after(words, hi, attribution)
        frame_hi = max(hi, self._chain_stop(words, hi))
        clause = self._around(words, index, frame_hi, end)
        if clause is None:
            return None
        return Found(clause[0], clause[1], "reported", attribution, []), frame_hi

    def _as_said(self, words: list[Word], index: int, end: int) -> Optional[tuple[Found, int]]:
        verb = index + 1
        hi = clause_stop(words, verb + 1)
        attribution = chain_after(words, hi, verb_source(words, verb, verb, hi))
        if not (attribution.speaker or attribution.back):
            return None
        frame_hi = max(hi, self._chain_stop(words, hi))
        clause = self._around(words, index, frame_hi, end)
        if clause is None:
            return None
        return Found(clause[0], clause[1], "reported", attribution, []), frame_hi

    @staticmethod
    def _chain_stop(words: list[Word], hi: int) -> int:
        index = hi + 1 if hi < len(words) and words[hi].text == "," else hi
        size = phrase_at(words, index, lexicon().chain)
        return clause_stop(words, index + size) if size else hi

    def _that_clause(self, words: list[Word], verb: int, end: int) -> Optional[tuple[Found, int]]:
        """ "X заявил(, ссылаясь на Y,) что <clause>" and "заявил о том, что"."""
        index = verb + 1
        limit = min(len(words), verb + 12)
        chain_hi = verb + 1
        while index < limit:
            lower = words[index].lower
            if lower == "что" and words[index - 1].text == ",":
                break
            if lower == "том" and index + 2 < len(words) and words[index + 1].text == "," and words[index + 2].lower == "что":
                index += 2
                break
            if words[index].text in (".", ";", ":", "!", "?", "«", '"') or is_speech(words[index]):
                return None
            if phrase_at(words, index, lexicon().chain):
                chain_hi = index
            index += 1
        else:
            return None
        clause = self._clause(words, index + 1, end)
        if clause is None:
            return None
        parsed = has_parse(words)
        lo = verb
        while lo > 0 and words[lo - 1].text not in (";", ".", ":") and (
            parsed or words[lo - 1].text != "," or lo - 1 >= verb - 6
        ):
            lo -= 1  # with a parse the subject is found by its relation; without, a far comma ends the frame
        attribution = verb_source(words, verb, lo, max(chain_hi, verb + 1))
        attribution = self._chain_anywhere(words, lo, index, attribution)
        if not (attribution.speaker or attribution.back):
            attribution = Attribution()
        return Found(clause[0], clause[1], "reported", attribution, []), end

    @staticmethod
    def _chain_anywhere(words: list[Word], lo: int, hi: int, attribution: Attribution) -> Attribution:
        """ "X, ссылаясь на Y, сообщил, что": a chain phrase anywhere in the frame."""
        if attribution.speaker is None:
            return attribution
        for index in range(lo, hi):
            size = phrase_at(words, index, lexicon().chain)
            if size and not attribution.speaker.lo <= index < attribution.speaker.hi:
                inner = noun_phrase(words, index + size, clause_stop(words, index + size))
                if inner is not None and inner.lo != attribution.speaker.lo:
                    return Attribution(speaker=inner, via=[*attribution.via, attribution.speaker])
        return attribution

    def _tail(self, words: list[Word], verb: int, end: int) -> Optional[tuple[Found, int]]:
        """ "<clause>, сообщает X." — the frame closes the sentence."""
        if verb < 3 or words[verb - 1].text not in (",", "—", "–") or words[-1].text == ":":
            return None
        comma = verb - 1
        if phrase_at(words, 0, lexicon().anaphora):
            return None  # "Об этом, по данным ..., сообщили": the sentence before is what is reported
        if comma > 0 and words[comma - 1].text == ",":
            comma -= 1
        hi = clause_stop(words, verb + 1)
        frame_hi = max(hi, self._chain_stop(words, hi))
        if frame_hi < end:
            return None
        attribution = chain_after(words, hi, verb_source(words, verb, verb, hi))
        if not (attribution.speaker or attribution.back):
            return None
        clause = self._clause(words, 0, comma)
        if clause is None:
            return None
        return Found(clause[0], clause[1], "reported", attribution, []), end

    def _anaphora(
        self, doc: Doc, sentences: list[list[Word]], words: list[Word], verb: int, masked: set[tuple[int, int]]
    ) -> Optional[tuple[Found, int]]:
        """ "Об этом сообщил X": what is reported is the sentence before."""
        lex = lexicon()
        near = [k for k in range(max(0, verb - ANAPHORA_REACH), min(len(words), verb + 3)) if phrase_at(words, k, lex.anaphora)]
        number = words[verb].sentence
        if not near or number == 0:
            return None
        previous = sentences[number - 1]
        if not previous or doc.article.sentences[number - 1].paragraph == 0:
            return None
        if any((word.sentence, word.index) in masked for word in previous):
            return None
        hi = clause_stop(words, verb + 1)
        lo = 0
        attribution = verb_source(words, verb, lo, hi)
        if not attribution.speaker:
            return None
        clause = self._clause(previous, 0, len(previous))
        if clause is None:
            return None
        return Found(clause[0], clause[1], "reported", attribution, []), hi

    # ------------------------------------------------------------ resolution

    def _resolve(self, doc: Doc, sentences: list[list[Word]], found: list[Found]) -> list[Quote]:
        quotes: list[Quote] = []
        last: Optional[tuple[Optional[Source], list[Source]]] = None
        last_person: Optional[str] = None
        last_body: Optional[Source] = None  # "говорится в сообщении": documents come from bodies, not persons
        for item in found:
            attribution = item.attribution
            if attribution.speaker is not None:
                speaker = self._source(doc, sentences, attribution.speaker)
                via = [self._source(doc, sentences, span) for span in attribution.via]
                if speaker.entity is None and self._is_pronoun(sentences, attribution.speaker) and last_person:
                    speaker = replace(speaker, entity=last_person)
                last = (speaker, via)
                if not self._is_person(doc.article, speaker):
                    last_body = speaker
            elif attribution.back and last is not None:
                speaker, via = last_body or last[0], list(last[1])
            else:
                speaker, via = None, []
            if speaker is not None and speaker.entity:
                entity = doc.article.entity(speaker.entity)
                if entity is not None and entity.type == "PER":
                    last_person = entity.id
            start, stop, text = doc.span(item.start, item.stop)
            quotes.append(Quote(start, stop, text, item.kind, speaker, via, doc.sentence_of(item.start)))
        return quotes

    @staticmethod
    def _is_person(article: Article, source: Source) -> bool:
        entity = article.entity(source.entity) if source.entity else None
        return entity is not None and entity.type == "PER"

    @staticmethod
    def _is_pronoun(sentences: list[list[Word]], span: Span) -> bool:
        words = sentences[span.sentence][span.lo: span.hi]
        return len(words) == 1 and (words[0].pos == "PRON" or words[0].lower in ("он", "она", "они"))

    @staticmethod
    def _source(doc: Doc, sentences: list[list[Word]], span: Span) -> Source:
        words = sentences[span.sentence]
        start, stop, text = doc.span(words[span.lo].start, words[span.hi - 1].stop)
        return Source(start, stop, text, entity_inside(doc.article, start, stop))


TYPE_PREFERENCE = {"PER": 0, "ORG": 1, "LOC": 2}


def entity_inside(article: Article, start: int, stop: int) -> Optional[str]:
    """The entity with a mention inside ``[start, stop)``: PER before ORG before LOC, then the longest."""
    best: Optional[tuple[int, int, str]] = None
    for entity in article.entities:
        for mention in entity.mentions:
            if start <= mention.start and mention.stop <= stop:
                key = (TYPE_PREFERENCE.get(entity.type, 3), -(mention.stop - mention.start), entity.id)
                if best is None or key < best:
                    best = key
    return best[2] if best else None
