"""Sides named by description, not by name (helper kb3, session 24): the country of "жители", "войска", "правительство"
comes from a country adjective the tagger took for a verb, from the area the group is of ("жителям районов Пакистана"),
and from the noun a bare state body is conjoined to ("венесуэльской оппозиции и правительства")."""

import pytest

from letopis.pipeline import make_article
from tests.events.conftest import codes, dyads


@pytest.fixture(scope="module")
def analyse(analyzer):
    def run(text, published="2015-06-01"):
        return analyzer.run([make_article(text, published=published)])[0]

    return run


def _code_of(article, name: str):
    return next((entity.actor.code if entity.actor else None for entity in article.entities
                 if name.lower() in entity.name.lower()), "no entity")


@pytest.mark.parametrize("text, name, code", [
    # "руандийские" is tagged VERB after a subordinate clause: still the troops' country adjective
    ("После подписания соглашения руандийские войска во вторник начали покидать восток Демократической Республики "
     "Конго.", "войска", "RWAMIL"),
    ("Угандийские войска направили подкрепления на север страны.", "войска", "UGAMIL"),
    ("Бурундийская полиция задержала журналистов.", "полиция", "BDICOP"),
])
def test_country_adjective_of_a_group_noun(analyse, text, name, code):
    assert _code_of(analyse(text, "2002-10-01"), name) == code


@pytest.mark.parametrize("text, target", [
    ("Правительство Турции направило помощь жителям районов Пакистана.", "PAKCVL"),
    ("Правительство Турции направило помощь жителям северных районов Пакистана.", "PAKCVL"),
    ("Правительство Турции направило помощь жителям пострадавших от наводнения районов Пакистана.", "PAKCVL"),
    ("Правительство Турции направило помощь жителям юга Пакистана.", "PAKCVL"),
    ("Правительство Турции направило помощь жителям пакистанской провинции Синд.", "PAKCVL"),
])
def test_group_of_an_area_in_the_genitive_is_of_the_areas_country(analyse, text, target):
    assert ("073", "TURGOV", target) in codes(analyse(text).events)


def test_area_of_no_named_place_gives_no_other_country(analyse):
    # "жителям северных районов страны": no place after the area; the sentence's own country stays
    article = analyse("Правительство Турции направило помощь жителям северных районов страны.")
    assert _code_of(article, "житель") == "TURCVL"


@pytest.mark.parametrize("text, pair", [
    ("Представители венесуэльской оппозиции и правительства провели в Осло новый раунд переговоров.", ("VEN", "VEN")),
    ("Представители оппозиции Никарагуа и правительства провели в Мадриде новый раунд переговоров.", ("NIC", "NIC")),
    # the genitive after the second conjunct is the first one's too
    ("Представители оппозиции и правительства Венесуэлы провели в Осло новый раунд переговоров.", ("VEN", "VEN")),
])
def test_state_body_conjoined_to_a_countrys_noun_shares_its_country(analyse, text, pair):
    assert ("04", *pair) in dyads(analyse(text).events)


def test_armed_group_conjoined_to_foreign_troops_keeps_its_own_country(analyse):
    # "американские военные и боевики": the militants are not American
    article = analyse("Американские военные и боевики обменялись огнем в Кабуле.")
    assert _code_of(article, "боевик") == "AFGINS"


@pytest.mark.parametrize("text, name, code", [
    ("Повстанцы в провинции Северное Киву атаковали армейский пост.", "повстан", "CODREB"),
    ("Повстанцы в штате Качин сбили вертолет армии.", "повстан", "MMRREB"),
    ("Местные власти Ракхайна ввели комендантский час.", "власти", "MMRGOV"),
    ("Вооруженные люди в департаменте Каука убили полицейского.", "вооруженн", "COLINS"),
    ("Силы безопасности Тыграя обстреляли позиции армии.", "Силы безопасности", "ETHCOP"),
])
def test_region_of_a_conflict_names_the_groups_country(analyse, text, name, code):
    # regions of wire news (data/regions.tsv) give an unnamed group its country
    assert _code_of(analyse(text), name) == code


@pytest.mark.parametrize("text, name, code", [
    ("Буддийские монахи провели марш в Янгоне.", "монах", "MMRCVL"),
    ("Торговцы рынка в Лагосе провели акцию протеста.", "торговец", "NGACVL"),
    ("Береговая охрана Шри-Ланки задержала индийских рыбаков.", "Береговая охрана", "LKAMIL"),
    ("Избирательная комиссия Кении отвергла жалобу оппозиции.", "Избирательная комиссия", "KENGOV"),
])
def test_people_named_by_occupation_alone_are_of_their_context(analyse, text, name, code):
    assert _code_of(analyse(text), name) == code


def test_protest_of_monks_named_by_calling_alone(analyse):
    assert ("14", "MMR", "MMR") in dyads(analyse("Буддийские монахи провели марш в Янгоне.").events)


@pytest.mark.parametrize("text, name, code", [
    ("Боевики в штате Борно напали на деревню.", "боевик", "NGAINS"),
    ("Боевики в провинции Кабо-Делгаду захватили город.", "боевик", "MOZINS"),
    ("Повстанцы в штате Западная Экваториа атаковали колонну армии.", "повстанец", "SSDREB"),
])
def test_subdivision_gives_an_unnamed_group_its_country(analyse, text, name, code):
    assert _code_of(analyse(text), name) == code


def test_country_adjective_tagged_as_a_verb_names_its_country(analyse):
    # "бурундийские" tagged VERB: the sentence still names Burundi (nominative endings as the oblique ones)
    article = analyse("После подписания соглашения бурундийские войска во вторник начали покидать восток страны.",
                      "2002-10-01")
    assert any(entity.actor and entity.actor.code == "BDI" for entity in article.entities)


def test_conjunct_owned_by_a_seat_of_power_gives_no_country(analyse):
    # "охраны Белого дома": an owner, not a country modifying both nouns; the militia stays Kyrgyz
    article = analyse("Сотрудники милиции и охраны Белого дома открыли огонь по толпе в Бишкеке.", "2010-04-07")
    assert _code_of(article, "милиция") == "KGZCOP"
