"""Meetings, talks and consultations told by their participants: "встреча с участием министров России и Китая",
"переговоры при участии представителей Армении и Азербайджана" (the participants are the sides of the consult,
each pair once); people present who are not sides (experts, observers, journalists) are none. Sentences written
for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def consult_pairs(events):
    """The unordered pairs of countries of the consult (04) events that happened."""
    return {frozenset((source, target)) for root, source, target in dyads(events) if root == "04" and target}


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("В Пекине прошла встреча с участием министров иностранных дел России и Китая.", {"RUS", "CHN"}),
        ("Переговоры при участии представителей Армении и Азербайджана состоялись в Вене.", {"ARM", "AZE"}),
        ("В Женеве с участием делегаций Ирана и США начались консультации.", {"IRN", "USA"}),
        ("При участии глав МИД Японии и Южной Кореи в Токио состоялась встреча.", {"JPN", "KOR"}),
        ("Беседа с участием Путина и Си Цзиньпина прошла в Кремле.", {"RUS", "CHN"}),
        ("В Вене начались переговоры с участием Сербии и Косово, сообщило агентство.", {"SRB", "XKX"}),
    ],
)
def test_two_participants_are_the_sides_of_the_consult(code, sentence, sides):
    assert consult_pairs(code(sentence)) == {frozenset(sides)}


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Трехсторонняя встреча с участием президентов Азербайджана, Армении и России прошла в Сочи.", ("AZE", "ARM", "RUS")),
        ("Саммит с участием президентов России, Китая и Казахстана прошел в Астане.", ("RUS", "CHN", "KAZ")),
        ("Переговоры с участием Путина, Алиева и Пашиняна завершились в Москве.", ("RUS", "AZE", "ARM")),
    ],
)
def test_three_participants_meet_each_pair_once(code, sentence, sides):
    first, second, third = sides
    expected = {frozenset((first, second)), frozenset((first, third)), frozenset((second, third))}
    assert consult_pairs(code(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "В Москве прошла встреча с участием экспертов из России и США.",
        "Встреча с участием политологов России и Грузии прошла в Тбилиси.",
        "В Киеве состоялась встреча с участием журналистов и представителей общественности.",
        "В Москве прошла встреча с участием госсекретаря США.",
    ],
)
def test_bystanders_or_a_single_participant_make_no_consult(code, sentence):
    assert not consult_pairs(code(sentence))


def test_observers_beside_named_sides_are_no_side(code):
    events = code("Переговоры Армении и Азербайджана прошли при участии наблюдателей ОБСЕ.")
    assert consult_pairs(events) == {frozenset(("ARM", "AZE"))}


def test_participants_beside_a_partner_are_no_partner(code):
    events = code("Встреча президента России с президентом США прошла с участием министров иностранных дел.")
    assert consult_pairs(events) == {frozenset(("RUS", "USA"))}


def test_four_participants_of_a_format_meet_each_pair_once(code):
    events = code("Встреча в нормандском формате с участием глав МИД России, Украины, Германии и Франции прошла в Берлине.")
    sides = ("RUS", "UKR", "DEU", "FRA")
    expected = {frozenset((first, second)) for first in sides for second in sides if first != second}
    assert consult_pairs(events) == expected


def test_participants_of_talks_in_a_format_are_their_sides(code):
    events = code("Переговоры в трехстороннем формате при участии делегаций Сербии, Косово и ЕС начались в Брюсселе.")
    assert frozenset(("SRB", "XKX")) in consult_pairs(events)
