"""General causes of wrong actor codes found by the actor audit of unseen corpus articles (docs/linking.md,
"Actor audit"): sentences written for these tests. Each behaviour failed before the change that added it."""

from __future__ import annotations

from tests.kb.conftest import actor_of


def test_unknown_given_name_rejects_kb_namesakes(link):
    # the lone surname finds a KB namesake; the given name the KB does not know must still reject him
    article = link("Министра задержали\n\nМинистр транспорта Пермского края Алмаз Закиев был задержан в Перми. "
                   "Закиев отрицает свою вину.", "2016-10-27")
    assert actor_of(article, "Алмаз Закиев").id == ""
    assert not actor_of(article, "Алмаз Закиев").code.startswith("EGY")


def test_unknown_given_name_of_a_foreigner(link):
    article = link("Журналистка выиграла дело\n\nАмериканская журналистка Эрин Эндрюс выиграла дело в суде "
                   "Нэшвилла. Эндрюс потребовала компенсацию от отеля.", "2016-03-07")
    actor = actor_of(article, "Эрин Эндрюс")
    assert actor.id == "" and actor.code == "USACVL"


def test_adjective_before_a_surname_still_links(link):
    article = link("Выборы\n\nШестидесятилетняя Руссефф заявила о победе на выборах. Руссефф получила 51% голосов.", "2014-10-27")
    assert actor_of(article, "Шестидесятилетняя Руссефф").code.startswith("BRA")


def test_namesakes_of_several_countries_none_named(link):
    # several KB people are called Мартин, none of a country the article names nor in office: unknown
    article = link("Заговор раскрыт\n\nЗаключенный Мартин убедил сокамерника совершить преступление после "
                   "освобождения. Мартин отбывает пожизненный срок.", "2011-05-01")
    assert actor_of(article, "Мартин").id == ""


def test_plural_group_after_a_comma_is_no_title(link):
    article = link("Состояние стабильное\n\nВ штате Аризона была ранена Габриэль Гиффордс, врачи характеризуют "
                   "её состояние как стабильное.", "2011-01-10")
    assert not actor_of(article, "Габриэль Гиффордс").code.endswith("HLH")


def test_kb_person_of_the_sentence_competes_with_a_country_named_there(link):
    article = link("Протесты в Болгарии\n\nВ Болгарии продолжаются протесты против цен. Болгария бедна. "
                   "Бойко Борисов уволил министра финансов Симеона Дянкова и пригрозил отозвать лицензию "
                   "чешской компании.", "2013-02-19")
    assert actor_of(article, "Симеона Дянкова").code.startswith("BGR")


def test_international_tribunal_is_not_the_defendants_countrys_court(link):
    article = link("Международный трибунал вынес приговор\n\nБывший лидер боснийских сербов признан виновным. "
                   "Международный трибунал по бывшей Югославии постановил, что он виновен в геноциде. "
                   "При этом суд снял с экс-лидера боснийских сербов одно из обвинений.", "2016-03-24")
    assert actor_of(article, "Международный трибунал").code == "IGOICTY"
    assert actor_of(article, "суд").code == "IGOICTY"


def test_international_tribunal_after_its_years_keeps_its_latest_code(link):
    # the ICTY's code ends in 2017: an article dated later still links it, and the linker does not fail
    article = link("Международный трибунал вынес приговор\n\nБывший лидер боснийских сербов признан виновным. "
                   "Международный трибунал по бывшей Югославии постановил, что он виновен в геноциде.", "2020-01-01")
    assert not article.warnings
    assert actor_of(article, "Международный трибунал").code == "IGOICTY"
