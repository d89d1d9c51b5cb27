"""Words around a role phrase that change whose the role is.

- an honorary title ("народный артист СССР", ``data/honorary_titles.txt``) names no country of its holder;
- a local adjective ("местная полиция", ``data/local_adjectives.txt``) places the role where the story is;
- an unknown armed group ("неизвестные боевики", ``data/unknown_adjectives.txt``) is of no country;
- an animal ("тамбовские свиньи", ``data/animal_nouns.txt``) is no person of a country;
- "в"/"на" + a place right after a group noun ("боевиков в Идлибе") is where the group is, and of its country
  unless the role is an outsider's (``data/outsider_nouns.tsv``, posted: "солдаты в секторе Газа", "посол в Таллине");
- a visitor ("туристы в Каире", "миротворцы на юге Ливана", ``data/outsider_nouns.tsv``) has no country but the one
  a modifier or "из X" names;
- "из" + a place after a person noun ("студент из Каира", ``data/origin_words.txt``) is the person's origin;
- a name in the genitive after a role noun in another case ("под руководством Уэстина") is the role's
  owner, not its holder;
- a dissolved state ("первого чехословацкого космонавта", ``data/dissolved_states.tsv``) names the country
  of a person in a later article only as one of its successors;
- a role after a copula ("X был шерифом", ``data/copula_verbs.txt``) is the subject's; "бывший", "экс-"
  (``data/former_words.txt``) make a role past;
- "наш" (``data/speaker_possessives.txt``) before the role noun or before "страна" after it ("власти нашей
  страны", "наша армия") makes the role the speaker's country's.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Optional

from letopis.kb.countries import ARMED_GROUP_ROLES, STATE_ROLES
from letopis.kb.data_files import data_rows, data_words
from letopis.kb.normal import normalize
from letopis.kb.phrases import RoleMatch, country_anaphora, government_nouns, role_lemma
from letopis.model import Token

ANY_NOUN = "*"
MODIFIER_REACH = 2  # adjectives read before a role noun: "заслуженный мастер спорта", "местные органы власти"


@lru_cache(maxsize=1)
def honorary_titles() -> frozenset[tuple[str, str]]:
    """(adjective, noun or "*") lemma pairs of honorary titles."""
    return frozenset((line.split()[0], line.split()[1]) for line in data_words("honorary_titles.txt"))


@lru_cache(maxsize=1)
def local_adjectives() -> frozenset[str]:
    return frozenset(data_words("local_adjectives.txt"))


@lru_cache(maxsize=1)
def foreign_adjectives() -> frozenset[str]:
    return frozenset(data_words("foreign_adjectives.txt"))


@lru_cache(maxsize=1)
def unknown_adjectives() -> frozenset[str]:
    return frozenset(data_words("unknown_adjectives.txt"))


@lru_cache(maxsize=1)
def animal_nouns() -> frozenset[str]:
    return frozenset(data_words("animal_nouns.txt"))


@lru_cache(maxsize=1)
def security_speaker_words() -> frozenset[str]:
    """Words that make a speaker phrase a military, defence, police or security body."""
    return frozenset(data_words("security_speaker_words.txt"))


@lru_cache(maxsize=1)
def outsider_kinds() -> dict[str, str]:
    """Role phrases of outsiders where they are -> "visitor" or "posted" (``data/outsider_nouns.tsv``)."""
    return {normalize(phrase): kind for phrase, kind in data_rows("outsider_nouns.tsv")}


@lru_cache(maxsize=1)
def visitor_nouns() -> frozenset[str]:
    return frozenset(phrase for phrase, kind in outsider_kinds().items() if kind == "visitor")


def is_visitor(match: RoleMatch) -> bool:
    """"миротворцы на юге Ливана", "туристы в Каире": outsiders where they are, of no country the place tells."""
    return match.noun.phrase[0] in visitor_nouns()


@lru_cache(maxsize=1)
def supporter_nouns() -> frozenset[str]:
    """Nouns of a follower who is no member of the group he follows (``data/supporter_nouns.txt``)."""
    return frozenset(data_words("supporter_nouns.txt"))


def is_supporter(match: RoleMatch, tokens: list[Token]) -> bool:
    """"сторонник ИГ": the phrase names a follower of its owner, not one of its members."""
    return normalize(role_lemma(tokens[noun_index(match, tokens)])) in supporter_nouns()


def is_outsider(match: RoleMatch) -> bool:
    """"солдаты в секторе Газа", "посол в Таллине": a role whose place is often not its country's."""
    return outsider_kinds().get(" ".join(match.noun.phrase)) == "posted"


