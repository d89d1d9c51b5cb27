"""Misses found by a recall audit of unseen dated news, on sentences written for the tests."""

from tests.events.conftest import codes


def test_a_head_of_a_federal_agency_removed_is_removed_by_his_government(code):
    # the agencies ("Росавиация", "Рособрнадзор") are state bodies: an unnamed agent removes their heads
    for text in ("Руководитель Росавиации Иван Петров освобождён от должности.",
                 "Глава Рособрнадзора Сергей Иванов отправлен в отставку."):
        events = codes(code(text, published="2015-06-10"))
        assert ("172", "RUSGOV", "RUSGOV") in events, text


def test_a_federal_service_acts_as_the_russian_government(code):
    events = codes(code("Федеральная антимонопольная служба оштрафовала компанию Google.", published="2016-08-12"))
    assert any(source == "RUSGOV" and target.startswith("USA") for _, source, target in events)
