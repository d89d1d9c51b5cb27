"""Entities on the seed and on real Wikinews articles (texts in tests/data, sources in SOURCES.md)."""

from __future__ import annotations

import pytest

from letopis.nlp import entities
from letopis.pipeline import make_article
from tests.conftest import DATA, SHARED


def entity(article, type_, name):
    found = [e for e in article.entities if e.type == type_ and e.name == name]
    assert found, f"no {type_} {name!r} in {[(e.type, e.name) for e in article.entities]}"
    assert len(found) == 1, f"{name!r} split into {len(found)} entities"
    return found[0]


def test_seed_people_are_one_entity_each_with_all_mentions(seed):
    putin = entity(seed, "PER", "Владимир Путин")
    assert [m.text for m in putin.mentions].count("Путин") == 3
    assert len([m for m in putin.mentions if m.kind == "name"]) == 5
    rahmon = entity(seed, "PER", "Эмомали Рахмон")
    assert len([m for m in rahmon.mentions if m.kind == "name"]) == 6


@pytest.mark.parametrize("name", ["Россия", "Таджикистан", "Афганистан", "Казахстан", "Узбекистан", "Центральная Азия"])
def test_seed_places(seed, name):
    entity(seed, "LOC", name)


def test_seed_abbreviation_and_expansion_are_one_entity(seed):
    csto = entity(seed, "ORG", "Организация Договора о коллективной безопасности")
    assert "ОДКБ" in csto.aliases
    texts = [m.text for m in csto.mentions]
    assert texts.count("ОДКБ") == 2 and "Организации Договора о коллективной безопасности" in texts


@pytest.mark.parametrize("name", ["СНГ", "Талибан", "РИА Новости"])
def test_seed_organisations(seed, name):
    entity(seed, "ORG", name)


def test_seed_recovered_security_bodies_with_their_country(seed):
    names = {e.name.lower() for e in seed.entities if e.type == "ORG"}
    assert "совбез таджикистана" in names
    assert "госкомитет нацбезопасности таджикистана" in names


def test_seed_country_adjectives_are_mentions_of_the_country(seed):
    tajikistan = entity(seed, "LOC", "Таджикистан")
    adjectives = [m.text for m in tajikistan.mentions if m.kind == "adjective"]
    assert "таджикско" in adjectives  # from "таджикско-афганской"
    assert "таджикистанских" in adjectives  # from "российско-таджикистанских"
    afghanistan = entity(seed, "LOC", "Афганистан")
    assert "афганских" in [m.text for m in afghanistan.mentions if m.kind == "adjective"]
    russia = entity(seed, "LOC", "Россия")
    assert "российско" in [m.text for m in russia.mentions]


def analysed(analyzer, name):
    return analyzer((DATA / name).read_text("utf-8"), id=name)


def test_inflected_full_names_group_with_the_nominative(analyzer):
    article = analysed(analyzer, "nerel-112753_text.txt")
    firtash = entity(article, "PER", "Дмитрий Фирташ")
    assert {"Дмитрия Фирташа", "Дмитрий Фирташ", "Фирташа"} <= {m.text for m in firtash.mentions}
    entity(article, "LOC", "Австрия")
    entity(article, "LOC", "США")


def test_instrumental_and_genitive_surnames_group(analyzer):
    article = analysed(analyzer, "nerel-11070_text.txt")
    luzhkov = entity(article, "PER", "Юрий Лужков")
    assert {"Юрием Лужковым", "Юрия Лужкова", "Лужкова"} <= {m.text for m in luzhkov.mentions}
    entity(article, "PER", "Дмитрий Медведев")
    entity(article, "PER", "Елена Батурина")
    entity(article, "ORG", "МВД России")


def test_two_people_named_in_one_article(analyzer):
    article = analysed(analyzer, "nerel-20442_text.txt")
    entity(article, "PER", "Сильвио Берлускони")
    putin = entity(article, "PER", "Владимир Путин")
    assert "Владимиром Путиным" in {m.text for m in putin.mentions}
    entity(article, "PER", "Романо Проди")
    entity(article, "LOC", "Италия")


