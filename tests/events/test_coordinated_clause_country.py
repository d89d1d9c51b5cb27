"""An agentless arrest takes no agent from a country named only in a later coordinated clause with a subject of
its own ("X арестован, а его адвокат обвинил американские спецслужбы"): that clause tells another act, whose
party is not the arresting state (session 20, helper "victims"; sentences written for these tests)."""

import pytest

from tests.events.conftest import codes

OTHER_CLAUSE = [
    "Журналист Иван Петров арестован, а его адвокат обвинил американские спецслужбы в провокации.",
    "Бизнесмен Олег Сидоров был задержан, а его жена обвинила британскую полицию в произволе.",
    "Активистку Анну Смирнову взяли под стражу, и её защитник обвинил немецкие власти в преследовании.",
    "Блогера Петра Волкова заочно арестовали, а его сторонники назвали решение местью Кремля и России.",
    "Инженер Сергей Белов задержан, однако его адвокат утверждает, что французская полиция ошиблась.",
]


@pytest.mark.parametrize("sentence", OTHER_CLAUSE)
def test_country_of_another_coordinated_clause_does_not_arrest(code, sentence):
    found = codes(code("Новость дня\n" + sentence))
    assert not any(cameo.startswith("17") for cameo, _, _ in found), found


def test_country_named_in_the_arrest_clause_still_acts(code):
    found = codes(code(
        "Новость дня\nПрограммист Павел Орлов задержан в Германии, а его адвокат обвинил американские спецслужбы в "
        "провокации."
    ))
    assert any(cameo.startswith("173") and source.startswith("DEU") for cameo, source, _ in found), found


def test_conjuncts_sharing_one_subject_keep_the_scene(code):
    found = codes(code("Новость дня\nПрограммист Павел Орлов задержан в Германии и вскоре отпущен."))
    assert any(cameo.startswith("173") and source.startswith("DEU") for cameo, source, _ in found), found


def test_a_state_body_telling_the_arrest_still_acts(code):
    found = codes(code(
        "Новость дня\nКак сообщила полиция Франции, Павел Орлов задержан, а его адвокат обвинил американские "
        "спецслужбы в провокации."
    ))
    assert any(cameo.startswith("173") and source.startswith("FRA") for cameo, source, _ in found), found
