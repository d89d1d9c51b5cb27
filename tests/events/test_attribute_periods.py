"""The date of an event told by a stretch of days is the shortest period EVENTS.md can write that holds it all: a
part of a month is that month, a part of a year that year, a week within one month that month, and a week across
two months names no month (sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow


def dates(events, root):
    return [event.date for event in events if event.cameo.startswith(root)]


@pytest.mark.parametrize(
    "sentence, published, root, expected",
    [
        ("В начале июля полиция Франции задержала гражданина России.", "2021-07-20", "17", "2021-07"),
        ("В конце июня 2021 года власти Турции арестовали журналиста из Германии.", "2021-07-20", "17", "2021-06"),
        ("В первой половине марта Китай провёл переговоры с Бразилией.", "2023-03-15", "04", "2023-03"),
        ("В начале 2021 года власти Турции арестовали журналиста из Германии.", "2021-07-20", "17", "2021"),
        ("На прошлой неделе министр обороны Японии посетил Австралию.", "2023-03-15", "04", "2023-03"),
        ("На прошлой неделе власти Индии выслали дипломата Пакистана.", "2023-03-15", "16", "2023-03"),
    ],
)
def test_a_stretch_of_days_dates_the_event_by_the_period_holding_it(code, sentence, published, root, expected):
    assert dates(code("Событие\n\n" + sentence, published=published), root) == [expected]


@pytest.mark.parametrize(
    "sentence, root",
    [
        ("На прошлой неделе министр обороны Японии посетил Австралию.", "04"),
        ("На прошлой неделе власти Индии выслали дипломата Пакистана.", "16"),
    ],
)
def test_a_week_across_two_months_names_no_month(code, sentence, root):
    # published on Wednesday 8 March 2023: last week ran from 27 February to 5 March
    assert dates(code("Событие\n\n" + sentence, published="2023-03-08"), root) == [None]