def test_abbreviation_after_expansion_in_real_text(analyzer):
    article = analysed(analyzer, "nerel-133356_text.txt")
    isis = entity(article, "ORG", "Исламское государство")
    assert [m.text for m in isis.mentions].count("ИГ") >= 5
    entity(article, "PER", "Сайфулло Саипов")


def test_latin_name_in_brackets_is_an_alias_not_part_of_the_name(analyzer):
    article = analysed(analyzer, "nerel-041.txt")
    entity(article, "PER", "Барак Обама")
    frieden = [e for e in article.entities if e.type == "PER" and "Фриден" in e.name]
    assert len(frieden) == 1 and "Thomas Frieden" in frieden[0].aliases


def test_nato_and_places(analyzer):
    article = analysed(analyzer, "nerel-073.txt")
    nato = entity(article, "ORG", "НАТО")
    assert len(nato.mentions) == 3
    entity(article, "LOC", "Италия")


@pytest.mark.parametrize(
    "name, per, loc",
    [
        ("nerel-26038_text.txt", "Бойко Борисов", "Болгария"),
        ("nerel-39023_text.txt", "Хамад бин Халифа Аль Тани", "Катар"),
        ("nerel-99748_text.txt", "Радован Караджич", "Сараево"),
        ("nerel-160996_text.txt", "Александр Винник", "Греция"),
    ],
)
def test_people_and_places_of_real_articles(analyzer, name, per, loc):
    article = analysed(analyzer, name)
    entity(article, "PER", per)
    entity(article, "LOC", loc)


def test_a_body_named_with_its_country_and_later_alone_is_one_entity(seed):
    council = [e for e in seed.entities if e.type == "ORG" and e.name.lower().startswith("совбез")]
    assert len(council) == 1
    assert {m.text for m in council[0].mentions} >= {"Совбезом Таджикистана", "Совбеза"}


def test_demonyms_are_mentions_of_their_country(analyzer):
    article = analyzer("Задержаны граждане\nПалестинцы провели акцию протеста. Полиция задержала двух россиян "
                       "и трех албанцев в центре города.")
    for country, word in (("Палестина", "Палестинцы"), ("Россия", "россиян"), ("Албания", "албанцев")):
        found = [e for e in article.entities if e.type == "LOC" and e.actor and e.actor.code[:3] in
                 {"PSE", "RUS", "ALB"} and word in [m.text for m in e.mentions]]
        assert found, f"{word} is not a mention of {country}"
        assert [m.kind for m in found[0].mentions if m.text == word] == ["demonym"]


def test_a_name_found_once_is_found_where_ner_missed_it(analyzer):
    from letopis.ingest.clean import clean
    from letopis.nlp.doc import Doc
    from letopis.nlp.entities import EntityBuilder
    from letopis.pipeline import make_article

    text = "Визит\nСергей Шойгу прибыл в Душанбе. Там Шойгу обсудил с коллегой учения, а Шойгу-младший остался дома."
    doc = Doc(make_article(text), clean(text))
    for step in analyzer.steps[:3]:  # segment, tags (its NER spans are replaced below), lemmas
        step(doc)
    first = text.index("Сергей Шойгу")
    doc.ner_spans = [(first, first + len("Сергей Шойгу"), "PER")]
    EntityBuilder()(doc)
    shoigu = [e for e in doc.article.entities if e.type == "PER"]
    assert len(shoigu) == 1
    second = text.index("Шойгу обсудил")
    assert (second, second + len("Шойгу")) in [(m.start, m.stop) for m in shoigu[0].mentions]
    # a hyphenated word is another name, not this one
    assert all("младший" not in m.text for m in shoigu[0].mentions)