@lru_cache(maxsize=1)
def kind_nouns() -> dict[str, str]:
    """Nouns of an organisation's kind -> "media" or "organisation" (``data/kind_nouns.tsv``)."""
    return {lemma: kind for lemma, kind in data_rows("kind_nouns.tsv")}


@lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    return frozenset(lemma for lemma, kind in kind_nouns().items() if kind == "media")


@lru_cache(maxsize=1)
def agency_nouns() -> frozenset[str]:
    """Nouns of kind "agency": media nouns only in a news agency's name (``is_news_agency``)."""
    return frozenset(lemma for lemma, kind in kind_nouns().items() if kind == "agency")


@lru_cache(maxsize=1)
def news_words() -> frozenset[str]:
    return frozenset(data_words("news_words.txt"))


def is_news_agency(lemmas: list[str]) -> bool:
    """Whether an organisation's name (lemmas) with an "agency" noun is a news agency's: the noun begins it
    and no "по ..." topic follows ("Агентство Франс Пресс", not "Агентство по атомной энергии"), or a news
    word is in it ("Центральное телеграфное агентство Кореи"); not "Антидопинговое агентство США"."""
    if news_words() & set(lemmas):
        return True
    return bool(lemmas) and lemmas[0] in agency_nouns() and lemmas[1:2] != ["по"]


@lru_cache(maxsize=1)
def body_anaphora_nouns() -> frozenset[str]:
    """``data/body_anaphora_nouns.txt``: bare group nouns that refer back to the state body named last."""
    return frozenset(data_words("body_anaphora_nouns.txt"))


@lru_cache(maxsize=1)
def origin_words() -> frozenset[str]:
    return frozenset(data_words("origin_words.txt"))


@lru_cache(maxsize=1)
def copula_verbs() -> frozenset[str]:
    return frozenset(data_words("copula_verbs.txt"))


PREDICATE_GAP = 4  # words between a name and its predicate role: "Арпайо долгое время был шерифом"


def is_predicate(match: RoleMatch, tokens: list[Token], name_last: int) -> bool:
    """"X долгое время был шерифом округа", "X является министром": the role is the name's predicate: a
    copula just before the role noun in the instrumental, no punctuation between the name and it."""
    between = tokens[name_last + 1:match.start]
    if not between or len(between) > PREDICATE_GAP or tokens[noun_index(match, tokens)].feats.get("Case") != "Ins":
        return False
    # another name between ("Суркова Зоя Антоновна работал учителем"): the predicate is that person's
    return role_lemma(between[-1]) in copula_verbs() and all(token.pos not in ("PUNCT", "PROPN") for token in between)


BECOME = "стать"


def predicate_is_current(match: RoleMatch, tokens: list[Token]) -> bool:
    """"X является министром", "X стал министром": a role held now; "X был министром" is a past one."""
    copula = tokens[match.start - 1]
    return role_lemma(copula) == BECOME or copula.feats.get("Tense") != "Past"


@lru_cache(maxsize=1)
def former_words() -> frozenset[str]:
    return frozenset(data_words("former_words.txt"))


def is_former(match: RoleMatch, tokens: list[Token]) -> bool:
    """"бывший премьер-министр", "экс-глава администрации": a role the person no longer holds."""
    prefixes = tuple(word for word in former_words() if word.endswith("-"))
    for token in tokens[max(0, match.start - MODIFIER_REACH):match.start + 1]:
        if role_lemma(token) in former_words() or normalize(token.text).startswith(prefixes):
            return True
    return False


