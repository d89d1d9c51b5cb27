"""Repairs of the parser's tree where it breaks what Russian prose never does, for the event coder's view of a
sentence (``syntax.SentenceView``): heads and relations are lists indexed by token, changed in place.

slovnet picks each word's head on its own; on long wire sentences it hangs a genitive or a name across the verb
of its clause and reads a number phrase before a verb as a second object. Decoding the whole tree anew (the best
projective tree) repaired those sentences but moved many others the coder's rules were written on
(docs/events.md, sixth session); these repairs change only such arcs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from operator import attrgetter

from letopis.events.code_classes import PARTICIPATION_NOUNS
from letopis.events.forms import form_agrees, form_cases, indeclinable_form
from letopis.events.lexicon import load_lexicon
from letopis.kb.phrases import VERB_LEMMA_ENDINGS
from letopis.model import Token

NOUNS = ("NOUN", "PROPN")
FORMATS = {"формат"}  # "встреча в нормандском формате с участием ...": the shape of a meeting, not a party to it
CLAUSE_BREAKS = (",", ";", ":")
# what never stands between a subject and its verb: a clause break, a dash, a quoted name's quotes
SUBJECT_BREAKS = (*CLAUSE_BREAKS, "—", "«", "»", '"')
# endings of participles and gerunds the tagger may read as finite ("конвой сопровождавший его попал", "став")
TOPIC_PREPOSITIONS = ("о", "об", "обо")  # "Об освобождении моряков объявил ...": what is told
NON_FINITE_ENDINGS = ("ший", "щий", "шие", "щие", "шая", "щая", "шее", "щее", "в", "вшись")
# a sentence's lemmas and texts read in C (``map``), for the tests that let a repair pass a sentence by: every repair
# runs on every sentence the coder parses
LEMMA = attrgetter("lemma")
TEXT = attrgetter("text")


def _has_kid(heads: list[int], rels: list[str], node: int, *wanted: str) -> bool:
    """Whether a word hangs on ``node`` with one of the relations ``wanted``."""
    return any(head == node and rels[kid] in wanted for kid, head in enumerate(heads))


def _prepositions(tokens: list[Token], heads: list[int], rels: list[str]) -> dict[int, str]:
    """The preposition (lemma) of each word that has one, by the word's index."""
    return {heads[word]: tokens[word].lemma for word, rel in enumerate(rels) if rel == "case"}