def test_a_body_and_its_owner_in_the_genitive_are_one_organisation(analyzer):
    article = analyzer("Заседание\nВ среду Совет Безопасности ООН обсудил доклад Генерального штаба вооруженных сил "
                       "Украины о ситуации на фронте.")
    names = {e.name.lower() for e in article.entities if e.type == "ORG"}
    assert "совет безопасности оон" in names
    assert any(name.startswith("генеральный штаб") and name.endswith("украины") for name in names), names


def test_initials_and_titles_around_a_person_name(analyzer):
    article = analyzer("Визит\nПремьер-министр России Д.Медведев провел совещание в Москве. "
                       "Вчера Шейх Тамим поблагодарил гостя.")
    people = {e.name for e in article.entities if e.type == "PER"}
    medvedev = [e for e in article.entities if e.type == "PER" and "Медведев" in e.name]
    assert medvedev and "Д.Медведев" in [m.text for m in medvedev[0].mentions], people
    assert all(not name.startswith("Шейх") for name in people), people


def test_an_adverb_is_not_an_organisation(analyzer):
    article = analyzer("Совещание\nВчера В.В.Путин прилетел в Сочи.")
    assert all(e.name != "Вчера" for e in article.entities)


def test_a_title_alone_is_not_a_person(analyzer):
    article = analyzer("Министр заявил о переговорах\nМинистр иностранных дел России Сергей Лавров провёл переговоры.")
    named = [e.name for e in article.entities if e.type == "PER" and any(m.kind == "name" for m in e.mentions)]
    assert named == ["Сергей Лавров"]


def test_a_chain_of_bodies_and_owners_is_one_organisation_with_its_parts(analyzer):
    text = ("Назначение\nНачальник Генерального штаба Вооруженных сил РФ встретился с директором "
            "Департамента Африки МИД России.")
    article = analyzer(text)
    spans = {(e.type, m.text) for e in article.entities for m in e.mentions}
    assert ("ORG", "Генерального штаба Вооруженных сил РФ") in spans
    assert ("ORG", "МИД России") in spans  # the ministry stays a mention of its own inside the department


def test_wiki_apostrophes_are_not_part_of_a_name():
    from letopis.nlp.entities import _strip_quotes

    text = "изданию ''Le Monde'' и агентству «Интерфакс»"
    start = text.index("''Le")
    assert text[slice(*_strip_quotes(text, start, start + len("''Le Monde''")))] == "Le Monde"
    quoted = text.index("«")
    assert text[slice(*_strip_quotes(text, quoted, len(text)))] == "«Интерфакс»"  # a closed pair stays
    assert text[slice(*_strip_quotes(text, quoted, len(text) - 1))] == "Интерфакс"


def test_a_name_that_lost_its_first_word_gets_it_back(analyzer):
    text = ("Визит\n\nПредседатель КНР Си Цзиньпин прибыл в Москву. Си Цзиньпин встретился с Путиным. "
            "Затем Путин обсудил с Си Цзиньпином торговлю.")
    article = analyzer(text, published="2019-06-05")
    xi = [entity for entity in article.entities if entity.type == "PER" and "Цзиньпин" in entity.name]
    assert len(xi) == 1
    assert all(mention.text.startswith("Си ") for mention in xi[0].mentions)
    assert all(mention.text == text[mention.start:mention.stop] for mention in xi[0].mentions)


def test_a_person_called_by_the_first_name_is_the_one_with_that_first_name(analyzer):
    text = ("Стрельба\n\nПолиция установила, что стрельбу открыл Габриэл Уортман. По данным полиции, "
            "Габриэл действовал один.")
    article = analyzer(text, published="2020-04-20")
    people = [entity for entity in article.entities if entity.type == "PER"]
    assert len(people) == 1
    assert [mention.text for mention in people[0].mentions] == ["Габриэл Уортман", "Габриэл"]


