"""Places NER mistypes or places in the wrong country (session 15, "nerplaces"): a city typed as a person where a
place stands, and a place after a region noun in the one country its sentence names. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from letopis.kb.link import _place_position
from letopis.model import Token
from tests.kb.conftest import actor_of


@pytest.mark.parametrize("sentence, mention, code", [
    ("Студенты и рабочие Рангуна вышли на улицы.", "Рангуна", "MMR"),
    ("Студенты и рабочие Читтагонга вышли на улицы.", "Читтагонга", "BGD"),
    ("Крестьяне и рабочие Кисуму бастовали.", "Кисуму", "KEN"),
    ("Студенты и рабочие Багио вышли на улицы.", "Багио", "PHL"),
    ("Полиция разогнала демонстрацию студентов и рабочих Мандалая.", "Мандалая", "MMR"),
])
def test_a_city_typed_as_a_person_after_a_group_noun_is_its_country(link, sentence, mention, code):
    article = link("Новости\n\n" + sentence, "2017-06-01")
    actor = actor_of(article, mention)
    assert actor.code == code
    assert "city" in actor.reason or "capital" in actor.reason


@pytest.mark.parametrize("before, placed", [
    (Token(0, 1, "в", "в", "ADP"), True),
    (Token(0, 2, "из", "из", "ADP"), True),
    (Token(0, 7, "рабочие", "рабочий", "NOUN"), True),
    (Token(0, 7, "жителей", "житель", "NOUN"), True),
    (Token(0, 10, "сторонники", "сторонник", "NOUN"), False),  # a follower of a person, not of a place
    (Token(0, 6, "против", "против", "ADP"), False),
    (Token(0, 6, "словам", "слово", "NOUN"), False),
])
def test_the_word_before_a_name_that_puts_a_place_there(before, placed):
    assert _place_position(before) is placed


@pytest.mark.parametrize("sentence, mention, code", [
    ("В Боливии протестующие перекрыли дороги в провинции Пандо.", "Пандо", "BOL"),
    ("Власти Перу ввели режим чрезвычайного положения в департаменте Пуно.", "Пуно", "PER"),
    ("В Боливии демонстранты захватили здание администрации в департаменте Санта-Крус.", "Санта-Крус", "BOL"),
])
def test_a_place_after_a_region_noun_is_in_the_country_of_its_sentence(link, sentence, mention, code):
    article = link("Новости\n\n" + sentence, "2017-06-01")
    assert actor_of(article, mention).code == code


def test_a_region_noun_with_two_countries_in_the_sentence_decides_nothing(link):
    # the sentence names Bolivia and Uruguay: the gazetteer's city (Pando, Uruguay) stays
    article = link("Новости\n\nПосол Уругвая в Боливии посетил провинцию Пандо.", "2017-06-01")
    assert actor_of(article, "Пандо").code == "URY"


@pytest.mark.parametrize("sentence, mention, code", [
    # the country comes after the place: no scene the place lies in
    ("Полиция арестовала двух жителей штата Нью-Йорк, угрожавших врагам Израиля.", "Нью-Йорк", "USA"),
    # an adjective of origin names no country the place lies in
    ("Предприниматель нигерийского происхождения живёт в провинции Бергамо.", "Бергамо", "ITA"),
])
def test_a_known_city_keeps_its_country_without_a_country_setting_the_scene(link, sentence, mention, code):
    article = link("Новости\n\n" + sentence, "2017-06-01")
    assert actor_of(article, mention).code == code


def test_a_place_not_in_the_gazetteer_after_a_region_noun_takes_the_sentences_country(link):
    article = link("Новости\n\nВ Кении полиция разогнала митинг в округе Нгарибаи.", "2017-06-01")
    assert actor_of(article, "Нгарибаи").code == "KEN"
