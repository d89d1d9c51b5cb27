"""A country named inside a participle or adjective phrase on a role noun is whom the role is friendly or hostile
to, or acts on, not whose the role is: "правительства, недружелюбные к США" are no American government
(roles.RoleTagger._countries_of_its_clause).  Which target the coder then takes is another matter (the coder may
still take the country inside the phrase: see h21b-foreign notes); these tests check the linking."""

import pytest

from letopis.pipeline import make_article
from tests.events.conftest import dyads


def role_codes(analyzer, text, word):
    article = analyzer.run([make_article(text, published="2023-03-15")])[0]
    return {
        entity.actor.code for entity in article.entities
        if entity.actor and any(mention.text == word for mention in entity.mentions)
    }


@pytest.mark.parametrize("text, word, wrong", [
    ("Иран поддерживает правительства, недружелюбные к США.", "правительства", "USA"),
    ("Китай критикует правительства, лояльные Вашингтону.", "правительства", "USA"),
    ("Россия осудила правительство, враждебное Израилю.", "правительство", "ISR"),
    ("Один из террористов, идентифицированных бельгийскими властями, задержан в Турции.", "террористов", "BEL"),
])
def test_country_in_the_phrase_is_not_the_role_s(analyzer, text, word, wrong):
    assert not any(code.startswith(wrong) for code in role_codes(analyzer, text, word))


def test_own_country_of_the_role_stays(code):
    assert ("05", "IRN", "LBN") in dyads(code("Иран поддерживает правительство Ливана, враждебное Израилю."))
