"""Role phrases over tokens: "президент Таджикистана", "афганские военные", "министр обороны республики".

The lexicons are data files in ``letopis/kb/data``; this module only reads them and
matches their lemma sequences against the tokens of a sentence.  A match knows its
role noun and the countries that modify it (an adjective before it, a genitive
after it, a chain "Казахстана, Узбекистана и Афганистана", or an anaphoric
"республики"), which the RoleTagger and the ActorLinker turn into actors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Optional

from letopis.kb.data_files import data_rows, data_words
from letopis.kb.normal import normalize as _normalize
from letopis.kb.places import country_of_place_adjective
from letopis.model import Token

# names and lemmas repeat across articles: the normalised key of each is made once
normalize = lru_cache(maxsize=65536)(_normalize)

GOVERNMENT = "GOV"
OPPOSITION = "OPP"
MAX_MODIFIER_GAP = 1  # other adjectives allowed between a country adjective and its noun
# endings of adjectives the tagger may take for names ("Химкинские активисты")
ADJECTIVE_FORM_ENDINGS = ("ские", "ских", "ским", "скими", "ская", "ской", "ский", "ское", "ского", "скому", "скую",
                            "цкие", "цких", "цкая", "цкий", "цкой", "цкого")


def lemma_key(token: Token) -> str:
    return normalize(token.lemma or token.text)


VERB_LEMMA_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")  # an infinitive: the lemma of every verb form


def role_lemma(token: Token) -> str:
    """The lemma role phrases are written in: a participle keeps its adjective form.

    The lemmatiser brings "протестующие", "вооруженные", "заключенных" to their verbs; the
    lexicon writes them as the masculine nominative participle ("протестующий").
    """
    key = normalize(token.lemma or token.text)
    if key.endswith(VERB_LEMMA_ENDINGS) and token.pos in ("VERB", "NOUN", "ADJ") and "Case" in token.feats:
        return participle_lemma(token.text) or key
    return key


# tokens list -> (the list, its role lemmas): the role tagger and the linker read every sentence of an
# article; the list itself is kept so that its id is not reused while it is here
_SENTENCE_LEMMAS: dict[int, tuple[list[Token], list[str]]] = {}
KEPT_SENTENCES = 4096  # a few batches: the role tagger reads a whole batch (64 articles, ~1,000 sentences) before the linker
# a word (lemma, else text) -> its ``normalize``d key: of the words that are no verb's lemma (their role lemma), and of
# verbs' lemmas (a participle's role lemma is its own form); the same few thousand words recur in every text
_PLAIN_KEYS: dict[str, str] = {}
_VERB_KEYS: dict[str, str] = {}
KEPT_KEYS = 65_536


def sentence_role_lemmas(tokens: list[Token]) -> list[str]:
    """``role_lemma`` of every token of a sentence, made once for the steps that read it."""
    kept = _SENTENCE_LEMMAS.get(id(tokens))
    if kept is not None and kept[0] is tokens and len(kept[1]) == len(tokens):
        return kept[1]
    if len(_SENTENCE_LEMMAS) >= KEPT_SENTENCES:  # the oldest sentence goes: the batch being read stays
        del _SENTENCE_LEMMAS[next(iter(_SENTENCE_LEMMAS))]
    # ``role_lemma`` of every token of every article (~95 CPU ms per 419 articles as one call a token): the key of
    # a word that is no verb's lemma, most words, read from a table by the word itself, in one comprehension
    plain = _PLAIN_KEYS
    lemmas = [plain.get(token.lemma or token.text) for token in tokens]
    if None in lemmas:
        verbal = _VERB_KEYS
        for index, key in enumerate(lemmas):
            if key is not None:
                continue
            token = tokens[index]
            word = token.lemma or token.text
            key = verbal.get(word)
            if key is None:
                key = normalize(word)
                known = verbal if key.endswith(VERB_LEMMA_ENDINGS) else plain
                if len(known) >= KEPT_KEYS:
                    known.clear()
                known[word] = key
            if key.endswith(VERB_LEMMA_ENDINGS) and token.pos in ("VERB", "NOUN", "ADJ") and "Case" in token.feats:
                key = participle_lemma(token.text) or key  # (as ``role_lemma``: a participle keeps its form)
            lemmas[index] = key
    _SENTENCE_LEMMAS[id(tokens)] = (tokens, lemmas)
    return lemmas  # (no None is left)


def forget_sentences() -> None:
    """Drop the kept lemmas of the sentences read so far, when a batch ends: the cache would otherwise keep a
    batch's tokens alive after it, for the collector to scan once more (see ``letopis.workers._run``)."""
    _SENTENCE_LEMMAS.clear()


PARTICIPLE_LEMMA_GRAMS = {"Nom", "Sing", "Masc"}


def _is_participle(pos: str, feats: dict[str, str]) -> bool:
    return feats.get("VerbForm") == "Part"


