"""Session 16 (helper "frames"): "dep=@igo" in a requirement's list is any international organisation the text
names after "из" (an actor code of IGO), so leaving one is 161 whatever its name ("вышла из Евросоюза", "из Совета
Европы", "из ОДКБ"), not only the organisations the row spells out; one named elsewhere is no such thing."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Великобритания вышла из Евросоюза.", ("161", "GBRGOV", "IGOEU")),
        ("Россия в марте вышла из Совета Европы.", ("161", "RUSGOV", "IGOCOE")),
        ("Армения выходит из ОДКБ, заявил премьер-министр страны.", ("161", "ARMGOV", "IGOCSTO")),
        ("Киргизия объявила о выходе из ОДКБ.", ("161", "KGZGOV", "IGOCSTO")),
    ],
)
def test_leaving_a_named_organisation_is_coded(code, text, expected):
    assert expected in codes(code(text))


def test_envoys_of_an_organisation_leaving_a_hall_leave_no_organisation(code):
    assert not [e for e in code("Представители Евросоюза вышли из зала заседаний.") if e.cameo.startswith("16")]
