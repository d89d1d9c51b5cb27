"""A member noun as a trigger's object stands for the group its genitive names ("членов группировки")."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        ("Российские военные уничтожили 12 членов вооружённой группировки в Сирии.", ("19", "RUS", "SYR")),
        ("Турецкая армия уничтожила десятки боевиков в Ираке.", ("19", "TUR", "IRQ")),
        ("Иракские военные уничтожили 12 членов отряда повстанцев в Мосуле.", ("19", "IRQ", "IRQ")),
        ("Иракские военные ликвидировали террористическую группировку в провинции Анбар.", ("19", "IRQ", None)),
        ("Нигерийские военные уничтожили банду боевиков в штате Борно.", ("19", "NGA", None)),
        ("Афганский спецназ нейтрализовал трёх бойцов группировки в Кабуле.", ("19", "AFG", "AFG")),
    ],
)
def test_member_and_group_objects_of_force(code, sentence, dyad):
    found = dyads(code(sentence))
    assert any(item[:2] == dyad[:2] and (dyad[2] is None or item[2] == dyad[2]) for item in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Правительство Украины ликвидировало министерство по делам Донбасса.",
        "Российские власти уничтожили партию контрабандных продуктов.",
        "Парламент Грузии ликвидировал должность представителя президента.",
    ],
)
def test_no_force_on_things_and_posts(code, sentence):
    assert not any(item[0] == "19" for item in dyads(code(sentence)))
