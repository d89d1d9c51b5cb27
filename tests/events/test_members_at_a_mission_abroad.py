"""Members of an unlinked movement or organisation ("члены движения") are a crowd; a crowd whose scene names no place
of its own is where the mission it pickets stands ("пикетирование эстонского посольства в Москве" is Russia's crowd,
not Estonia's). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, dyad", [
    ("Памятник перенесли\n\nВласти Эстонии демонтировали памятник. Члены молодежного движения в пятницу начали "
     "пикетирование эстонского посольства в Москве.", ("14", "RUS", "EST")),
    ("Пикет\n\nЧлены молодежной организации устроили пикет у посольства Японии в Пекине.", ("14", "CHN", "JPN")),
    ("Спор об островах\n\nЯпония выразила протест. Члены националистического движения провели пикетирование "
     "японского посольства в Пекине.", ("14", "CHN", "JPN")),
])
def test_members_picketing_a_mission_are_of_its_place(code, text, dyad):
    found = dyads(code(text, published="2012-05-10"))
    assert dyad in found
    assert (dyad[0], dyad[2], dyad[2]) not in found


def test_members_of_a_named_body_stay_its_own(code):
    found = dyads(code("Протест\n\nЧлены парламента Грузии провели акцию протеста у здания правительства.",
                       published="2012-05-10"))
    assert not any(source != "GEO" for _, source, _ in found)
