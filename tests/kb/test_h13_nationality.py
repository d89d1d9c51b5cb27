"""Unknown people whose country the sentence gives beside the name (session 13, helper "nationality"), on
sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of

pytestmark = pytest.mark.slow


def test_demonym_in_apposition_after_an_age(link):
    article = link("В среду Карим Джафари, 31-летний иракец, задержанный полицией, был доставлен в суд Берлина.")
    assert actor_of(article, "Карим Джафари").code == "IRQCVL"


def test_demonym_in_apposition_after_two_adjectives(link):
    article = link("Журналисты нашли Томаса Брюнне, молодого богатого француза, в Каире.")
    assert actor_of(article, "Томаса Брюнне").code == "FRACVL"


def test_an_adjective_alone_after_the_name_is_no_demonym(link):
    article = link("В Москве задержан Джон Смит, известный и богатый, которого обвиняют в шпионаже.")
    assert actor_of(article, "Джон Смит").code == "---"


def test_body_between_a_role_with_its_country_and_the_name(link):
    article = link("Вчера в Минске был задержан бывший российский депутат Госдумы Игорь Пряхин.")
    assert actor_of(article, "Игорь Пряхин").code == "RUSLEG"


def test_body_abbreviation_between_a_role_and_the_name(link):
    article = link("Американский сотрудник ЦРУ Марк Тиллеман был арестован в Каракасе.")
    assert actor_of(article, "Марк Тиллеман").code == "USASPY"  # a civilian noun takes the body's role


def test_a_company_between_the_role_and_the_name_gives_no_state_role(link):
    article = link("Новым главой стал бывший вице-президент Иракской нефтяной компании Салим Джабури.")
    assert actor_of(article, "Салим Джабури").code == "IRQCVL"


def test_a_verb_between_the_role_and_the_name_is_no_body(link):
    article = link("Российский депутат заявил, что Игорь Пряхин уехал.")
    assert actor_of(article, "Игорь Пряхин").code == "---"


# undated articles: a KB person whose office is an international body's, called former by a bare phrase


def test_bare_former_office_of_an_international_body_gives_the_citizenship(link):
    article = link("Суд в Париже вызвал Кристин Лагард на допрос. Адвокаты экс-главы МВФ обжаловали решение.",
                   published=None)
    assert actor_of(article, "Кристин Лагард").code == "FRA"


def test_without_a_former_phrase_the_latest_office_stays(link):
    article = link("Суд в Париже вызвал Кристин Лагард на допрос. Адвокаты главы МВФ обжаловали решение.",
                   published=None)
    assert actor_of(article, "Кристин Лагард").code == "IGOIMF"


def test_a_former_title_before_the_name_is_no_evidence_of_the_present(link):
    article = link("Бывший генсек ООН Кофи Аннан провёл переговоры в Дамаске.", published=None)
    assert actor_of(article, "Кофи Аннан").code == "IGOUN"


def test_two_people_of_the_body_leave_the_former_phrase_unassigned(link):
    article = link("Кристин Лагард встретилась с Кристалиной Георгиевой. Сторонники бывшего главы МВФ возмущены.",
                   published=None)
    assert actor_of(article, "Кристин Лагард").code == "IGOIMF"


# a relative in apposition: "X, брат лидера КНДР Y"


def test_relative_of_a_kb_leader_is_a_civilian_of_his_country(link):
    article = link("В аэропорту задержан Ким Сон Гён, младший брат председателя КНДР Ким Чен Ына.")
    assert actor_of(article, "Ким Сон Гён").code == "PRKCVL"


def test_relative_named_by_a_country_adjective(link):
    article = link("В Лондоне ограблена Анита Варма, дочь индийского промышленника.")
    assert actor_of(article, "Анита Варма").code == "INDCVL"


def test_a_noun_that_is_no_kin_gives_no_country(link):
    article = link("В Лондоне ограблена Анита Варма, поклонница индийского промышленника.")
    assert actor_of(article, "Анита Варма").code == "---"


# a lone surname NER left apart from the full name: the person named in full


def test_lone_inflected_surname_takes_the_code_of_the_full_name(link):
    article = link("Гражданин России Сергей Скрипаль найден без сознания. Полиция расследует отравление Скрипаля.")
    assert actor_of(article, "Скрипаля").code == "RUSCVL"


def test_lone_word_of_another_surname_stays_unknown(link):
    article = link("Гражданин России Сергей Скрипаль найден без сознания. Полиция допросила Петренко.")
    assert actor_of(article, "Петренко").code == "---"


# a namesake by a given name only a fuller KB variant has


def test_given_name_only_of_a_fuller_variant_is_a_namesake(link):
    article = link("Легендарный боксёр Мохаммед Али приехал в Джорджтаун.")
    assert actor_of(article, "Мохаммед Али").id != "ali_irfaan"


def test_the_fuller_variant_written_whole_still_links(link):
    article = link("Президент Мохамед Ирфаан Али приехал в Джорджтаун.")
    assert actor_of(article, "Мохамед Ирфаан Али").id == "ali_irfaan"


def test_the_name_he_goes_by_still_links(link):
    article = link("Ирфаан Али приехал в Джорджтаун.")
    assert actor_of(article, "Ирфаан Али").id == "ali_irfaan"


def test_given_name_after_a_describing_word_is_no_kb_surname_outside_its_country(link):
    article = link("Бельгийский монарх уступит трон наследнику, принцу герцога Брабантского Филиппа, в июле. "
                   "Принцу Филиппу исполнилось 53 года.", published="2013-07-03")
    actor = actor_of(article, "Брабантского Филиппа")
    assert actor.id != "philippe_edouard"


def test_given_name_after_a_describing_word_links_in_a_story_of_his_country(link):
    article = link("Правительство Франции ушло в отставку. Шестидесятилетний Филипп заявил о реформе.",
                   published="2019-06-01")
    assert actor_of(article, "Филипп").id == "philippe_edouard"


# a counterpart ("коллега") has the role of the person noun before it


def test_colleague_of_a_journalist_is_a_journalist(link):
    article = link("Корреспондент Марко Белли и его российский коллега Олег Зимин пропали под Донецком.")
    assert actor_of(article, "Олег Зимин").code == "RUSMED"


def test_colleague_of_a_minister_or_of_no_one_named_is_an_official(link):
    article = link("Министр обороны Франции встретился со своим российским коллегой Петром Зиминым.")
    assert actor_of(article, "Петром Зиминым").code == "RUSGOV"
