"""A statement (01: a denial, a comment, an admission) that names no counterpart is no interaction between actors
(EVENTS.md): it is not coded; the gold of the article sets holds such statements optional at best (session 15)."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Бывший командующий Младич вину отрицал.",
        "Пресс-служба президента Украины опровергла эту информацию.",
        "Пресс-секретарь Кремля Дмитрий Песков отверг все обвинения о причастности России к взрыву в Киеве.",
        "Лидер социалистов Португалии взял на себя ответственность за поражение на выборах.",
    ],
)
def test_a_statement_aimed_at_no_one_is_no_event(code, sentence):
    found = codes(code(sentence, "2017-10-26"))
    assert not any(cameo.startswith("01") for cameo, _, _ in found), found


def test_a_statement_to_a_named_counterpart_stays(code):
    found = codes(code("Президент России Владимир Путин выразил соболезнования президенту Франции в связи с терактом."))
    assert any(cameo == "018" and target and target.startswith("FRA") for cameo, _, target in found), found
