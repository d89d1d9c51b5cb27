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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Франция осудила Мали\n\nПариж, 2 марта. Франция осудила решение властей Мали. Министр иностранных дел "
            "Франции заявил: Мали остается важным партнером Франции и Европейского союза, и я призываю правительство "
            "страны вернуться к диалогу.",
            ("02", "FRA", "MLI"),
        ),
        (
            "Германия призвала Сербию к диалогу\n\nБерлин, 8 октября. Канцлер Германии заявил журналистам: Сербия "
            "стала одним из ключевых партнеров Евросоюза на Балканах, и я призываю правительство страны возобновить "
            "диалог с Приштиной.",
            ("02", "DEU", "SRB"),
        ),
    ],
)
def test_country_anaphor_means_the_subject_country_before_it(code, text, expected):
    """"правительство страны" after a clause whose subject is a country is that country's, not the speaker's nor
    the article's main one (kb/roles.py ``_subject_country``)."""
    found = dyads(code(text))
    assert expected in found
    assert (expected[0], expected[1], expected[1]) not in found


def test_country_anaphor_without_a_subject_country_keeps_the_persons(code):
    text = ("Казахстан расширил сотрудничество с Китаем\n\nАстана, 4 июля. Президент Казахстана Касым-Жомарт Токаев "
            "заявил, что правительство республики подпишет соглашение с Китаем.")
    assert ("03", "KAZ", "CHN") in dyads(code(text))