@lru_cache(maxsize=8192)
def participle_lemma(word: str) -> Optional[str]:
    """The masculine nominative singular of the first participle parse of the word (by pymorphy's order) that
    has one; read from the dictionary's entries when every participle entry gives the same one."""
    from letopis.nlp.morph import dictionary_inflections, morph_vocab

    forms = dictionary_inflections(word.lower(), PARTICIPLE_LEMMA_GRAMS, _is_participle)
    if forms is not None:
        lemmas = {normalize(form) for form in forms if form}
        if len(lemmas) <= 1:  # the parses' order cannot matter
            return lemmas.pop() if lemmas else None
    for parse in morph_vocab().parse(word.lower()):
        if parse.feats.get("VerbForm") == "Part":
            form = parse.inflect(PARTICIPLE_LEMMA_GRAMS)
            if form:
                return normalize(form.word)
    return None


@lru_cache(maxsize=4096)
def _hyphen_parts(lemma: str) -> tuple[str, ...]:
    """The lemmas of the parts of a hyphenated word ("мятежники-хути" -> мятежник, хути)."""
    from letopis.nlp.morph import cached_lemma as lemmatize

    parts = lemma.split("-")
    # "экс-президент", "вице-премьер": a short first part is a prefix, not a role; the second part may be short
    # where the lemmatiser cut an indeclinable name ("повстанцы-хуту" -> "повстанцы-хут")
    if len(parts) != 2 or len(parts[0]) < 4 or len(parts[1]) < 3:
        return ()
    return tuple(normalize(lemmatize(part, "NOUN")) for part in parts)


# nouns of the people taking part in a gathering: "участники уличных протестов" is "участник протест"
PARTICIPANT_NOUNS = frozenset({"участник"})


def _match_past_adjectives(lexicon: PhraseLexicon, lemmas: list[str], tokens: list[Token], index: int
                           ) -> Optional[tuple[int, object]]:
    """A participant phrase with adjectives inside it: "участников многонедельных уличных протестов",
    "участники антиправительственной демонстрации" (the phrase without them is in the lexicon)."""
    kept = [index] + [
        position for position in range(index + 1, min(len(tokens), index + 6)) if tokens[position].pos != "ADJ"
    ]
    match = lexicon.match([lemmas[position] for position in kept], 0)
    if match is None or match[0] < 2:
        return None
    stop = kept[match[0] - 1] + 1
    if any(tokens[position].pos != "ADJ" for position in range(index + 1, stop) if position not in kept[:match[0]]):
        return None
    return stop, match[1]


def _hyphen_match(lexicon: PhraseLexicon, lemmas: list[str], index: int) -> Optional[tuple[int, object]]:
    """"журналист-расследователь" is a журналист; "мятежники-хути" are the Хуситы (the part naming an actor)."""
    found = []
    for part in _hyphen_parts(lemmas[index]):
        match = lexicon.match([*lemmas[:index], part, *lemmas[index + 1:]], index)
        if match is not None and match[0] == index + 1:
            found.append(match)
    named = [match for match in found if isinstance(match[1], RoleNoun) and match[1].actor]
    return (named or found or [None])[0]


@dataclass(frozen=True)
class RoleNoun:
    phrase: tuple[str, ...]
    role: str  # GOV, MIL, ...
    position: Optional[str]  # KB position of a single office-holder
    kind: str  # office, member, group
    actor: Optional[str] = None  # a KB actor the phrase names (талибы -> Талибан)
    country: Optional[str] = None  # the country the title implies by itself ("глава Пентагона" -> USA)


