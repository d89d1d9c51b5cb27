"""One morphological dictionary for the whole process.

natasha 1.6 still imports pymorphy2, which breaks on Python 3.11 unless yargy's
compatibility patch is imported first: every import of natasha in letopis goes
through this module, which makes that order explicit.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yargy  # noqa: F401  (must precede natasha: patches pymorphy2 for Python 3.11)


@lru_cache(maxsize=1)
def morph_vocab() -> Any:
    """natasha's MorphVocab (pymorphy2 with UD tags and a parse cache)."""
    return natasha_module().MorphVocab()


def lemma(word: str, pos: str = "", feats: dict[str, str] | None = None) -> str:
    """Dictionary form of ``word`` given its UD tag (lower case, ё as е)."""
    vocab = morph_vocab()
    if pos:
        result = vocab.lemmatize(word, pos, feats or {})
        if result:
            return result
    forms = vocab(word.lower())
    return forms[0].normal.replace("ё", "е") if forms else word.lower().replace("ё", "е")


def natasha_module() -> Any:
    """The natasha package, imported after yargy (import sorters cannot reorder this)."""
    import natasha

    return natasha
