"""Word forms read by the morphology dictionary, not by the tagger: the cases a form may be in, whether it declines,
whether a participle's form agrees with a noun's, whether a form is declined like an adjective. The tree repairs and the sentence view both ask (the tagger's
features are one guess among the form's readings)."""

from __future__ import annotations

from functools import lru_cache

# pymorphy's case grammemes as UD cases (the second genitive and locative count as theirs)
CASE_GRAMMEMES = {
    "nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc", "loc2": "Loc",
}


@lru_cache(maxsize=8192)
def form_cases(word: str) -> frozenset[str]:
    """The UD cases a word form may be in, by the dictionary."""
    from letopis.nlp.morph import morph_vocab

    return frozenset(
        CASE_GRAMMEMES[grammeme] for parse in morph_vocab().parse(word) for grammeme in parse.tag.grammemes
        if grammeme in CASE_GRAMMEMES
    )


# pymorphy's gender and number grammemes as UD features
AGREEMENT_GRAMMEMES = {"masc": "Masc", "femn": "Fem", "neut": "Neut", "sing": "Sing", "plur": "Plur", "Pltm": "Plur"}


@lru_cache(maxsize=8192)
def noun_agreement(word: str) -> frozenset[str]:
    """The UD genders and numbers a noun's word form may have, by the dictionary's noun readings ("Японии": Fem,
    Sing, where the tagger may say Masc; "США": Plur)."""
    from letopis.nlp.morph import morph_vocab

    return frozenset(
        AGREEMENT_GRAMMEMES[grammeme] for parse in morph_vocab().parse(word) if parse.tag.POS == "NOUN"
        for grammeme in parse.tag.grammemes if grammeme in AGREEMENT_GRAMMEMES
    )


@lru_cache(maxsize=8192)
def form_agrees(participle: str, noun: str) -> bool:
    """Whether some reading of a full participle's word form and some reading of a declinable noun's share case
    and number, and in the singular gender (an indeclinable noun's form tells nothing: no)."""
    from letopis.nlp.morph import morph_vocab

    vocab = morph_vocab()
    modifiers = [parse.tag for parse in vocab.parse(participle) if parse.tag.POS == "PRTF"]
    nouns = [parse.tag for parse in vocab.parse(noun) if parse.tag.POS == "NOUN" and "Fixd" not in parse.tag]
    return any(
        m.case == n.case and m.number == n.number and (m.number == "plur" or "ms-f" in n or m.gender in n)
        for m in modifiers for n in nouns
    )


@lru_cache(maxsize=8192)
def indeclinable_form(word: str) -> bool:
    """Whether a word form does not decline ("Баку", "Сараево"): by its place-name readings if it has any."""
    from letopis.nlp.morph import morph_vocab

    vocab = morph_vocab()
    if not vocab.word_is_known(word):
        # a place name the dictionary lacks in "-ово/-ево/-ино" is written undeclined: "с Сараево", "в Гораждево"
        return word.endswith("о")
    parses = vocab.parse(word)
    # "Баку" is also a case of "бак": the place-name readings alone tell
    places = [parse for parse in parses if "Geox" in parse.tag] or parses
    return all("Fixd" in parse.tag for parse in places)


@lru_cache(maxsize=8192)
def declined_like_adjective(word: str) -> bool:
    """Whether the dictionary reads a word form as a full participle or adjective ("задержанные", "подозреваемого",
    "сдавшимся"), which a finite verb form ("выслало", "задержали") never is."""
    from letopis.nlp.morph import morph_vocab

    return any(parse.tag.POS in ("PRTF", "ADJF") for parse in morph_vocab().parse(word))
