"""A denial of its own side's part names no other side: the country accused is the denier's own."""

from tests.events.conftest import codes


def test_a_denial_of_the_own_countrys_involvement_has_no_target(code):
    found = codes(code("Пресс-секретарь президента России Дмитрий Песков отверг обвинения в причастности России к "
                       "взрыву в Киеве.", "2017-10-26"))
    assert ("016", "RUSGOV", None) in found, found
    assert not any(target and target.startswith("RUS") for _, _, target in found), found
