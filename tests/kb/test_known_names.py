"""KB surnames NER leaves out become PER entities (letopis/kb/known_names.py); look-alikes do not."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of


@pytest.mark.parametrize("text, published, mention, code", [
    ("Байден позвонил Зеленскому.", "2022-03-01", "Байден", "USAGOV"),
    ("Путин встретился с Рахмоном в Душанбе.", "2021-07-05", "Путин", "RUSGOV"),
    ("Новости дня\n\nМакрон прибыл в Берлин на переговоры.", "2019-05-01", "Макрон", "FRAGOV"),
    # after an initial the word is a surname, whatever the dictionary knows it as
    ("Б.Асад поздравил Х.Рухани с избранием.", "2013-06-20", "Асад", "SYRGOV"),
    # a whole name NER left out, and a person known by one name
    ("Хун Сен заявил, что не пойдёт на уступки оппозиции.", "1998-08-01", "Хун Сен", "KHMGOV"),
    ("Сухарто заявил, что не уйдёт в отставку.", "1998-05-01", "Сухарто", "IDNGOV"),
])
def test_lone_surname_becomes_the_kb_person(link, text, published, mention, code):
    article = link(text, published)
    actor = actor_of(article, mention)
    assert actor is not None and actor.code == code


def test_repeated_surname_is_one_entity(link):
    article = link("Эрдоган прибыл в Москву. Эрдоган проведёт переговоры.", "2019-04-08")
    people = [entity for entity in article.entities if entity.name == "Эрдоган"]
    assert len(people) == 1 and len(people[0].mentions) == 2


@pytest.mark.parametrize("text, word", [
    ("В Гонконге Ван Цзюнь заявил о росте продаж.", "Цзюнь"),  # part of another person's name
    ("Режиссёр снял фильм «Один день Путина» о президенте.", "Путина"),  # inside a title
    ("Храм освятили в честь апостолов Петра и Павла.", "Павла"),  # a first name by the dictionary
    ("Музей на улице Хун Сен Лим открылся вновь.", "Хун Сен"),  # part of a longer name
])
def test_look_alikes_stay_unlinked(link, text, word):
    article = link(text, "2019-01-01")
    assert not any(mention.text == word and entity.type == "PER" and entity.actor and entity.actor.code
                   for entity in article.entities for mention in entity.mentions)
