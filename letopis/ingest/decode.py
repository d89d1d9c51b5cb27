"""Bytes to text: UTF-8 first, then the legacy Cyrillic code pages of Russian sources.

A decoder that guesses wrong silently garbles every name, so the choice between
cp1251, KOI8-R, cp866 and ISO-8859-5 is made by how Russian the result reads
(share of common lower-case Cyrillic letters), and binary data is refused.
"""

from __future__ import annotations

import codecs

LEGACY_ENCODINGS = ("cp1251", "koi8_r", "cp866", "iso8859_5")
UTF8_MAX_BROKEN = 100  # at most one broken character per this many (a legacy page breaks half)
COMMON_LETTERS = frozenset("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё")


class DecodeError(ValueError):
    """The bytes are not text in any encoding letopis reads."""


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(sample) * 0.01


def russian_score(text: str) -> float:
    """Share of common lower-case Russian letters among the visible characters.

    Counting among letters only would let a wrong code page win by turning
    Cyrillic into box-drawing symbols, which are not letters.
    """
    visible = [char for char in text if not char.isspace()]
    if not visible:
        return 0.0
    return sum(char in COMMON_LETTERS for char in visible) / len(visible)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodeError for binary or undecodable data."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as error:
            raise DecodeError(f"cannot decode as {encoding}: {error}") from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a file cut mid-character, one stray byte) is still UTF-8:
    # read as a legacy code page, every Cyrillic letter would turn into mojibake
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") * UTF8_MAX_BROKEN <= len(text):
        return text, "utf-8"
    best = max(LEGACY_ENCODINGS, key=lambda name: russian_score(data.decode(name, errors="replace")))
    return data.decode(best, errors="replace"), best
