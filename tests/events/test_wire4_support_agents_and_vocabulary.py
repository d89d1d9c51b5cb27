"""Wire sentences of the types the blind PLOVER set misses most (agreement, protest, retreat, concession, demand,
threat): the agent of a passive support verb, and vocabulary, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the event noun is the passive subject of its support verb: the verb's instrumental agent is the noun's
        ("Ультиматум был предъявлен Грузии правительством России.", ("13", "RUS", "GEO")),
        ("Бессрочная забастовка против повышения цен была объявлена вчера профсоюзами Нигерии.", ("14", "NGA", "NGA")),
    ],
)
def test_passive_support_verb_lends_its_agent(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_agent_of_a_verb_the_row_does_not_name_is_not_the_nouns(code):
    # "сорваны" is no support verb of talks: the saboteurs did not hold them
    assert not {d for d in dyads(code("Переговоры Сербии и Хорватии были сорваны военными Сербии.")) if d[0] == "04" and d[1] == d[2]}
