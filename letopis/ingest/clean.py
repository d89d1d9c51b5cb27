"""Remove wire-copy noise while keeping a map back to the original offsets.

The models see ``CleanText.text``; everything letopis reports is converted back
with ``CleanText.span`` so that offsets always refer to the text as it was given.
"""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

from letopis.data_files import data_lines

# One pattern for every kind of noise; each match is replaced by ``_replacement``.
NOISE = re.compile(
    r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"  # HTML entities
    r"|\r\n?"  # Windows and old Mac line ends
    r"|[\u00ad\u200b\u200c\u200d\u2060\ufeff]"  # soft hyphen, zero-width characters
    r"|[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}"  # runs of spaces
    r"|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"  # a single odd space
    r"|\n[ \t\u00a0]+|[ \t\u00a0]+\n"  # spaces around line ends
)
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def _replacement(match: str) -> str:
    if match.startswith("&"):
        text = html.unescape(match)
        return " " if text in ("\xa0", "\u2009", "\u202f") else text
    if match.startswith("\r"):
        return "\n"
    if match[0] in INVISIBLE:
        return ""
    if "\n" in match:
        return "\n"
    return " "


@lru_cache(maxsize=1)
def teaser_pattern() -> re.Pattern[str]:
    alternatives = "|".join(data_lines("letopis.ingest", "teasers.txt"))
    return re.compile(rf"^[ \t]*(?:{alternatives})", re.IGNORECASE | re.MULTILINE)


@dataclass
class CleanText:
    text: str
    offsets: array  # offsets[i]: original offset where clean character i starts
    ends: array  # ends[i]: original offset where clean character i ends

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """Original ``(start, stop)`` of the clean span ``[start, stop)``."""
        if stop <= start:
            position = self.offsets[start] if start < len(self.offsets) else self.end
            return position, position
        return self.offsets[start], self.ends[stop - 1]

    @property
    def end(self) -> int:
        return self.ends[-1] if self.ends else 0


# Teasers are cut only near the end: a "Читайте также" in the middle of a long
# text starts a real paragraph more often than a teaser block.
TEASER_TAIL = 600


_NATURALS = array("l")  # 0, 1, 2, ...: the offset maps of unchanged text are slices of it (copied in C)


def _naturals(stop: int) -> array:
    """``_NATURALS`` with at least ``0 .. stop``; it grows (by doubling) for a longer text."""
    global _NATURALS
    if len(_NATURALS) <= stop:
        _NATURALS = array("l", range(max(stop + 1, 2 * len(_NATURALS), 1 << 16)))
    return _NATURALS


def clean(text: str) -> CleanText:
    parts: list[str] = []
    offsets = array("l")
    ends = array("l")
    naturals = _naturals(len(text) + 1)
    position = 0
    for match in NOISE.finditer(text):
        start, stop = match.span()
        if start > position:
            parts.append(text[position:start])
            offsets += naturals[position:start]
            ends += naturals[position + 1:start + 1]
        replacement = _replacement(match.group())
        parts.append(replacement)
        # every character a replacement produces stands for the whole noise
        offsets.extend([start] * len(replacement))
        ends.extend([stop] * len(replacement))
        position = stop
    parts.append(text[position:])
    offsets += naturals[position:len(text)]
    ends += naturals[position + 1:len(text) + 1]
    cleaned = "".join(parts)

    for match in teaser_pattern().finditer(cleaned):
        if len(cleaned) - match.start() <= TEASER_TAIL:
            cleaned = cleaned[: match.start()]
            del offsets[match.start():]
            del ends[match.start():]
            break
    # trailing white space carries nothing
    stripped = cleaned.rstrip()
    del offsets[len(stripped):]
    del ends[len(stripped):]
    return CleanText(stripped, offsets, ends)