def repair_preposition_heads(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A preposition governs the noun phrase that follows it: when the word right after it is an adjective or
    participle of a noun that has no preposition of its own, and the parser hung the preposition on a later noun,
    it belongs to that noun ("направили в пострадавшие от засухи районы Эфиопии 100 тысяч тонн пшеницы": "в" hung on
    "тонн", which then read as a place). The noun, if the parser made it a verb's subject or object, is an oblique."""
    if "case" not in rels:  # (a list's test in C: the loop reads only prepositions)
        return
    with_preposition: set[int] | None = None  # built at the first candidate, before any head changes
    for mark in range(len(tokens) - 1):
        if rels[mark] != "case" or tokens[mark].pos != "ADP":
            continue
        modifier, later = mark + 1, heads[mark]
        noun = heads[modifier]
        if (
            tokens[modifier].pos not in ("ADJ", "DET", "VERB")
            or rels[modifier] not in ("amod", "acl", "det")
            or not mark < noun < later
            or tokens[noun].pos not in NOUNS
        ):
            continue
        if with_preposition is None:
            with_preposition = set(_prepositions(tokens, heads, rels))
        if (
            noun in with_preposition
            or not _same_case(tokens[modifier], tokens[noun])
            # the words between hang inside the phrase: "в пострадавшие от засухи районы"
            or any(not modifier <= heads[between] <= noun for between in range(modifier + 1, noun))
        ):
            continue
        heads[mark] = noun
        with_preposition.add(noun)
        verb = heads[noun]
        if 0 <= verb < len(tokens) and tokens[verb].pos == "VERB" and rels[noun] in ("nsubj", "obj", "iobj", "conj"):
            rels[noun] = "obl"


def repair_double_prepositions(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A noun takes one preposition: of two the parser hung on one later noun, one right before a noun that has no
    preposition of its own governs that noun ("Требование Пекина к Японии прекратить разведку газа в море": "к" hung
    on "море", which has its own "в"; "Японии" then reads as a bare genitive)."""
    if "case" not in rels:
        return
    for mark in range(len(tokens) - 1):
        if rels[mark] != "case" or tokens[mark].pos != "ADP":
            continue
        noun, later = mark + 1, heads[mark]
        if (
            tokens[noun].pos not in NOUNS
            # (within a noun phrase only: a verb's oblique keeps the parser's reading; moving "против" back onto a
            # verb's rival candidate, "будет выступать против конгрессмена ... после победы над X", read an
            # election race as opposition)
            or not 0 <= heads[noun] < len(tokens)
            or tokens[heads[noun]].pos not in NOUNS
            or not noun < later < len(tokens)
            or _has_kid(heads, rels, noun, "case")
            or not any(heads[other] == later and rels[other] == "case" for other in range(mark + 1, later))
        ):
            continue
        heads[mark] = noun


def repair_participle_phrases(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A preposition, a participle with words of its own, and the noun the participle agrees with are one phrase:
    "доставили медикаменты в пострадавшую от землетрясения Армению", "прибыл в охваченный беспорядками Пакистан".
    The parser hangs the noun inside the participle's phrase, or the preposition on the participle's own noun, and
    the participle elsewhere; the noun then hangs where the broken phrase did (the verb or noun outside it; the verb
    above, for an accusative of direction)."""
    if "case" not in rels and "mark" not in rels:
        return
    for mark in range(len(tokens) - 2):
        # (the parser may take the preposition for the participle's "mark": "с находящимся там с визитом королём")
        if tokens[mark].pos != "ADP" or rels[mark] not in ("case", "mark"):
            continue
        # after the words of a compound preposition: "в связи с продолжавшимися два дня столкновениями"
        fixed = [word for word in range(mark + 1, min(mark + 4, len(tokens))) if heads[word] == mark and rels[word] == "fixed"]
        modifier = max([mark, *fixed]) + 1
        if modifier >= len(tokens):
            continue
        if not _modifier(tokens[modifier]) and not _mistagged_participle(tokens[modifier]):
            continue
        noun = _agreeing_noun(tokens, modifier)
        if noun < 0:
            continue
        span = range(mark, noun + 1)
        outside = [head for head in (heads[noun], heads[modifier]) if head not in span]
        if not outside:
            # the noun hangs on a word of the participle's own phrase ("с находящимся в Каире с визитом
            # премьер-министром": on "визитом"): the phrase hangs where that word's chain leaves it
            outside = [head for head in [_head_outside(heads, noun, span)] if head not in span and head >= 0]
        if heads[mark] == noun and heads[modifier] == noun and heads[noun] not in span or not outside:
            if heads[mark] == noun and rels[noun] == "xcomp" and 0 <= heads[noun] < len(tokens):
                # a prepositional phrase is no predicate: "встретился с находящимся в Токио с визитом президентом"
                rels[noun] = "obl" if tokens[heads[noun]].pos == "VERB" else "nmod"
            continue
        attach = outside[0]
        if "Acc" in (tokens[noun].feats.get("Case"), tokens[modifier].feats.get("Case")):
            attach = _verb_above(tokens, heads, attach)  # "в"/"на" + accusative: where a verb moves or sends to
        heads[mark], rels[mark] = noun, "case"
        heads[modifier], rels[modifier] = noun, "acl" if tokens[modifier].pos == "VERB" else "amod"
        for between in range(modifier + 1, noun):
            if heads[between] not in span and tokens[between].pos in NOUNS:
                heads[between], rels[between] = modifier, "obl"  # "беспорядками": the participle's own word
        heads[noun] = attach
        if 0 <= attach < len(tokens):
            rels[noun] = "obl" if tokens[attach].pos == "VERB" else "nmod"


def repair_bare_participle_phrases(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A participle with words of its own before its noun and no preposition ("выразила протест находящемуся в
    Москве с визитом послу Латвии"): when the parser hangs the noun on a word inside the participle's phrase
    ("послу" on "визитом"), the noun hangs where that word's chain leaves the phrase, and the phrase's nouns that
    hung outside it are the participle's own."""
    for modifier in range(1, len(tokens) - 1):
        if tokens[modifier].pos != "VERB" or not _modifier(tokens[modifier]) or tokens[modifier - 1].pos == "ADP":
            continue
        noun = _agreeing_noun(tokens, modifier)
        if noun < 0 or heads[modifier] != noun:
            continue
        span = range(modifier, noun + 1)
        if heads[noun] not in span:
            continue
        attach = _head_outside(heads, noun, span)
        if attach < 0:
            continue
        for between in range(modifier + 1, noun):
            if heads[between] not in span and tokens[between].pos in NOUNS:
                heads[between], rels[between] = modifier, "obl"
        heads[noun] = attach


def repair_set_off_participle_phrases(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A participle phrase set off by commas after its noun ("крестьяне, перекрывшие в четверг десятки дорог по всей
    стране, добиваются ..."): a noun inside it that the parser hung on a word after its closing comma is the
    participle's own, its object when accusative and the participle has none, else an oblique."""
    for participle, token in enumerate(tokens):
        if (
            token.feats.get("VerbForm") != "Part"
            or rels[participle] != "acl"
            or participle == 0
            or tokens[participle - 1].text != ","
            or not 0 <= heads[participle] < participle - 1
        ):
            continue
        close = next((index for index in range(participle + 1, len(tokens)) if tokens[index].text == ","), -1)
        if close < 0:
            continue
        for word in range(participle + 1, close):
            if heads[word] <= close or tokens[word].pos not in NOUNS:
                continue
            accusative = tokens[word].feats.get("Case") == "Acc" and token.feats.get("Voice") != "Pass"
            if accusative and not _has_kid(heads, rels, participle, "obj"):
                heads[word], rels[word] = participle, "obj"
            else:
                heads[word], rels[word] = participle, "obl"


def repair_substantive_participles(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A participle with words of its own before its noun ("Завершившиеся в среду в Нью-Йорке переговоры Греции и
    Македонии не принесли прорыва", "Посетивший в пятницу Ачех президент Индонезии дал обещание ..."): when the
    parser takes the participle itself for the noun (the verb's subject or object) and hangs its noun elsewhere,
    the noun takes the participle's place and the participle is its modifier; the phrase's nouns that hung outside
    it are the participle's own."""
    for modifier in range(len(tokens) - 1):
        if tokens[modifier].pos not in PARTICIPLE_TAGS:
            continue
        if not (_modifier(tokens[modifier]) or _mistagged_participle(tokens[modifier])) \
                or (modifier and tokens[modifier - 1].pos == "ADP"):
            continue
        # an accusative participle the parser hung on an objectless verb as a clause stands for its object too
        # ("принял прибывшего с визитом президента Вьетнама": the noun then hangs inside the phrase)
        clause_object = (
            rels[modifier] == "acl"
            and 0 <= heads[modifier] < modifier
            and tokens[heads[modifier]].pos == "VERB"
            and tokens[modifier].feats.get("Case") == "Acc"
            and not _has_kid(heads, rels, heads[modifier], "obj")
        )
        if rels[modifier] not in ("nsubj", "nsubj:pass", "obj", "iobj") and not clause_object:
            continue
        noun = _agreeing_noun(tokens, modifier)
        if noun < 0 or heads[noun] == modifier and rels[noun] in ("nsubj", "nsubj:pass", "obj"):
            continue
        if heads[noun] in range(modifier, noun) and heads[noun] != modifier and not clause_object:
            continue  # the noun is already inside the phrase, on a word of its own: not the parser's swap
        span = range(modifier, noun + 1)
        heads[noun], rels[noun] = heads[modifier], "obj" if clause_object else rels[modifier]
        heads[modifier], rels[modifier] = noun, "acl"
        for between in range(modifier + 1, noun):
            if heads[between] not in span and tokens[between].pos in NOUNS:
                heads[between], rels[between] = modifier, "obl"


def repair_participle_heads(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A participle set off by a comma after a noun phrase agrees with its noun in gender, number and case; when the
    parser hangs it on a word its form cannot agree with ("решение Генеральной Ассамблеи ООН, осудившей эмбарго":
    the tagger reads "осудившей" as neuter, and the participle lands on "решение" or on the verb), it belongs to the
    nearest noun before the comma, within the noun phrase, that its word form agrees with. The noun phrase takes in
    the prepositional phrases and conjuncts inside it ("за убийство школьницы в Перми, совершённое в 2001 году"), and
    a plural participle agrees with coordinated singular nouns ("изнасилование и убийство, совершённые в 2000
    году": the first conjunct heads them)."""
    for word in range(2, len(tokens)):
        token = tokens[word]
        if (
            token.pos != "VERB"  # (``_modifier``'s first test, without a call per word)
            or not _modifier(token)
            or tokens[word - 1].text != ","
            or rels[word] not in ("acl", "amod", "acl:relcl", "nmod", "obl", "advcl", "conj")
        ):
            continue
        head = heads[word]
        if (
            0 <= head < len(tokens)
            and tokens[head].pos in NOUNS
            and form_agrees(token.text.lower(), tokens[head].text.lower())
            and _same_number(token, tokens[head])
        ):
            continue
        beyond = False  # past a preposition or a conjunction: the tagger's number must fit too ("школьницы")
        for noun in range(word - 2, -1, -1):
            other = tokens[noun]
            if other.pos not in NOUNS + ("ADJ", "DET", "NUM", "ADP", "CCONJ"):
                break  # the noun phrase before the comma ends
            if other.pos in ("ADP", "CCONJ"):
                beyond = True
            if other.pos not in NOUNS or noun == head:
                continue
            if form_agrees(token.text.lower(), other.text.lower()) and (not beyond or _same_number(token, other)):
                heads[word], rels[word] = noun, "acl"
                break
            coordinated = _first_conjunct(heads, rels, noun)
            if coordinated is not None and _agrees_with_conjuncts(token, tokens[coordinated]):
                heads[word], rels[word] = coordinated, "acl"
                break


def _same_number(participle: Token, noun: Token) -> bool:
    """Whether the tagger's numbers of a participle and a noun fit (a form of both numbers, "Даны", is read in the
    one the tagger chose: "Даны Мартина, ..., совершенные" is no plural noun)."""
    numbers = {participle.feats.get("Number"), noun.feats.get("Number")}
    return None in numbers or len(numbers) == 1


def _first_conjunct(heads: list[int], rels: list[str], noun: int) -> int | None:
    """The first of the coordinated nouns ``noun`` is one of, or None when it is not coordinated."""
    if rels[noun] == "conj" and 0 <= heads[noun] < len(heads):
        return heads[noun]
    if any(heads[kid] == noun and rels[kid] == "conj" for kid in range(len(heads))):
        return noun
    return None


def _agrees_with_conjuncts(participle: Token, first: Token) -> bool:
    """Whether a plural participle fits coordinated nouns: the plural in the first conjunct's case."""
    feats = participle.feats
    return feats.get("Number") == "Plur" and feats.get("Case") is not None and feats.get("Case") == first.feats.get("Case")


def _head_outside(heads: list[int], word: int, span: range) -> int:
    """The first head on ``word``'s chain of heads outside ``span`` (-1: the root, or a cycle)."""
    node, steps = word, 0
    while node in span and steps < len(heads):
        node, steps = heads[node], steps + 1
    return node if node not in span else -1


def _verb_above(tokens: list[Token], heads: list[int], word: int) -> int:
    """The verb that ``word`` (a noun) is an argument of, through nouns only; ``word`` itself when there is none."""
    node, steps = word, 0
    while 0 <= node < len(tokens) and tokens[node].pos in NOUNS and steps < len(tokens):
        node, steps = heads[node], steps + 1
    return node if 0 <= node < len(tokens) and tokens[node].pos == "VERB" else word


# the tags of a participle: its own (``_modifier``) and a noun's the tagger may give it (``_mistagged_participle``)
PARTICIPLE_TAGS = ("VERB", "NOUN")


def _modifier(token: Token) -> bool:
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Part"


def _mistagged_participle(token: Token) -> bool:
    """A participle the tagger read as a noun with a verb's lemma ("в связи с продолжавшимися два дня столкновениями":
    "продолжавшимися" NOUN, lemma "продолжаться"): its form, not the tagger's features, tells its case and number."""
    return token.pos == "NOUN" and token.lemma.endswith(VERB_LEMMA_ENDINGS) and not token.text.lower().endswith(
        VERB_LEMMA_ENDINGS
    )


def _agreeing_noun(tokens: list[Token], modifier: int) -> int:
    """The noun of a participle that has words of its own before it ("пострадавшую от землетрясения Армению"): the
    first noun after them in its case, number and gender, within the clause; a noun after a preposition is that
    preposition's ("уходящего с этого поста"); -1 when there is none or the participle has no noun of its own."""
    own_words, object_of_preposition = False, False
    for word in range(modifier + 1, len(tokens)):
        token = tokens[word]
        if token.pos in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ") or token.text in SUBJECT_BREAKS:
            return -1
        if token.pos == "ADP":
            object_of_preposition = True
        elif token.pos in NOUNS and object_of_preposition:
            own_words, object_of_preposition = True, False
        elif token.pos in NOUNS and (
            form_agrees(tokens[modifier].text.lower(), token.text.lower())
            if _mistagged_participle(tokens[modifier])
            else _same_case(tokens[modifier], token) and _modifier_agrees(tokens[modifier], token)
        ):
            return word if own_words else -1
        elif token.pos in NOUNS:
            own_words = True
    return -1


def _modifier_agrees(modifier: Token, noun: Token) -> bool:
    """Whether a modifier's number and gender fit its noun; outside the nominative and accusative the masculine and
    neuter singular forms are one ("с находящимся там премьер-министром": the tagger may read it as neuter)."""
    if _agrees(modifier, noun):
        return True
    genders = {modifier.feats.get("Gender"), noun.feats.get("Gender")}
    return (
        genders == {"Masc", "Neut"}
        and modifier.feats.get("Number", "Sing") == noun.feats.get("Number", "Sing") == "Sing"
        and modifier.feats.get("Case") in ("Gen", "Dat", "Ins", "Loc")
    )


def _same_case(modifier: Token, noun: Token) -> bool:
    """Whether a modifier's case fits its noun's (a possessive has none; an inanimate's nominative is its accusative:
    the tagger reads "пострадавшие ... районы" as one and the other; an animate's genitive its accusative)."""
    cases = {modifier.feats.get("Case", noun.feats.get("Case")), noun.feats.get("Case")}
    if cases == {"Gen", "Acc"} and noun.feats.get("Animacy") == "Anim":
        return True  # an animate accusative is its genitive: "принял прибывшего с визитом президента"
    return len(cases) == 1 or (cases == {"Nom", "Acc"} and noun.feats.get("Animacy") != "Anim")


def repair_genitives(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A bare genitive the parser hung on a noun before the verb of its clause, across that verb ("Министр ...
    приветствовал решение Южной Африки": "Африки" on "Министр"), belongs to the nearest noun before it; a genitive
    or apposition hung on a word after a later verb ("Министр иностранных дел Аргентины Гидо ди Телла ...
    встретился ..., сообщило министерство": both on "министерство") belongs to the noun before it: both follow
    the noun they modify, and never reach over their clause's verb."""
    with_preposition: dict[int, str] | None = None  # built at the first candidate, before any head changes
    for word, token in enumerate(tokens):
        if rels[word] not in ("nmod", "appos") or token.pos not in NOUNS:
            continue  # (neither a genitive nor an apposition)
        head = heads[word]
        if not (head > word + 1 or 0 <= head < word - 1):
            continue  # (on a neighbour, where both moves below leave it)
        if with_preposition is None:
            with_preposition = _prepositions(tokens, heads, rels)
        if word in with_preposition:
            continue
        genitive = rels[word] == "nmod" and token.feats.get("Case") == "Gen"
        oblique = rels[word] == "nmod" and token.feats.get("Case") in ("Gen", "Acc")
        if oblique and head > word + 1 and head in with_preposition and _object_after_means(tokens, heads, rels, word):
            continue
        if head > word + 1 and (genitive or rels[word] == "appos"):
            _attach_backward(tokens, heads, word)
        elif genitive and 0 <= head < word - 1:
            _attach_over_verb(tokens, heads, word)


def repair_datives_on_names(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A bare dative the parser hung on a name that is itself a verb's argument ("база была передана Россией
    Грузии": "Грузии" on "Россией") is that verb's indirect object: a name governs no dative (an event noun does:
    "помощь беженцам", so only a name as the head)."""
    with_preposition: dict[int, str] | None = None  # built at the first candidate, before any head changes
    for word, token in enumerate(tokens):
        if rels[word] != "nmod" or token.pos not in NOUNS or token.feats.get("Case") != "Dat":
            continue
        if with_preposition is None:
            with_preposition = _prepositions(tokens, heads, rels)
        head = heads[word]
        if word in with_preposition:
            continue
        if not 0 <= head < len(tokens) or tokens[head].pos != "PROPN" or tokens[head].feats.get("Case") == "Dat":
            continue
        verb = heads[head]
        if 0 <= verb < len(tokens) and tokens[verb].pos == "VERB" and rels[head] in ("obl", "iobj", "obj", "nsubj", "obl:agent"):
            heads[word], rels[word] = verb, "iobj"


def repair_datives_read_as_modifiers(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A dative name between a verb and its object that the parser made the object's adjective ("обещает Мозамбику
    военную помощь": "Мозамбику" an amod of "помощь") is the verb's indirect object: a name modifies nothing."""
    if "amod" not in rels:  # (a list's test in C)
        return
    for word, token in enumerate(tokens):
        if rels[word] != "amod" or token.pos != "PROPN" or token.feats.get("Case") != "Dat":
            continue
        noun = heads[word]
        if not word < noun < len(tokens) or rels[noun] != "obj":
            continue
        verb = heads[noun]
        if 0 <= verb < word and tokens[verb].pos == "VERB":
            heads[word], rels[word] = verb, "iobj"


def repair_datives_after_instruments(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A dative name right after a verb's bare instrumental that the parser hung on that noun ("пригрозила войной
    Эритрее", "угрожает санкциями Ирану": "Эритрее" an iobj of "войной") is the verb's indirect object when the verb
    has none: the instrument of a threat takes no dative (an aid noun does, "помощь Украине", but is no
    instrumental there)."""
    if "iobj" not in rels and "nmod" not in rels:
        return
    with_preposition: dict[int, str] | None = None  # built at the first candidate, before any head changes
    for word, token in enumerate(tokens):
        if rels[word] not in ("iobj", "nmod") or token.pos != "PROPN" or token.feats.get("Case") != "Dat":
            continue
        noun = heads[word]
        if not 0 <= noun < word or tokens[noun].pos != "NOUN" or tokens[noun].feats.get("Case") != "Ins":
            continue
        verb = heads[noun]
        if not 0 <= verb < noun or tokens[verb].pos != "VERB" or rels[noun] != "obl":
            continue
        if with_preposition is None:
            with_preposition = _prepositions(tokens, heads, rels)
        if noun in with_preposition or word in with_preposition or _has_kid(heads, rels, verb, "iobj"):
            continue
        heads[word], rels[word] = verb, "iobj"


def repair_objects_on_datives(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """An accusative noun the parser hung on a name that is a verb's dative ("передала Руанде бывшего офицера армии":
    "офицера" on "Руанде") is that verb's object when it has none: a name governs no accusative."""
    with_preposition: dict[int, str] | None = None  # built at the first candidate, before any head changes
    for word, token in enumerate(tokens):
        if rels[word] != "nmod" or token.pos not in NOUNS or token.feats.get("Case") != "Acc":
            continue
        if with_preposition is None:
            with_preposition = _prepositions(tokens, heads, rels)
        head = heads[word]
        if word in with_preposition:
            continue
        if not 0 <= head < word or tokens[head].pos != "PROPN" or tokens[head].feats.get("Case") != "Dat":
            continue
        verb = heads[head]
        if not 0 <= verb < head or tokens[verb].pos != "VERB" or rels[head] not in ("iobj", "obl"):
            continue
        if not _has_kid(heads, rels, verb, "obj"):
            heads[word], rels[word] = verb, "obj"


def _object_after_means(tokens: list[Token], heads: list[int], rels: list[str], word: int) -> bool:
    """"забросали камнями израильских солдат в Хевроне после похорон": an accusative (or genitive-looking) noun
    the parser hung on a later prepositional phrase, right after a verb's instrument, is that verb's object when
    the verb has none: no bare noun modifies a noun after it."""
    before = word - 1
    while before >= 0 and tokens[before].pos in ("ADJ", "DET") and heads[before] == word:
        before -= 1
    if before < 0 or tokens[before].pos not in NOUNS or tokens[before].feats.get("Case") != "Ins":
        return False
    verb = heads[before]
    if not 0 <= verb < before or tokens[verb].pos != "VERB" or rels[before] != "obl":
        return False
    if _has_kid(heads, rels, verb, "obj"):
        return False
    heads[word], rels[word] = verb, "obj"
    return True


def _attach_backward(tokens: list[Token], heads: list[int], word: int) -> None:
    if not any(tokens[between].pos == "VERB" for between in range(word + 1, heads[word])):
        return
    for before in range(word - 1, -1, -1):
        if tokens[before].pos == "VERB" or tokens[before].text in CLAUSE_BREAKS:
            return
        if tokens[before].pos in NOUNS and heads[before] != word:
            # the head of the noun phrase the word continues: climb while the noun's own head is before it
            while 0 <= heads[before] < before and tokens[heads[before]].pos in NOUNS:
                before = heads[before]
            heads[word] = before
            return


def _attach_over_verb(tokens: list[Token], heads: list[int], word: int) -> None:
    head = heads[word]
    verbs = [
        between for between in range(head + 1, word)
        if tokens[between].pos == "VERB" and _dominates(heads, between, head)
    ]
    if not verbs:
        return
    nouns = [before for before in range(word - 1, verbs[-1], -1) if tokens[before].pos in NOUNS and heads[before] != word]
    if nouns:
        heads[word] = nouns[0]


def _dominates(heads: list[int], ancestor: int, node: int) -> bool:
    for _ in range(len(heads)):
        node = heads[node]
        if node == ancestor:
            return True
        if not 0 <= node < len(heads):
            return False
    return False


def repair_distant_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A subject the parser hung on a verb far after it, across the first finite verb after the subject, belongs to
    that first verb when it agrees with the subject and has none of its own: "Сотни военнослужащих ООН в
    понедельник отошли из сектора ..., сообщил корреспондент; это произошло после того, как повстанцы похитили
    ..." ("Сотни" read as a second subject of "похитили"). No clause break stands between a subject and its verb.
    A far verb left with no subject keeps it as the first verb's coordinate when the parser made it a second root
    ("Путин в этом отказал, хотя и выразил пожелание", parsed as two trees); otherwise nothing moves."""
    for word, token in enumerate(tokens):
        head = heads[word]
        if rels[word] != "nsubj" or token.pos not in NOUNS or token.feats.get("Case") != "Nom" or not word < head:
            continue
        verb = next((between for between in range(word + 1, head) if tokens[between].pos == "VERB"), -1)
        if (
            verb < 0
            or tokens[verb].feats.get("VerbForm") != "Fin"
            or tokens[verb].text.lower().endswith(NON_FINITE_ENDINGS)
            or tokens[verb].feats.get("Person", "3") != "3"
            or (heads[verb] == head and rels[verb] == "conj")  # shares the subject already
            or any(tokens[between].text in SUBJECT_BREAKS for between in range(word + 1, verb))
            or not token.feats.get("Number")
            or not _agrees(tokens[verb], token)
            or any(heads[other] == verb and rels[other].startswith(("nsubj", "csubj")) for other in range(len(tokens)))
        ):
            continue
        others = [other for other in range(len(tokens)) if heads[other] == head and rels[other].startswith("nsubj")]
        if len(others) == 1 and not _dominates(heads, verb, head):
            if heads[head] >= 0:
                continue  # the far verb would lose the only subject it has
            heads[head], rels[head] = verb, "conj"  # two trees of one sentence: "X прибыл в Пекин и провёл ..."
        heads[word] = verb


def repair_backward_conjuncts(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A conjunct always follows the word it is coordinated with; one the parser hung on a word after it, across the
    finite verb between them, is coordinated with the name before it ("Барак Обама и Николя Саркози позвонили
    Алиеву и Саргсяну": "Николя" read as a third addressee). It goes to the nearest noun before it in its case
    (the head of a multi-word name), else it stays."""
    for word, token in enumerate(tokens):
        head = heads[word]
        if rels[word] != "conj" or token.pos not in NOUNS or head <= word:
            continue
        if not any(
            tokens[between].pos == "VERB" and tokens[between].feats.get("VerbForm") == "Fin"
            for between in range(word + 1, head)
        ):
            continue
        case = token.feats.get("Case")
        for before in range(word - 1, -1, -1):
            if tokens[before].text in CLAUSE_BREAKS[1:] or tokens[before].pos == "VERB":
                break
            if tokens[before].pos not in NOUNS or rels[before] in ("flat", "flat:name"):
                continue
            if case and tokens[before].feats.get("Case") not in (case, None):
                continue
            heads[word] = before
            break


def repair_crossed_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """Subjects the parser crossed over a clause opener: the verb after "как"/"что"/"когда" holds a subject that
    stands before the opener while the verb before the opener holds one that stands inside the clause ("Венесуэла
    вышла из сообщества после того, как Колумбия и Перу подписали соглашения": "Венесуэла" on "подписали",
    "Колумбия" on "вышла"). A clause is one stretch of words, so each subject goes to the verb of its own stretch."""
    for mark in range(len(tokens)):
        if rels[mark] != "mark":
            continue
        inner = heads[mark]
        if not (mark < inner < len(tokens) and tokens[inner].pos == "VERB"):
            inner = _next_finite_verb(tokens, mark)  # the opener itself hung on the verb before it
        if inner < 0:
            continue
        outside = [word for word in range(mark) if heads[word] == inner and rels[word] == "nsubj"]
        inside = [
            word
            for word in range(mark + 1, inner)
            if rels[word] == "nsubj" and 0 <= heads[word] < mark and tokens[heads[word]].pos == "VERB"
        ]
        if len(outside) != 1 or len(inside) != 1:
            continue
        outer = heads[inside[0]]
        if any(heads[word] == outer and rels[word] == "nsubj" and word != inside[0] for word in range(len(tokens))):
            continue
        heads[outside[0]], heads[inside[0]] = outer, inner
        if heads[mark] != inner and heads[mark] == outer:
            heads[mark] = inner


def repair_crossed_relative_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A relative clause begins at "который": the parser may make "который" the subject of the verb before it and
    hang that verb's own subject, which stands before it, on the relative clause's verb ("Десятки тысяч сторонников
    оппозиции вышли на улицы ..., протестуя против итогов выборов, которые ... были сфальсифицированы":
    "Десятки" on "сфальсифицированы", "которые" on "вышли"). Each goes back to the verb of its own stretch."""
    for relative, token in enumerate(tokens):
        outer = heads[relative]
        if token.lemma != "который" or not rels[relative].startswith("nsubj") or not 0 <= outer < relative:
            continue
        crossed = [
            word
            for word in range(outer)
            if rels[word].startswith("nsubj") and heads[word] > relative and tokens[word].pos in NOUNS
        ]
        if len(crossed) != 1:
            continue
        inner = heads[crossed[0]]
        if tokens[outer].pos != "VERB" or tokens[inner].pos != "VERB":
            continue
        if any(heads[word] == outer and rels[word].startswith("nsubj") and word != relative for word in range(len(tokens))):
            continue
        heads[crossed[0]], heads[relative] = outer, inner
        rels[crossed[0]], rels[relative] = rels[relative], rels[crossed[0]]


def repair_relative_clauses_on_their_objects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A relative clause follows its antecedent and keeps its object: the parser may hang the object right after the
    clause's verb on the main verb beyond the comma ("Генерал, которому прокуратура предъявила обвинение в
    преступлениях, отверг претензии": "обвинение" on "отверг"), or even the clause's verb on that object
    ("предъявила" on "обвинение"). The object goes back to the clause's verb, the verb to the noun before the comma
    that "который" agrees with."""
    for verb, token in enumerate(tokens):
        obj = verb + 1
        if token.pos != "VERB" or rels[verb] != "acl:relcl" or obj >= len(tokens) or tokens[obj].pos != "NOUN":
            continue
        if tokens[obj].feats.get("Case") not in ("Acc", None) and "Acc" not in form_cases(tokens[obj].text.lower()):
            continue
        if _has_kid(heads, rels, verb, "obj"):
            continue
        relatives = [
            word for word in range(1, verb)
            if heads[word] == verb and tokens[word].lemma == "который" and tokens[word - 1].text == ","
        ]
        if len(relatives) != 1:
            continue
        if heads[verb] == obj:
            relative = relatives[0]
            feats = tokens[relative].feats
            antecedent = next(
                (
                    left for left in range(relative - 2, -1, -1)
                    if tokens[left].pos in NOUNS
                    and all(tokens[left].feats.get(key) == feats.get(key) for key in ("Gender", "Number") if feats.get(key))
                ),
                -1,
            )
            if antecedent < 0 or any(tokens[word].pos == "VERB" for word in range(antecedent, relative)):
                continue
            heads[verb] = antecedent
        else:
            outer = heads[obj]
            if rels[obj] != "obj" or not obj < outer < len(tokens) or tokens[outer].pos != "VERB":
                continue
            if not any(tokens[word].text == "," for word in range(obj + 1, outer)):
                continue
        heads[obj], rels[obj] = verb, "obj"


def repair_clause_noun_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A noun is never a clause: a nominative the parser made a clause ("acl") of the word the next verb's clause
    hangs on, with no comma between them, is that verb's subject when the verb has none ("после того, как «Тигры
    освобождения Тамил-Илама» согласились вернуться": "Тигры" and "согласились" both on "того")."""
    for word, token in enumerate(tokens):
        if rels[word] != "acl" or token.pos not in NOUNS:
            continue
        if token.feats.get("Case") not in ("Nom", None) and "Nom" not in form_cases(token.text.lower()):
            continue
        for verb in range(word + 1, len(tokens)):
            if tokens[verb].text in CLAUSE_BREAKS:
                break
            if tokens[verb].pos != "VERB" or heads[verb] != heads[word]:
                continue
            if rels[verb] in ("acl", "advcl", "ccomp", "parataxis") and not _has_kid(
                heads, rels, verb, "nsubj", "nsubj:pass"
            ):
                heads[word], rels[word] = verb, "nsubj"
            break


def _next_finite_verb(tokens: list[Token], mark: int) -> int:
    """The first finite verb after a clause opener with no punctuation between; -1 if there is none."""
    for word in range(mark + 1, len(tokens)):
        if tokens[word].pos == "PUNCT":
            return -1
        if tokens[word].pos == "VERB" and tokens[word].feats.get("VerbForm") == "Fin":
            return word
    return -1


def repair_later_clause_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A second subject (or a second object) the parser hung on a verb before a clause break, when a finite verb with
    no subject of its own stands between the break and the word and agrees with it, is that verb's subject:
    "Смертник взорвал себя на остановке, погибли шесть человек; ответственность взяло на себя движение «Хамас»"
    ("движение" on "взорвал", which keeps its own subject and object). A second object only when that verb has its
    own object: no verb takes two."""
    for word, token in enumerate(tokens):
        head, rel = heads[word], rels[word]
        if rel not in ("nsubj", "obj") or token.pos not in NOUNS or not 0 <= head < word - 2 or tokens[head].pos != "VERB":
            continue
        if not any(heads[other] == head and rels[other] == rel for other in range(word)):
            continue  # the only subject or object of its verb stays
        verb = _own_verb(tokens, head, word)
        if (
            verb >= 0
            and tokens[verb].feats.get("VerbForm") == "Fin"
            and _agrees(tokens[verb], token)
            and not any(heads[other] == verb and rels[other].startswith(("nsubj", "csubj")) for other in range(len(tokens)))
            and (rel == "nsubj" or _has_kid(heads, rels, verb, "obj"))
        ):
            heads[word], rels[word] = verb, "nsubj"


def repair_directions(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A "по" phrase the parser hung on the named place of an "из"/"с" phrase before their verb goes to that verb:
    "из сектора Газа по территории Израиля была выпущена ракета", "из Ливана по северу Израиля": where from and
    where to both modify the motion (a place name takes no "по" phrase; an office does: "из комитета по обороне")."""
    prepositions = _prepositions(tokens, heads, rels)
    if "по" not in prepositions.values():
        return
    for word, token in enumerate(tokens):
        origin = heads[word]
        if prepositions.get(word) != "по" or token.feats.get("Case") != "Dat" or not 0 <= origin < word:
            continue
        verb = heads[origin]
        named = tokens[origin].pos == "PROPN" or any(
            heads[other] == origin and tokens[other].pos == "PROPN" and rels[other] in ("appos", "nmod", "flat:name")
            for other in range(origin + 1, word)
        )
        if (
            prepositions.get(origin) in ("из", "с", "со")
            and named
            and word < verb < len(tokens)
            and tokens[verb].pos == "VERB"
        ):
            heads[word], rels[word] = verb, "obl"


def repair_fire_targets(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A "по" phrase the parser hung on the munition a verb fires, or on the quantity counting it, goes to the verb:
    "выпустили десятки ракет по северу Израиля", "выпустили снаряды по позициям" (where the fire is aimed)."""
    prepositions = _prepositions(tokens, heads, rels)
    if "по" not in prepositions.values():
        return
    classes = load_lexicon().word_classes
    munitions, quantities = classes["munition"], classes["quantity"]
    for word, token in enumerate(tokens):
        munition = heads[word]
        if prepositions.get(word) != "по" or token.feats.get("Case") != "Dat" or rels[word] != "nmod":
            continue
        if not 0 <= munition < word or tokens[munition].lemma.lower() not in munitions:
            continue
        carrier = munition
        if rels[carrier] == "nmod" and 0 <= heads[carrier] < carrier and tokens[heads[carrier]].lemma.lower() in quantities:
            carrier = heads[carrier]  # "десятки ракет": the quantity is the verb's object
        verb = heads[carrier]
        if rels[carrier] == "obj" and 0 <= verb < carrier and tokens[verb].pos == "VERB":
            heads[word], rels[word] = verb, "obl"


def repair_clause_openers(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A subordinate clause begins at its conjunction: a word before "что"/"чтобы"/"если"/"когда" that the parser
    hung on the clause's verb belongs to the verb above the clause that stands before it ("предостерег Индию от
    авантюр, заявив, что Пакистан ответит": "Индию" is the warning's object, not the answer's)."""
    openers = load_lexicon().word_classes["clause_opener"]
    for mark, token in enumerate(tokens):
        verb = heads[mark]
        if rels[mark] != "mark" or token.text.lower() not in openers or not mark < verb < len(tokens):
            continue
        if sum(1 for other in range(len(tokens)) if heads[other] == verb and rels[other] == "mark") > 1:
            continue  # "что будет направлять ..., если ЕС не ослабит": two clauses the parser merged, left as they are
        for word in range(mark):
            if heads[word] != verb or rels[word] in ("punct", "mark", "cc"):
                continue
            above = heads[verb]  # the nearest verb above the clause that stands before the word
            for _ in range(len(tokens)):
                if not 0 <= above < len(tokens) or (above < word and tokens[above].pos == "VERB"):
                    break
                above = heads[above]
            if 0 <= above < word:
                heads[word] = above


def repair_negation_heads(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A "не" right before a verb negates that verb: one the parser hung on another verb ("пригрозил выслать
    инспекторов, если Совет Безопасности не установит дату", with "не" on the threat and the condition's verb cut
    off as a second root) is moved to the verb it stands before."""
    for word in range(len(tokens) - 1):
        verb = word + 1
        if tokens[word].text.lower() != "не" or tokens[verb].pos != "VERB" or heads[word] == verb:
            continue
        if rels[verb].startswith(("aux", "cop")) or heads[word] < 0 or heads[heads[word]] == verb:
            continue  # "не был арестован", "не будет участвовать": the auxiliary's "не" is its verb's
        heads[word], rels[word] = verb, "advmod"


def repair_described_names(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A common noun set off by commas right after a person's name, with no conjunction, describes that person
    ("Президент Белоруссии Александр Лукашенко, верный союзник Москвы, встретился ...", "Уго Чавес, давний критик
    Вашингтона, обвинил ..."): the parser's "conj" becomes an apposition, so its genitive is no second actor."""
    if "conj" not in rels:  # (no conjunct: most sentences; the repair makes none)
        return
    children: dict[int, list[int]] | None = None  # made at the first nominal conjunct (most sentences have none)
    for word, token in enumerate(tokens):
        head = heads[word]
        if rels[word] != "conj" or token.pos != "NOUN" or not 0 <= head < word:
            continue
        if children is None:  # (the heads do not change here: only relations do)
            children = {}
            for node, above in enumerate(heads):
                children.setdefault(above, []).append(node)
        span = [
            node for node in range(len(heads))
            if node == word or (tokens[node].pos != "PUNCT" and _dominates(heads, word, node))
        ]
        first, last = min(span), max(span)
        if first == 0 or tokens[first - 1].text != "," or last + 1 >= len(tokens) or tokens[last + 1].text != ",":
            continue
        if any(rels[child] == "cc" for child in children.get(word, [])) or any(
            rels[other] == "conj" and any(rels[child] == "cc" for child in children.get(other, []))
            for other in children.get(head, [])
        ):
            continue  # an enumeration: "министры, депутаты и сенаторы"
        named = any(
            rels[child] == "appos" and tokens[child].pos == "PROPN" and child < word for child in children.get(head, [])
        ) or (tokens[head].pos == "PROPN" and any(rels[child] == "flat:name" for child in children.get(head, [])))
        if named:
            rels[word] = "appos"


def repair_backward_marks(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A conjunction opens the clause that follows it: one the parser hung as the mark of a verb BEFORE it
    ("пригрозила выйти из договора, если Соединенные Штаты не прекратят ...", with "прекратят" cut off as a second
    root) marks the first finite verb after it, and that clause depends on the verb the mark was hung on."""
    openers = load_lexicon().word_classes["clause_opener"]
    for mark, token in enumerate(tokens):
        above = heads[mark]
        if rels[mark] != "mark" or token.text.lower() not in openers or not 0 <= above < mark:
            continue
        verb = _next_finite_verb(tokens, mark)
        if verb < 0 or heads[verb] >= 0:
            continue  # only a clause the parser cut off as a root of its own
        if _dominates(heads, verb, above):
            # "пригрозила выйти ..., если США не прекратят то, что Пхеньян называет ...": the word before the
            # conjunction that the parser hung inside the clause belongs to the root before it
            root = next((word for word in range(above - 1, -1, -1) if heads[word] < 0), -1)
            if root < 0:
                continue
            heads[above] = root
        heads[mark] = verb
        heads[verb], rels[verb] = above, "advcl"


def _objectless_verb_above(tokens: list[Token], heads: list[int], rels: list[str], word: int, phrase: int) -> int | None:
    """The verb a prepositional phrase hangs on, when ``word`` follows the phrase's noun with only modifiers between
    and the verb has no object: where a person the parser hung on the phrase as a genitive belongs as the object
    (``repair_objects_after_phrases``, ``repair_objects_after_places``)."""
    if any(tokens[between].pos not in ("ADJ", "DET", "NUM") for between in range(phrase + 1, word)):
        return None  # right after the phrase's noun
    verb = heads[phrase]
    if not 0 <= verb < phrase or tokens[verb].pos != "VERB" or _has_kid(heads, rels, verb, "obj", "nsubj:pass"):
        return None
    return verb


def repair_objects_after_phrases(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A person the parser hung as a genitive on the idiom's prepositional phrase right after a verb is the verb's
    object when the verb has none: "выпустило на свободу лидеров оппозиции", "взяли под стражу троих журналистов"
    (an animate accusative plural looks like a genitive; no person's genitive modifies "свободу" or "стражу":
    word class ``custody``; an event noun does take one: "согласилась на размещение наблюдателей"). So are counted
    people on any "в" phrase of a verb whose trigger rows take an object: "внес в санкционный список трех граждан
    Ирана" (a count of people is no genitive of a list, and the numeral's genitive is the animate accusative)."""
    lexicon = load_lexicon()
    custody = lexicon.word_classes["custody"]
    counted = {heads[kid] for kid, token in enumerate(tokens) if rels[kid] == "nummod" and token.pos == "NUM"}
    if custody.isdisjoint(map(LEMMA, tokens)) and not counted:
        return
    with_preposition = _prepositions(tokens, heads, rels)
    for word, token in enumerate(tokens):
        phrase = heads[word]
        if (
            rels[word] != "nmod"
            or token.pos not in NOUNS
            or token.feats.get("Animacy") != "Anim"
            or token.feats.get("Case") not in ("Gen", "Acc")
            or word in with_preposition
            or not 0 <= phrase < word
            or phrase not in with_preposition
            or rels[phrase] != "obl"
        ):
            continue
        by_count = tokens[phrase].lemma not in custody
        if by_count and (word not in counted or with_preposition[phrase] not in ("в", "во")):
            continue
        verb = _objectless_verb_above(tokens, heads, rels, word, phrase)
        if verb is None or (
            by_count
            and not any(slot.kind == "obj" for rule in lexicon.triggers.get(tokens[verb].lemma, []) for slot in rule.target)
        ):
            continue
        heads[word], rels[word] = verb, "obj"


def repair_accused_after_charge(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """The accused named after the charge ("Киев обвинил в обстреле ополченцев", "обвинив в убийстве Салеха
    мятежников") is hung by the parser as a genitive inside the charge's "в" phrase: an animate accusative looks
    genitive. When the accusing verb has no object, the last animate genitive of that phrase is the accused if it
    is an armed group's noun (word class ``armed_group``) or follows another person of the phrase (the victim);
    a lone person there is the act's victim ("обвинил в убийстве журналиста")."""
    classes = load_lexicon().word_classes
    accusing, armed = classes["accusing"], classes["armed_group"]
    if accusing.isdisjoint(map(LEMMA, tokens)):
        return
    with_preposition = _prepositions(tokens, heads, rels)
    for verb, token in enumerate(tokens):
        if token.lemma not in accusing or token.feats.get("Voice") == "Pass":
            continue
        kids = [kid for kid, head in enumerate(heads) if head == verb]
        if any(rels[kid] in ("obj", "nsubj:pass") for kid in kids):
            continue
        for charge in kids:
            if with_preposition.get(charge) != "в" or tokens[charge].feats.get("Case") != "Loc" or charge < verb:
                continue
            chain, node = [], charge  # the genitives hanging in a line from the charge: "в организации беспорядков X"
            while True:
                nexts = [
                    kid for kid, head in enumerate(heads)
                    if head == node and kid > node and rels[kid] == "nmod" and kid not in with_preposition
                    and tokens[kid].pos in NOUNS and tokens[kid].feats.get("Case") in ("Gen", "Acc")
                ]
                if not nexts:
                    break
                node = nexts[-1]
                chain.append(node)
            persons = [word for word in chain if tokens[word].feats.get("Animacy") == "Anim"]
            if not persons:
                continue
            accused = persons[-1]
            if tokens[accused].lemma not in armed and len(persons) < 2:
                continue
            heads[accused], rels[accused] = verb, "obj"
            break


def repair_fronted_objects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A person named right before a finite verb that takes its target as the object, hung by the parser as a
    genitive on a word before it, is that verb's fronted object when the verb has no object and its one subject
    follows it (OVS, as news fronts the person congratulated or received: "... в Букингемском дворце Дэвида
    Камерона поздравил Барак Обама", "Одним из первых Николаса Мадуро с победой поздравил президент России"): an
    animate accusative looks genitive. Only the verb's own words ("с победой") may stand between them; the genitive
    of the event noun a topic "о/об" names stays its own ("Об освобождении моряков объявил Иран"); that of an event
    noun of time does not ("После выборов Эрдогана с переизбранием поздравил Путин")."""
    triggers = load_lexicon().triggers
    with_preposition: dict[int, str] | None = None  # made at the first verb that may take a fronted object
    for verb, token in enumerate(tokens):
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or token.feats.get("Voice") == "Pass":
            continue
        rules = triggers.get(token.lemma, [])
        if not any(slot.kind == "obj" for rule in rules for slot in rule.target):
            continue
        if with_preposition is None:  # (of the parser's tree as it came in: no head has been changed before)
            with_preposition = _prepositions(tokens, heads, rels)
        kids = [kid for kid, head in enumerate(heads) if head == verb]
        subjects = [kid for kid in kids if rels[kid] == "nsubj"]
        if any(rels[kid] in ("obj", "nsubj:pass") for kid in kids) or len(subjects) != 1 or subjects[0] < verb:
            continue
        if tokens[subjects[0]].feats.get("Case") != "Nom" or not _agrees(token, tokens[subjects[0]]):
            continue
        last = verb - 1  # skip a short phrase between them ("с победой"), never a clause break or a verb
        while last >= max(0, verb - 3) and tokens[last].pos in ("ADP", "NOUN", "ADJ", "ADV") and not _person(tokens[last]):
            last -= 1
        while last >= 0 and rels[last] == "flat:name" and heads[last] < last:
            last = heads[last]
        if last < 0 or last in with_preposition:
            continue
        if not _person(tokens[last]) or rels[last] != "nmod" or not heads[last] < last:
            continue
        if tokens[heads[last]].lemma in triggers and with_preposition.get(heads[last]) in TOPIC_PREPOSITIONS:
            continue  # "Об освобождении британских моряков объявил Иран": the genitive of the event told is its own
        heads[last], rels[last] = verb, "obj"


def repair_objects_after_places(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A person the parser hung as a genitive on the building of a "в" phrase right after a verb that takes its
    target as the object is that verb's object when the verb has none: "принял в своей резиденции министра
    иностранных дел", "задержали в квартире блогера" (an animate accusative looks genitive; word class ``home``:
    the rooms and buildings a host receives in or a person is found in). A person further down the phrase ("в
    здании министерства посла") stays where the parser put it."""
    lexicon = load_lexicon()
    homes, triggers = lexicon.word_classes["home"], lexicon.triggers
    if homes.isdisjoint(map(LEMMA, tokens)):
        return
    with_preposition = _prepositions(tokens, heads, rels)
    for word, token in enumerate(tokens):
        place = heads[word]
        if (
            rels[word] != "nmod"
            or not _person(token)
            or word in with_preposition
            or not 0 <= place < word
            or with_preposition.get(place) not in ("в", "во")
            or rels[place] != "obl"
            or tokens[place].lemma not in homes
            or tokens[place].feats.get("Case") != "Loc"
        ):
            continue
        verb = _objectless_verb_above(tokens, heads, rels, word, place)
        if verb is None or tokens[verb].feats.get("Voice") == "Pass":
            continue
        if any(slot.kind == "obj" for rule in triggers.get(tokens[verb].lemma, []) for slot in rule.target):
            heads[word], rels[word] = verb, "obj"


def repair_partners_on_places(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A person in "с + instrumental" right after a named place in a "в" phrase of a verb, hung by the parser on the
    place, is the verb's partner: "встретился в Аммане с иорданским королем" ("с королем" on "Аммане"). A city
    holds no one "с кем"; only the preposition, modifiers and names may stand between."""
    if "nmod" not in rels:  # (a list's test in C: the loop reads only nmod arcs; the repair runs on every sentence)
        return
    with_preposition: dict[int, str] | None = None  # built at the first candidate
    for word, token in enumerate(tokens):
        place = heads[word]
        if (
            rels[word] != "nmod"
            or token.feats.get("Case") != "Ins"
            or token.feats.get("Animacy") != "Anim"
            or token.pos not in NOUNS
            or not 0 <= place < word
            or tokens[place].pos != "PROPN"
            or tokens[place].feats.get("Case") != "Loc"
            or rels[place] != "obl"
        ):
            continue
        verb = heads[place]
        if not 0 <= verb < place or tokens[verb].pos != "VERB":
            continue
        if any(tokens[between].pos not in ("ADP", "ADJ", "DET", "PROPN") for between in range(place + 1, word)):
            continue
        if with_preposition is None:
            with_preposition = _prepositions(tokens, heads, rels)
        if with_preposition.get(word) in ("с", "со") and with_preposition.get(place) in ("в", "во"):
            heads[word], rels[word] = verb, "obl"


def repair_partners_of_agreements(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A named side in "с + instrumental" the parser hung inside the noun phrase of what a single subject agreed to
    ("согласилась на демаркацию границы с Эритреей", "договорилась о перемирии с повстанцами") is the verb's
    partner when the verb has none of its own: it is whom the subject agreed with. Not when the subject is several
    sides ("Россия и Казахстан договорились о сотрудничестве с Китаем": a third party of what they agreed)."""
    agreeing = load_lexicon().word_classes["agreeing"]  # verbs of one side agreeing (word_classes.tsv)
    if agreeing.isdisjoint(map(LEMMA, tokens)):
        return
    with_preposition = _prepositions(tokens, heads, rels)
    for word, token in enumerate(tokens):
        if rels[word] != "nmod" or token.pos != "PROPN" or with_preposition.get(word) not in ("с", "со"):
            continue
        node, steps = heads[word], 0
        while 0 <= node < len(tokens) and tokens[node].pos in NOUNS and steps < 3:
            node, steps = heads[node], steps + 1
        verb = node
        if not 0 <= verb < word or tokens[verb].lemma not in agreeing:
            continue
        kids = [kid for kid, head in enumerate(heads) if head == verb]
        if any(with_preposition.get(kid) in ("с", "со") for kid in kids):
            continue
        subjects = [kid for kid in kids if rels[kid] == "nsubj"]
        if len(subjects) != 1 or _has_kid(heads, rels, subjects[0], "conj"):
            continue
        heads[word], rels[word] = verb, "obl"


def repair_participation_on_places(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A "с участием / при участии" phrase the parser hung on the place name or the format of a "в" phrase belongs
    to the verb or the meeting noun that phrase hangs on (a city or a format has no participants): "В Женеве с
    участием делегаций Ирана и США начались консультации", "встреча в нормандском формате с участием глав МИД"."""
    if PARTICIPATION_NOUNS.isdisjoint(map(str.lower, map(TEXT, tokens))):
        return
    with_preposition = _prepositions(tokens, heads, rels)
    for word, token in enumerate(tokens):
        place = heads[word]
        if (
            rels[word] != "nmod"
            or token.text.lower() not in PARTICIPATION_NOUNS
            or with_preposition.get(word) not in ("с", "при")
            or not 0 <= place < word
            or rels[place] not in ("obl", "nmod")
            or not (tokens[place].pos == "PROPN" or tokens[place].lemma in FORMATS)
            or tokens[place].feats.get("Case") != "Loc"
            or with_preposition.get(place) not in ("в", "во")
        ):
            continue
        host = heads[place]
        if 0 <= host and tokens[host].pos in ("VERB", "NOUN"):
            heads[word], rels[word] = host, "obl" if tokens[host].pos == "VERB" else "nmod"


def _person(token: Token) -> bool:
    """An animate noun or name whose form may be an accusative read as a genitive."""
    return token.pos in NOUNS and token.feats.get("Animacy") == "Anim" and token.feats.get("Case") in ("Gen", "Acc")


def repair_fronted_topics(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A sentence that opens with its topic, "О(б) + noun", told by a finite verb after a participle phrase set off
    by commas: the parser makes the noun the root and the verb its parataxis ("Об освобождении рыбаков,
    удерживавшихся в Бирме, объявило военное правительство"); the verb is the root and the topic its oblique."""
    if len(tokens) < 4 or tokens[0].lemma not in TOPIC_PREPOSITIONS or heads[0] != 1:
        return
    if heads[1] >= 0 or tokens[1].pos != "NOUN":
        return
    for verb in range(2, len(tokens)):
        if heads[verb] != 1 or rels[verb] not in ("parataxis", "conj", "advcl"):
            continue
        if tokens[verb].pos != "VERB" or tokens[verb].feats.get("VerbForm") != "Fin" or tokens[verb - 1].text != ",":
            continue
        heads[verb], rels[verb] = -1, "root"
        heads[1], rels[1] = verb, "obl"
        for word in range(verb + 1, len(tokens)):
            if heads[word] == 1 and rels[word] == "punct":
                heads[word] = verb
        return


def repair_headline_labels(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A noun phrase before a colon is a headline's label, not a subject of the verb after the colon, when that verb
    has a subject of its own after the colon, before or after it: "Переговоры в Праге: Коль и Гавел обсудили ..."
    and "Исламское государство: стрельбу устроил X" (slovnet gives the verb both subjects, and the coder would read
    the label as the source)."""
    if ":" not in map(TEXT, tokens):
        return
    colons = [word for word, token in enumerate(tokens) if token.text == ":"]
    for colon in colons:
        for word in range(colon):
            verb = heads[word]
            if rels[word] not in ("nsubj", "nsubj:pass") or not colon < verb < len(tokens):
                continue
            if any(
                heads[other] == verb and rels[other] == rels[word] for other in range(colon + 1, len(tokens))
                if other != verb
            ):
                rels[word] = "dislocated"


def repair_closing_attributions(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A wire headline's source closes it after a dash: "Ирак освободил тысячу иранских военнопленных — Красный
    Крест", "Гавана отвергает обвинения Вашингтона — МИД Кубы". A nominative phrase with no verb after the last
    dash, which the parser hangs on an oblique or object noun before it (as an apposition), tells who reports the
    sentence: it is no part of that noun (the coder would read it as the object's actor)."""
    texts = list(map(TEXT, tokens))
    if "—" not in texts and "–" not in texts:
        return
    dashes = [word for word, text in enumerate(texts) if text in ("—", "–")]
    dash = dashes[-1]
    after = [word for word in range(dash + 1, len(tokens)) if tokens[word].pos != "PUNCT"]
    if not after or any(tokens[word].pos in ("VERB", "AUX") for word in after):
        return
    tops = [word for word in after if not dash < heads[word] < len(tokens)]
    if len(tops) != 1:
        return
    top = tops[0]
    head = heads[top]
    if not 0 <= head < dash or rels[top] not in ("appos", "nmod", "conj", "obj", "obl"):
        return
    if tokens[top].pos not in NOUNS or tokens[top].feats.get("Case") != "Nom":
        return
    if tokens[head].pos not in NOUNS or tokens[head].feats.get("Case") in ("Nom", None):
        return  # "Путин — президент России": a nominative apposition of a nominative is the phrase's own
    root = next((word for word in range(len(tokens)) if heads[word] < 0), -1)
    if root < 0 or tokens[root].pos != "VERB" or root > dash:
        return
    heads[top], rels[top] = root, "parataxis"


def repair_modal_passive_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """"требования не могут быть приняты", "заложники должны быть освобождены": the parser hangs the subject on the
    modal verb, but it is the passive infinitive's (what cannot be accepted, who must be freed)."""
    for word in range(len(tokens)):
        modal = heads[word]
        if rels[word] not in ("nsubj", "nsubj:pass") or not 0 <= modal < len(tokens):
            continue
        if tokens[modal].lemma.lower() not in ("мочь", "должен", "должный", "следовать"):
            continue
        passives = [
            child for child in range(len(tokens))
            if heads[child] == modal and rels[child] == "xcomp" and tokens[child].pos == "VERB"
            and any(heads[aux] == child and rels[aux] == "aux:pass" for aux in range(len(tokens)))
        ]
        if len(passives) == 1:
            heads[word], rels[word] = passives[0], "nsubj:pass"


def repair_additive_genitives(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """"объявил о высылке и посла Венесуэлы": an additive "и" ("also") before a genitive makes the parser coordinate
    it with the noun before, but conjuncts share their case: a genitive after "и" joined to an oblique noun right
    before it (locative, dative, instrumental) is that noun's genitive, and the "и" its particle."""
    for word, token in enumerate(tokens):
        head = heads[word]
        if rels[word] != "conj" or head != word - 2 or token.pos not in NOUNS:
            continue
        particle = tokens[word - 1]
        if particle.text.lower() != "и" or heads[word - 1] != word or tokens[head].pos not in NOUNS:
            continue
        oblique = tokens[head].feats.get("Case")
        if oblique not in ("Loc", "Dat", "Ins"):
            continue
        # (the tagger may give the conjunct the case of the noun it took it to join: its word form tells)
        forms = form_cases(token.text.lower())
        if "Gen" not in forms or oblique in forms:
            continue
        if _has_kid(heads, rels, word, "case"):
            continue  # "о высылке и о аресте": a conjunct with its own preposition
        heads[word], rels[word] = head, "nmod"
        rels[word - 1] = "advmod"


def repair_coordinated_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """Of two subjects the parser gave one verb, the later one opened by "и" is coordinated with the first: "Министр
    обороны США и его японский коллега обсудили ..." (slovnet may make both "nsubj"); so is a later object opened
    by "и". Coordination then makes both the verb's arguments, as the coder reads "conj"."""
    if "cc" not in rels:  # (a list's test in C: most sentences coordinate nothing)
        return
    opened = {heads[word] for word, token in enumerate(tokens) if rels[word] == "cc" and token.text.lower() == "и"}
    for word in sorted(opened):
        if not 0 <= word < len(tokens) or rels[word] not in ("nsubj", "nsubj:pass", "obj"):
            continue
        verb = heads[word]
        first = next(
            (other for other in range(word) if heads[other] == verb and rels[other] == rels[word] and other != verb),
            -1,
        )
        if first >= 0:
            heads[word], rels[word] = first, "conj"


def repair_subjects_in_fronted_phrases(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A nominative noun right after a fronted prepositional phrase of a verb that has no subject, which the parser
    hung on that phrase's noun, is the verb's subject: "Накануне саммита президенты США и Франции позвонили ...",
    "После переговоров министры обсудили ..." (a nominative is no noun's modifier). Only a noun the verb agrees
    with (a plural verb: also coordinated nouns), between the phrase and the verb."""
    for verb, token in enumerate(tokens):
        if token.pos != "VERB" or token.feats.get("Voice") == "Pass" or token.feats.get("VerbForm") != "Fin":
            continue
        if any(heads[kid] == verb and rels[kid] in ("nsubj", "nsubj:pass", "csubj", "expl") for kid in range(len(tokens))):
            continue
        for phrase in range(verb):
            if heads[phrase] != verb or rels[phrase] != "obl" or not _has_kid(heads, rels, phrase, "case"):
                continue
            nouns = [
                word
                for word in range(phrase + 1, verb)
                if heads[word] == phrase
                and rels[word] == "nmod"
                and tokens[word].pos in NOUNS
                and tokens[word].feats.get("Case") == "Nom"
                and not _has_kid(heads, rels, word, "case")
            ]
            if len(nouns) != 1:
                continue
            noun = nouns[0]
            coordinated = token.feats.get("Number") == "Plur" and _has_kid(heads, rels, noun, "conj")
            if any(tokens[word].pos in ("VERB", "AUX", "PUNCT") for word in range(noun, verb)) or any(
                not phrase <= heads[word] <= verb for word in range(phrase + 1, verb)
            ):
                continue  # (a phrase whose words hang across the verb is parsed too loosely to mend)
            if coordinated or _agrees(token, tokens[noun]):
                heads[noun], rels[noun] = verb, "nsubj"
                break


def repair_subjects(tokens: list[Token], rels: list[str], children: list[list[int]]) -> None:
    """A number phrase before a verb that has no subject and a direct object after it is the verb's subject, not a
    second object: the parser reads "Около двух тысяч шахтёров объявили забастовку", "Несколько тысяч сторонников
    провели митинг" so. (A name before the verb may be its object: "Кандидатуру поддержало большинство", "его
    задержали полицейские".)"""
    if "obj" not in rels:  # (no object to read as the subject; the repair makes none)
        return
    approximators = load_lexicon().word_classes["approximator"]
    for verb, token in enumerate(tokens):
        if token.pos != "VERB":
            continue
        kids = children[verb]
        # "Более 5000 жителей острова направили президенту петицию": the parser may make the approximator the
        # subject and the people it counts an object; an adverb is no subject
        approximated = [
            kid for kid in kids
            if rels[kid] == "nsubj" and tokens[kid].pos == "ADV" and tokens[kid].lemma in approximators
        ]
        if any(rels[kid] in ("nsubj", "nsubj:pass", "csubj") and kid not in approximated for kid in kids):
            continue
        objects = [kid for kid in kids if rels[kid] == "obj"]
        before = [kid for kid in objects if kid < verb]
        after = [kid for kid in objects if kid > verb and tokens[kid].feats.get("Case") != "Nom"]
        if len(before) == 1 and after and counted(tokens, rels, children, before[0]):
            rels[before[0]] = "nsubj"
            for marker in approximated:
                rels[marker] = "advmod"


def _subjectless_active_verbs(
    tokens: list[Token], rels: list[str], children: list[list[int]]
) -> Iterator[tuple[int, Token, list[int]]]:
    """Each active finite verb the parser gave no subject, with its dependents."""
    for verb, token in enumerate(tokens):
        if token.pos != "VERB" or token.feats.get("Voice") == "Pass" or token.feats.get("VerbForm") != "Fin":
            continue
        kids = children[verb]
        if not any(rels[kid] in ("nsubj", "nsubj:pass", "csubj", "expl") for kid in kids):
            yield verb, token, kids


def _fronted_topic(tokens: list[Token], rels: list[str], children: list[list[int]], verb: int) -> bool:
    """Whether a verb's clause opens with a prepositional phrase on it ("Об освобождении ... объявило", "О своём
    решении сообщило"): the word order of a fronted topic, whose agent follows the verb."""
    first = min(children[verb] + [verb])
    return first < verb and rels[first] == "obl" and tokens[first].feats.get("Case") in ("Loc", "Gen", "Dat") and any(
        rels[kid] == "case" and kid < first for kid in children[first]
    )


def repair_nominative_objects(tokens: list[Token], rels: list[str], children: list[list[int]]) -> None:
    """A noun before an active finite verb with no subject, which the tagger reads as a nominative the verb agrees
    with but the parser hung on it as its object, is the verb's subject: "Движение за демократические перемены
    потребовало ...", "Министерство обороны опровергло ..." (a neuter or masculine inanimate name looks the same
    in both cases, and the parser follows the verb's usual object). Only one such word, and only a nominative:
    a fronted accusative object ("Кандидатуру поддержало большинство") keeps its reading."""
    if "obj" not in rels:
        return
    for verb, token, kids in _subjectless_active_verbs(tokens, rels, children):
        before = [kid for kid in kids if rels[kid] == "obj" and kid < verb]
        objects = [kid for kid in kids if rels[kid] == "obj"]
        if not before and len(objects) == 1 and rels[verb] == "root" and _fronted_topic(tokens, rels, children, verb):
            # "Об освобождении рыбаков объявило военное правительство": the act fronted, its agent after the verb
            before = objects
        if len(before) != 1:
            continue
        noun = tokens[before[0]]
        # coordinated nouns take a plural verb: "«Хезболла» и её союзники потребовали"
        coordinated = token.feats.get("Number") == "Plur" and any(rels[kid] == "conj" for kid in children[before[0]])
        if noun.pos in NOUNS and noun.feats.get("Case") == "Nom" and (coordinated or _agrees(token, noun)):
            rels[before[0]] = "nsubj"


def repair_animate_subjects(tokens: list[Token], rels: list[str], children: list[list[int]]) -> None:
    """A person noun after an active finite verb that has no subject, which the parser hung on it as a further
    object, is its subject when it agrees with the verb and reads nominative: an animate accusative looks genitive
    ("лидеров", "министра"), so an animate noun in the nominative is no object. News fronts the object of a
    reaction (OVS): "Отказ президента подписать план ... осудили сепаратистские лидеры", "Это решение
    приветствовал министр", "Инициативу поддержали депутаты". Only one such noun, and only when it follows the
    verb."""
    for verb, token, kids in _subjectless_active_verbs(tokens, rels, children):
        persons = [
            kid
            for kid in kids
            if rels[kid] == "obj"
            and kid > verb
            and tokens[kid].pos == "NOUN"
            and tokens[kid].feats.get("Animacy") == "Anim"
            and tokens[kid].feats.get("Case") == "Nom"
            and _agrees(token, tokens[kid])
        ]
        others = [kid for kid in kids if rels[kid] == "obj" and kid not in persons]
        if len(persons) == 1 and others:
            rels[persons[0]] = "nsubj"


def repair_double_subjects(tokens: list[Token], rels: list[str], children: list[list[int]]) -> None:
    """Of two subjects the parser gave one active verb (not coordinated: repair_coordinated_subjects has joined
    those), the one the verb agrees with is the subject and the other, a nominative-looking accusative, its object:
    "Организация исламского сотрудничества осудила Израиль" (slovnet reads "Израиль" as a second subject). When
    the verb's form fits both, the one before the verb is the subject, as Russian news orders them."""
    for verb, token in enumerate(tokens):
        if token.pos != "VERB" or token.feats.get("Voice") == "Pass" or token.feats.get("VerbForm") != "Fin":
            continue
        subjects = [kid for kid in children[verb] if rels[kid] == "nsubj" and tokens[kid].pos in ("NOUN", "PROPN")]
        if len(subjects) != 2 or any(rels[kid] == "obj" for kid in children[verb]):
            continue
        agreeing = [kid for kid in subjects if _agrees(token, tokens[kid])]
        if len(agreeing) == 1:
            subject = agreeing[0]
        elif subjects[0] < verb < subjects[1]:
            subject = subjects[0]
        else:
            continue
        other = subjects[1] if subject == subjects[0] else subjects[0]
        if tokens[other].feats.get("Animacy") != "Anim":  # an animate accusative would not look nominative
            rels[other] = "obj"


def repair_swapped_arguments(tokens: list[Token], rels: list[str], children: list[list[int]]) -> None:
    """A verb's subject the tagger read as accusative and its object the tagger read as nominative were swapped by
    the parser, which follows word order where the cases of "Израиль", "Ирак" are ambiguous: "Ирак аннексировал
    Кувейт" (read as Kuwait's act), "Израиль осудила Организация исламского сотрудничества" (OVS). The subject is
    the one the verb agrees with; when its form fits both, a name before the verb, as news orders them (a common
    noun before it is often the object: "Право на это имеет руководство")."""
    for verb, token in enumerate(tokens):
        if token.pos != "VERB" or token.feats.get("Voice") == "Pass" or token.feats.get("VerbForm") != "Fin":
            continue
        subjects = [kid for kid in children[verb] if rels[kid] in ("nsubj", "nsubj:pass", "csubj")]
        objects = [kid for kid in children[verb] if rels[kid] == "obj"]
        if len(subjects) != 1 or len(objects) != 1:
            continue
        subject, thing = subjects[0], objects[0]
        if (
            tokens[subject].pos not in NOUNS
            or tokens[thing].pos not in NOUNS
            or tokens[subject].feats.get("Case") != "Acc"
            or tokens[thing].feats.get("Case") != "Nom"
        ):
            continue
        agreeing = [kid for kid in (subject, thing) if _agrees(token, tokens[kid])]
        named_first = thing < verb < subject and tokens[thing].pos == "PROPN"
        if agreeing == [thing] or (len(agreeing) == 2 and named_first):
            rels[subject], rels[thing] = "obj", rels[subject]


def repair_conjunct_objects(tokens: list[Token], rels: list[str], children: list[list[int]], heads: list[int]) -> None:
    """The one subject the parser gave a coordinated active verb, told after it and read as accusative by the
    tagger, is its object: the verb shares the subject of the verb it is coordinated with. "Президент сообщил, что
    раскрыт заговор, и обвинил в нем Вашингтон", "Министр выступил по телевидению и осудил за удары Израиль"
    (slovnet reads the post-posed name as the second verb's own subject)."""
    for verb, token in enumerate(tokens):
        if (
            token.pos != "VERB"
            or rels[verb] != "conj"
            or token.feats.get("Voice") == "Pass"
            or token.feats.get("VerbForm") != "Fin"
        ):
            continue
        head = heads[verb]
        if not (0 <= head < len(tokens)) or tokens[head].pos != "VERB" or head > verb:
            continue
        if not any(rels[kid] in ("nsubj", "nsubj:pass") for kid in children[head]):
            continue
        subjects = [kid for kid in children[verb] if rels[kid] in ("nsubj", "nsubj:pass", "csubj")]
        if (
            len(subjects) == 1
            and subjects[0] > verb
            and tokens[subjects[0]].pos in NOUNS
            and tokens[subjects[0]].feats.get("Case") == "Acc"
            and not any(rels[kid] == "obj" for kid in children[verb])
        ):
            rels[subjects[0]] = "obj"


def _agrees(verb: Token, noun: Token) -> bool:
    """Whether a finite verb's number and (in the past singular) gender fit the noun as its subject."""
    number, gender = verb.feats.get("Number"), verb.feats.get("Gender")
    if number and noun.feats.get("Number") and number != noun.feats["Number"]:
        return False
    return not (gender and noun.feats.get("Gender") and gender != noun.feats["Gender"])


def repair_quantity_objects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A quantity noun after a verb that the parser hung on it as a number ("изгнали тысячи хазарейцев": nummod:gov;
    "освободил сотню иракских военнопленных", "сотню алжирских пленников": an accusative quantity word as nummod or
    amod) is the verb's object when the verb has none: a verb takes no number or adjective of its own. A
    nominative one before its verb is the verb's subject ("тысячи человек вышли на улицы")."""
    quantities = load_lexicon().word_classes["quantity"]
    for word, token in enumerate(tokens):
        verb = heads[word]
        counts = rels[word] == "nummod:gov" or (
            rels[word] in ("nummod", "amod") and token.lemma in quantities and token.feats.get("Case") == "Acc"
        )
        if not counts or token.pos != "NOUN" or not 0 <= verb < len(tokens) or tokens[verb].pos != "VERB":
            continue
        if verb > word:
            # "В Париже тысячи человек вышли на манифестацию" (nummod:gov): a nominative quantity before its verb is
            # the verb's subject
            if rels[word] == "nummod:gov" and token.feats.get("Case") == "Nom" and not _has_kid(
                heads, rels, verb, "nsubj", "nsubj:pass"
            ):
                rels[word] = "nsubj"
            continue
        if not _has_kid(heads, rels, verb, "obj"):
            rels[word] = "obj"


def repair_naming_predicates(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """The instrumental predicate of a verb of naming or judging (word class naming) that the parser hung on the
    verb's object is the verb's own (xcomp): "назвал заявления Вашингтона «недопустимым давлением»", "назвал
    уничтожение самолёта «ударом в спину»" say what the object is called, not a part of it. Only a bare noun after
    the object, when the verb has no predicate of its own; a prepositional phrase ("сотрудничество с Россией") and
    an instrumental a verbal noun governs ahead of it ("торговлю оружием") stay."""
    naming = load_lexicon().word_classes["naming"]
    for word, token in enumerate(tokens):
        thing = heads[word]
        if (
            token.pos != "NOUN"
            or token.feats.get("Case") != "Ins"
            or rels[word] != "nmod"
            or not 0 <= thing < word
            or rels[thing] != "obj"
            or _has_kid(heads, rels, word, "case")
        ):
            continue
        verb = heads[thing]
        if not 0 <= verb < len(tokens) or tokens[verb].lemma not in naming or tokens[verb].pos != "VERB":
            continue
        if any(
            heads[other] == verb and (rels[other] == "xcomp" or tokens[other].feats.get("Case") == "Ins")
            for other in range(len(tokens))
        ):
            continue
        if any(tokens[other].feats.get("Case") == "Ins" and tokens[other].pos in NOUNS for other in range(thing + 1, word)):
            continue  # a nearer instrumental is the predicate, or the object's own ("управление страной")
        heads[word], rels[word] = verb, "xcomp"


def repair_dative_quantities(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A dative quantity noun that the parser hung as a number or modifier on the object before it, or on the
    people it counts, is the verb's dative and counts them: "раздали пшеницу и одеяла 30 тысячам афганцев",
    "раздали палатки сотням сирийских беженцев" (a noun counts nothing in another case than its own)."""
    quantities = load_lexicon().word_classes["quantity"]
    for word, token in enumerate(tokens):
        head = heads[word]
        if (
            rels[word] not in ("nummod", "nummod:gov", "amod")
            or token.pos != "NOUN"
            or token.feats.get("Case") != "Dat"
            or token.lemma not in quantities
            or not 0 <= head < len(tokens)
            or tokens[head].pos not in NOUNS
            or tokens[head].feats.get("Case") in ("Dat", None)
        ):
            continue
        if head > word:  # on the people counted: "сотням ... беженцев", which hang on the object or the verb
            counted_word, thing = head, heads[head]
        else:  # on the object: the people counted come after it
            counted_word, thing = -1, head
            for after in range(word + 1, len(tokens)):
                if tokens[after].pos in ("PUNCT", "VERB", "ADP"):
                    break
                if heads[after] == thing and tokens[after].feats.get("Case") == "Gen":
                    counted_word = after
                    break
        if counted_word < 0 or tokens[counted_word].feats.get("Case") != "Gen" or not 0 <= thing < len(tokens):
            continue
        verb = thing if tokens[thing].pos == "VERB" else _verb_above(tokens, heads, thing)
        if tokens[verb].pos != "VERB" or any(
            heads[other] == verb and rels[other] == "iobj" for other in range(len(tokens))
        ):
            continue
        heads[word], rels[word] = verb, "iobj"
        heads[counted_word], rels[counted_word] = word, "nmod"


def repair_approximated_objects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """People counted after an approximator ("более 50 сторонников", "свыше 200 человек") that the parser hung on
    the approximator, an adverb it hung elsewhere, are the object of the nearest verb before them in their clause
    when it has none: "полиция, арестовавшая в Найроби более 50 сторонников оппозиции, утверждает ..."."""
    approximators = load_lexicon().word_classes["approximator"]
    for word, token in enumerate(tokens):
        marker = heads[word]
        if (
            token.pos not in NOUNS
            or rels[word] not in ("obl", "nmod", "obj")
            or not 0 <= marker < word
            or tokens[marker].pos != "ADV"
            or tokens[marker].lemma not in approximators
            or not any(heads[number] == word and tokens[number].pos == "NUM" for number in range(marker, word))
        ):
            continue
        verb = -1
        for left in range(marker - 1, -1, -1):
            if tokens[left].pos == "PUNCT":
                break
            if tokens[left].pos == "VERB":
                verb = left
                break
        if (
            verb < 0
            or tokens[verb].feats.get("Voice") == "Pass"  # "задержаны более 300 человек": its subject
            or _has_kid(heads, rels, verb, "obj")
        ):
            continue
        heads[word], rels[word] = verb, "obj"
        heads[marker], rels[marker] = word, "advmod"


def _indeclinable(token: Token) -> bool:
    """A name whose form is its lemma ("Нетаньяху", "Абэ", "Моди"): its case is the tagger's guess."""
    return token.text.lower().replace("ё", "е") == token.lemma.replace("ё", "е")


def _numbered(token: Token) -> Token:
    """The token with its number as its only feature."""
    return replace(token, feats={key: value for key, value in token.feats.items() if key == "Number"})


def repair_name_subjects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A name in the nominative that the parser hung as part of the name of, or as an apposition to, a word in
    another case before it (no apposition differs in case), right before a finite verb with no subject of its own
    that agrees with it, is that verb's subject: "После гибели авиалайнера у берегов Барбадоса Фидель Кастро обвинил
    ЦРУ ..." ("Фидель Кастро" read as the rest of the name "Барбадоса"), "у берегов Мальты Хосни Мубарак обвинил
    ..." (an apposition to "берегов"), "после указа о помиловании Нетаньяху поблагодарил ..." (an indeclinable name
    read as a modifier of the noun, whatever case the tagger gave it). The rest of the name goes with its first
    word."""
    for word, token in enumerate(tokens):
        head = heads[word]
        if (
            rels[word] not in ("flat:name", "appos", "nmod")
            or token.pos != "PROPN"
            or not (token.feats.get("Case") == "Nom" or (rels[word] == "nmod" and _indeclinable(token)))
            or not 0 <= head < word
            or tokens[head].pos not in NOUNS
            or tokens[head].feats.get("Case") in (None, "Nom")
            or (word > 0 and rels[word - 1] == "flat:name" and heads[word - 1] == head)
        ):
            continue
        rest = word + 1
        while rest < len(tokens) and rels[rest] == "flat:name" and heads[rest] in (head, word):
            rest += 1
        verb = rest
        if (
            verb >= len(tokens)
            or tokens[verb].pos != "VERB"
            or tokens[verb].feats.get("VerbForm") != "Fin"
            or tokens[verb].feats.get("Person", "3") != "3"
            # an indeclinable name's gender is the tagger's guess too: its number alone must fit
            or not _agrees(tokens[verb], token if token.feats.get("Case") == "Nom" else _numbered(token))
            or any(heads[other] == verb and rels[other].startswith(("nsubj", "csubj")) for other in range(len(tokens)))
        ):
            continue
        heads[word], rels[word] = verb, "nsubj"
        for part in range(word + 1, rest):
            heads[part] = word


def repair_passive_agents(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A person in the instrumental with no preposition that the parser hung on a place or time noun of a passive
    verb is that verb's agent when it has none: "был встречен на пограничном переходе Вага пакистанским коллегой
    Навазом Шарифом" ("коллегой" on "переходе"); so is a name in the instrumental the parser hung on the verb's
    oblique or dative ("введены против Ирана Евросоюзом", "предъявлен Ираку Соединёнными Штатами"). Only a noun
    that is the verb's own oblique, right before it."""
    with_preposition: set[int] | None = None  # built at the first candidate, before any head changes
    for word, token in enumerate(tokens):
        noun = heads[word]
        if (
            rels[word] != "nmod"
            or token.pos not in NOUNS
            or token.feats.get("Case") != "Ins"
            # (or a name: a state or body, "были введены против Ирана Евросоюзом")
            or not (token.feats.get("Animacy") == "Anim" or token.text[:1].isupper())
        ):
            continue
        if with_preposition is None:
            with_preposition = set(_prepositions(tokens, heads, rels))
        if (
            word in with_preposition
            or not 0 <= noun < word
            # (or its dative: "ультиматум предъявлен Ираку Соединёнными Штатами")
            or not (
                (rels[noun] == "obl" and noun in with_preposition)
                or (rels[noun] in ("iobj", "obl") and tokens[noun].feats.get("Case") == "Dat" and noun not in with_preposition)
            )
        ):
            continue
        verb = heads[noun]
        if not 0 <= verb < noun or tokens[verb].pos != "VERB":
            continue
        kids = [kid for kid, head in enumerate(heads) if head == verb]
        passive = tokens[verb].feats.get("Voice") == "Pass" or any(rels[kid] in ("nsubj:pass", "aux:pass") for kid in kids)
        if not passive or any(rels[kid] == "obl:agent" for kid in kids):
            continue
        heads[word], rels[word] = verb, "obl:agent"


def repair_infinitive_objects(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A noun phrase right after a verb's infinitive complement, hung by the parser as the governing verb's own
    object, is the infinitive's object when the infinitive has none: "потребовал от Заира вернуть 30 рыбаков" (a
    genitive plural reads as the genitive object "потребовал компенсации"). The governing verb's own object
    stands before its infinitive ("попросил его вернуть"); only the noun's own words may stand between them."""
    for word, token in enumerate(tokens):
        verb = heads[word]
        if rels[word] != "obj" or token.pos not in NOUNS or not 0 <= verb < word or tokens[verb].pos != "VERB":
            continue
        infinitives = [
            kid for kid in range(verb + 1, word)
            if heads[kid] == verb and rels[kid] == "xcomp" and tokens[kid].feats.get("VerbForm") == "Inf"
        ]
        if not infinitives:
            continue
        infinitive = infinitives[-1]
        if _has_kid(heads, rels, infinitive, "obj", "iobj"):
            continue
        if all(_dominates(heads, word, between) for between in range(infinitive + 1, word)):
            heads[word] = infinitive


def counted(tokens: list[Token], rels: list[str], children: list[list[int]], position: int) -> bool:
    """A number or a noun with a number: "двух тысяч", "несколько тысяч", "200 сторонников"."""
    return tokens[position].pos == "NUM" or any(rels[kid] in ("nummod", "nummod:gov") for kid in children[position])


VERB_FORMS_WITH_OBJECTS = ("Fin", "Inf", "Part", "Conv")


def repair_later_clause_words(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """An oblique after a comma that the parser hung on a verb before the comma, when a verb of its own stands
    between the comma and the word, belongs to that verb: a participle or gerund phrase, or a later clause, holds
    its own words ("критикуя Чавеса за постоянные перебои", "ордера, выданного в США по обвинению в контрабанде",
    "заявил, что примет решение на следующей неделе"). Not a verb coordinated with the first ("задержали, а
    затем допросили в участке"). Objects are left alone: moving them let the coder read an act with a wrong
    agent (a participle's object whose agent is a pronoun of another clause)."""
    for word in range(len(tokens)):
        head = heads[word]
        if rels[word] != "obl" or not 0 <= head < word - 2 or tokens[head].pos != "VERB":
            continue
        verb = _own_verb(tokens, head, word)
        if verb >= 0 and not (heads[verb] == head and rels[verb] == "conj"):
            heads[word] = verb


def _own_verb(tokens: list[Token], head: int, word: int) -> int:
    """The verb between a clause break after ``head`` and ``word``, with no break after it; -1 if there is none."""
    for between in range(word - 1, head, -1):
        if tokens[between].text in CLAUSE_BREAKS:
            return -1
        if tokens[between].pos == "VERB" and tokens[between].feats.get("VerbForm") in VERB_FORMS_WITH_OBJECTS:
            broken = any(tokens[before].text in CLAUSE_BREAKS for before in range(head + 1, between))
            return between if broken else -1
    return -1


def repair_earlier_clause_words(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """An oblique right after a finite verb (no break or conjunction between) that the parser hung on a verb after a
    clause break belongs to the verb before it, as ``repair_later_clause_words`` does the other way: "Сотни
    военнослужащих отошли из сирийского сектора в сектор, оккупированный Израилем, сообщил корреспондент; ...
    повстанцы похитили" ("в сектор" on "похитили"), "задержали его на юге страны близ КПП — на дороге, ведущей в
    Турцию, депортировали" (a clause's words do not reach over a break to a verb after it). Not inside a quoted
    title ("подвергся законопроект «О внесении изменений в акты»"). The same holds for a prepositional phrase the
    parser hung on a noun of the later clause ("встретился в Каире с лидером, чтобы обсудить тупик": "с лидером" on
    "тупик"): it becomes the earlier verb's oblique."""
    with_preposition: dict[int, str] | None = None  # built at the first candidate, before any head changes
    for word in range(len(tokens)):
        head = heads[word]
        if not word < head:
            continue
        nominal = rels[word] == "nmod" and tokens[head].pos in NOUNS
        if not nominal and (rels[word] != "obl" or tokens[head].pos != "VERB"):
            continue
        if with_preposition is None:
            with_preposition = _prepositions(tokens, heads, rels)
        if word not in with_preposition:
            continue
        if tokens[word].pos not in NOUNS:
            continue  # "после того, как ...": the pronoun opens the clause it is hung into
        if not any(tokens[between].text in (*CLAUSE_BREAKS, "—") for between in range(word + 1, head)):
            continue
        verb = word - 1
        while verb >= 0 and tokens[verb].pos not in ("VERB", "CCONJ", "SCONJ") and tokens[verb].text not in SUBJECT_BREAKS:
            verb -= 1
        if (
            verb >= 0
            and tokens[verb].pos == "VERB"
            and tokens[verb].feats.get("VerbForm") == "Fin"
            and not tokens[verb].text.lower().endswith(NON_FINITE_ENDINGS)
        ):
            heads[word] = verb
            if nominal:
                rels[word] = "obl"


def repair_words_before_conjunction(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A noun phrase before the conjunction of a second verb that the parser hung on that verb belongs to the first
    verb: "направила в Ош самолёт с гуманитарной помощью и перебросила батальон для защиты граждан" ("с помощью"
    on "перебросила"); the words of a conjunct verb follow its conjunction, what stands before it is the first
    verb's (a subject or adverb both verbs share stands before the first verb)."""
    count = len(tokens)
    for word in range(count):
        second = heads[word]
        if rels[word] not in ("obl", "obj", "iobj") or tokens[word].pos not in NOUNS or not word < second < count:
            continue
        first = heads[second]
        if rels[second] != "conj" or not 0 <= first < word or tokens[first].pos != "VERB" or tokens[second].pos != "VERB":
            continue
        if tokens[first].feats.get("VerbForm") != "Fin" or tokens[second].feats.get("VerbForm") != "Fin":
            continue
        conjunctions = [kid for kid in range(word + 1, second) if heads[kid] == second and rels[kid] == "cc"]
        if not conjunctions:
            continue
        if any(tokens[between].text in (*CLAUSE_BREAKS, "—") for between in range(first + 1, word)):
            continue
        heads[word] = first


TAIL_OPENERS = (",", "—", "–", "-")


def repair_conditional_conjuncts(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A past verb coordinated after a condition ("пригрозил вернуть Карабах, если Минская группа не добьется
    прогресса, и обвинил Армению в затягивании") continues the verb the condition depends on, not the condition:
    the parser hangs it on the condition's predicate (a future or present verb) and may cut the condition off as a
    second root. With no subject of its own and agreeing with the verb before the condition, it is that verb's
    conjunct, and the condition hangs on that verb."""
    for condition, token in enumerate(tokens):
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or token.feats.get("Tense") == "Past":
            continue
        kids = [kid for kid, head in enumerate(heads) if head == condition]
        if not any(rels[kid] == "mark" and tokens[kid].lemma == "если" for kid in kids):
            continue
        main = heads[condition] if rels[condition] == "advcl" else -1
        if heads[condition] < 0:  # cut off: the root before it
            main = next((word for word in range(condition - 1, -1, -1) if heads[word] < 0), -1)
        while main >= 0 and tokens[main].feats.get("Tense") != "Past" and rels[main] in ("ccomp", "xcomp"):
            main = heads[main]  # "предупредил, что Тегеран закроет пролив, если ...": the verb that frames it
        if main < 0 or tokens[main].pos != "VERB" or tokens[main].feats.get("Tense") != "Past":
            continue
        for later in kids:
            verb = tokens[later]
            if (
                later < condition
                or rels[later] != "conj"
                or verb.pos != "VERB"
                or verb.feats.get("VerbForm") != "Fin"
                or verb.feats.get("Tense") != "Past"
                or _has_kid(heads, rels, later, "nsubj", "nsubj:pass")
                or verb.feats.get("Number") != tokens[main].feats.get("Number")
                or verb.feats.get("Gender") != tokens[main].feats.get("Gender")
            ):
                continue
            heads[later] = main
            if heads[condition] < 0:
                heads[condition], rels[condition] = main, "advcl"


def repair_conjuncts_before_clauses(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A verb coordinated with a verb of a later subordinate clause, before that clause's conjunction ("Венесуэла
    отозвала посла и распорядилась о высылке дипломатов после того, как колумбийские военные убили ...":
    "распорядилась" on "убили"), cannot belong to that clause: it continues the nearest finite verb before it of
    the same tense, number and gender."""
    for verb, token in enumerate(tokens):
        head = heads[verb]
        if rels[verb] != "conj" or token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or head <= verb:
            continue
        marks = [kid for kid, up in enumerate(heads) if up == head and rels[kid] == "mark" and verb < kid < head]
        if not marks:
            continue
        for earlier in range(verb - 1, -1, -1):
            other = tokens[earlier]
            if other.pos == "VERB" and other.feats.get("VerbForm") == "Fin" and all(
                other.feats.get(feature) == token.feats.get(feature) for feature in ("Tense", "Number", "Gender")
            ):
                heads[verb] = earlier
                break


def repair_conjuncts_of_told_clauses(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A verb coordinated after a told clause ("В Пекине заявили, что отвод войск является важным шагом, и призвали
    Нью-Дели ...", "Министр заявил, что армия отступила, и призвал ...") continues the verb of speaking, not the
    clause: the parser hangs it on the clause's predicate, whose subject it would then share. With no subject of its
    own, a finite verb that disagrees with that predicate in number or gender and agrees with the verb of speaking
    in tense, number and gender is the speaking verb's conjunct."""
    features = ("Tense", "Number", "Gender")
    for later, token in enumerate(tokens):
        told = heads[later]
        if rels[later] != "conj" or token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or told >= later:
            continue
        if told < 0 or rels[told] != "ccomp" or tokens[told].pos not in ("VERB", "AUX"):
            continue
        main = heads[told]
        if main < 0 or tokens[main].pos != "VERB" or tokens[main].feats.get("VerbForm") != "Fin":
            continue
        if _has_kid(heads, rels, later, "nsubj", "nsubj:pass"):
            continue
        if not all(tokens[main].feats.get(feature) == token.feats.get(feature) for feature in features):
            continue
        if not any(
            token.feats.get(feature) and tokens[told].feats.get(feature)
            and token.feats[feature] != tokens[told].feats[feature]
            for feature in ("Number", "Gender")
        ):
            continue  # "заявил, что войска отступили и заняли ...": the clause's own second predicate
        heads[later] = main


def repair_subjects_after_attributions(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A fronted attribution ("Как сообщил министр иностранных дел Украины Вадим Пристайко, Берлин и Киев
    договорились ...", "По данным министерства обороны Сирии, Россия и Турция провели ...") ends at its comma: the
    coordinated nouns after it that the parser joined to a word of the attribution belong to the main clause. The
    first is the main verb's subject when that verb has none, the others its conjuncts; with a subject of its own
    they are that subject's conjuncts."""
    nouns = ("NOUN", "PROPN")
    markers = [word for word, token in enumerate(tokens) if token.lemma in ("как", "по")]
    if not markers:  # (most sentences: no attribution to end)
        return
    for opener, token in enumerate(tokens):
        main = heads[opener]
        if rels[opener] not in ("parataxis", "advcl", "obl") or not opener < main < len(tokens):
            continue
        if tokens[main].pos != "VERB" or token.pos not in ("VERB", "NOUN"):
            continue
        kids = [kid for kid in markers if kid < opener and heads[kid] == opener]
        if not (
            token.pos == "VERB" and any(rels[kid] == "mark" and tokens[kid].lemma == "как" for kid in kids)
            or token.pos == "NOUN" and any(rels[kid] == "case" and tokens[kid].lemma == "по" for kid in kids)
        ):
            continue
        # the nominative nouns after the attribution's comma that the parser joined to a word of the attribution (not
        # the attribution's own list: "По словам министров Франции, Германии и Италии, ...")
        moved = [
            word for word in range(opener + 1, main)
            if rels[word] == "conj" and tokens[word].pos in nouns and opener <= heads[word] < word
            and (tokens[word].feats.get("Case", "Nom") == "Nom" or indeclinable_form(tokens[word].text.lower()))
            and any(tokens[between].text == "," for between in range(heads[word] + 1, word))
        ]
        if not moved:
            continue
        subjects = [kid for kid, head in enumerate(heads) if head == main and rels[kid] in ("nsubj", "nsubj:pass")]
        first = next((subject for subject in subjects if opener < subject < moved[0]), None)
        if first is None:
            if subjects:
                continue
            first = moved.pop(0)
            heads[first], rels[first] = main, "nsubj"
        for word in moved:
            heads[word] = first


def repair_closing_demands(tokens: list[Token], heads: list[int], rels: list[str]) -> None:
    """A demand, threat, accusation or promise that closes the sentence with its speaker ("Иран должен освободить
    заложников, потребовали США", "Москва вмешивается в дела Молдавии, обвинил президент") or opens it as a "как"
    clause ("Как утверждают в Баку, Армения обстреляла сёла") governs the clause it frames, as "США потребовали,
    чтобы Иран ..." does: the parser hangs it on that clause (or leaves it a second root); it becomes the root and
    the clause its content. So does a verb of saying that has a row on the clause's predicate ("Азербайджан нарушил
    перемирие, заявил министр обороны Армении": "заявить" + "нарушить" accuses)."""
    lexicon = load_lexicon()
    acts = lexicon.word_classes["tail_act"]
    for verb, token in enumerate(tokens):
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin":
            continue
        if token.lemma not in acts and token.lemma not in lexicon.speech_verbs:
            continue
        clause = _framed_clause(tokens, heads, rels, verb)
        if clause < 0:
            continue
        if token.lemma not in acts and not any(
            requirement.relation == "dep" and not requirement.absent and tokens[clause].lemma in requirement.lemmas
            for rule in lexicon.triggers.get(token.lemma, [])
            for requirement in rule.requires
        ):
            continue  # a mere report: the clause is the news, its speaker only the attribution
        name = _frame_speaker_name(tokens, heads, rels, verb)
        if name >= 0:
            rels[name] = "nsubj"
        heads[verb], rels[verb] = -1, "root"
        heads[clause], rels[clause] = verb, "ccomp"
        for word in range(verb + 1, len(tokens)):
            if heads[word] == clause and rels[word] == "punct" and word > clause:
                heads[word] = verb


def _framed_clause(tokens: list[Token], heads: list[int], rels: list[str], verb: int) -> int:
    """The predicate of the clause that the attribution verb ``verb`` frames, closing the sentence after a comma
    or dash, or opening it as a "как" clause before a comma; -1 when ``verb`` is no such frame."""
    count = len(tokens)
    as_clause = verb > 0 and tokens[verb - 1].text.lower() == "как"
    opener = verb - 1 if as_clause else verb
    name = _frame_speaker_name(tokens, heads, rels, verb)
    # a frame of its own words only: what it says does not follow it ("потребовал, чтобы ...", "обвинил Россию в")
    if any(
        heads[word] == verb and word != name
        and (rels[word] in ("ccomp", "xcomp", "obj", "csubj") or rels[word] == "mark" and word != opener)
        for word in range(count)
    ):
        return -1
    # the speaker follows the verb, as in every attribution frame ("потребовал Евросоюз", "обвиняют в Киеве")
    if name < 0 and not any(
        heads[word] == verb and rels[word] in ("nsubj", "obl") and tokens[word].pos in (*NOUNS, "PRON")
        for word in range(verb + 1, count)
    ):
        return -1
    predicates = ("VERB", "ADJ", "AUX", "NOUN")
    if opener == 0:
        clause = heads[verb]
        if not as_clause or rels[verb] not in ("parataxis", "advcl") or not verb < clause < count or heads[clause] >= 0:
            return -1
        # the frame's words run up to the comma that closes it ("Как заявил министр Японии, Китай нарушил ...")
        frame = [word for word in range(verb + 1, clause) if tokens[word].pos != "PUNCT" and _dominates(heads, verb, word)]
        end = max(frame, default=verb)
        if end + 1 >= clause or tokens[end + 1].text != "," or len(frame) != end - verb:
            return -1
        if any(tokens[word].feats.get("VerbForm") in ("Fin", "Inf") for word in range(verb + 1, end + 1)):
            return -1
        return clause if tokens[clause].pos in predicates else -1
    if opener <= 1 or tokens[opener - 1].text not in TAIL_OPENERS:
        return -1
    clause = heads[verb]
    if rels[verb] == "root":
        roots = [word for word in range(opener - 1) if heads[word] < 0 and tokens[word].pos != "PUNCT"]
        clause = roots[0] if len(roots) == 1 else -1
    elif rels[verb] not in ("parataxis", "conj") or heads[clause] >= 0:
        return -1
    if rels[verb] == "conj" and any(heads[word] == verb and rels[word] == "cc" for word in range(count)):
        return -1  # "освободил заложников и пообещал ...": a second act of the clause's subject
    if not 0 <= clause < opener or tokens[clause].pos not in predicates:
        return -1
    if any(tokens[word].feats.get("VerbForm") in ("Fin", "Inf") for word in range(verb + 1, count)):
        return -1
    if any(not _dominates(heads, verb, word) and tokens[word].pos != "PUNCT" for word in range(verb + 1, count)):
        return -1
    return clause


def _frame_speaker_name(tokens: list[Token], heads: list[int], rels: list[str], verb: int) -> int:
    """An attribution frame has no object of its own: the one undeclined name the parser hung after its verb as an
    object ("..., потребовали США") is its subject, when it has none; -1 when there is no such name."""
    count = len(tokens)
    if any(heads[word] == verb and rels[word] in ("nsubj", "iobj") for word in range(count)):
        return -1
    names = [
        word for word in range(verb + 1, count)
        if heads[word] == verb and rels[word] == "obj" and tokens[word].pos in NOUNS and _indeclinable(tokens[word])
    ]
    return names[0] if len(names) == 1 else -1
