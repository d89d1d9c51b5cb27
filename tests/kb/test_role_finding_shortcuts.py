"""Session 24 speed (byte-identical): ``find_roles`` reads the first tests of its per-noun helpers itself, and
``build_context`` looks up each place's capital country once. The results must be those of the earlier code."""

from __future__ import annotations

from typing import Optional

import pytest

import letopis.kb.link as link_module
import letopis.kb.phrases as phrases
from letopis.kb.link import FEMININE_OBLIQUE, MASCULINE_OBLIQUE, build_context, capital_names
from letopis.kb.phrases import (
    PARTICIPANT_NOUNS,
    RoleMatch,
    RoleNoun,
    _hyphen_match,
    _leaders_of_people,
    _local_head,
    _match_past_adjectives,
    _person_of_country,
    _private_premises_after,
    _role_match,
    _staff_of_group,
    find_roles,
    people_leader_nouns,
    role_nouns,
    sentence_role_lemmas,
)
from letopis.model import Entity, Mention

pytestmark = pytest.mark.slow

SENTENCES = [
    "Глава Татарстана Рустам Минниханов встретился с сотрудниками шведского посольства в Казани.",
    "Российский программист и врачи Великобритании обратились к властям Индии.",
    "Сотрудники прокуратуры задержали троих жителей штата Техас, сообщила полиция Нью-Йорка.",
    "Курдские лидеры и старейшины афганских племён провели переговоры с представителями Ирана.",
    "Администрация отеля отказалась комментировать заявление главы администрации Сергиева Посада.",
    "Мятежники-хути обстреляли позиции саудовских военных, сообщил журналист-расследователь.",
    "Участники многонедельных уличных протестов в Минске потребовали отставки правительства.",
    "Президент Франции и его российский коллега обсудили ситуацию в Мали.",
    "В Асмэре и Бишкеке прошли акции, а в Банжуле задержали граждан Гамбии.",
]


def reference_find_roles(tokens, sentence, country_of, adjective_country, owner_of=None) -> list[RoleMatch]:
    """``find_roles`` as it was before this session: each per-noun helper called for every noun."""
    lemmas = sentence_role_lemmas(tokens)
    lexicon = role_nouns()
    leader_nouns, first_words = people_leader_nouns().leaders, lexicon.by_first
    matches: list[RoleMatch] = []
    index = 0
    while index < len(tokens):
        if lemmas[index] in leader_nouns and tokens[index].pos == "NOUN":
            leaders = _leaders_of_people(tokens, lemmas, sentence, index, country_of, adjective_country)
            if leaders is not None:
                matches.append(leaders)
                index = leaders.stop
                continue
        found = lexicon.match(lemmas, index) if lemmas[index] in first_words else None
        if found is None and "-" in lemmas[index]:
            found = _hyphen_match(lexicon, lemmas, index)
        if found is None and lemmas[index] in PARTICIPANT_NOUNS:
            found = _match_past_adjectives(lexicon, lemmas, tokens, index)
        if found is None and tokens[index].pos != "NOUN":
            index += 1
            continue
        if found is None and owner_of is not None:
            head = _local_head(tokens, lemmas, sentence, index, owner_of) \
                or _staff_of_group(tokens, lemmas, sentence, index, country_of, adjective_country, owner_of)
            if head is not None:
                matches.append(head)
                index = head.stop
                continue
        if found is None:
            person = _person_of_country(tokens, lemmas, sentence, index, adjective_country, country_of, owner_of)
            if person is not None:
                matches.append(person)
            index += 1
            continue
        stop, noun = found
        assert isinstance(noun, RoleNoun)
        if tokens[stop - 1].pos == "ADJ" and stop < len(tokens) and tokens[stop].pos == "NOUN":
            index += 1
            continue
        if noun.role == "GOV" and noun.kind == "group" and _private_premises_after(tokens, lemmas, stop):
            index = stop
            continue
        matches.append(_role_match(tokens, lemmas, sentence, index, stop, noun, country_of, adjective_country,
                                   owner_of))
        index = stop
    return matches


