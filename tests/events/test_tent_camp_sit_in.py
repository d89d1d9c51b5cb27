"""A crowd that pitches a tent camp in a public space or before a seat of power sits in (144, aimed at home or at
the body it camps before); refugees sheltered and rescuers setting up camps do not. Sentences written for these
tests."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text, expected", [
    ("Протест\n\nТысячи учителей из штата Оахака, разбившие палаточный лагерь на главной площади, требуют отставки "
     "губернатора.", ("144", "MEX", "MEX")),
    ("Протест\n\nСторонники оппозиции разбили палаточный лагерь на центральной площади Киева.", ("144", "UKR", "UKR")),
    ("Протест\n\nСотни шахтеров разбили палатки перед зданием правительства в Бухаресте.", ("144", "ROU", "ROU")),
])
def test_a_crowd_camping_sits_in(code, text, expected):
    found = {(cameo, source[:3], target[:3] if target else None)
             for cameo, source, target in codes(code(text, published="2012-05-10"))}
    assert expected in found


@pytest.mark.parametrize("text", [
    "Лагерь\n\nСпасатели разбили палаточный лагерь для беженцев на площади в центре города Ош.",
    "Лагерь\n\nБеженцы разбили лагерь у границы с Турцией.",
    "Лагерь\n\nАрмия разбила лагерь в пустыне.",
])
def test_camps_of_no_protest(code, text):
    assert not any(cameo.startswith("14") for cameo, _, _ in codes(code(text, published="2012-05-10")))
