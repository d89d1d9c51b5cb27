"""The language check counts letters as ``str.isalpha`` does, with regexes in C."""

from __future__ import annotations

import sys

from letopis.pipeline import CYRILLIC, NO_LETTERS, language_problem


def test_what_the_letter_count_skips_is_never_a_letter() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if NO_LETTERS.fullmatch(char):
            assert not char.isalpha(), hex(code)
        if CYRILLIC.fullmatch(char):
            assert char.isalpha(), hex(code)


def test_the_share_of_cyrillic_letters_decides() -> None:
    assert language_problem("") == "no letters in the text"
    assert language_problem("123 456 — 789 ½ ²") == "no letters in the text"
    assert language_problem("Путин встретился с Байденом в Женеве") is None
    # 3 Cyrillic letters of 13 (digits, "½" and "_" are no letters): 23 %
    assert language_problem("абв defghijklm 12½_") == "not Russian text (23% Cyrillic letters)"
    # 3 of 10: just at the threshold, analysed
    assert language_problem("ёЁя abcdefg 2024") is None