@lru_cache(maxsize=1)
def dissolved_states() -> dict[str, tuple[date, tuple[str, ...]]]:
    """State -> (its last day, the states that continue it, the one that continues its office holders first)."""
    return {row[0]: (date.fromisoformat(row[1]), tuple(row[2].split())) for row in data_rows("dissolved_states.tsv")}


def successor(state: str, on: Optional[date], topic: Optional[str]) -> Optional[str]:
    """The article's country when it continues ``state``, a state dissolved before the article's date."""
    if state not in dissolved_states():
        return None
    last_day, successors = dissolved_states()[state]
    if on is not None and on <= last_day:
        return None
    return topic if topic in successors else None


def continuing_state(state: str, on: Optional[date]) -> Optional[str]:
    """The state a former office holder of ``state`` belongs to on a date after it dissolved ("Горбачёв" in
    2005 is RUS, in 1988 SUN)."""
    if state not in dissolved_states() or on is None:
        return None
    last_day, successors = dissolved_states()[state]
    return successors[0] if on > last_day else None


def origin_position(match: RoleMatch, tokens: list[Token]) -> Optional[int]:
    """The token after "из" that may name a person's origin ("студент из Каира"), for roles of no state."""
    if match.countries or match.noun.role in STATE_ROLES or match.stop + 1 >= len(tokens):
        return None
    return match.stop + 1 if role_lemma(tokens[match.stop]) in origin_words() else None


def government_group(match: RoleMatch) -> bool:
    """"правительство", "кабинет", "администрация": a group a person named after it heads."""
    return " ".join(match.noun.phrase) in government_nouns()


PLACE_PREPOSITIONS = frozenset(("в", "на"))
STATE_FORCES = frozenset(("армия", "войско", "власть", "силы"))  # what a state fights with, after "против"


# "боевиков в районе города Кона", "повстанцев на севере Мали": an area of a place, named by the place after it
AREA_NOUNS = frozenset((
    "район", "окрестность", "пригород", "предместье", "территория", "север", "юг", "запад", "восток", "северо-запад",
    "северо-восток", "юго-запад", "юго-восток", "центр", "граница",
))
SETTLEMENT_NOUNS = frozenset(("город", "село", "деревня", "поселок", "посёлок", "провинция", "область", "округ", "штат"))
NEAR_PREPOSITIONS = frozenset(("близ", "вблизи", "под"))  # "повстанцев близ Фритауна", "боевиков под Алеппо"
# "жителям пострадавших от наводнения районов Пакистана", "жители юга Непала": an area in the genitive after the group
# noun, its own modifiers between, is where the group is; the place after the area names its country
GENITIVE_AREA_NOUNS = AREA_NOUNS | SETTLEMENT_NOUNS | frozenset(("регион", "окраина", "побережье", "часть"))
GENITIVE_AREA_GAP = 5  # words between the group noun and its area: the area's adjectives or participle phrase


def place_position(match: RoleMatch, tokens: list[Token]) -> Optional[int]:
    """The token after "в"/"на" right after a group noun that may name where the group is ("боевиков в Идлибе"); past
    an area noun, the place it is of ("боевиков в районе города Кона", "на севере Мали"); the name after "близ",
    "вблизи", "под" ("повстанцев близ Фритауна")."""
    if match.countries or match.stop + 1 >= len(tokens):
        return None
    area = _genitive_area(match, tokens)
    if area is not None:
        return area
    preposition = tokens[match.stop]
    place = tokens[match.stop + 1]
    if role_lemma(preposition) in NEAR_PREPOSITIONS:
        return match.stop + 1 if place.pos == "PROPN" else None
    if role_lemma(preposition) not in PLACE_PREPOSITIONS or place.feats.get("Case") != "Loc":
        return None
    if role_lemma(place) in AREA_NOUNS:
        for index in range(match.stop + 2, min(match.stop + 5, len(tokens))):
            if role_lemma(tokens[index]) in SETTLEMENT_NOUNS:
                continue
            if tokens[index].pos in ("PROPN", "ADJ") and tokens[index].feats.get("Case") == "Gen":
                return index
            break
    return match.stop + 1


