"""A criticism whose object is an act and names no actor ("осудил применение силы", "осуждает насилие",
"осудил приговор") is aimed at the state of the country the story is about, when the critic is another country's
state or an international body and the sentence names no third country the act may be of."""

import pytest

from tests.events.conftest import dyads

REACTIONS = [
    (
        "Армия Таиланда разогнала лагерь оппозиции в Бангкоке. "
        "Генеральный секретарь ООН Пан Ги Мун осудил применение силы.",
        ("11", "IGO", "THA"),
    ),
    (
        "Суд в Ташкенте приговорил узбекского оппозиционера к десяти годам заключения. МИД Германии осудил приговор.",
        ("11", "DEU", "UZB"),
    ),
    (
        "Военные в Гвинее открыли огонь по демонстрантам в Конакри. Франция решительно осуждает насилие.",
        ("11", "FRA", "GIN"),
    ),
    (
        "Полиция Белоруссии в воскресенье задержала в Минске сотни демонстрантов. "
        "Министр иностранных дел Польши резко осудил эти действия.",
        ("11", "POL", "BLR"),
    ),
]


@pytest.mark.parametrize("text, dyad", REACTIONS)
def test_reaction_to_the_story_is_aimed_at_its_state(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-20"))


def test_another_named_country_may_be_the_acts_agent(code):
    text = (
        "Генеральный секретарь ООН раскритиковал Израиль за снос домов в секторе Газа, "
        "назвав эти действия нарушением международного права."
    )
    assert ("11", "IGO", "PSE") not in dyads(code(text, published="2010-05-20"))

