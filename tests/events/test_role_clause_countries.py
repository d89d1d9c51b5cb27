"""A country named inside a participle or adjective phrase on a role noun is whom the role is friendly
or hostile to, or acts on, not whose the role is: "правительства, недружелюбные к США" are no American
government (roles.RoleTagger._countries_of_its_clause)."""

import pytest

from tests.events.conftest import codes, dyads


@pytest.mark.parametrize("text, wrong", [
    ("Иран поддерживает правительства, недружелюбные к США.", "USA"),
    ("Китай критикует правительства, лояльные Вашингтону.", "USA"),
    ("Россия осудила правительства, враждебные Израилю.", "ISR"),
    ("Турция критикует правительства, дружественные Израилю.", "ISR"),
])
def test_country_in_the_clause_is_not_the_role_s(code, text, wrong):
    assert not any((target or "").startswith(wrong) for _, _, target in codes(code(text)))


def test_own_country_of_the_role_stays(code):
    assert ("05", "IRN", "LBN") in dyads(code("Иран поддерживает правительство Ливана, враждебное Израилю."))