def _genitive_area(match: RoleMatch, tokens: list[Token]) -> Optional[int]:
    """The place named after an area noun in the genitive right after the group noun, its own modifiers between
    ("жителям пострадавших от наводнения районов Пакистана" -> Пакистана, "жители юга Непала"), or None."""
    for index in range(match.stop, min(match.stop + GENITIVE_AREA_GAP + 1, len(tokens))):
        token = tokens[index]
        if token.pos != "NOUN" or token.feats.get("Case") != "Gen" or role_lemma(token) not in GENITIVE_AREA_NOUNS:
            continue
        if not all(_modifies(tokens, between, index) for between in range(match.stop, index)):
            return None  # the parser may hang the area on the verb; the words before it must be its own
        for place in range(index + 1, min(index + 4, len(tokens))):
            if role_lemma(tokens[place]) in SETTLEMENT_NOUNS:
                continue
            if tokens[place].pos in ("PROPN", "ADJ") and tokens[place].feats.get("Case") == "Gen":
                return place
            break
        # "жителям пакистанской провинции Синд": the area's own adjective
        adjectives = [at for at in range(match.stop, index) if tokens[at].head == index and tokens[at].pos == "ADJ"]
        return adjectives[-1] if adjectives else None
    return None


def _modifies(tokens: list[Token], index: int, head: int) -> bool:
    """Whether the word at ``index`` hangs, in a few steps, from the word at ``head`` after it (a modifier of it)."""
    for _ in range(4):
        index = tokens[index].head
        if index == head:
            return True
        if not 0 <= index < head:
            return False
    return False


def opponent_positions(match: RoleMatch, tokens: list[Token]) -> list[int]:
    """The words after "против" in a participle clause right after an armed group noun that may name whom it fights
    ("повстанцев, выступающих против правительства Сирии", "боевиков, воюющих против Израиля")."""
    if match.countries or match.noun.role not in ARMED_GROUP_ROLES or match.stop + 3 >= len(tokens):
        return []
    comma, participle, preposition = tokens[match.stop:match.stop + 3]
    if comma.text != "," or participle.feats.get("VerbForm") != "Part" or role_lemma(preposition) != "против":
        return []
    if role_lemma(tokens[match.stop + 3]) not in government_nouns() | STATE_FORCES:
        return []  # "против Израиля" from abroad tells no home; "против правительства Сирии", "против армии Ирака" do
    return list(range(match.stop + 4, min(match.stop + 7, len(tokens))))


def reflexive_subject(match: RoleMatch, tokens: list[Token]) -> Optional[int]:
    """The subject "свой" points to when it owns a role noun: the subject of the nearest verb above the noun
    ("Сирия приступила к выводу своих войск", "Россия направила свои корабли"). None when the noun has no "свой"
    or no verb above it has a subject."""
    noun = noun_index(match, tokens)
    if not any(token.head == noun and role_lemma(token) == "свой" for token in tokens[max(0, noun - 3):noun]):
        return None
    index, seen = tokens[noun].head, 0
    while 0 <= index < len(tokens) and seen < len(tokens):
        if tokens[index].pos in ("VERB", "AUX"):
            subjects = [at for at, token in enumerate(tokens) if token.head == index and token.rel == "nsubj"]
            return subjects[0] if subjects else None  # the nearest verb is the one "свой" refers through
        index, seen = tokens[index].head, seen + 1
    return None


def noun_index(match: RoleMatch, tokens: list[Token]) -> int:
    """The token of a role phrase's noun ("военные" of "афганские военные")."""
    head = match.noun.phrase[0].split("-")[0]
    for index in range(match.start, match.stop):
        if role_lemma(tokens[index]).split("-")[0] == head:
            return index
    return match.start


def _adjectives_before(match: RoleMatch, tokens: list[Token]) -> list[str]:
    """Lemmas of the adjectives right before a role noun, inside the phrase or before it."""
    found = []
    index = noun_index(match, tokens) - 1
    # a participle too: "заслуженный" (the lemmatiser makes it "заслужить"; role_lemma keeps the adjective)
    while index >= 0 and len(found) < MODIFIER_REACH + 1 and (
            tokens[index].pos == "ADJ" or tokens[index].pos == "VERB" and "Case" in tokens[index].feats):
        found.append(role_lemma(tokens[index]))
        index -= 1
    return found


