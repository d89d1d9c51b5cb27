"""Session 16 (helper "frames"): the hosting verb receives the same officials in both aspects (word class
"dignitary"): "принимает короля Иордании" is a visit hosted (043) as "принял короля Иордании" is."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Президент Казахстана принимает в Астане короля Иордании.", ("043", "KAZGOV", "JORGOV")),
        ("Премьер-министр Индии принимает канцлера Германии.", ("043", "INDGOV", "DEUGOV")),
        ("Король Марокко принимал в Рабате эмира Катара.", ("043", "MARGOV", "QATGOV")),
        ("Президент Египта принял в Каире короля Иордании.", ("043", "EGYGOV", "JORGOV")),
    ],
)
def test_a_host_receives_officials_in_either_aspect(code, text, expected):
    assert expected in codes(code(text))
