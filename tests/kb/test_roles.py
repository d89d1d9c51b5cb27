"""RoleTagger on sentences written for the tests: role nouns without names become actors."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from letopis.kb.evaluate import linking_analyzer

    analyzer = linking_analyzer()
    return lambda text, published="2021-07-05": analyzer.run([make_article(text, published=published)])[0]


def role_codes(article) -> dict[str, str]:
    return {mention.text: entity.actor.code for entity in article.entities
            for mention in entity.mentions if mention.kind == "role"}


def test_group_nouns_with_country_adjective(run):
    codes = role_codes(run("Афганские военные отступили, а таджикские пограничники усилили охрану."))
    assert codes.get("Афганские военные") == "AFGMIL"
    assert codes.get("таджикские пограничники") == "TJKMIL"


def test_office_with_genitive_country_is_the_holder(run):
    article = run("Глава МИД России провел переговоры в Женеве.")
    holders = [entity for entity in article.entities if any(m.kind == "role" for m in entity.mentions)]
    assert holders and holders[0].actor.code == "RUSGOV" and holders[0].actor.id


def test_role_of_a_named_person_joins_that_person(run):
    article = run("Эмомали Рахмон провел совещание. Пресс-служба президента Таджикистана сообщила об итогах.")
    rahmon = next(entity for entity in article.entities if entity.name.endswith("Рахмон"))
    assert any(mention.kind == "role" and "президента" in mention.text for mention in rahmon.mentions)


def test_heads_of_state_refer_back(run):
    article = run("Владимир Путин и Эмомали Рахмон провели переговоры. Главы государств подписали договор.")
    referred = [entity.name for entity in article.entities
                if any(mention.text == "Главы государств" for mention in entity.mentions)]
    assert sorted(referred) == ["Владимир Путин", "Эмомали Рахмон"]


def test_anaphoric_republic(run):
    article = run("Эмомали Рахмон поручил министру обороны республики усилить границу.")
    codes = role_codes(article)
    assert codes.get("министру обороны республики") == "TJKGOV"


def test_group_of_a_named_organisation(run):
    article = run("Боевики движения «Талибан» захватили район.")
    taliban = next(entity for entity in article.entities if "Талибан" in entity.name)
    assert any(mention.kind == "role" for mention in taliban.mentions)


def test_no_role_without_country(run):
    assert role_codes(run("Министр заявил, что решение примут позже.")) == {}