def is_honorary(match: RoleMatch, tokens: list[Token]) -> bool:
    """"народный артист СССР", "заслуженного врача России": an award, whose country is not the holder's."""
    noun = match.noun.phrase[0]
    titles = honorary_titles()
    return any((adjective, noun) in titles or (adjective, ANY_NOUN) in titles
               for adjective in _adjectives_before(match, tokens))


def is_local(match: RoleMatch, tokens: list[Token]) -> bool:
    """"местная полиция", "местных властей": the role of the place the story is about."""
    return any(adjective in local_adjectives() for adjective in _adjectives_before(match, tokens))


def is_unidentified(match: RoleMatch, tokens: list[Token]) -> bool:
    """"неизвестные боевики", "неустановленные вооружённые люди": an armed group the text does not identify."""
    return match.noun.role in ARMED_GROUP_ROLES and any(
        adjective in unknown_adjectives() for adjective in _adjectives_before(match, tokens)
    )


STATE_NOUNS = frozenset({"страна", "государство"})


@lru_cache(maxsize=1)
def several_states_nouns() -> frozenset[str]:
    return frozenset(data_words("several_states_nouns.txt"))


def is_several_states(match: RoleMatch, tokens: list[Token]) -> bool:
    """"Многие правительства", "правительства стран Европы": a plural state body of no country of its own is the
    bodies of several states (``data/several_states_nouns.txt``)."""
    noun = noun_index(match, tokens)
    if match.countries or match.anaphoric or role_lemma(tokens[noun]) not in several_states_nouns():
        return False
    # "Правительства стран Европы": the tagger may read the plural as a genitive singular; its owner tells
    after = tokens[noun + 1] if noun + 1 < len(tokens) else None
    return match.plural or (after is not None and after.lemma in STATE_NOUNS and after.feats.get("Number") == "Plur")


def is_foreign(match: RoleMatch, tokens: list[Token]) -> bool:
    """"западные дипломаты", "иностранные журналисты": foreigners of no one country."""
    return any(adjective in foreign_adjectives() for adjective in _adjectives_before(match, tokens))


@lru_cache(maxsize=1)
def field_nouns() -> frozenset[str]:
    """Nouns that after "по" name an office's field (``data/field_nouns.txt``)."""
    return frozenset(data_words("field_nouns.txt"))


def is_field(match: RoleMatch, tokens: list[Token]) -> bool:
    """"уполномоченный ОБСЕ по свободе СМИ", "советник по связям со СМИ", "по правам беженцев": a group in the
    genitive after "по" and one or more field nouns (with "с/со" between, for a noun of relations) is the field of
    an office, not an actor."""
    index, fields = match.start - 1, 0
    while index >= 1 and (normalize(tokens[index].lemma) in field_nouns()
                          or (fields == 0 and normalize(tokens[index].lemma) in ("с", "со"))):
        fields += normalize(tokens[index].lemma) in field_nouns()  # "по вопросам свободы СМИ": a chain of them
        index -= 1
    return fields > 0 and index >= 0 and normalize(tokens[index].lemma) == "по"


def is_animal(match: RoleMatch) -> bool:
    """"тамбовских свиней": an animate noun that names no person."""
    return match.noun.phrase[0] in animal_nouns()


def owns_name(match: RoleMatch, tokens: list[Token], name_first: int) -> bool:
    """"под руководством Уэстина", "по просьбе Иванова": a role noun followed by a name in the genitive while
    the noun itself is in another case is the name's possessor's group or act, not the person's title (a title
    agrees with its name: "народного артиста Армена Джигарханяна", "министру Иванову")."""
    if match.countries or not 0 <= name_first < len(tokens):
        return False
    noun = tokens[noun_index(match, tokens)]
    noun_case: Optional[str] = noun.feats.get("Case")
    name = tokens[name_first]
    if name.feats.get("Case") != "Gen" or noun_case in (None, "Gen"):
        return False
    if noun_case == "Acc" and noun.feats.get("Animacy") == "Anim":
        return False  # "уволив министра Дянкова": an animate accusative looks like the genitive
    if government_group(match):
        return False  # "правительство Яна Фишера", "администрации Рейгана": the name heads the government
    # the name must show its genitive: an indeclinable one ("генералам П. Плеве") says nothing
    return normalize(name.text) != normalize(name.lemma or name.text)


