"""Arguments of the fifteenth round: acts only a state makes (state_acts.tsv) told with no agent take the state
where they happen, with the role of their family (a court's sentence: JUD); each on sentences written for these tests, with controls that stay without an event."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Приговор в Германии\n\nЖитель немецкого города Бремен приговорён к трём годам тюрьмы за нападение "
            "на соседа.",
            ("116", "DEUJUD", "DEUCVL"),
        ),
        (
            "Суд в Техасе\n\nВ Техасе житель Далласа Джон Смит признан виновным в убийстве соседа.",
            ("116", "USAJUD", "USACVL"),
        ),
    ],
)
def test_an_agentless_sentence_is_the_courts_of_the_country(code, text, expected):
    assert expected in codes(code(text))


def test_a_sentence_with_its_court_named_keeps_the_court(code):
    found = codes(code("Суд в Киеве\n\nСуд Киева приговорил бизнесмена Петра Коваля к пяти годам тюрьмы."))
    assert {(cameo[:2], source[:3]) for cameo, source, _ in found} == {("11", "UKR")}


def test_a_sentence_with_no_country_stays_without_an_event(code):
    assert not [e for e in code("Приговор\n\nМужчина приговорён к трём годам тюрьмы.") if e.cameo.startswith("11")]


def test_a_release_by_an_implied_state_is_only_of_a_private_person(code):
    events = code(
        "Освобождение\n\nПосле переговоров в Минске министры были освобождены благодаря усилиям посредников."
    )
    assert not [e for e in events if e.cameo.startswith("08")]


@pytest.mark.parametrize(
    "text",
    [
        "Нападение в Казани\n\nНеизвестный мужчина ранил полицейского в Казани.",
        "Стрельба в Самаре\n\nНападавший ранил охранника банка в Самаре.",
    ],
)
def test_a_singular_unknown_attacker_is_unknown(code, text):
    # no source is the contract's unknown actor "---"
    assert {(cameo, source, target[:3]) for cameo, source, target in codes(code(text))} == {("182", None, "RUS")}


def test_a_known_private_attacker_stays_a_civilian(code):
    found = codes(code("Нападение в Казани\n\nМужчина ранил двух прохожих в Казани."))
    assert ("182", "RUSCVL", "RUSCVL") in found


def test_a_participle_naming_unknown_kidnappers_is_no_second_event(code):
    text = "Похищение\n\nНеизвестные бандиты, похитившие двух туристов в Ливии, потребовали выкуп."
    assert not [e for e in code(text) if e.cameo.startswith("18") and e.source == "---"]


def test_asking_a_court_for_a_sentence_accuses_the_defendant(code):
    text = (
        "Процесс в Самаре\n\nПрокурор Самарской области попросил суд приговорить блогера Ивана Котова к трём "
        "годам колонии."
    )
    found = {(cameo, source[:3], target[:3]) for cameo, source, target in codes(code(text)) if source and target}
    assert ("1121", "RUS", "RUS") in found
    assert not [cameo for cameo, *_ in found if cameo.startswith("02")]


def test_asking_a_court_for_something_else_stays_an_appeal(code):
    text = "Процесс в Самаре\n\nПрокурор Самарской области попросил суд отложить заседание."
    assert not [e for e in code(text) if e.cameo == "1121"]


def test_a_received_sentence_befalls_the_subject_and_is_the_courts(code):
    text = "Суд в Самаре\n\nБизнесмен Иван Сидоров получил шесть лет колонии за мошенничество."
    found = {(cameo, source, target[:3]) for cameo, source, target in codes(code(text)) if target}
    assert ("116", "RUSJUD", "RUS") in found


def test_a_participle_clause_on_a_person_does_not_give_his_country(code):
    text = "Шпионаж\n\nВ Норвегии к 10 годам тюрьмы приговорён инженер, работавший на Китай."
    assert not [e for e in code(text) if e.target and e.target.startswith("CHN")]
