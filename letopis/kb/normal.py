"""Name normalisation shared by every KB index: the key two spellings must agree on."""

from __future__ import annotations

import re
from functools import lru_cache

_QUOTES = str.maketrans("", "", "«»\"'„“”‘’`")
_DASHES = str.maketrans({"—": "-", "–": "-", "‑": "-"})
_SPACES = re.compile(r"\s+")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")


@lru_cache(maxsize=65536)  # called tens of thousands of times per hundred articles, on few distinct names
def normalize(name: str) -> str:
    """Lower case, ё as е, no quotes, one space, hyphens without spaces: the KB's lookup key."""
    if name.isalpha():  # one word of letters (most keys: lemmas): no quote, dash, space or stop to remove
        return name.lower().replace("ё", "е")
    text = name.lower().replace("ё", "е").translate(_QUOTES).translate(_DASHES)
    text = _SPACED_HYPHEN.sub("-", text)
    return _SPACES.sub(" ", text).strip(" .,;:")
