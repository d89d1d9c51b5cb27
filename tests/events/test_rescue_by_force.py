"""A person freed by force from captors (a storm, a special operation, special forces) is no release (0841) by the
side that freed him: the release of a yielding side is an act of those who held him."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Подразделения армии Перу штурмом освободили министра, которого удерживали мятежники.",
        "Спецназ МВД Турции освободил заложников в ходе штурма здания банка.",
        "Французский спецназ в ходе спецоперации освободил заложников, захваченных боевиками в Нигере.",
    ],
)
def test_a_rescue_by_force_is_no_release(code, sentence):
    found = codes(code(sentence))
    assert not any(cameo.startswith("08") for cameo, _, _ in found), found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Власти Азербайджана освободили из тюрьмы двух оппозиционных журналистов.", ("0841", "AZEGOV", "AZEMED")),
        ("Израиль освободил 30 палестинских заключённых.", ("0841", "ISRGOV", "PSECVL")),
    ],
)
def test_a_release_by_the_holder_stays_a_release(code, sentence, expected):
    found = codes(code(sentence))
    assert expected in found, found
