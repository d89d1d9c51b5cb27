"""Coordinated subjects of a directed act of support (praise, endorsement, verbal defence, rallying support,
recognition: CAMEO 051-054) that finds no target of its own do not support each other: "Иран и «Хезболла»
поддерживают в войне президента Асада" (the parser hangs the president on the war) is no support between Iran and
Hezbollah, and "поздравили королева и премьер-министр" no congratulation between them. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("sentence, sides", [
    ("Иран и «Хезболла» поддерживают в сирийской войне президента Башара Асада.", {"IRN", "LBN"}),
    ("Турция и Катар поддержали в ливийском конфликте правительство Сараджа.", {"TUR", "QAT"}),
    ("В ходе войны Россия и Иран оказывали поддержку режиму в Дамаске.", {"RUS", "IRN"}),
    ("С победой на выборах мэра поздравили президент Франции и премьер-министр Франции.", {"FRA"}),
    ("Германия и Франция высоко оценили усилия посредников.", {"DEU", "FRA"}),
    ("Лидеры Египта и Иордании похвалили в совместном заявлении посредника из Катара.", {"EGY", "JOR"}),
])
def test_coordinated_supporters_do_not_support_each_other(code, sentence, sides):
    assert not [pair for pair in dyads(code(sentence)) if pair[0] == "05" and {pair[1], pair[2]} <= sides]


def test_support_with_its_target_is_still_coded(code):
    assert ("05", "IRN", "SYR") in dyads(code("Иран поддержал президента Сирии Башара Асада."))


def test_a_signed_treaty_still_pairs_coordinated_sources(code):
    found = dyads(code("Турция и Катар подписали соглашение о сотрудничестве."))
    assert {("05", "TUR", "QAT")} <= found or {("05", "QAT", "TUR")} <= found


@pytest.mark.parametrize("sentence, sides", [
    ("Индия и Бразилия в понедельник поддержали друг друга.", {"IND", "BRA"}),
    ("Лидеры Египта и Иордании похвалили друг друга за сотрудничество.", {"EGY", "JOR"}),
    ("Армения и Грузия принесли друг другу извинения за инцидент на границе.", {"ARM", "GEO"}),
])
def test_a_reciprocal_object_still_pairs_them(code, sentence, sides):
    found = dyads(code(sentence))
    assert any(pair[0] == "05" and {pair[1], pair[2]} == sides for pair in found)
