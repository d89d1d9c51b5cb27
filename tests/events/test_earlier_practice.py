"""An imperfective past verb set before the news by "ранее", "прежде", "раньше", with no time of its own, tells a
practice or an effort the article recalls, not an act of its news; a perfective verb or a verb with its own day
still tells one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads

LEAD = "Новости политики\n\nВ понедельник парламент провёл заседание.\n\n"


@pytest.mark.parametrize("sentence, sides", [
    ("Прежде Китай неизменно поддерживал позицию России по Сирии.", ("CHN", "RUS")),
    ("Ранее Индия пыталась договориться с Пакистаном о прекращении огня.", ("IND", "PAK")),
    ("Раньше Турция обвиняла Грецию в нарушении воздушного пространства.", ("TUR", "GRC")),
    ("Ранее премьер-министр Японии пытался вести переговоры с президентом Южной Кореи.", ("JPN", "KOR")),
])
def test_an_earlier_practice_is_no_event(code, sentence, sides):
    assert not [pair for pair in dyads(code(LEAD + sentence)) if pair[1:] == sides]


@pytest.mark.parametrize("sentence, dyad", [
    ("Ранее Россия выслала из страны двух британских дипломатов.", ("16", "RUS", "GBR")),
    ("Ранее в понедельник МИД России обвинял Украину в срыве переговоров.", ("11", "RUS", "UKR")),
])
def test_an_earlier_single_act_is_still_coded(code, sentence, dyad):
    assert dyad in dyads(code(LEAD + sentence))
