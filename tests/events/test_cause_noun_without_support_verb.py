"""A force posture with no target of its own answers the act its cause phrase names even when that act's noun stands
without the support verb its rows ask for ("в ответ на учения НАТО", "из-за угроз Колумбии"): the act's agent is
the target, its patient never is. The alert also told with "перевести" and the nominalised "приведение".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence, pair", [
    ("Россия привела войска в состояние боевой готовности в ответ на учения НАТО.", ("15", "RUS", "IGO")),
    ("В ответ на военные учения Китая Тайвань привел армию в повышенную боевую готовность.", ("15", "TWN", "CHN")),
    ("Венесуэла объявила мобилизацию резервистов из-за угроз Колумбии.", ("15", "VEN", "COL")),
    ("Из-за угроз со стороны Пакистана Индия перевела войска в состояние полной боевой готовности.",
     ("15", "IND", "PAK")),
    ("Сеул объявил о приведении войск в боевую готовность в ответ на ракетные пуски КНДР.", ("15", "KOR", "PRK")),
    ("Россия привела войска в боевую готовность после учений НАТО.", ("15", "RUS", "IGO")),
    ("Венесуэла объявила мобилизацию после угроз Колумбии.", ("15", "VEN", "COL")),
])
def test_the_agent_of_a_bare_cause_noun_is_the_target(code, sentence, pair):
    assert pair in dyads(code(sentence))


def test_the_patient_of_a_bare_cause_noun_is_not_the_target(code):
    found = dyads(code("Россия привела войска в боевую готовность в ответ на арест российских моряков."))
    assert ("15", "RUS", None) in found


@pytest.mark.parametrize("sentence, pair", [
    ("Сирия объявила мобилизацию против Израиля.", ("15", "SYR", "ISR")),
    ("Ирак мобилизовал резервистов против Ирана.", ("15", "IRQ", "IRN")),
    ("Гондурас мобилизовал армейские части вдоль границы с Сальвадором.", ("15", "HND", "SLV")),
])
def test_a_mobilisation_against_a_side_is_aimed_at_it(code, sentence, pair):
    assert pair in dyads(code(sentence))


def test_a_mobilisation_naming_no_side_has_no_target(code):
    assert ("15", "ISR", None) in dyads(code("Израиль объявил о частичной мобилизации резервистов."))
