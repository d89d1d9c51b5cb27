"""Session 19 (helper "accsrc"): criticism or an accusation told as sounding from a party ("со стороны Египта
прозвучала критика в адрес Израиля", "последовали обвинения против Вашингтона"): the act noun is the subject of a
verb of its sounding (прозвучать, раздаться, последовать, посыпаться), the critic follows "со стороны", the one
criticised "в адрес" or "против" on the noun."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Со стороны Египта прозвучала резкая критика в адрес Израиля.", ("111", "EGYGOV", "ISRGOV")),
        ("Критика в адрес Израиля прозвучала со стороны Египта.", ("111", "EGYGOV", "ISRGOV")),
        ("Со стороны Пекина последовали обвинения против Вашингтона.", ("112", "CHNGOV", "USAGOV")),
        ("Резкая критика Египта в адрес Израиля прозвучала на саммите.", ("111", "EGYGOV", "ISRGOV")),
        ("Со стороны Анкары раздались упрёки в адрес Афин.", ("111", "TURGOV", "GRCGOV")),
        ("Со стороны Москвы посыпались обвинения в адрес Лондона, сообщает ТАСС.", ("112", "RUSGOV", "GBRGOV")),
    ],
)
def test_criticism_sounding_from_a_party_is_coded(code, text, expected):
    assert expected in codes(code(text))


def test_sounding_with_no_critic_named_codes_nothing(code):
    assert not [e for e in code("На заседании прозвучали обвинения в адрес Москвы.") if e.cameo.startswith("11")]


def test_music_sounding_is_no_criticism(code):
    assert not code("Со стороны площади прозвучала музыка в адрес ветеранов.")
