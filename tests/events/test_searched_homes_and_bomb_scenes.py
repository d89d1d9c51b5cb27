"""Argument finding of the fourteenth round: the occupant of a searched home, a subject the parser swallowed into
a parenthetical "как сообщил X," clause, the country struck by a bombing with no named target; each on sentences
written for these tests, with a control that must stay without an event."""

import pytest

pytestmark = pytest.mark.slow


def tuples(events):
    """(root, source country or None, target country or None) of the events that happened."""
    return {
        (e.cameo[:2], e.source[:3] if e.source else None, e.target[:3] if e.target else None)
        for e in events
        if not e.negated
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Обыски у журналиста\n\nВ четверг в квартире журналиста Сергея Орлова в Саратове проходят обыски по делу "
            "о клевете.",
            ("09", "RUS", "RUS"),
        ),
        (
            "Находка в Техасе\n\nПистолет был обнаружен в понедельник при обыске в доме фермера Джона Смита в штате "
            "Техас.",
            ("09", "USA", "USA"),
        ),
    ],
)
def test_a_searched_home_stands_for_its_occupant(code, text, expected):
    assert expected in tuples(code(text))


def test_a_search_with_no_one_searched_is_no_event(code):
    assert not [e for e in code("В Саратове прошли обыски.") if e.cameo.startswith("09")]


def test_a_subject_swallowed_by_a_parenthetical_report(code):
    events = code("Как сообщило ФБР, американец из штата Техас был арестован в понедельник по подозрению в поджоге.")
    assert ("17", "USA", "USA") in tuples(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Теракт в Волгограде\n\nПо данным следствия, теракт на вокзале совершил 30-летний уроженец Дагестана Иван "
            "Петров.",
            ("18", "RUS", "RUS"),
        ),
        (
            "Нападение в Одессе\n\nНочью неизвестные бросили бутылку с зажигательной смесью со стороны набережной.",
            ("18", None, "UKR"),
        ),
    ],
)
def test_a_bombing_with_no_named_target_strikes_the_country_where_it_happens(code, text, expected):
    assert expected in tuples(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # the bombing is what the arrested are suspected of, not an act of the police
        "Полиция Бельгии арестовала двух человек по подозрению в подготовке теракта.",
        # an attack has a victim, named elsewhere: not the country of the place
        "Нападение в Кандагаре\n\nСмертник напал на рассвете вблизи села в провинции Кандагар.",
    ],
)
def test_no_scene_target_for_a_suspicion_or_an_attack_on_someone(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("18")]
