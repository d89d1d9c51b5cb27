"""Tenth round: acts whose agent the text leaves unnamed, on sentences written for these tests."""

import logging

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_indefinite_personal_release_is_the_state_s(code):
    events = code("В Москве продолжается суд над бизнесменом. Петра Сидоркина отпустили под залог.")
    assert ("08", "RUS", "RUS") in dyads(events)
    assert any(e.target == "RUSCVL" for e in events)


def test_passive_after_a_conjunct_takes_its_subject(code):
    events = code("Вчера в Чикаго продюсер сдался полиции и был задержан.")
    assert ("17", "USA", "USA") in dyads(events)


def test_removal_from_office_is_made_by_the_official_s_government(code):
    events = code("Министр обороны России Сергей Шойгу освобождён от должности.")
    assert ("17", "RUS", "RUS") in dyads(events)


def test_retirement_is_no_removal(code):
    events = code("Министр обороны Украины уволен в запас по достижении предельного возраста.")
    assert not any(e.cameo.startswith("17") for e in events)


def test_ban_is_no_removal(code):
    events = code("Министру энергетики Украины запрещено занимать государственные должности.")
    assert not any(e.source == "UKRGOV" and e.cameo == "172" for e in events)


def test_demonym_target_is_a_civilian(code):
    events = code("В аэропорту Мадрида задержан россиянин.")
    assert any(e.source.startswith("ESP") and e.target == "RUSCVL" for e in events)


def test_trace_says_why_a_trigger_yields_nothing(code, caplog):
    with caplog.at_level(logging.DEBUG, logger="letopis.events.coder"):
        events = code("Переговоры прошли успешно.")
    assert not events
    assert "no source" in caplog.text
