"""A role noun owned by "свой" belongs to the subject of the verb above it, not to the place it stands in
("Сирия приступила к выводу своих войск из Бейрута"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of


@pytest.mark.parametrize("sentence, mention, code", [
    ("Сирия в четверг приступила к выводу своих войск из Бейрута и северных районов Ливана, сообщили "
     "представители ливанских силовых структур.", "войск", "SYRMIL"),
    ("Турция направила свои войска в северные районы Ирака.", "войска", "TURMIL"),
    ("Эфиопия начала отвод своих солдат из Могадишо.", "солдат", "ETHMIL"),
    ("Вьетнам вывел своих военных из Камбоджи.", "военных", "VNMMIL"),
    ("Как сообщили в Ханое, Китай отвел своих солдат от границы с Вьетнамом.", "солдат", "CHNMIL"),
    ("Ирак начал переброску своих войск к границе с Кувейтом, сообщило министерство обороны Кувейта.", "войск",
     "IRQMIL"),
])
def test_a_force_owned_by_svoj_is_the_subjects(link, sentence, mention, code):
    article = link("Новости\n\n" + sentence, "2001-06-01")
    assert actor_of(article, mention).code == code


def test_without_svoj_the_place_still_decides(link):
    # no "свой": the soldiers in Kabul may be anyone's, and the place's country stays the clue
    article = link("Новости\n\nВ Кабуле солдаты разогнали демонстрацию.", "2001-06-01")
    assert actor_of(article, "солдаты").code.startswith("AFG")
