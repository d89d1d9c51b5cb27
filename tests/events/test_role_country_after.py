"""An unnamed office ("министр", "президент", "прокурор") does not take the country of a KB person the sentence names
only after it, the one it acts on: it keeps its own, here the country the article is about (kb/link.py
``country_around``, the "person" clue). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Армения предложила возобновить переговоры\n\nЕреван, 12 марта. Армения предложила возобновить переговоры "
            "о границе. Министр иностранных дел провел телефонный разговор с Сергеем Лавровым.",
            ("04", "ARM", "RUS"),
        ),
        (
            "Грузия отозвала посла\n\nТбилиси, 3 апреля. Грузия отозвала посла для консультаций. "
            "Президент резко раскритиковал Владимира Путина.",
            ("11", "GEO", "RUS"),
        ),
    ],
)
def test_office_keeps_its_country_before_the_person_it_acts_on(code, text, expected):
    found = dyads(code(text))
    assert expected in found
    assert (expected[0], expected[2], expected[2]) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Турция усилила меры безопасности\n\nАнкара, 3 мая. Турция усилила меры безопасности на границе. "
            "Полиция задержала гражданина Германии по подозрению в шпионаже.",
            ("17", "TUR", "DEU"),
        ),
        (
            "Египет ужесточил въезд\n\nКаир, 8 июня. Египет ужесточил правила въезда. "
            "Спецслужбы арестовали гражданина Франции по подозрению в шпионаже.",
            ("17", "EGY", "FRA"),
        ),
    ],
)
def test_police_subject_keeps_its_country_before_whom_it_arrests(code, text, expected):
    found = dyads(code(text))
    assert expected in found
    assert (expected[0], expected[2], expected[2]) not in found


def test_soldiers_still_take_the_country_named_after_them(code):
    """An armed force keeps the country its sentence names after it: the fight is mostly at home."""
    text = ("Беспорядки на юге\n\nВ стране продолжаются беспорядки. "
            "Военные обстреляли позиции повстанцев на юге Мали.")
    sources = {source for _root, source, _target in dyads(code(text))}
    assert "MLI" in sources