def owned_by_other(tokens: list[Token], stop: int, people: bool = False) -> bool:
    """A genitive noun after the role names whose it is: "президент компании", "лидер «Хезболлы»".

    ``people``: an initial or a name counts too ("правительство А.Колчака")."""
    for token in tokens[stop:stop + 4]:
        if token.pos == "ADJ" or token.pos == "PUNCT" and token.text in "«\"„“":
            continue
        if people and token.pos == "PROPN":
            return True
        return token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Gen"
    return False


@lru_cache(maxsize=1)
def speaker_possessives() -> frozenset[str]:
    return frozenset(data_words("speaker_possessives.txt"))


def is_speakers(match: RoleMatch, tokens: list[Token]) -> bool:
    """"наше правительство", "власти нашей страны": a role of the country of whoever says it."""
    noun = noun_index(match, tokens)
    for token in tokens[max(0, noun - MODIFIER_REACH):noun]:
        if role_lemma(token) in speaker_possessives():
            return True
    after = tokens[match.stop:match.stop + 2]
    return len(after) == 2 and role_lemma(after[0]) in speaker_possessives() \
        and role_lemma(after[1]) in country_anaphora()


@lru_cache(maxsize=1)
def leader_verbs() -> frozenset[str]:
    return frozenset(data_words("leader_verbs.txt"))


LEADER_GAP = 2  # words between a name and its verb: "возглавит муфтий Нур Вали Мехсуд", "Мехсуд теперь возглавлял"


def leader_verb_near(tokens: list[Token], first: int, last: int) -> Optional[int]:
    """The index of a verb of leading next to a name (tokens ``first``..``last``), no punctuation between (but the
    comma before a participle in apposition)."""
    for index in [*range(first - 1, max(-1, first - LEADER_GAP - 2), -1), *range(last + 1, min(len(tokens),
                                                                                              last + LEADER_GAP + 2))]:
        if tokens[index].pos == "PUNCT":
            continue
        if role_lemma(tokens[index]) in leader_verbs():
            between = tokens[index + 1:first] if index < first else tokens[last + 1:index]
            if all(token.pos != "PUNCT" for token in between):
                return index
        elif _appositive_participle(tokens, index, last):
            return index
    return None


def _appositive_participle(tokens: list[Token], index: int, last: int) -> bool:
    """"Андрей Бельянинов, возглавлявший ФТС": a participle of leading set off by the comma right after the name."""
    token = tokens[index]
    return index == last + 2 and tokens[last + 1].text == "," and token.feats.get("VerbForm") == "Part" \
        and normalize(token.lemma) in leader_verbs()


@lru_cache(maxsize=1)
def department_offices() -> frozenset[str]:
    return frozenset(data_words("department_offices.txt"))


DEPARTMENT_REACH = 6  # words of a department between an office and its holder: "топлива и энергетики Норвегии"
CONJUNCTIONS = frozenset(("и",))


def department_between(match: RoleMatch, tokens: list[Token], name_first: int) -> Optional[range]:
    """"министр топлива и энергетики Норвегии X": the department's words between the office and the name
    (genitive nouns and adjectives, "и", a country), or None when other words stand there."""
    if " ".join(match.noun.phrase) not in department_offices():
        return None
    between = range(match.stop, name_first)
    if not 0 < len(between) <= DEPARTMENT_REACH:
        return None
    for index in between:
        token = tokens[index]
        if role_lemma(token) in CONJUNCTIONS:
            continue
        if token.pos not in ("NOUN", "ADJ", "PROPN") or token.feats.get("Case") not in ("Gen", None):
            return None
    return between
