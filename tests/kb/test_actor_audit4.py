"""Actor audit, fourth round (docs/linking.md, "Actor audit on unseen articles", fourth round): sentences
written for these tests, and one pool article."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.kb.link import build_context, default_kb
from letopis.kb.role_words import is_predicate
from tests.kb.conftest import actor_of

CORPUS = Path("/work/shared/corpus/wikinews")


@pytest.mark.parametrize("sentence, mention, code", [
    ("Канцлер Германии Ангела Меркель прилетела в Москву. «Власти нашей страны готовы помогать России», — сказала "
     "Меркель журналистам в Кремле.", "Власти", "DEUGOV"),
    ("Президент Франции Франсуа Олланд прилетел в Москву. «Наше правительство поддерживает Россию», — сказал "
     "Олланд журналистам в Кремле.", "правительство", "FRAGOV"),
    ("Президент Франции Франсуа Олланд прилетел в Москву. «Наша армия поможет России в Сирии», — сказал Олланд "
     "журналистам в Кремле.", "армия", "FRAMIL"),
])
def test_our_role_in_a_quote_is_of_the_speakers_country(link, sentence, mention, code):
    article = link("Визит в Москву\n\n" + sentence, "2015-11-26")
    assert actor_of(article, mention).code == code


def test_a_predicate_role_after_another_name_is_not_the_first_names(link):
    article = link("Биография\n\nМать Петрова Анна Сергеевна работала учителем в школе.", "2015-11-26")
    context = build_context(article, default_kb())
    sentence = next(index for index, s in enumerate(article.sentences) if "учителем" in article.text[s.start:s.stop])
    tokens = article.sentences[sentence].tokens
    match = next(match for match in context.roles_in(sentence) if match.noun.phrase[0] == "учитель")
    words = [token.text for token in tokens]
    assert is_predicate(match, tokens, words.index("Сергеевна"))  # her own role
    assert not is_predicate(match, tokens, words.index("Петрова"))  # "Петрова" as another person's name: not his


def test_guantanamo_is_the_us_base_even_when_cuba_is_named(link):
    article = link("Голодовка заключенных\n\nЗаключенные тюрьмы Гуантанамо объявили голодовку. Власти Кубы "
                   "потребовали закрыть тюрьму в Гуантанамо.", "2013-05-01")
    assert actor_of(article, "Гуантанамо").code == "USA"


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not available")
def test_a_region_typed_as_a_person_gets_no_civilian_role(link):
    # the article misspells "Калифорнии" as "Калифорни"; NER types that word PER
    article = link((CORPUS / "nerel-maykl_dzhekson.txt").read_text("utf-8"), "2009-06-26")
    persons = [entity for entity in article.entities if entity.type == "PER"
               and any(mention.text == "Калифорни" for mention in entity.mentions)]
    assert persons and all(entity.actor.code == "---" for entity in persons)


@pytest.mark.parametrize("sentence, name, code", [
    ("Боевиков движения «Техрик-е Талибан Пакистан» теперь возглавит Ахмад Хан, сообщил представитель группировки.",
     "Ахмад Хан", "PAKINS"),
    ("Джон Смит возглавлял компанию Google с 2001 года, сообщили в Калифорнии.", "Джон Смит", "USABUS"),
])
def test_a_person_leading_a_group_by_a_verb_takes_its_code(link, sentence, name, code):
    assert actor_of(link("Новый руководитель\n\n" + sentence, "2018-06-01"), name).code == code


def test_a_verb_of_leading_without_an_organisation_gives_no_code(link):
    article = link("Новый руководитель\n\nДжон Смит возглавлял экспедицию на Эверест.", "2018-06-01")
    assert actor_of(article, "Джон Смит").code == "---"


def test_a_bare_state_group_in_an_article_naming_no_country_is_domestic(link):
    article = link("Бюджет принят\n\nДепутаты приняли закон о бюджете, оппозиция выступила против.", "2018-06-01")
    assert actor_of(article, "Депутаты").code == "RUSLEG"
    assert actor_of(article, "оппозиция").code == "RUSOPP"
    # named countries win: the same words in a story about Ukraine
    ukraine = link("Бюджет Украины\n\nДепутаты Украины приняли закон о бюджете.", "2018-06-01")
    assert actor_of(ukraine, "Депутаты Украины").code == "UKRLEG"


@pytest.mark.parametrize("sentence, name, code", [
    ("Министр топлива и энергетики Норвегии Терье Хансен ушел в отставку.", "Терье Хансен", "NORGOV"),
    ("По сообщению министра безопасности Аргентины Марии Лопес, в аэропорту задержан мужчина.", "Марии Лопес",
     "ARGGOV"),
])
def test_an_office_with_its_department_before_the_name_is_the_persons(link, sentence, name, code):
    assert actor_of(link("Новости\n\n" + sentence, "2012-11-23"), name).code == code


def test_a_department_word_that_is_no_genitive_breaks_the_office(link):
    # "министр, отвечающий за ... , и Иван Петров": a clause between the office and the name
    article = link("Новости\n\nМинистр, приехавший вчера, и Иван Петров обсудили бюджет.", "2012-11-23")
    assert actor_of(article, "Иван Петров").code == "---"
