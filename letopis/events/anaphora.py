"""Antecedents of pronouns and anaphoric role nouns, for the event coder.

A news text names an actor once and then says "он", "его", "они", "стороны", "глава ведомства".  The
antecedent is the most recent actor that agrees with the pronoun in gender and number (morphology of
the mention's head word), looked for:

1. earlier in the same sentence, but never among the pronoun's co-arguments: in "власти Турции
   задержали его" the subject of "задержали" is not "его";
2. among the subjects of the previous sentence (the subject first), then its other actors.

A person the knowledge base does not know is a referent too (``UNKNOWN``): a pronoun that means them
names no actor rather than the last known one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from letopis.events.syntax import SentenceView
from letopis.model import Entity

# lemma of a personal pronoun -> its gender ("" for the plural "они")
PRONOUN_GENDER = {"он": "Masc", "она": "Fem", "оно": "Neut", "они": ""}
# a plural role noun that means all the parties just named: "стороны подписали соглашение"
PARTIES = {"сторона"}
# a plural noun of states counted as two or both means the two parties just named: "обе страны подписали", "два
# государства договорились" (with no such count, "страны" are any states: "страны ЕС")
COUNTED_PARTIES = {"страна", "государство"}
BOTH = {"оба", "обе", "обеих", "два", "две", "двух"}
# a part of a plural that cannot tell which of several sides it is: "один из них"
ONE_OF = {"один", "кто-то", "кто"}
CLAUSE_RELATIONS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "xcomp"}
ARGUMENTS = CLAUSE_RELATIONS | {"conj", "root", "parataxis"}
# the prepositions that name whom someone acts together with ("встретился с Рахмоном", "вместе с Путиным")
COMITATIVE = {"с", "вместе с", "со"}

UNKNOWN = Entity(id="unknown:person", type="PER", name="?")


@dataclass(frozen=True)
class Referent:
    """One mention of an actor that a later pronoun may refer to."""

    entity: Entity
    position: int  # the mention's head word in its sentence
    gender: str  # Masc, Fem, Neut or "" when the tagger gave none
    number: str  # Sing, Plur or ""
    subject: bool
    group: int  # the first conjunct of its coordination: "Путин и Рахмон" are one group
    place: bool = False  # a place named with a preposition ("прибыл в Москву"): a party only as a visit's host
    partner: bool = False  # named with "с" + instrumental ("встретился с Рахмоном"): one side of a pair that "они" may mean


def first_conjunct(view: SentenceView, position: int) -> int:
    while view.rel(position) == "conj" and view.head(position) >= 0:
        position = view.head(position)
    return position


def referents_of(
    view: SentenceView,
    actors_of: Callable[[int], list[Entity]],
    unknown_person: Callable[[int], bool],
) -> list[Referent]:
    """The actors a sentence names as arguments, in text order: each noun phrase once, read by the coder's
    own ``actors_of`` ("Президент России Владимир Путин" is Путин, not Россия); ``unknown_person`` tells a
    name the knowledge base does not know."""
    result = []
    found: dict[int, list[Entity]] = {}
    for position, token in enumerate(view.tokens):
        if token.pos not in ("NOUN", "PROPN"):
            continue
        rel = view.rel(position)
        head = view.head(position)
        if rel not in ARGUMENTS and rel != "nmod":
            continue
        if rel == "nmod" and head >= 0 and found.get(head) != []:
            # inside a phrase that has its actor: "лидера Движения", "президентом Казахстана"; but a person named
            # as the owner of a thing is one of his own ("заморозила счета президента Филиппин Маркоса и возбудила
            # против него дело": the thing's phrase stands for the country, the pronoun means the man)
            if found.get(head) is None or view.tokens[head].feats.get("Animacy") != "Inan":
                continue
            actors = [actor for actor in actors_of(position) if actor.type == "PER" and actor not in found[head]]
            if not actors:
                continue
        else:
            actors = actors_of(position)
        found[position] = actors
        if not actors and unknown_person(position):
            actors = [UNKNOWN]
        if not actors:
            continue
        place = bool(view.preposition(position)) and all(actor.type == "LOC" for actor in actors)
        # "встреча с Медведевым в Сочи. Они ...", "прилетел в Сочи. Стороны ...": a place named as where the act was
        # is no one who acts next; it is kept, marked, for the host of a visit ("прибыл с визитом в Россию. Стороны
        # подписали ...": ``resolve_parties``)
        feats = token.feats
        if rel == "nmod" and head >= 0 and view.tokens[head].pos == "NOUN" and \
                view.tokens[head].feats.get("Animacy") == "Anim":
            # "задержала лидеров оппозиции. Их обвинили ...": people named by a role noun that is no actor of its
            # own stand for the body or country of their genitive; the pronoun agrees with the people ("их"), not
            # with the body ("оппозиция" is singular)
            feats = view.tokens[head].feats
        gender, number = feats.get("Gender", ""), feats.get("Number", "")
        if any(actor.type == "PER" for actor in actors):
            # "канцлер Германии Ангела Меркель": the name, not the (masculine) role noun, gives the gender; so does
            # the genitive name of a thing that stands for its person ("Гибель Каддафи подтверждена. Он был убит"),
            # and its number too ("заморозила счета Маркоса и возбудила против него дело": one man, not "счета")
            thing = feats.get("Animacy") == "Inan"
            name_relations = ("appos", "flat:name", "flat", "nsubj")
            if thing:
                name_relations += ("nmod",)
            names = [
                view.tokens[word].feats
                for word in view.subtree(position)
                if view.tokens[word].pos == "PROPN" and view.rel(word) in name_relations
                or word == position and view.tokens[word].pos == "PROPN"
            ]
            gender = next((name["Gender"] for name in names if name.get("Gender")), gender)
            if thing and len(actors) == 1 and view.tokens[position].pos == "NOUN":
                number = next((name["Number"] for name in names if name.get("Number")), number)
        group = first_conjunct(view, position)
        partner = not place and view.preposition(position) in COMITATIVE and view.case(position) == "Ins"
        for actor in actors:
            result.append(
                Referent(
                    entity=actor,
                    position=position,
                    gender=gender,
                    number=number,
                    subject=view.rel(group) in ("nsubj", "nsubj:pass"),
                    group=group,
                    place=place,
                    partner=partner,
                )
            )
    # a sentence that names nothing but places names no one who acts next (nor a host without a guest)
    return result if any(not referent.place for referent in result) else []


def agrees(lemma: str, referent: Referent) -> bool:
    """Whether a personal pronoun can mean the referent: gender and number, as far as the tagger knows."""
    gender = PRONOUN_GENDER.get(lemma)
    if gender is None:
        return False
    if lemma == "они":
        return referent.number != "Sing"
    if referent.number == "Plur":
        return False
    if referent.entity.type == "LOC":
        return False  # "его арестовали": a person, not the country last named
    return not referent.gender or referent.gender == gender


def co_arguments(view: SentenceView, position: int) -> set[int]:
    """The words that are arguments of the same predicate as ``position`` (and their conjuncts)."""
    head = view.head(position)
    if head < 0:
        return set()
    result = set()
    for child in view.kids(head, *CLAUSE_RELATIONS):
        if child != position:
            result.update(view.conjuncts(child))
    return result


def groups(referents: list[Referent]) -> list[list[Referent]]:
    """Referents joined by coordination, in text order (places named with a preposition left out)."""
    result: dict[int, list[Referent]] = {}
    for referent in referents:
        if referent.place:
            continue
        result.setdefault(referent.group, []).append(referent)
    return sorted(result.values(), key=lambda members: members[0].position)


def resolve_pronoun(
    view: SentenceView, position: int, current: list[Referent], previous: list[Referent]
) -> list[Entity] | None:
    """The actors a personal pronoun at ``position`` means; ``[]`` when it means a person with no actor
    code; None when nothing agrees with it.  ``current`` are the referents of the pronoun's sentence that
    it may mean (empty to look only back)."""
    lemma = view.lemma(position)
    excluded = co_arguments(view, position)
    here = [r for r in current if r.position < position and r.position not in excluded]
    # the same sentence (nearest first), then the previous sentence (its subject first)
    ordered = [*reversed(groups(here)), *sorted(groups(previous), key=lambda g: not g[0].subject)]
    for members in ordered:
        if lemma == "они" and len(members) > 1:
            chosen = members  # "Путин и Рахмон ... Они обсудили": both
        else:
            chosen = [member for member in members if agrees(lemma, member)][:1]
        if chosen:
            if any(member.entity is UNKNOWN for member in chosen):
                return []
            return [member.entity for member in chosen]
    if lemma == "они":
        pair = comitative_pair(here) or comitative_pair(previous)
        if pair:
            return [] if UNKNOWN in pair else pair
    return None


def comitative_pair(referents: list[Referent]) -> list[Entity]:
    """The two actors a plural pronoun with no plural antecedent means when one was named with the other
    ("Путин встретился с Рахмоном. Они обсудили ...", "рассказал, что во время встречи с Медведевым они
    договорились"): the last partner named with "с" and the actor before it (its sentence's subject first); [] when
    there is no such pair."""
    for index in range(len(referents) - 1, 0, -1):
        partner = referents[index]
        if not partner.partner:
            continue
        before = [r for r in referents[:index] if not r.place and not r.partner and r.group != partner.group]
        if before:
            companion = next((r for r in reversed(before) if r.subject), before[-1])
            if companion.entity is not partner.entity:
                return [companion.entity, partner.entity]
    return []


def resolve_demonstrative(
    view: SentenceView, position: int, current: list[Referent], previous: list[Referent]
) -> list[Entity] | None:
    """The actor a demonstrative standing alone means ("потребовали от Аёмбекова сдаться, но тот отказался",
    "США призвали Иран ..., однако тот ответил отказом"): the nearest agreeing actor named before it that is
    not a subject (the demonstrative picks the other one), in its own sentence (never a co-argument), else in
    the previous one; None when nothing agrees with it."""
    feats = view.tokens[position].feats
    number, gender = feats.get("Number", ""), feats.get("Gender", "")
    excluded = co_arguments(view, position)
    here = [r for r in current if r.position < position and r.position not in excluded]

    def fits(referent: Referent) -> bool:
        if referent.subject or referent.place:
            return False
        if number == "Plur":
            return referent.number != "Sing"
        return referent.number != "Plur" and (not gender or not referent.gender or referent.gender == gender)

    for referents in (here, previous):
        for referent in reversed(referents):
            if fits(referent):
                return [] if referent.entity is UNKNOWN else [referent.entity]
    return None


def resolve_parties(previous: list[Referent], country_of: Callable[[Entity], str] | None = None) -> list[Entity]:
    """"Стороны" after a sentence that names two or more actors: all of them, the subject first. After a sentence
    that names one side and a foreign place it went to ("Президент Казахстана прибыл с визитом в Россию. Стороны
    подписали соглашение"), the place is the other side, the visit's host (``country_of``: an entity's country;
    a place of the side's own country is where it acted, no party: "прилетел в Сочи")."""
    found: list[Entity] = []
    for members in sorted(groups(previous), key=lambda g: not g[0].subject):
        for member in members:
            if member.entity is not UNKNOWN and member.entity not in found:
                found.append(member.entity)
    if len(found) == 1 and country_of is not None:
        own = country_of(found[0])
        hosts = [r.entity for r in previous if r.place and country_of(r.entity) not in ("", own)]
        if own and len({country_of(host) for host in hosts}) == 1:
            found.append(hosts[0])
    if country_of is not None:
        found = one_per_side(found, country_of)
    return found if len(found) > 1 else []


def one_per_side(found: list[Entity], country_of: Callable[[Entity], str]) -> list[Entity]:
    """The sides of states named more than once: "министры Казахстана и Узбекистана Саткалиев и Мирзамахмудов
    провели переговоры. Стороны договорились ..." has two sides, not four whose pairs would set Kazakhstan against
    its own minister. Among parties of two or more countries, each country is one side (its first mention); parties
    all of one country ("Путин и Медведев ... стороны") stay as named. A side named by its country and by a person
    or body is the person or body, the more telling code (KAZGOV, not KAZ)."""
    countries = {country_of(entity) for entity in found} - {""}
    if len(countries) < 2:
        return found
    kept: list[Entity] = []
    side: dict[str, int] = {}
    for entity in found:
        country = country_of(entity)
        if not country:
            kept.append(entity)
        elif country not in side:
            side[country] = len(kept)
            kept.append(entity)
        elif kept[side[country]].type == "LOC" and entity.type != "LOC":
            kept[side[country]] = entity
    return kept
