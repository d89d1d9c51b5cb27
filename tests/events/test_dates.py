"""The date of an event: a time set for a plan does not date it, and a sentence with no time of its own continues
the recent news its block of lines dated just before (sentences written for these tests, published on a Wednesday)."""

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2023-03-15"
STRIKE = "В понедельник российская авиация нанесла удары по позициям боевиков в Сирии."


def dated(events, root):
    return [(event.date, event.date_precision) for event in events if event.cameo.startswith(root)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Визит президента Франции в Китай запланирован на следующую неделю.",
        "Визит президента Франции в Китай запланирован на апрель.",
    ],
)
def test_a_time_set_for_a_plan_leaves_the_publication_date(code, sentence):
    assert dated(code("Визит\n\n" + sentence, published=PUBLISHED), "03") == [(PUBLISHED, "published")]


def test_a_locative_week_still_dates_the_act(code):
    events = code("Визит\n\nНа прошлой неделе министр обороны Японии посетил Австралию.", published=PUBLISHED)
    assert dated(events, "04") == [("2023-03", "week")]


def test_a_sentence_without_a_time_continues_the_day_of_the_one_before(code):
    events = code(f"Удары\n\n{STRIKE}\nМИД Турции осудил эти удары.", published=PUBLISHED)
    assert dated(events, "11") == [("2023-03-13", "day")]


@pytest.mark.parametrize(
    "text",
    [
        f"Удары\n\n{STRIKE}\n\nМИД Турции осудил эти удары.",  # another block of lines
        f"Удары\n\n{STRIKE}\nМИД Турции осуждает эти удары.",  # the present, not the act told before
    ],
)
def test_no_continuation_across_a_blank_line_or_into_the_present(code, text):
    assert dated(code(text, published=PUBLISHED), "11") == [(PUBLISHED, "published")]


def test_an_old_date_before_does_not_date_the_news(code):
    text = "Высылка\n\nВ 2010 году Франция выслала посла Ирана.\nПолиция Франции задержала двух граждан Ирана."
    assert dated(code(text, published=PUBLISHED), "17") == [(PUBLISHED, "published")]


def test_a_weekday_of_a_past_verb_of_saying_stays_in_the_past(code):
    text = "Заявление\n\nВ понедельник президент Франции заявил, что Франция направит оружие Украине."
    assert {date for date, _ in dated(code(text, published=PUBLISHED), "0")} == {"2023-03-13"}
