"""A state body named in the plural, or with a foreign adjective, and no country of its own is several states'
bodies ("Многие правительства", "Западные правительства", "правительства стран Европы"): it takes no country
from the sentence or the story (kb data/several_states_nouns.txt, role_words.is_several_states,
ArgumentFinder.several_states)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, wrong", [
    ("Многие правительства осудили решение Ирана.", ("11", "IRN", "IRN")),
    ("Западные правительства осудили действия Минска.", ("11", "BLR", "BLR")),
    ("Иностранные правительства выразили протест Пекину.", ("11", "CHN", "CHN")),
    ("Правительства стран Европы раскритиковали Москву.", ("11", "RUS", "RUS")),
    ("Некоторые государства обвинили Турцию в нарушении договора.", ("11", "TUR", "TUR")),
])
def test_several_states_are_no_one_country(code, text, wrong):
    assert wrong not in dyads(code(text))


def test_plural_with_its_countries_keeps_them(code):
    assert ("11", "RUS", "USA") in dyads(code("Правительства России и Китая осудили санкции США."))


@pytest.mark.parametrize("text, wrong", [
    ("Иран поддерживает правительства, недружелюбные к США.", ("05", "IRN", "USA")),
    ("Китай осудил правительства, поддерживающие Тайвань.", ("11", "CHN", "TWN")),
    ("США пригрозили санкциями правительствам, покупающим иранскую нефть.", ("13", "USA", "IRN")),
    ("Россия раскритиковала режимы, лояльные Вашингтону.", ("11", "RUS", "USA")),
])
def test_country_in_their_phrase_is_no_target(code, text, wrong):
    # whom the several states favour, oppose or deal with is not the target of the act on them
    assert wrong not in dyads(code(text))
