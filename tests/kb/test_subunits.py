"""Units of state bodies, state agencies named by their head noun, bodies of an IGO named by topic, the popes, and
capitals the tagger took for people."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article
from tests.kb.conftest import actor_of


@pytest.mark.parametrize(
    "text, mention, code",
    [
        # a unit named with its body in the genitive acts as the body; an interior ministry's units are police
        ("Об этом сообщило Главное управление МВД России по Москве.", "Главное управление МВД России", "RUSCOP"),
        ("Как сообщили в пресс-службе, Департамент информации и печати МИД России выступил с заявлением.",
         "Департамент информации и печати МИД России", "RUSGOV"),
        ("Об этом говорится в сообщении ЦУКС МЧС России.", "ЦУКС МЧС России", "RUSGOV"),
        ("Следственное управление Следственного комитета Армении возбудило уголовное дело.",
         "Следственное управление Следственного комитета Армении", "ARMJUD"),
        ("Главное управление кадров Вооруженных сил Украины опровергло эти сведения.",
         "Главное управление кадров Вооруженных сил Украины", "UKRMIL"),
        ("Сотрудники УФСБ России задержали двух подозреваемых.", "УФСБ России", "RUSSPY"),
        ("Совет министров Кубы одобрил новую экономическую программу.", "Совет министров Кубы", "CUBGOV"),
    ],
)
def test_unit_takes_its_body_code(link, text, mention, code):
    assert actor_of(link(text), mention).code == code


@pytest.mark.parametrize(
    "text, mention, code",
    [
        ("Государственная налоговая инспекция Казахстана отказала ему в льготе.",
         "Государственная налоговая инспекция Казахстана", "KAZGOV"),
        ("Федеральная налоговая служба США начала проверку банка.", "Федеральная налоговая служба США", "USAGOV"),
        ("Комиссия по ценным бумагам США оштрафовала компанию.", "Комиссия по ценным бумагам США", "USAGOV"),
        ("Совет национальной безопасности и обороны Украины принял решение о санкциях.",
         "Совет национальной безопасности и обороны Украины", "UKRGOV"),
    ],
)
def test_state_agency_by_head_noun_and_country(link, text, mention, code):
    assert actor_of(link(text), mention).code == code


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Союз писателей России осудил решение властей.", "Союз писателей России"),
        ("Национальный олимпийский комитет Украины провел собрание.", "Национальный олимпийский комитет Украины"),
        ("Федерация фигурного катания на коньках России объявила состав сборной.",
         "Федерация фигурного катания на коньках России"),
    ],
)
def test_unions_federations_and_sport_committees_are_not_the_state(link, text, mention):
    code = actor_of(link(text), mention).code
    assert not code.endswith("GOV"), code


def test_a_country_adjective_does_not_make_a_service_state(link):
    """"Русская служба BBC" is a newsroom of a British broadcaster, not a Russian agency."""
    article = link("Об этом сообщила Русская служба Би-би-си.")
    assert all(entity.actor.code != "RUSGOV" for entity in article.entities if entity.type == "ORG")


def test_body_of_an_igo_whose_head_noun_ner_lost(link):
    article = link("Комиссия ООН по правам человека осудила действия армии.")
    codes = {entity.actor.code for entity in article.entities if entity.type == "ORG"}
    assert "IGOUN" in codes


@pytest.mark.parametrize(
    "text, mention, published, code",
    [
        ("Папа Римский Иоанн Павел II посетил Польшу.", "Иоанн Павел II", "1999-06-10", "VATGOV"),
        ("Папа Франциск встретился с беженцами на Лесбосе.", "Франциск", "2016-04-16", "VATGOV"),
        ("В Ватикан прибыл папа Бенедикт XVI.", "Бенедикт XVI", "2008-05-01", "VATGOV"),
    ],
)
def test_popes_are_heads_of_the_vatican(link, text, mention, published, code):
    assert actor_of(link(text, published), mention).code == code


def test_an_ordinal_word_is_no_pope(link):
    article = link("Его двенадцатое воплощение сыграл шотландский актер Питер Капальди.")
    assert all(not entity.actor.code.startswith("VAT") for entity in article.entities)


def test_a_capital_the_tagger_took_for_a_person_is_its_country(analyzer):
    # NER may tag "Тайбэем" PER; a one-word name of a capital no person in the KB bears is the place
    article = analyzer.run([make_article("Пекин согласился возобновить переговоры с Тайбэем.")])[0]
    codes = {entity.name: entity.actor.code for entity in article.entities if entity.actor}
    assert codes.get("Тайбэй", "").startswith("TWN")
