"""A protest told by its taking place ("в Киеве продолжается протест", "вспыхнули протесты") is coded as "акция
протеста" is: of the protesters its genitive names, else of the people of the place, at home; protesters gathering
("демонстранты собрались у посольства") protest at the mission they stand before. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence, pair", [
    ("В Киеве продолжается многотысячный протест на площади Независимости.", ("14", "UKR", "UKR")),
    ("В Бангкоке вспыхнули массовые протесты против правительства.", ("14", "THA", "THA")),
    ("Протесты оппозиции продолжаются в Тбилиси уже третью неделю.", ("14", "GEO", "GEO")),
    ("Протест водителей прошел в центре Москвы.", ("14", "RUS", "RUS")),
])
def test_a_protest_taking_place_is_coded(code, sentence, pair):
    assert pair in dyads(code(sentence))


@pytest.mark.parametrize("sentence, pair", [
    ("Тысячи демонстрантов собрались у американского посольства в Каире.", ("14", "EGY", "USA")),
    ("Сотни манифестантов собрались перед зданием парламента Грузии.", ("14", "GEO", "GEO")),
    ("Около двухсот протестующих собрались возле посольства России в Вильнюсе.", ("14", "LTU", "RUS")),
])
def test_protesters_gathering_protest(code, sentence, pair):
    assert pair in dyads(code(sentence))


def test_people_gathering_for_no_protest_is_no_event(code):
    assert not [e for e in code("Тысячи болельщиков собрались у стадиона в Казани.") if e.cameo.startswith("14")]


@pytest.mark.parametrize("sentence, pair", [
    ("В Стамбуле тысячи демонстрантов пытались прорваться к консульству Израиля.", ("14", "TUR", "ISR")),
    ("Демонстранты ворвались в здание посольства Великобритании в Тегеране.", ("14", "IRN", "GBR")),
    ("Сотни манифестантов прорвались на территорию посольства США в Каире.", ("14", "EGY", "USA")),
])
def test_protesters_forcing_their_way_to_a_mission_riot(code, sentence, pair):
    assert pair in dyads(code(sentence))


def test_others_breaking_in_is_no_protest(code):
    assert not [e for e in code("Грабители ворвались в магазин в центре Москвы.") if e.cameo.startswith("14")]
