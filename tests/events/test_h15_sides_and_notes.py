"""Session 15 (lead): a "side" with a country adjective is that country ("американская сторона выразила
протест"), while a bare "стороны" still means the parties just named; and any verb of handing over or sending
("передать", "отправить", "вручить", "направить") carries the note, protest or invitation it takes
(word class "deliver"). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Американская сторона выразила протест Москве.", ("11", "USA", "RUS")),
        ("Украинская сторона обвинила Россию в обстреле.", ("11", "UKR", "RUS")),
        ("Китайская сторона пообещала Пакистану помощь.", ("03", "CHN", "PAK")),
        ("Турецкая сторона в понедельник осудила действия Греции.", ("11", "TUR", "GRC")),
    ],
)
def test_a_side_named_by_a_country_adjective_is_that_country(code, text, expected):
    assert expected in dyads(code(text))


def test_bare_parties_still_mean_the_sides_just_named(code):
    # (an agreement reached on a noun is a formal agreement, root 05, since round h22 agree)
    text = "Президенты Армении и Азербайджана встретились в Москве. Стороны договорились о прекращении огня."
    assert ("05", "ARM", "AZE") in dyads(code(text)) or ("05", "AZE", "ARM") in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Российская сторона передала Вашингтону ноту протеста.", ("11", "RUS", "USA")),
        ("Литва отправила Минску ноту протеста в связи с инцидентом.", ("11", "LTU", "BLR")),
        ("МИД Грузии передал послу России ноту протеста.", ("11", "GEO", "RUS")),
        ("Премьер Японии передал китайскому лидеру приглашение посетить Токио.", ("03", "JPN", "CHN")),
        ("Польша послала Киеву письмо протеста.", ("11", "POL", "UKR")),
    ],
)
def test_a_note_handed_over_or_sent_by_any_verb_of_delivery_is_coded(code, text, expected):
    assert expected in dyads(code(text))


def test_a_note_received_is_no_protest_of_its_receiver(code):
    # the receiver of a note is its target, not its source
    assert ("11", "USA", "RUS") not in dyads(code("Вашингтон получил от Москвы ноту протеста."))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Представители Кремля обвинили Грузию в провокации.", "RUSGOV"),
        ("Сотрудники Белого дома обвинили Иран в провокации.", "USAGOV"),
        ("Представители Елисейского дворца осудили Сирию.", "FRAGOV"),
    ],
)
def test_the_people_of_a_seat_of_power_are_its_government(code, text, expected):
    assert expected in {event.source for event in code(text)}


def test_the_police_of_a_city_stay_police(code):
    assert "RUSCOP" in {event.source for event in code("Полиция Москвы задержала активистов.")}
