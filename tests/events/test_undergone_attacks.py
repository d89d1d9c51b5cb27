"""Attacks undergone by their subject ("попасть под обстрел", "подвергнуться нападению") with no named attacker:
an unknown source, not the state of the place (sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "root", "target"),
    [
        ("Колонна миротворцев ООН попала под обстрел на севере Мали, сообщила миссия.", "19", "IGOUN"),
        ("Конвой сил НАТО попал в засаду в провинции Гильменд, сообщили в штабе.", "19", "IGONATO"),
        ("Наблюдатели ОБСЕ подверглись нападению в Донецкой области.", "19", "IGOOSCE"),
    ],
)
def test_an_unnamed_attacker_is_unknown(code, sentence, root, target):
    events = [e for e in code(sentence) if e.cameo.startswith(root)]
    assert events, sentence
    assert all((e.source or "---") == "---" for e in events)
    assert any((e.target or "").startswith(target) for e in events)


def test_a_named_attacker_is_kept(code):
    events = code("Колонна миротворцев ООН попала под обстрел боевиков в Мали.")
    assert not any(e.cameo.startswith("19") and (e.source or "---") == "---" for e in events)


def test_a_town_under_fire_takes_no_unknown_attacker(code):
    # a town shelled in a war is a side's target the story names elsewhere, not an act of no one
    events = code("В среду обстрелу подвергся Донецк, погибли пять человек.")
    assert not any(e.cameo.startswith("19") and (e.source or "---") == "---" for e in events)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("По базе американских военных в Ираке был нанесен ракетный удар.", "USA"),
        ("В Сирии обстреляна колонна турецких военных.", "TUR"),
    ],
)
def test_foreign_forces_struck_by_no_one_named_have_an_unknown_attacker(code, sentence, target):
    events = [e for e in code(sentence) if e.cameo.startswith("19") and (e.target or "").startswith(target)]
    assert events, sentence
    assert all((e.source or "---") == "---" for e in events)


def test_the_host_state_still_strikes_its_own_insurgents(code):
    # the place's state is the implied agent when the forces struck are of its own country
    events = code("В Афганистане нанесен авиаудар по позициям афганских боевиков.")
    assert any(e.cameo.startswith("19") and (e.source or "").startswith("AFG") for e in events)
