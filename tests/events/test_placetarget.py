"""The country of a place named in the sentence is no target when the sentence names the victim or makes it a
foreigner: a car bomb "рядом с X" is aimed at X, a patrol "на юге Ливана" is there but not of there, and
"иностранцы" are of no country the place gives (sentences written for these tests)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a car blown up next to a target: the target, with the adverb hung elsewhere by the parser
        ("Боевики «Исламского государства» взорвали автомобиль рядом с турецкой военной колонной в Сирии.", ("18", "SYR", "TUR")),
        # a threat to, or an arrest of, foreigners: the target's country is unknown, not the place's
        ("Повстанцы в Колумбии пригрозили похищать иностранцев.", ("13", "COL", None)),
        ("Полиция Таиланда арестовала иностранца в Бангкоке.", ("17", "THA", None)),
        # a bombing's place yields to the victims its toll names
        ("Боевики взорвали бомбу в Кабуле, ранив пятерых британских военнослужащих.", ("18", "AFG", "GBR")),
        ("Боевики взорвали бомбу в Кабуле, ранив пятерых прохожих.", ("18", "AFG", "AFG")),
        # foreigners protesting against authorities of no other country protest against their host state
        ("Сотни афганских беженцев объявили голодовку в лагере в Пакистане в знак протеста против решения властей о депортации.", ("14", "AFG", "PAK")),
        ("Сотни шахтеров объявили голодовку в Кемерово в знак протеста против решения властей.", ("14", "RUS", "RUS")),
        # the place stays the target where it names the territory acted on, or a local person
        ("Повстанцы захватили ряд районов на севере Афганистана.", ("19", "AFG", "AFG")),
        ("Полиция Таиланда арестовала чиновника в Бангкоке.", ("17", "THA", "THA")),
    ],
)
def test_the_place_yields_to_the_named_victim(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Боевики «Талибана» напали на конвой на востоке Афганистана.",
        "Боевики «Талибана» обстреляли колонну в провинции Кандагар.",
    ],
)
def test_a_unit_is_not_of_the_place_it_is_in(code, sentence):
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] == "19" and dyad[2] == "AFG"}
