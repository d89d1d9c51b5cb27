""""Стороны" as the addressee or partner of a third party's act ("призвал стороны к сдержанности", "диалог со
всеми сторонами") means the sides of a conflict, which the previous sentence's actors do not give; only a subject
"стороны" means the participants just named ("Стороны подписали соглашение")."""

import pytest

from tests.events.conftest import dyads

WRONG_PARTIES = [
    (
        "Генсек ООН Пан Ги Мун выразил обеспокоенность гибелью людей и направил в Бишкек посланника Яна Кубиша. "
        "Госдепартамент США призвал все стороны воздержаться от насилия.",
        ("02", "USA", "IGO"),
    ),
    (
        "Германия и Франция выразили обеспокоенность ситуацией. "
        "Госсекретарь США призвала стороны воздержаться от насилия.",
        ("02", "USA", "DEU"),
    ),
    (
        "Россия и Китай выразили сожаление в связи с гибелью людей. "
        "Президент ЮАР Табо Мбеки призвал стороны сесть за стол переговоров.",
        ("02", "ZAF", "RUS"),
    ),
    (
        "Министр обороны России провел переговоры с коллегой из Армении. "
        "Представитель Евросоюза заявил, что ЕС готов вести диалог со всеми сторонами.",
        ("03", "IGO", "RUS"),
    ),
]


@pytest.mark.parametrize("text, dyad", WRONG_PARTIES)
def test_addressed_parties_are_not_the_last_named_actors(code, text, dyad):
    assert dyad not in dyads(code(text, published="2010-05-05"))


def test_subject_parties_are_the_participants_just_named(code):
    text = "Владимир Путин провел переговоры с Реджепом Тайипом Эрдоганом в Сочи. Стороны подписали соглашение о сотрудничестве."
    found = dyads(code(text, published="2010-05-05"))
    assert ("05", "RUS", "TUR") in found or ("05", "TUR", "RUS") in found
