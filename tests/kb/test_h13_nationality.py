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
    assert actor_of(article, "Марк Тиллеман").code[:3] == "USA"


def test_a_verb_between_the_role_and_the_name_is_no_body(link):
    article = link("Российский депутат заявил, что Игорь Пряхин уехал.")
    assert actor_of(article, "Игорь Пряхин").code == "---"
