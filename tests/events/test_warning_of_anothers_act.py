"""A warning that ANOTHER side will strike or punish shares information (064), a threat (13x) only when the warner's
own side is to act or the warning names a punishment outright ("предупредил Ливию о санкциях").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence, source, target", [
    ("США предупредили Украину, что Россия нанесёт удар по Мариуполю.", "USA", "UKR"),
    ("Пентагон предупредил Грузию, что российские войска могут атаковать Тбилиси.", "USA", "GEO"),
    ("Великобритания предупреждает Израиль, что Иран готовит удар по его объектам.", "GBR", "ISR"),
])
def test_a_warning_of_another_sides_strike_is_information(code, sentence, source, target):
    found = dyads(code(sentence))
    assert not any(root == "13" for root, _, _ in found)
    assert ("06", source, target) in found


@pytest.mark.parametrize("sentence, source, target", [
    ("Москва предупредила Грузию, что российские войска нанесут удар по Тбилиси.", "RUS", "GEO"),
    ("Турция предупредила Ирак, что Анкара может закрыть границу.", "TUR", "IRQ"),
    ("Китай предупредил Тайвань о новых санкциях.", "CHN", "TWN"),
])
def test_a_warning_of_ones_own_act_stays_a_threat(code, sentence, source, target):
    assert ("13", source, target) in dyads(code(sentence))
