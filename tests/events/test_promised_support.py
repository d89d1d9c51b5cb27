"""A promise of support is an intent of diplomatic cooperation (032); a promise of aid or a loan is one of
material aid (033): the two rows of "пообещать" read different objects."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, cameo",
    [
        ("Президент Франции пообещал поддержку правительству Мали.", "032"),
        ("Президент Франции пообещал помощь правительству Мали.", "033"),
        ("Премьер-министр Японии пообещал кредит правительству Вьетнама.", "033"),
    ],
)
def test_what_is_promised_decides_the_code(code, sentence, cameo):
    assert {found[0] for found in codes(code(sentence))} == {cameo}
