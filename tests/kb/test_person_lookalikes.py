"""One word that only resembles a KB person's name is that person only when the story supports it."""

from __future__ import annotations


def _person(analyzer, text, published):
    article = analyzer(text, published=published)
    return [entity for entity in article.entities if entity.type == "PER"]


def test_a_lookalike_name_out_of_office_and_out_of_the_story_is_not_linked(analyzer):
    # Габриэл (a Canadian) resembles Зигмар Габриэль, out of office in 2020 and of a country not named here
    people = _person(analyzer, "Стрельба в Канаде\n\nПо словам полиции Канады, стрелявший Габриэл действовал один.",
                     "2020-04-20")
    assert people and all(entity.actor is None or entity.actor.id == "" for entity in people)


def test_a_lookalike_of_a_country_the_story_names_is_still_linked(analyzer):
    people = _person(analyzer, "Визит\n\nВ Берлине Габриэля встретили немецкие дипломаты. Германия приветствовала визит.",
                     "2020-04-20")
    gabriel = [entity for entity in people if entity.name.startswith("Габриэл")]
    assert [entity.actor.id for entity in gabriel] == ["gabriel_sigmar"]


def test_a_spanish_or_portuguese_name_without_its_second_surname_or_middle_names(analyzer):
    article = analyzer("Визит\n\nКристина Фернандес встретилась с Луисом да Силвой в Буэнос-Айресе.", published="2010-05-20")
    ids = {entity.actor.id for entity in article.entities if entity.type == "PER" and entity.actor}
    assert {"fernandez_de_kirchner_cristina", "lula_da_silva_luiz_inacio"} <= ids
