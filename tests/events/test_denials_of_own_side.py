"""A denial of its own side's part names no other side: the country accused is the denier's own; and a statement
with no counterpart is not coded at all (session 15: the gold holds such statements optional at best)."""

from tests.events.conftest import codes


def test_a_denial_of_the_own_countrys_involvement_has_no_target(code):
    found = codes(code("Пресс-секретарь президента России Дмитрий Песков отверг обвинения в причастности России к "
                       "взрыву в Киеве.", "2017-10-26"))
    assert not any(cameo.startswith("01") for cameo, _, _ in found), found
    assert not any(target and target.startswith("RUS") for _, _, target in found), found
