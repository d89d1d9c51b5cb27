"""A headline that tells its act with no time of its own sums up the body: it takes the date the body gives the same
act (same root and countries), unless the body tells it on several dates (sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2010-12-16"


def dates(events, root):
    return sorted((event.date, event.date_precision) for event in events if event.cameo.startswith(root))


@pytest.mark.parametrize(
    "text, root, expected",
    [
        ("Убит муфтий Кабардино-Балкарии\n\nВ Нальчике вечером 15 декабря неизвестные убили председателя Духовного "
         "управления мусульман республики.", "18", "2010-12-15"),
        ("Путин наградил журналиста орденом\n\nПрезидент России Владимир Путин указом от 13 декабря наградил "
         "журналиста Дмитрия Киселёва орденом.", "05", "2010-12-13"),
        ("В Ираке похищен журналист из Италии\n\nБоевики похитили 14 декабря в Багдаде итальянского фотографа.",
         "18", "2010-12-14"),
    ],
)
def test_an_undated_headline_takes_the_bodys_date(code, text, root, expected):
    assert dates(code(text, published=PUBLISHED), root) == [(expected, "day")] * 2


def test_a_body_telling_the_act_on_two_dates_leaves_the_headline_as_published(code):
    text = (
        "Полиция Франции арестовала россиян\n\nПолиция Франции в понедельник арестовала в Ницце бизнесмена из "
        "России.\n\nВо вторник полицейские Франции арестовали в Париже журналиста из России."
    )
    assert (PUBLISHED, "published") in dates(code(text, published=PUBLISHED), "17")
