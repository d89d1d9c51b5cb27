"""An operation carried out against a side is force used on it (190), whatever its adjective: "провела операцию
против боевиков", "провели спецоперацию против X"; an operation with no side it is aimed at and no military
adjective ("провели операцию по спасению", "операция на сердце") is no use of force. Sentences written for these
tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Армия Азербайджана провела операцию против армянских формирований.", ("19", "AZE", "ARM")),
        ("Турецкие военные провели спецоперацию против курдских боевиков на севере Ирака.", ("19", "TUR", "IRQ")),
        ("Нигерийская армия начала операцию против боевиков «Боко Харам».", ("19", "NGA", "NGA")),
        # an air strike carried out takes the support verbs of "удар" (осуществить, произвести, провести)
        ("Турецкие ВВС осуществили авиаудары по позициям курдских формирований в Сирии.", ("19", "TUR", "SYR")),
        ("Армия Мьянмы провела авиаудар по деревне в штате Сагайн.", ("19", "MMR", "MMR")),
    ],
)
def test_an_operation_against_a_side(code, text, dyad):
    assert dyad in dyads(code(text, published="2022-09-14"))


@pytest.mark.parametrize(
    "text",
    [
        "Спасатели МЧС России провели операцию по эвакуации жителей из зоны затопления.",
        "Президенту Бразилии провели операцию на желудке.",
    ],
)
def test_an_operation_aimed_at_no_side_is_no_force(code, text):
    assert not {dyad for dyad in dyads(code(text, published="2022-09-14")) if dyad[0] in ("18", "19")}
