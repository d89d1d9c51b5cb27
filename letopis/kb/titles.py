"""Position titles: "президент России" -> ("RUS", "head_of_state"), "таджикский лидер" -> ("TJK", ...).

Data: ``data/titles.tsv`` (title, position, implied country). The country is the rest of the phrase: a
genitive name after the title ("министр обороны Таджикистана", "глава МИД РФ") or a country adjective
before it ("российский президент"). Genitive forms are made once from the lexicon's names with the
morphological dictionary, so every name the lexicon knows works without a list of case forms.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from letopis.kb.countries import CountryLexicon, country_lexicon
from letopis.kb.normal import normalize


@dataclass(frozen=True)
class Title:
    title: str  # normalised
    position: str
    country: str | None  # implied by the title itself ("директор ФСБ" -> RUS)


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    text = resources.files("letopis.kb").joinpath("data/titles.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("".join(line for line in text.splitlines(True) if not line.startswith("#"))),
                          delimiter="\t")
    return {normalize(row["title"]): Title(normalize(row["title"]), row["position"], row["country"] or None)
            for row in rows}


def _genitive(phrase: str) -> str | None:
    """A nominative name in the genitive, word by word ("южная корея" -> "южной кореи"); None if unknown."""
    from letopis.nlp.morph import morph_vocab

    vocab = morph_vocab()  # natasha's forms inflect with UD features
    words = []
    for word in phrase.split(" "):
        if not any(ch.isalpha() for ch in word) or word.upper() == word and len(word) <= 5:
            words.append(word)  # abbreviations (США, КНР, РФ) do not decline
            continue
        parses = vocab.parse(word)
        parses = [p for p in parses if p.feats.get("Case") == "Nom"] or parses
        form = None
        for parse in parses:
            form = parse.inflect({"Gen"})
            if form:
                break
        if not form:
            return None
        words.append(form.word)
    return normalize(" ".join(words))


@lru_cache(maxsize=1)
def _genitive_index() -> dict[str, str]:
    lexicon = country_lexicon()
    index: dict[str, str] = {}
    for country in lexicon.countries.values():
        for name in [country.name, country.long_name, *country.names]:
            if not name:
                continue
            index.setdefault(normalize(name), country.iso3)  # abbreviations: "главы МИД РФ"
            head, _, tail = name.partition(" ")
            # "Республика Таджикистан" -> "Республики Таджикистан": an apposition keeps its case
            forms = [_genitive(name), (_genitive(head) or "") + (" " + normalize(tail) if tail else "")]
            for genitive in forms:
                if genitive and genitive.strip():
                    index.setdefault(genitive.strip(), country.iso3)
    return index


def country_of(phrase: str, lexicon: CountryLexicon | None = None) -> str | None:
    """ISO3 (or IGO code) of a country named in the genitive or nominative: "России", "РФ", "ООН"."""
    key = normalize(phrase)
    if not key:
        return None
    lexicon = lexicon or country_lexicon()
    found = _genitive_index().get(key) or lexicon.by_name(key)
    if found:
        return found
    from letopis.kb.store import load_kb

    for actor in load_kb().search(key):  # "ООН", "НАТО": IGOs are countries of their officials
        if actor.type == "igo" and actor.country:
            return actor.country
    return None


def parse_title(text: str) -> tuple[str | None, str | None]:
    """(country, position) of a title phrase; either is None when the phrase does not give it."""
    key = normalize(text)
    table = titles()
    words = key.split(" ")
    # "<title> <country>": the longest title prefix whose rest names a country (or nothing)
    for cut in range(len(words), 0, -1):
        title = table.get(" ".join(words[:cut]))
        if title is None:
            continue
        rest = " ".join(words[cut:])
        if not rest:
            return title.country, title.position
        country = country_of(rest)
        if country:
            return country, title.position
    # "<country adjective> <title>": "российский президент", "таджикский лидер"
    if len(words) >= 2:
        title = table.get(" ".join(words[1:]))
        if title:
            from letopis.nlp.morph import lemma

            country = country_lexicon().by_adjective(lemma(words[0], "ADJ"))
            if country:
                return country, title.position
    return None, None
