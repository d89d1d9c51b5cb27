"""Near-duplicates: reprints and light rewrites of one text, found by MinHash over word shingles.

Each article's signature is computed once at ingest and stored; marking
duplicates compares signatures through locality-sensitive hashing (datasketch),
so the work grows with the corpus, not with its square.  The earliest article
(publication date, then ingest order) is the original; every other member of
its group gets ``duplicate_of`` = the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Optional

import numpy as np

NUM_PERM = 128
SHINGLE = 5  # words per shingle: long enough that two different texts rarely share many
DUPLICATE_THRESHOLD = 0.6  # estimated Jaccard similarity of shingles above which a text is a reprint
SEED = 1  # every signature must use the same permutations
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures depend on it
WORDS = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    words = [word.lower().replace("ё", "е") for word in WORDS.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def minhash(text: str):  # -> datasketch.MinHash
    from datasketch import MinHash

    signature = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    signature.update_batch(list(shingles(text)))
    return signature


def signature(text: str) -> bytes:
    """The stored form of an article's MinHash: NUM_PERM unsigned 64-bit integers."""
    return minhash(text).hashvalues.astype("<u8").tobytes()


def from_bytes(data: bytes):  # -> datasketch.MinHash
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype="<u8").astype(np.uint64))


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    a = np.frombuffer(first, dtype="<u8")
    b = np.frombuffer(second, dtype="<u8")
    return float(np.count_nonzero(a == b)) / len(a)


def find_duplicates(
    rows: Iterable[tuple[int, Optional[date], bytes]], threshold: float = DUPLICATE_THRESHOLD
) -> dict[int, int]:
    """``{article id: id of the original}`` for every near-duplicate among ``(id, published, signature)``."""
    from datasketch import MinHashLSH

    ordered = sorted(rows, key=lambda row: (row[1] or date.max, row[0]))
    index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[int, bytes] = {}
    original_of: dict[int, int] = {}
    for article_id, _published, data in ordered:
        if not data:
            continue
        candidates = index.query(from_bytes(data))
        best = max(candidates, key=lambda other: (similarity(data, signatures[other]), -other), default=None)
        if best is not None and similarity(data, signatures[best]) >= threshold:
            original_of[article_id] = original_of.get(best, best)
            continue  # only originals are indexed: a chain of edits cannot drift away from its source
        index.insert(article_id, from_bytes(data))
        signatures[article_id] = data
    return original_of