class PhraseLexicon:
    """Lemma sequences -> values, matched longest first at a token."""

    def __init__(self, entries: list[tuple[tuple[str, ...], object]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in entries:
            self.by_first.setdefault(phrase[0], []).append((phrase, value))
        for options in self.by_first.values():
            options.sort(key=lambda option: -len(option[0]))

    def match(self, lemmas: list[str], index: int) -> Optional[tuple[int, object]]:
        """``(stop, value)`` of the longest phrase starting at ``lemmas[index]``."""
        for phrase, value in self.by_first.get(lemmas[index], ()):
            stop = index + len(phrase)
            if tuple(lemmas[index:stop]) == phrase:
                return stop, value
        return None

    def match_prefix(self, lemmas: list[str]) -> Optional[tuple[int, object]]:
        return self.match(lemmas, 0) if lemmas else None


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


@lru_cache(maxsize=1)
def role_nouns() -> PhraseLexicon:
    """``data/role_nouns.tsv``, and the office titles of ``data/titles.tsv`` it does not have."""
    entries = []
    for row in data_rows("role_nouns.tsv"):
        row += [""] * (5 - len(row))
        phrase, role, position, kind, actor = (cell.strip() for cell in row[:5])
        entries.append((_phrase(phrase), RoleNoun(_phrase(phrase), role, position or None, kind, actor or None)))
    known = {phrase for phrase, _ in entries}
    for phrase, noun in _title_nouns():
        if phrase not in known:
            known.add(phrase)
            entries.append((phrase, noun))
    return PhraseLexicon(entries)


def _title_nouns() -> list[tuple[tuple[str, ...], RoleNoun]]:
    """Titles as role phrases: "глава пентагона" -> (глава, пентагон), defence minister of the USA.

    A one-word title that implies no country ("руководитель", "генсек", "пресс-секретарь") is too
    general to stand for an office without a country of its own, and is left out.
    """
    from letopis.kb.titles import titles
    from letopis.nlp.morph import cached_lemma as lemma

    roles = {row[0].strip(): row[1].strip() for row in data_rows("position_roles.tsv")}
    found = []
    for title in titles().values():
        role = roles.get(title.position)
        words = title.title.split()
        if role is None or len(words) == 1 and not title.country:
            continue
        phrase = tuple(normalize(lemma(word)) for word in words)
        found.append((phrase, RoleNoun(phrase, role, title.position, "office", None, title.country)))
    return found


@lru_cache(maxsize=1)
def plural_leaders() -> PhraseLexicon:
    return PhraseLexicon([(_phrase(row[0]), row[1].strip()) for row in data_rows("heads_of_state.tsv")])


@lru_cache(maxsize=1)
def body_nouns() -> PhraseLexicon:
    return PhraseLexicon([(_phrase(row[0]), row[1].strip()) for row in data_rows("body_nouns.tsv")])


@lru_cache(maxsize=1)
def unit_head_nouns() -> frozenset[str]:
    """Head nouns of a unit named with its state body in the genitive (``data/unit_head_nouns.txt``)."""
    return frozenset(data_words("unit_head_nouns.txt"))


@lru_cache(maxsize=1)
def unit_roles() -> dict[tuple[str, ...], str]:
    """Body phrase -> the role of its units when it is not the body's own (``data/unit_roles.tsv``)."""
    return {_phrase(row[0]): row[1].strip() for row in data_rows("unit_roles.tsv")}


@lru_cache(maxsize=1)
def state_agency_heads() -> dict[str, tuple[str, bool]]:
    """Head noun of state administration -> (role, needs a state qualifier) (``data/state_agency_heads.tsv``)."""
    return {normalize(row[0]): (row[1].strip(), len(row) > 2 and row[2].strip() == "yes")
            for row in data_rows("state_agency_heads.tsv")}


@lru_cache(maxsize=1)
def state_qualifiers() -> frozenset[str]:
    """Words that make a council or committee a state body (``data/state_qualifiers.txt``)."""
    return frozenset(data_words("state_qualifiers.txt"))


@lru_cache(maxsize=1)
def international_bodies() -> PhraseLexicon:
    """``data/international_bodies.tsv``: a bare body name -> (IGO owner, clue lemmas)."""
    return PhraseLexicon([(_phrase(row[0]), (row[1].strip(), frozenset(normalize(row[2]).split("|"))))
                          for row in data_rows("international_bodies.tsv")])


@lru_cache(maxsize=1)
def name_words() -> dict[str, str]:
    """Lemma of a word in an unknown organisation's name -> the role it gives ("повстанческий" -> REB)."""
    return {normalize(row[0]): row[1].strip() for row in data_rows("name_words.tsv")}


@lru_cache(maxsize=1)
def country_anaphora() -> frozenset[str]:
    return frozenset(normalize(row[0]) for row in data_rows("country_anaphora.txt"))


# ---------------------------------------------------------------- matches


@dataclass
class RoleMatch:
    sentence: int
    start: int  # token indexes [start, stop) of the whole phrase, modifiers included
    stop: int
    noun: RoleNoun
    plural: bool
    # (country, token index of the modifier or -1) in text order
    countries: list[tuple[str, int]] = field(default_factory=list)
    anaphoric: bool = False  # the country came from "республики", not a name
    # the country came from a place or an organisation after the noun ("полиция Нью-Йорка",
    # "следователи Пентагона"), not from a name of the country
    owned: bool = False
    owner_code: Optional[str] = None  # the code of that organisation ("сотрудники ФСБ" -> RUSSPY)


CountryOfToken = Callable[[int, int], Optional[str]]  # (sentence, token) -> ISO3
# (sentence, token) -> (ISO3, code or None) of the place or organisation the token names, with its kind
OwnerOfToken = Callable[[int, int], Optional[tuple[str, Optional[str], str]]]


def find_roles(
    tokens: list[Token],
    sentence: int,
    country_of: CountryOfToken,
    adjective_country: Callable[[str], Optional[str]],
    owner_of: Optional[OwnerOfToken] = None,
) -> list[RoleMatch]:
    """Every role phrase of one sentence, with its country modifiers.

    ``owner_of``: the country of a place or organisation the text names (not a country itself), read
    after a member or group noun ("жители штата Нью-Йорк", "следователи Пентагона")."""
    lemmas = sentence_role_lemmas(tokens)
    lexicon = role_nouns()
    leader_nouns, first_words = people_leader_nouns().leaders, lexicon.by_first  # (read at every word)
    # the first tests of ``_local_head``, ``_staff_of_group`` and ``_person_of_country``, read here: every noun
    # that begins no phrase (~38,000 per 419 articles) fails them, and three calls a noun cost more than the tests
    heads, staff = local_heads(), staff_nouns()
    matches: list[RoleMatch] = []
    index = 0
    while index < len(tokens):
        if lemmas[index] in leader_nouns and tokens[index].pos == "NOUN":
            leaders = _leaders_of_people(tokens, lemmas, sentence, index, country_of, adjective_country)
            if leaders is not None:
                matches.append(leaders)
                index = leaders.stop
                continue
        # most words begin no phrase: the look-up below is skipped for them
        found = lexicon.match(lemmas, index) if lemmas[index] in first_words else None
        if found is None and "-" in lemmas[index]:
            found = _hyphen_match(lexicon, lemmas, index)
        if found is None and lemmas[index] in PARTICIPANT_NOUNS:
            found = _match_past_adjectives(lexicon, lemmas, tokens, index)
        if found is None and tokens[index].pos != "NOUN":  # what follows reads person nouns only
            index += 1
            continue
        if found is None and owner_of is not None and (heads.get(lemmas[index]) == "head" or lemmas[index] in staff):
            head = _local_head(tokens, lemmas, sentence, index, owner_of) \
                or _staff_of_group(tokens, lemmas, sentence, index, country_of, adjective_country, owner_of)
            if head is not None:
                matches.append(head)
                index = head.stop
                continue
        if found is None:
            if tokens[index].feats.get("Animacy") == "Anim":  # (an inanimate noun names no person)
                person = _person_of_country(tokens, lemmas, sentence, index, adjective_country, country_of, owner_of)
                if person is not None:
                    matches.append(person)
            index += 1
            continue
        stop, noun = found
        assert isinstance(noun, RoleNoun)
        if tokens[stop - 1].pos == "ADJ" and stop < len(tokens) and tokens[stop].pos == "NOUN":
            index += 1  # an attribute, not the role: "военные учения", "рабочая группа"
            continue
        if noun.role == "GOV" and noun.kind == "group" and _private_premises_after(tokens, lemmas, stop):
            index = stop  # "администрация отеля", "руководство компании": a firm's management, not the state
            continue
        matches.append(_role_match(tokens, lemmas, sentence, index, stop, noun, country_of, adjective_country,
                                   owner_of))
        index = stop
    return matches


def _role_match(tokens: list[Token], lemmas: list[str], sentence: int, index: int, stop: int, noun: RoleNoun,
                country_of: CountryOfToken, adjective_country: Callable[[str], Optional[str]],
                owner_of: Optional[OwnerOfToken]) -> RoleMatch:
    """The lexicon's phrase at ``[index, stop)`` with the countries around it."""
    match = RoleMatch(sentence, index, stop, noun, tokens[index].feats.get("Number") == "Plur")
    _adjective_before(tokens, lemmas, match, adjective_country)
    _genitives_after(tokens, lemmas, match, country_of)
    if not match.countries and owner_of is not None and noun.kind != "office":
        _owner_after(tokens, lemmas, match, country_of, owner_of)
    if not match.countries and owner_of is not None and noun.kind == "office":
        _office_of_place(tokens, lemmas, match, owner_of)
    if not match.countries and noun.country:  # "глава Пентагона", "генсек НАТО"
        match.countries.append((noun.country, stop - 1))
    return match


@lru_cache(maxsize=1)
def private_premises() -> frozenset[str]:
    """Premises and firms that are not the state (``data/private_premises.txt``): "администрация отеля"."""
    return frozenset(normalize(row[0]) for row in data_rows("private_premises.txt"))


def _private_premises_after(tokens: list[Token], lemmas: list[str], start: int) -> bool:
    """A genitive noun of private premises right after ``start``, adjectives skipped ("руководства частной клиники")."""
    while start < len(tokens) and tokens[start].pos == "ADJ":
        start += 1
    return (
        start < len(tokens) and tokens[start].pos == "NOUN" and tokens[start].feats.get("Case") == "Gen"
        and lemmas[start] in private_premises()
    )


@lru_cache(maxsize=1)
def staff_nouns() -> frozenset[str]:
    """Nouns for the people of a body (``data/staff_nouns.txt``): "сотрудники посольства"."""
    return frozenset(normalize(row[0]) for row in data_rows("staff_nouns.txt"))


def _staff_of_group(tokens: list[Token], lemmas: list[str], sentence: int, index: int, country_of: CountryOfToken,
                    adjective_country: Callable[[str], Optional[str]],
                    owner_of: Optional[OwnerOfToken]) -> Optional[RoleMatch]:
    """"представители шведского посольства", "сотрудники прокуратуры": the people of a body the lexicon
    lists as a group take its role and country ("сотрудники посольства" of Sweden are SWEGOV)."""
    if lemmas[index] not in staff_nouns() or tokens[index].pos != "NOUN":
        return None
    start = index + 1
    while start < len(tokens) and start - index <= MAX_MODIFIER_GAP + 1 and tokens[start].pos == "ADJ":
        start += 1
    if start >= len(tokens) or tokens[start].feats.get("Case") != "Gen":
        return None
    found = role_nouns().match(lemmas, start)
    if found is None or not isinstance(found[1], RoleNoun) or found[1].kind != "group" or found[1].actor:
        return None
    group = _role_match(tokens, lemmas, sentence, start, found[0], found[1], country_of, adjective_country,
                        owner_of)
    noun = RoleNoun((lemmas[index],), group.noun.role, None, "member")
    return RoleMatch(sentence, index, group.stop, noun, tokens[index].feats.get("Number") == "Plur",
                     group.countries, group.anaphoric, group.owned, group.owner_code)


class PeopleLeaderWords(NamedTuple):
    leaders: frozenset[str]  # "лидер", "старейшина"
    communities: frozenset[str]  # "*" rows: "община", "племя"
    adjectives: frozenset[str]  # "+" rows: "курдский", "шиитский"
    stateless: frozenset[str]  # "=" rows: peoples and faiths of no country of their own ("курд", "шиит")


@lru_cache(maxsize=1)
def people_leader_nouns() -> PeopleLeaderWords:
    """``data/people_leader_nouns.txt``: the words of "лидеры иракских курдов", "старейшины афганских племён",
    "курдские лидеры", "лидеры шиитов"."""
    words = [normalize(row[0]) for row in data_rows("people_leader_nouns.txt")]
    return PeopleLeaderWords(frozenset(word for word in words if not word.startswith(("*", "+", "="))),
                             frozenset(word[1:] for word in words if word.startswith("*")),
                             frozenset(word[1:] for word in words if word.startswith("+")),
                             frozenset(word[1:] for word in words if word.startswith("=")))


def _leaders_of_people(tokens: list[Token], lemmas: list[str], sentence: int, index: int,
                       country_of: CountryOfToken,
                       adjective_country: Callable[[str], Optional[str]]) -> Optional[RoleMatch]:
    """"лидеры иракских курдов", "представители косовских албанцев", "старейшины афганских племён": those who
    speak for a people, a faith or a tribe act for it politically: its country with the opposition's role (OPP),
    not the civilians (CVL) the people nouns alone are.  The people noun follows in the genitive, its
    adjectives skipped: a demonym ("палестинцев"), a person noun of no role of its own with a country
    ("иракских курдов", "шиитов Ирака"), or a community noun with a country ("афганских племён")."""
    before = _people_adjective_before(tokens, lemmas, index)
    if before is not None:  # "(сомалийские) клановые лидеры", "шиитские духовные лидеры Ирака"
        match = RoleMatch(sentence, before, index + 1, RoleNoun((lemmas[index],), OPPOSITION, None, "member"),
                          tokens[index].feats.get("Number") == "Plur")
        _adjective_before(tokens, lemmas, match, adjective_country)
        if not match.countries:
            _genitives_after(tokens, lemmas, match, country_of)
        match.start = min(match.start, before)
        return match
    start = index + 1
    while start < len(tokens) and start - index <= MAX_MODIFIER_GAP + 1 and tokens[start].pos == "ADJ":
        start += 1
    if start >= len(tokens) or tokens[start].pos != "NOUN" or tokens[start].feats.get("Case") != "Gen":
        return None
    nouns = people_leader_nouns()
    community = lemmas[start] in nouns.communities
    if not community and (tokens[start].feats.get("Animacy") != "Anim" or tokens[start].feats.get("Number") != "Plur"
                          or role_nouns().match(lemmas, start) is not None):
        return None  # "лидер партии", "представители полиции", "лидеры повстанцев": the lexicon's own roles
    people = RoleMatch(sentence, start, start + 1, RoleNoun((lemmas[start],), OPPOSITION, None, "member"), True)
    # the country they live in, named after them, before that of their name: "армянской общины Ливана" are of
    # Lebanon, "албанцев Македонии" of Macedonia; then a country adjective ("боснийских сербов" are of Bosnia),
    # then a demonym's own country ("палестинцев")
    demonym = country_of(sentence, start)
    if demonym is None and not community and lemmas[start] not in nouns.stateless:
        return None  # "лидер фермеров", "представители болельщиков": no people, no political actor
    _genitives_after(tokens, lemmas, people, country_of)
    if not people.countries:
        _adjective_before(tokens, lemmas, people, adjective_country)
    if not people.countries and demonym is not None:
        people.countries.append((demonym, start))
    if people.start <= index:
        return None
    noun = RoleNoun((lemmas[index],), OPPOSITION, None, "member")
    return RoleMatch(sentence, index, people.stop, noun, tokens[index].feats.get("Number") == "Plur",
                     people.countries)


def _people_adjective_before(tokens: list[Token], lemmas: list[str], index: int) -> Optional[int]:
    """The position of an adjective of a people or a faith (``data/people_leader_nouns.txt``) among the two
    adjectives before ``index``: "курдские лидеры", "шиитские духовные лидеры"."""
    for position in range(index - 1, max(index - 3, -1), -1):
        adjective = _adjective_lemma(tokens[position], lemmas[position])
        if not adjective:
            return None
        if adjective in people_leader_nouns().adjectives:
            return position
    return None


def _person_of_country(
    tokens: list[Token], lemmas: list[str], sentence: int, index: int,
    adjective_country: Callable[[str], Optional[str]], country_of: Optional[CountryOfToken] = None,
    owner_of: Optional[OwnerOfToken] = None,
) -> Optional[RoleMatch]:
    """"российский программист", "программисты Индии": a person noun the lexicon does not list, with
    a country adjective or genitive, is a person of that country in the role of the "*" row (CVL)."""
    token = tokens[index]
    default = role_nouns().by_first.get("*")
    if not default or token.pos != "NOUN" or token.feats.get("Animacy") != "Anim":
        return None
    noun = default[0][1]
    assert isinstance(noun, RoleNoun)
    match = RoleMatch(sentence, index, index + 1, RoleNoun((lemmas[index],), noun.role, None, noun.kind),
                      token.feats.get("Number") == "Plur")
    _adjective_before(tokens, lemmas, match, adjective_country)
    if not match.countries and country_of is not None:  # "врачи Великобритании"
        _genitives_after(tokens, lemmas, match, country_of)
        if match.countries and lemmas[index] in country_heads() and _leads_country(tokens, lemmas, match):
            # "главой Кубы": who leads it
            match.noun = RoleNoun((lemmas[index],), GOVERNMENT, None, noun.kind)
        if not match.countries and owner_of is not None:  # "члены КПРФ", "жители Техаса"
            _owner_after(tokens, lemmas, match, country_of, owner_of)
    if match.countries and lemmas[index] in counterpart_nouns():  # "со своим российским коллегой"
        match.noun = RoleNoun((lemmas[index],), _counterpart_role(lemmas, index), None, noun.kind)
    elif match.countries and not match.owned and lemmas[index] in envoy_nouns():
        match.noun = RoleNoun((lemmas[index],), GOVERNMENT, None, noun.kind)  # "представители Индии"
    return match if match.countries else None


def _counterpart_role(lemmas: list[str], index: int) -> str:
    """The role of a counterpart ("коллега"): that of the person noun named last before it in the sentence
    ("журналист Андреа Рокелли и его российский коллега" is a journalist, MED), else an official (GOV: "Лавров
    встретился с американским коллегой")."""
    for start in range(index - 1, -1, -1):
        found = role_nouns().match(lemmas, start)
        if found is not None and found[0] <= index and isinstance(found[1], RoleNoun) \
                and found[1].role:
            return found[1].role
    return GOVERNMENT


def _leads_country(tokens: list[Token], lemmas: list[str], match: RoleMatch) -> bool:
    """The genitive after a head noun is the country ("главой Кубы") or its government ("глава Палестинской
    национальной администрации"), not a company of it ("глава российского газового холдинга")."""
    position = match.countries[0][1]
    if tokens[position].pos != "ADJ":
        return True
    following = match.stop
    while following < len(tokens) and tokens[following].pos == "ADJ":
        following += 1
    return following < len(tokens) and lemmas[following] in government_nouns()


@lru_cache(maxsize=1)
def government_nouns() -> frozenset[str]:
    """``data/government_nouns.txt``: nouns of a country's government ("правительство", "администрация")."""
    return frozenset(normalize(row[0]) for row in data_rows("government_nouns.txt"))


@lru_cache(maxsize=1)
def envoy_nouns() -> frozenset[str]:
    """``data/envoy_nouns.txt``: person nouns that, with a country of their own, act for its government."""
    return frozenset(normalize(row[0]) for row in data_rows("envoy_nouns.txt"))


@lru_cache(maxsize=1)
def counterpart_nouns() -> frozenset[str]:
    """``data/counterpart_nouns.txt``: person nouns that, with a country, name an official of its government."""
    return frozenset(normalize(row[0]) for row in data_rows("counterpart_nouns.txt"))


@lru_cache(maxsize=1)
def country_heads() -> frozenset[str]:
    """``data/country_heads.txt``: person nouns that lead the country named after them."""
    return frozenset(normalize(row[0]) for row in data_rows("country_heads.txt"))


def _adjective_before(
    tokens: list[Token], lemmas: list[str], match: RoleMatch, adjective_country: Callable[[str], Optional[str]]
) -> None:
    """"афганские (правительственные) военные": a country adjective just before the noun;
    "армянскими и азербайджанскими военными": each of coordinated ones."""
    position = match.start - 1
    gap = 0
    while position >= 0 and gap <= MAX_MODIFIER_GAP:
        adjective = _adjective_lemma(tokens[position], lemmas[position])
        if not adjective:
            return
        country = adjective_country(adjective)
        if not country and not match.countries:  # "московская полиция", "кёльнский суд": the place's country
            country = country_of_place_adjective(adjective)
            if country:
                match.countries.append((country, position))
                match.start = position
                match.owned = True  # the city's police, not the country's body
                return
        if country:
            match.countries.append((country, position))
            match.start = position
            while position >= 2 and tokens[position - 1].text.lower() in (",", "и"):
                # the tagger may call the first adjective a noun ("армянскими/NOUN и азербайджанскими") or, opening
                # the sentence, a name ("Угандийские/PROPN и конголезские войска")
                before = tokens[position - 2]
                lemma = lemmas[position - 2] if before.pos == "NOUN" else _adjective_lemma(before, lemmas[position - 2])
                country = adjective_country(lemma) if lemma else None
                if not country or any(country == found for found, _ in match.countries):
                    break
                position -= 2
                match.countries.insert(0, (country, position))
                match.start = position
            return
        gap += 1
        position -= 1


def _adjective_lemma(token: Token, lemma: str) -> str:
    """The adjective lemma of a modifier, also of one the tagger took for a name and left unlemmatised
    ("Ангольские"/PROPN opening a sentence) or, a rare country adjective, for a verb ("руандийские"/VERB
    войска: no participle ends in -ский); "" for a word of no adjective form."""
    if token.pos == "ADJ":
        return lemma
    if token.pos not in ("PROPN", "VERB") or not token.text.lower().endswith(ADJECTIVE_FORM_ENDINGS):
        return ""
    from letopis.nlp.morph import cached_lemma as lemmatize

    return normalize(lemmatize(token.text, "ADJ"))


def _genitives_after(
    tokens: list[Token], lemmas: list[str], match: RoleMatch, country_of: CountryOfToken
) -> None:
    """"президентами Казахстана, Узбекистана и Афганистана", "министру обороны республики"."""
    position = match.stop
    found: list[tuple[str, int]] = []
    while position < len(tokens):
        country = country_of(match.sentence, position)
        if country is None and lemmas[position] in country_anaphora() and not found:
            if tokens[position].feats.get("Number") == "Plur" and position + 1 < len(tokens) \
                    and tokens[position + 1].text[:1].isupper():
                return  # "министры иностранных дел стран АСЕАН": the countries of a name, not "our" country
            if tokens[position].feats.get("Case") == "Gen":
                match.anaphoric = True
                match.stop = position + 1
            return
        if country is None or not _genitive_form(tokens[position]):
            break
        if tokens[position].pos == "ADJ" and position + 1 < len(tokens) and tokens[position + 1].pos == "NOUN" \
                and country_of(match.sentence, position + 1) != country:
            break  # "представители шведского посольства": the adjective is the next noun's

        # a multi-word name ("Южной Кореи") is one country over several tokens
        if not found or found[-1][0] != country or position - found[-1][1] > 1:
            found.append((country, position))
        match.stop = position + 1
        following = position + 1
        while following < len(tokens) and country_of(match.sentence, following) == country:
            following += 1
        match.stop = following
        if following + 1 < len(tokens) and tokens[following].text.lower() in (",", "и"):
            if country_of(match.sentence, following + 1) is not None:
                position = following + 1
                continue
        break
    if not match.countries:
        match.countries.extend(found)


def _genitive_form(token: Token) -> bool:
    """A genitive, or a form the tagger may call dative or locative that is the genitive too: the "-ии" of the
    names in "-ия" ("посла Румынии", "президента Колумбии") is the same in the three cases, and right after a role
    noun it is its genitive."""
    case = token.feats.get("Case")
    return case in ("Gen", None) or (case in ("Dat", "Loc") and token.text.lower().endswith("ии")) \
        or _indeclinable(token)


INDECLINABLE_ENDINGS = ("и", "у", "ю", "о", "е", "э")


def _indeclinable(token: Token) -> bool:
    """A name whose form is its lemma and ends in a vowel no Russian declension ends its nominative with
    ("Фиджи", "Тувалу", "Того", "Перу", "Конго"): the tagger gives it the case of the noun it hangs on ("посла
    Фиджи" Acc, "премьер-министром Тувалу" Ins), but right after a role noun it is that noun's genitive owner."""
    text = token.text.lower()
    return token.pos == "PROPN" and text == normalize(token.lemma) and text.endswith(INDECLINABLE_ENDINGS)


@lru_cache(maxsize=1)
def local_heads() -> dict[str, str]:
    """Lemma -> "head" or "link" (``data/local_heads.tsv``)."""
    return {normalize(row[0]): row[1].strip() for row in data_rows("local_heads.tsv")}


def _place_after(tokens: list[Token], lemmas: list[str], sentence: int, position: int,
                 owner_of: OwnerOfToken) -> Optional[tuple[str, int, int]]:
    """(country, first, stop) of a region or city named at ``position`` in the genitive, after at most two
    linking nouns ("администрации (города) Сергиева Посада"), or in any case after a noun of its kind ("города
    Сергиев Посад")."""
    links, kind = 0, ""
    while position < len(tokens) and links < 2 and local_heads().get(lemmas[position]) in ("link", "place") \
            and tokens[position].feats.get("Case") == "Gen":
        kind = local_heads()[lemmas[position]]
        position += 1
        links += 1
    # "главы города Сергиев Посад": after a noun of the kind of place, its name may stand in the nominative
    if position >= len(tokens) or tokens[position].feats.get("Case") not in ("Gen", None) and kind != "place":
        return None
    owner = owner_of(sentence, position)
    if owner is None or owner[2] != "place":
        return None
    stop = position + 1
    while stop < len(tokens) and owner_of(sentence, stop) == owner:
        stop += 1
    return owner[0], position, stop


def _local_head(tokens: list[Token], lemmas: list[str], sentence: int, index: int,
                owner_of: OwnerOfToken) -> Optional[RoleMatch]:
    """"глава Татарстана", "глава администрации Сергиева Посада": the head of a region's or city's
    government is an official (GOV) of its country."""
    if local_heads().get(lemmas[index]) != "head" or tokens[index].pos != "NOUN":
        return None
    place = _place_after(tokens, lemmas, sentence, index + 1, owner_of)
    if place is None:
        return None
    country, position, stop = place
    noun = RoleNoun((lemmas[index],), "GOV", None, "member")
    return RoleMatch(sentence, index, stop, noun, tokens[index].feats.get("Number") == "Plur",
                     [(country, position)], owned=True)


def _office_of_place(tokens: list[Token], lemmas: list[str], match: RoleMatch, owner_of: OwnerOfToken) -> None:
    """"президент Татарстана", "глава правительства Квебека": an office of a region or city is an
    official of its country, not the holder of the country's office."""
    place = _place_after(tokens, lemmas, match.sentence, match.stop, owner_of)
    if place is None:
        return
    country, position, stop = place
    noun = match.noun
    match.noun = RoleNoun(noun.phrase, noun.role, None, "member")
    match.countries.append((country, position))
    match.stop = stop
    match.owned = True


@lru_cache(maxsize=1)
def owner_links() -> frozenset[str]:
    """Nouns between a role noun and the country or place it belongs to (``data/owner_links.txt``)."""
    return frozenset(normalize(row[0]) for row in data_rows("owner_links.txt"))


def _owner_after(
    tokens: list[Token], lemmas: list[str], match: RoleMatch, country_of: CountryOfToken, owner_of: OwnerOfToken
) -> None:
    """"жители (штата) Нью-Йорк", "полиция Техаса", "командующий силами США", "следователи Пентагона":
    the country of a place or an organisation in the genitive after the noun, or of a country after a
    linking noun (``owner_links``).  An organisation serves member nouns only: a group noun before an
    organisation ("боевики ХАМАС") is that organisation (the RoleTagger's owner)."""
    position = match.stop
    linked = position < len(tokens) and lemmas[position] in owner_links() \
        and tokens[position].feats.get("Case") in ("Gen", "Ins")
    if linked:
        position += 1
    if position >= len(tokens) or not linked and tokens[position].feats.get("Case") not in ("Gen", None):
        return
    country = country_of(match.sentence, position) if linked else None
    if country is not None:
        owner: Optional[tuple[str, Optional[str], str]] = (country, None, "country")
    else:
        owner = owner_of(match.sentence, position)
        # (one person of a group noun is a member: "журналиста Би-би-си")
        one_person = not match.plural and tokens[match.stop - 1].feats.get("Animacy") == "Anim"
        if owner is None or owner[2] == "organisation" and match.noun.kind != "member" and not one_person:
            return
    stop = position + 1
    while stop < len(tokens) and (country_of(match.sentence, stop) == owner[0] if country is not None
                                  else owner_of(match.sentence, stop) == owner):
        stop += 1
    match.countries.append((owner[0], position))
    match.stop = stop
    match.owned = country is None
    match.owner_code = owner[1]