def reference_capital_names(entity: Entity) -> list[str]:
    """``capital_names`` as it was before this session (each word lower-cased once per ending)."""
    names = link_module.location_names(entity)
    if " " in entity.name.strip():
        return names
    words = [entity.name.strip()]
    words += [mention.text.strip() for mention in entity.mentions
              if mention.kind == "name" and " " not in mention.text.strip() and mention.text.strip() not in words]
    guesses = list(words[1:])
    guesses += [word[: -len(ending)] + nominative for word in words
                for ending, nominative in FEMININE_OBLIQUE + MASCULINE_OBLIQUE
                if word.lower().endswith(ending) and len(word) > len(ending) + 2]
    return names + [guess for n, guess in enumerate(guesses) if guess not in names and guess not in guesses[:n]]


@pytest.fixture(scope="module")
def articles(link):
    return [link(text) for text in SENTENCES]


@pytest.mark.parametrize("number", range(len(SENTENCES)))
def test_find_roles_equals_the_earlier_loop(articles, number):
    from letopis.kb.link import Linker

    article = articles[number]
    context = build_context(article, Linker().kb)
    for index, sentence in enumerate(article.sentences):
        args = (sentence.tokens, index, context.country_of, context.kb.countries.by_adjective, context.owner_of)
        assert repr(find_roles(*args)) == repr(reference_find_roles(*args))
        without_owner = args[:4]
        assert repr(find_roles(*without_owner)) == repr(reference_find_roles(*without_owner))


def test_find_roles_still_finds_each_kind_of_phrase(articles):
    from letopis.kb.link import Linker

    found = {}
    for article in articles[:3]:
        context = build_context(article, Linker().kb)
        for index in range(len(article.sentences)):
            for match in context.roles_in(index):
                found[" ".join(match.noun.phrase)] = match
    assert found["глава"].countries and found["глава"].owned  # a region's head (``_local_head``)
    assert found["сотрудник"].noun.kind == "member"  # a body's staff (``_staff_of_group``)
    assert found["программист"].countries[0][0] == "RUS"  # a person of a country (``_person_of_country``)


def test_an_inanimate_noun_asks_no_person_helper(articles, monkeypatch):
    from letopis.kb.link import Linker

    asked: list[str] = []
    original = phrases._person_of_country

    def counting(tokens, lemmas, sentence, index, *rest):
        asked.append(tokens[index].feats.get("Animacy", ""))
        return original(tokens, lemmas, sentence, index, *rest)

    monkeypatch.setattr(phrases, "_person_of_country", counting)
    article = articles[1]
    context = build_context(article, Linker().kb)
    find_roles(article.sentences[0].tokens, 0, context.country_of, context.kb.countries.by_adjective, context.owner_of)
    assert asked and set(asked) == {"Anim"}


def place(name: str, *written: str) -> Entity:
    mentions = [Mention(0, len(text), text, 0, "name") for text in written or (name,)]
    return Entity(id=f"T-{name}", type="LOC", name=name, mentions=mentions)


@pytest.mark.parametrize("entity", [
    place("Асмэр", "Асмэре"), place("Кампаля", "Кампале"), place("Банжул", "Банжуле"), place("Бишкек", "Бишкека"),
    place("Богот", "Боготы"), place("Минск"), place("Нью-Йорк", "Нью-Йорке"), place("Сергиев Посад"),
    place("Яунд", "Яунде", "Яунде"), place("Ом", "Ом"),
])
def test_capital_names_equal_the_earlier_guesses(entity):
    assert capital_names(entity) == reference_capital_names(entity)


def test_build_context_asks_a_place_its_capital_once(articles, monkeypatch):
    from letopis.kb.link import Linker

    kb = Linker().kb
    article = articles[8]
    before = build_context(article, kb)
    asked: list[str] = []
    original = link_module.capital_country

    def counting(kb, entity) -> Optional[str]:
        asked.append(entity.id)
        return original(kb, entity)

    monkeypatch.setattr(link_module, "capital_country", counting)
    after = build_context(article, kb)
    places = [entity.id for entity in article.entities if entity.type == "LOC"]
    assert places and sorted(asked) == sorted(set(asked))  # once each
    assert after.capital_positions == before.capital_positions
    assert after.owners_by_entity == before.owners_by_entity
    assert after.token_place == before.token_place
    assert {code for _, code in after.capital_positions} >= {"ERI", "KGZ", "GMB"}
