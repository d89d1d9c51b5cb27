"""Blame put on a party past the act blamed ("возложил ответственность за X на Y", where the parser hangs "на Y"
under X) and acts called names the naming rows did not know ("бездоказательными", "грубым нарушением"), on
sentences written for these tests (the names: бездоказательный, непростительный, нарушение, дезинформация,
поспешный, необдуманный, контрпродуктивный, плевок, пощёчина ...)."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Агентство ЦТАК возложило вину за инцидент на Сеул.", ("PRK", "KOR")),
        ("Министр иностранных дел Латвии возложил ответственность за срыв переговоров на Москву.", ("LVA", "RUS")),
        ("МИД Азербайджана возложил ответственность за обстрел на армянскую сторону.", ("AZE", "ARM")),
        ("Министр иностранных дел Израиля возложил ответственность за ракетный обстрел на востоке страны на Иран.",
         ("ISR", "IRN")),
    ],
)
def test_blame_put_past_the_act_blamed(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2015-05-10"))


def test_a_place_inside_the_act_blamed_is_not_whom_the_blame_is_put_on(code):
    # "на востоке страны" is where the shelling was (Loc), not whom the blame is put on (Acc)
    events = code("Министр обороны Израиля возложил ответственность за обстрел на востоке страны.", published="2015-05-10")
    assert not disapprovals(events)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Официальный представитель МИД России назвала заявления Лондона «бездоказательными».", ("RUS", "GBR")),
        ("Министр иностранных дел Польши назвал действия Минска «грубым нарушением международного права».",
         ("POL", "BLR")),
        ("Премьер-министр Японии назвал действия Северной Кореи «непростительными».", ("JPN", "PRK")),
        ("МИД Литвы назвал заявление Москвы «дезинформацией».", ("LTU", "RUS")),
        ("Глава МИД Австрии назвал решение Венгрии закрыть границу «поспешным и необдуманным».", ("AUT", "HUN")),
        ("Президент Франции назвал действия Турции «контрпродуктивными».", ("FRA", "TUR")),
        ("Президент Ирана назвал санкции США «плевком в лицо» иранскому народу.", ("IRN", "USA")),
    ],
)
def test_acts_called_names(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2015-05-10"))


def test_an_act_called_lawful_is_no_criticism(code):
    events = code("Министр иностранных дел Германии назвал действия Франции законными.", published="2015-05-10")
    assert not disapprovals(events)


VERDICT = """Суд в Минске приговорил оппозиционера к десяти годам

Суд в Минске во вторник приговорил лидера оппозиции к десяти годам колонии.

Госдепартамент США назвал приговор «политически мотивированным».
"""


def test_a_verdict_called_politically_motivated(code):
    assert ("USA", "BLR") in disapprovals(code(VERDICT, published="2021-08-03"))


def test_persecution_called_a_witch_hunt(code):
    text = "МИД Германии назвал преследование журналистов в Турции «охотой на ведьм»."
    assert ("DEU", "TUR") in disapprovals(code(text, published="2017-03-14"))
