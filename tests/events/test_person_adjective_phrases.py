"""An adjective phrase on a person noun, like a participle clause, names whom the people favour or oppose, not the
target of the act on them: "политиков, враждебных России" (ArgumentFinder.in_relative_clause)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, wrong", [
    ("Путин раскритиковал политиков, враждебных России.", ("11", "RUS", "RUS")),
    ("Китай осудил журналистов, лояльных Тайваню.", ("11", "CHN", "TWN")),
    ("Лукашенко раскритиковал блогеров, враждебных Белоруссии.", ("11", "BLR", "BLR")),
    ("Иран обвинил активистов, близких к США, в шпионаже.", ("11", "IRN", "USA")),
])
def test_country_in_a_person_s_adjective_phrase_is_no_target(code, text, wrong):
    assert wrong not in dyads(code(text))


def test_named_target_stays(code):
    assert ("11", "CHN", "USA") in dyads(code("Китай осудил американских дипломатов, лояльных Тайваню."))
