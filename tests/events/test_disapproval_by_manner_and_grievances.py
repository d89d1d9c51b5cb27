"""Criticism told by the manner of a judgement or a reaction ("резко высказался в адрес X", "негативно оценил
решение X", "жёстко отреагировал на заявление X"), grievances laid before a party ("предъявила претензии Китаю"),
an act judged unlawful ("считает действия X неприемлемыми") and a feeling's short passive ("Москва возмущена
решением X"), on sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a word of disapproval on a verb of judging or reacting
        ("Глава МИД Швеции резко высказался в адрес Саудовской Аравии.", ("SWE", "SAU")),
        ("Глава МИД Швеции резко высказался о действиях Саудовской Аравии.", ("SWE", "SAU")),
        ("Глава МИД Швеции негативно отозвался о решении Саудовской Аравии.", ("SWE", "SAU")),
        ("Президент Франции критически отзывался о политике Китая.", ("FRA", "CHN")),
        ("Премьер Италии негативно оценил решение Австрии.", ("ITA", "AUT")),
        ("Решение Австрии премьер Италии оценил отрицательно.", ("ITA", "AUT")),
        ("МИД Армении жестко отреагировал на заявление Турции.", ("ARM", "TUR")),
        ("Министерство иностранных дел Армении резко отреагировало на заявление Турции.", ("ARM", "TUR")),
        ("Президент Литвы резко ответил Белоруссии.", ("LTU", "BLR")),
        # a grievance laid before a party, a protest addressed to it
        ("Япония предъявила претензии Китаю.", ("JPN", "CHN")),
        ("Польша предъявила претензии России по поводу расследования катастрофы.", ("POL", "RUS")),
        ("Япония высказала претензии в адрес Китая.", ("JPN", "CHN")),
        ("МИД Японии выразил протест в адрес Китая.", ("JPN", "CHN")),
        # an act judged unlawful or unacceptable
        ("Германия считает действия Белоруссии неприемлемыми.", ("DEU", "BLR")),
        ("Германия считает решение Белоруссии незаконным.", ("DEU", "BLR")),
        # a feeling's short passive participle: its subject feels it
        ("Россия возмущена решением Чехии выслать дипломатов.", ("RUS", "CZE")),
        ("Токио возмущен заявлением Пекина.", ("JPN", "CHN")),
        ("Москва крайне разочарована позицией Берлина по газопроводу.", ("RUS", "DEU")),
        ("Премьер-министр Канады был возмущен высказываниями президента США.", ("CAN", "USA")),
    ],
)
def test_disapproval_is_coded(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2015-05-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Премьер Италии положительно оценил решение Австрии.",
        "Рубль резко упал после заявления Турции.",
        "Президент Литвы быстро ответил на письмо Белоруссии.",
        "У Японии есть претензии к Китаю.",
        "Никаких претензий к Китаю Япония не предъявляла.",
        "Полиция Малайзии считает их непосредственными исполнительницами убийства.",
        "Германия считает, что решение Минска законно.",
    ],
)
def test_no_disapproval_without_its_word(code, text):
    assert not disapprovals(code(text, published="2015-05-10"))


def test_an_announced_harsh_answer_is_a_threat(code):
    events = code("Москва жестко ответит на размещение ракет в Польше.", published="2015-05-10")
    assert {(e.cameo[:2], e.source[:3]) for e in events if not e.negated} == {("13", "RUS")}
