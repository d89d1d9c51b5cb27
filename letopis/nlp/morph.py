"""One morphological dictionary for the whole process.

natasha 1.6 still imports pymorphy2, which breaks on Python 3.11 unless yargy's
compatibility patch is imported first: every import of natasha in letopis goes
through this module, which makes that order explicit.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Optional

import yargy  # noqa: F401  (must precede natasha: patches pymorphy2 for Python 3.11)

# the token shape natasha's normaliser reads
_NormToken = namedtuple("_NormToken", "text start stop pos feats id head_id")


@lru_cache(maxsize=1)
def morph_vocab() -> Any:
    """natasha's MorphVocab (pymorphy2 with UD tags and a parse cache), each tag converted once.

    natasha converts the OpenCorpora tag of every parse to UD part of speech and features
    anew, three times the cost of the dictionary lookup itself; a word has ~7 parses and a
    fresh worker meets thousands of new words, so the conversions are kept per tag.
    """
    natasha_module()
    from natasha.morph import vocab as natasha_vocab

    class Form(natasha_vocab.PymorphyParse):
        """natasha's MorphForm with its UD tag read on demand: no per-parse attributes to build
        (~7 parses a word, and natasha's lemmatizer stops at the first exact match)."""

        __slots__ = ()

        @property
        def normal(self) -> str:
            return str(self.normal_form)

        @property
        def ud(self) -> tuple[str, dict[str, str]]:
            return _ud(self.tag)

        @property
        def pos(self) -> str:
            return _ud(self.tag)[0]

        @property
        def feats(self) -> dict[str, str]:
            return _ud(self.tag)[1]

        def inflect(self, grams: Any) -> Any:
            return _inflect(self, frozenset(natasha_vocab.oc_grams(grams)))

    class Vocab(natasha_vocab.MorphVocab):
        def __init__(self) -> None:
            natasha_vocab.PymorphyAnalyzer.__init__(self, result_type=Form)
            # pymorphy binds itself to the result type in a subclass without __slots__; one with
            # them keeps the parses plain tuples (no attribute dict per parse)
            self._result_type = type("Form", (Form,), {"_morph": self, "_dict": self.dictionary, "__slots__": ()})

    return Vocab()


# OpenCorpora tag -> its UD part of speech and features; bounded by the dictionary's tag table (~2,000 tags)
_UD_BY_TAG: dict[str, tuple[str, dict[str, str]]] = {}


def _ud(tag: Any) -> tuple[str, dict[str, str]]:
    ud = _UD_BY_TAG.get(tag._str)
    if ud is None:
        from natasha.morph import vocab as natasha_vocab

        ud = _UD_BY_TAG[tag._str] = (natasha_vocab.ud_pos(tag), dict(natasha_vocab.ud_feats(tag)))
    return ud  # shared by the parses of one tag: read, never changed


def lemma(word: str, pos: str = "", feats: dict[str, str] | None = None) -> str:
    """Dictionary form of ``word`` given its UD tag (lower case, ё as е).

    natasha's lemmatizer (``natasha.morph.lemma``): the parse whose tag equals the given one, else
    the most similar; each parse's UD tag read once, and compared with each tag asked for once (``_scores``).
    """
    vocab = morph_vocab()
    if pos:
        word = word.lower().replace("ё", "е")
        feats = feats or {}
        found = _dictionary_lemma(vocab, word, pos, feats)
        if found is None:
            forms = vocab(word)
            # the first exact match, else the first of the most similar forms (natasha's ``best_form``)
            scores = _scores([form.tag for form in forms], pos, feats)
            top = max(scores, default=0)
            found = forms[scores.index(top)].normal_form if top > 0 else word
        return found.lower().replace("ё", "е")
    forms = vocab(word.lower())
    return forms[0].normal.replace("ё", "е") if forms else word.lower().replace("ё", "е")



@lru_cache(maxsize=65_536)
def cached_lemma(word: str, pos: str = "") -> str:
    """``lemma`` of a word read out of context (no features), remembered: the KB steps ask it of the same place
    names, title and role words article after article."""
    return lemma(word, pos)


def _dictionary_lemma(vocab: Any, word: str, pos: str, feats: dict[str, str]) -> Optional[str]:
    """The lemma ``lemma`` picks, read from the dictionary's entries for a lower-case word without building
    pymorphy's parses; None when the dictionary lacks the word or the pick depends on the parses' order.

    pymorphy parses a lower-case dictionary word into exactly its ``DictionaryAnalyzer`` entries (the other
    units of that group read capital initials only), then sorts them by P(tag|word). That order only matters
    when the entries that qualify (the exact matches, else the most similar ones) have different normal forms;
    then the parses are made as before. The normal form is built for the qualifying entries only.

    One pass over the entries, each entry's score read by its tag's number in the dictionary's tag table
    (``_tag_scores``: no tag object fetched for a tag already compared); a fresh worker asks this of ~25,000
    word and tag pairs.
    """
    dictionary = vocab.dictionary
    paradigms = dictionary.paradigms
    known = _tag_scores(pos, feats)
    top = 0
    qualifying: list[tuple[str, int, int]] = []
    found = False
    for fixed_word, pairs in dictionary.words.similar_items(word, vocab.char_substitutes):
        for para_id, idx in pairs:
            found = True
            paradigm = paradigms[para_id]
            tag_id = paradigm[len(paradigm) // 3 + idx]
            score = known.get(tag_id)
            if score is None:
                score = known[tag_id] = _score(dictionary.gramtab[tag_id], pos, feats)
            if score > top:
                top, qualifying = score, [(fixed_word, para_id, idx)]
            elif score == top and top > 0:
                qualifying.append((fixed_word, para_id, idx))
    if not found:
        return None
    if top <= 0:
        return word  # no parse is similar at all
    if len(qualifying) == 1:
        fixed_word, para_id, idx = qualifying[0]
        return dictionary.build_normal_form(para_id, idx, fixed_word)
    normal_forms = {dictionary.build_normal_form(para_id, idx, fixed_word) for fixed_word, para_id, idx in qualifying}
    return normal_forms.pop() if len(normal_forms) == 1 else None


# the tag asked for -> an entry's OpenCorpora tag -> how that entry's UD tag matches it (``_scores``): a few hundred
# tags are asked for and a few thousand entry tags compared with them, over and over (~50,000 a fresh worker)
_SCORES: dict[tuple[Any, ...], dict[str, int]] = {}
KEPT_SCORES = 4_096  # tags asked for (emptied when full)
EXACT = 100  # above any similarity (natasha's ``grams_sim`` is at most 1 + 8)


def _scores(infos: list[Any], pos: str, feats: dict[str, str]) -> list[int]:
    """How each entry's tag (an OpenCorpora tag of ``infos``) matches the UD tag asked for: EXACT when its UD tag
    is that tag, else natasha's ``grams_sim`` of the two."""
    wanted = (pos, *feats.items())  # (a dict in another order is another key: never a wrong score)
    known = _SCORES.get(wanted)
    if known is None:
        if len(_SCORES) >= KEPT_SCORES:
            _SCORES.clear()
        known = _SCORES[wanted] = {}
    scores = []
    for info in infos:
        score = known.get(info._str)
        if score is None:
            score = known[info._str] = _score(info, pos, feats)
        scores.append(score)
    return scores


# the same per tag number of the dictionary's tag table (``_dictionary_lemma``), bounded alike
_TAG_SCORES: dict[tuple[Any, ...], dict[int, int]] = {}


def _tag_scores(pos: str, feats: dict[str, str]) -> dict[int, int]:
    """The scores already worked out for the UD tag asked for, by the number of an entry's tag (filled by the caller)."""
    wanted = (pos, *feats.items())
    known = _TAG_SCORES.get(wanted)
    if known is None:
        if len(_TAG_SCORES) >= KEPT_SCORES:
            _TAG_SCORES.clear()
        known = _TAG_SCORES[wanted] = {}
    return known


def _score(info: Any, pos: str, feats: dict[str, str]) -> int:
    """EXACT when the UD tag of the OpenCorpora tag ``info`` is the one asked for, else natasha's ``grams_sim``."""
    from natasha.morph.lemma import grams_sim

    tag = _ud(info)
    return EXACT if tag == (pos, feats) else grams_sim(*tag, pos, feats)


def _dictionary_entries(vocab: Any, word: str) -> list[tuple[str, int, int]]:
    """(word as spelled in the dictionary, paradigm, form index) of each entry of a lower-case word: the parses
    pymorphy makes of a dictionary word, unsorted (see ``_dictionary_lemma``); empty for a word it lacks."""
    return [
        (fixed_word, para_id, idx)
        for fixed_word, pairs in vocab.dictionary.words.similar_items(word, vocab.char_substitutes)
        for para_id, idx in pairs
    ]


def _dictionary_form(dictionary: Any, fixed_word: str, para_id: int, idx: int,
                     required: frozenset[str]) -> Optional[tuple[int, str]]:
    """The paradigm index and the word ``_inflect`` makes of one dictionary entry with the required grammemes,
    None if no form has them."""
    index = _inflection_index(dictionary, para_id, idx, required)
    if index is None:
        return None
    paradigm = dictionary.paradigms[para_id]
    size = len(paradigm) // 3
    stem = dictionary.build_stem(paradigm, idx, fixed_word)
    return index, dictionary.paradigm_prefixes[paradigm[2 * size + index]] + stem + dictionary.suffixes[paradigm[index]]


def dictionary_inflections(
    word: str, grams: set[str], accept: Callable[[str, dict[str, str]], bool],
) -> Optional[set[Optional[str]]]:
    """What ``inflect(grams)`` makes of each dictionary entry of a lower-case word whose UD part of speech and
    features ``accept`` takes (None for an entry without such a form), without building pymorphy's parses;
    None when the dictionary lacks the word (its parses are guesses: ask pymorphy)."""
    from natasha.morph import vocab as natasha_vocab

    vocab = morph_vocab()
    entries = _dictionary_entries(vocab, word)
    if not entries:
        return None
    required = frozenset(natasha_vocab.oc_grams(grams))
    dictionary = vocab.dictionary
    forms = (
        _dictionary_form(dictionary, fixed_word, para_id, idx, required)
        for fixed_word, para_id, idx in entries
        if accept(*_ud(dictionary.build_tag_info(para_id, idx)))
    )
    return {form[1] if form else None for form in forms}


def _inflect(form: Any, required: frozenset[str]) -> Any:
    """pymorphy's ``Parse.inflect`` (``MorphAnalyzer._inflect``) of a form, without a parse per form of its lexeme.

    pymorphy builds every form of the lexeme (``get_lexeme``: word, tag, normal form, method stack) to keep
    one. For a dictionary word the chosen form depends only on the paradigm, the form's index and the
    required grammemes (``_inflection_index``), so only that form is built: its prefix + the word's stem +
    its suffix, with the method stack pymorphy's ``DictionaryAnalyzer.get_lexeme`` gives it. Words the
    dictionary does not know (predicted by analogy, hyphenated, ...) go through pymorphy itself.
    """
    from pymorphy2.units import DictionaryAnalyzer

    methods = form.methods_stack
    if len(methods) != 1 or type(methods[0][0]) is not DictionaryAnalyzer:
        found = form._morph._inflect(form, set(required))
        return found[0] if found else None
    unit, _, para_id, idx = methods[0]
    found = _dictionary_form(form._dict, form.word, para_id, idx, required)
    if found is None:
        return None
    index, word = found
    return type(form)(word, form._dict.build_tag_info(para_id, index), form.normal_form, 1.0,
                      ((unit, word, para_id, index),))


@lru_cache(maxsize=4096)  # ~500 paradigms per 419 articles; each of their forms is asked of with several requirements
def _paradigm_tags(dictionary: Any, para_id: int) -> tuple[Any, ...]:
    """The tag of every form of a paradigm, in the paradigm's order."""
    size = len(dictionary.paradigms[para_id]) // 3
    return tuple(dictionary.build_tag_info(para_id, index) for index in range(size))


# kept per paradigm, form and requirement: a few thousand paradigms and a handful of requirements in use
@lru_cache(maxsize=50_000)
def _inflection_index(dictionary: Any, para_id: int, idx: int, required: frozenset[str]) -> Optional[int]:
    """The index of the paradigm form pymorphy's ``_inflect`` picks for form ``idx`` and the required grammemes:
    among the forms whose tag has them all (else, their rare cases made common), the first most similar to the
    form's tag updated with them; None if no form has them."""
    tags = _paradigm_tags(dictionary, para_id)
    size = len(tags)
    possible = [index for index in range(size) if required <= tags[index].grammemes]
    if not possible:
        required = tags[idx].fix_rare_cases(required)
        possible = [index for index in range(size) if required <= tags[index].grammemes]
    grammemes = tags[idx].updated_grammemes(required)

    def similarity(index: int) -> float:
        return len(grammemes & tags[index].grammemes) - 0.1 * len(grammemes ^ tags[index].grammemes)

    return max(possible, key=similarity, default=None)


def natasha_module() -> Any:
    """The natasha package, imported after yargy (import sorters cannot reorder this)."""
    import natasha

    return natasha


def normalize_phrase(
    tokens: list[Any], start: int, stop: int, words: Optional[list[str]] = None, person: bool = False,
) -> str:
    """``tokens[start:stop]`` of one sentence put in the nominative ("пограничным силам" ->
    "пограничным силы" -> natasha's syntax-aware normaliser: "пограничные силы").

    ``tokens`` are letopis Tokens of the whole sentence (heads are sentence indexes); ``words``
    their cleaned texts when they differ from the original ones; ``person``: the phrase is a person's
    name, whose words all inflect (natasha inflects a head and its adjectives only, which leaves
    "Владимиру Зеленскому" as "Владимир Зеленскому").
    """
    words = words or [token.text for token in tokens]
    phrase = [
        _NormToken(words[index], tokens[index].start, tokens[index].stop, tokens[index].pos,
                   tokens[index].feats, str(index + 1), str(tokens[index].head + 1))
        for index in range(start, stop)
    ]
    fallback = "".join(
        words[index] + (" " if index + 1 < stop and tokens[index + 1].start > tokens[index].stop else "")
        for index in range(start, stop)
    )
    if not phrase or not all(token.pos for token in phrase):
        return fallback
    names: dict[str, str] = {}  # a word that continues a name -> the name's first word
    for index in range(start, stop) if person else ():
        head = index
        while tokens[head].rel == "flat:name" and start <= tokens[head].head < stop and tokens[head].head != head:
            head = tokens[head].head
        if head != index:
            names[str(index + 1)] = str(head + 1)
    try:
        return _normalize(phrase, syntax=True, names=names)
    except (KeyError, ValueError, IndexError):  # natasha gives up on odd token mixes
        return fallback or _normalize(phrase, syntax=False)


def _normalize(phrase: list[Any], syntax: bool, names: Optional[dict[str, str]] = None) -> str:
    """natasha's ``syntax_normalize`` (``syntax``) or ``normalize``, from its own parts, with each
    word's inflection kept: a phrase is several dictionary parses and inflections, and its words recur.
    ``names``: the id of each word that continues a name -> the id of the name's first word: inflected
    when that word is."""
    from natasha.norm import recover_shapes, recover_spaces, select_inflectable

    inflectable = set(select_inflectable(phrase)) if syntax else set()
    if inflectable and names:
        inflectable |= {id for id, head in names.items() if head in inflectable}
    words = [
        _inflected(token.text, token.pos, token.feats.get("Gender"), token.feats.get("Number"), token.feats.get("Case"))
        if not inflectable or token.id in inflectable else token.text
        for token in phrase
    ]
    return recover_spaces(list(recover_shapes(words, phrase)), phrase)


_Word = namedtuple("_Word", "text pos feats")


@lru_cache(maxsize=100_000)
def _inflected(text: str, pos: str, gender: Optional[str], number: Optional[str], case: Optional[str]) -> str:
    """natasha's ``inflect_word``: it reads the word, its part of speech, gender, number and case only."""
    from natasha.norm import inflect_word

    feats = {name: value for name, value in (("Gender", gender), ("Number", number), ("Case", case)) if value}
    vocab = morph_vocab()
    word = text.lower().replace("ё", "е")
    if pos in ("PROPN", "NOUN", "ADJ", "VERB") and case != "Nom":
        found = _dictionary_inflected(word, pos, feats)
        if found is not None:
            return found
    return inflect_word(vocab, _Word(text, pos, feats))


def _dictionary_inflected(word: str, pos: str, feats: dict[str, str]) -> Optional[str]:
    """``inflect_word`` of a dictionary word read from its entries without building pymorphy's parses; None when
    the dictionary lacks the word or the result depends on the parses' order.

    natasha inflects the first parse (by P(tag|word)) whose part of speech (a name as a noun) and gender, number
    and case are the word's to the nominative; the order only matters when the entries that match would inflect
    to different words.
    """
    wanted = _agreement(pos, feats)
    forms = dictionary_inflections(word, {"Nom"}, lambda *tag: _agreement(*tag) == wanted)
    if forms is None:
        return None
    words = {form.lower().replace("ё", "е") if form else word for form in forms}
    if not words:
        return word
    return words.pop() if len(words) == 1 else None


def _agreement(pos: str, feats: dict[str, str]) -> tuple[Optional[str], ...]:
    """What natasha's ``inflect_word`` matches a parse by: part of speech (a name as a noun), gender, number, case."""
    return ("NOUN" if pos == "PROPN" else pos, feats.get("Gender"), feats.get("Number"), feats.get("Case"))
