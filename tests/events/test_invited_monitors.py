"""Inviting international monitors, inspectors or an organisation's experts in allows international involvement
(086), as admitting them does ("пригласило наблюдателей ОБСЕ на выборы", "пригласили в страну экспертов из ООН");
experts of another state or a leader's invitation are no such act. Sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, event",
    [
        ("Власти Казахстана пригласили в страну экспертов из ООН для участия в расследовании.", ("086", "KAZGOV", "IGOUN")),
        ("Правительство Грузии пригласило наблюдателей ОБСЕ на выборы.", ("086", "GEOGOV", "IGOOSCE")),
        ("Иран пригласил инспекторов МАГАТЭ посетить ядерный объект в Натанзе.", ("086", "IRNGOV", "IGOIAEA")),
        ("Власти Киргизии пригласили экспертов из Евросоюза.", ("086", "KGZGOV", "IGOEU")),
    ],
)
def test_invited_monitors_are_allowed_in(code, text, event):
    assert event in codes(code(text))


@pytest.mark.parametrize(
    "text",
    ["Президент Франции пригласил экспертов из Германии.", "Путин пригласил Эрдогана в Москву."],
)
def test_other_invitations_are_no_admission(code, text):
    assert not any(root == "08" for root, _, _ in dyads(code(text)))