def test_overlap_by_bisection_agrees_with_a_scan_of_every_span():
    import random

    from letopis.nlp.entities import _disjoint, _overlaps

    generator = random.Random(7)
    for _ in range(300):
        spans = [(start, start + generator.randint(0, 6)) for start in generator.sample(range(80), 8)]
        covered = _disjoint(spans)
        starts = [start for start, _ in covered]
        for start in range(85):
            for stop in range(start + 1, start + 8):
                expected = any(start < taken_stop and taken_start < stop for taken_start, taken_stop in spans)
                assert _overlaps(covered, starts, start, stop) == expected, (spans, start, stop)


@pytest.mark.parametrize("text, name", [
    ("Байден позвонил Владимиру Зеленскому.", "Владимир Зеленский"),
    ("Орбан поздравил Виктора Януковича с победой.", "Виктор Янукович"),
    ("Премьер встретился с Сергеем Собяниным и Алексеем Навальным.", "Сергей Собянин"),
])
def test_every_word_of_an_inflected_name_comes_to_the_nominative(analyzer, text, name):
    article = analyzer(text, published="2019-01-01")
    entity(article, "PER", name)


def test_an_organisation_named_after_a_person_keeps_the_genitive(analyzer):
    article = analyzer("Спектакль показал Алтайский театр драмы имени Василия Шукшина.", published="2019-01-01")
    assert not any(e.name.endswith("Шукшин") for e in article.entities if e.type == "ORG")


def test_people_of_two_countries_are_two_groups_not_one_organisation(analyzer):
    article = analyzer("Пограничники Таджикистана и Киргизии открыли огонь друг по другу.", published="2021-06-10")
    codes = {e.actor.code for e in article.entities if e.type == "ORG" and e.actor}
    assert {"TJKMIL", "KGZMIL"} <= codes


def test_an_organisation_named_as_people_stays_an_organisation(analyzer):
    article = analyzer("Египетские власти запретили движение «Братья-мусульмане».", published="2013-09-23")
    assert any(e.type == "ORG" and "мусульман" in e.name for e in article.entities)


@pytest.mark.parametrize("text", [
    "Посол Соединённых Штатов встретился с министром обороны Польши.",
    "Мексика пообещала выдать Соединённым Штатам двух наркоторговцев.",
])
def test_a_name_spelt_with_yo_is_tagged_like_its_ye_spelling(analyzer, text):
    # the taggers read "ё" as "е": the ё-spelling alone was tagged a singular noun and the name stayed
    # "Соединённых Штаты", which linked to nothing
    from letopis.pipeline import make_article

    article = analyzer.run([make_article(text, published="2000-01-01")])[0]
    usa = [e for e in article.entities if e.actor is not None and e.actor.code.startswith("USA")]
    assert usa, [(e.name, e.actor and e.actor.code) for e in article.entities]
    assert any(e.name == "Соединенные Штаты" for e in usa)


def test_a_country_adjective_opening_a_sentence_names_its_country(analyzer):
    # sentence-initial "Ангольские" was tagged a proper name: "власти" then took the other country of the sentence
    from letopis.pipeline import make_article

    article = analyzer.run([make_article("Ангольские власти обвинили ЮАР в нападении на пограничный пост.",
                                         published="1990-01-01")])[0]
    assert any(e.name == "Ангола" and e.actor is not None and e.actor.code == "AGO" for e in article.entities)
    assert [(e.source, e.target) for e in article.events if not e.negated] == [("AGOGOV", "ZAFGOV")]


def test_a_name_does_not_depend_on_the_articles_analysed_before(analyzer):
    """The cache of normalised phrases is keyed by all that the normaliser reads: "Мария Алёхина" of one article
    was named as another article's parse of the same words had made her."""
    corpus = SHARED / "corpus" / "wikinews"
    earlier, later = (corpus / f"nerel-{name}_text.txt" for name in ("26616", "38217"))

    def names_of(*paths):
        entities._NORMALS.clear()
        articles = [analyzer.run([make_article(path.read_text())])[0] for path in paths]
        return sorted(entity.name for entity in articles[-1].entities if entity.type == "PER")

    assert names_of(earlier, later) == names_of(later)
