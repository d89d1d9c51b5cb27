"""``ImpliedActors.acts_before``: the one walk over the acts told in the sentences before, latest first."""

from __future__ import annotations

import pytest

from letopis.events.candidate import ToldAct
from letopis.events.implied import ImpliedActors


class Told(ImpliedActors):
    """Just the state the walk reads: the article's acts so far and the sentence asking."""

    def __init__(self, index: int, told: list[ToldAct], here: list[ToldAct] | None = None) -> None:
        self.index = index
        self.told = told
        self.told_here = here or []


def act(sentence: int, cameo: str) -> ToldAct:
    return ToldAct(sentence, cameo, [], [], frozenset())


ARTICLE = [act(0, "173"), act(1, "1121"), act(1, "111"), act(2, "0874"), act(3, "160")]


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, []),  # the headline: nothing told before it
        (1, [(0, "173")]),
        (2, [(1, "111"), (1, "1121"), (0, "173")]),  # the latest first, within a sentence too
        (3, [(2, "0874"), (1, "111"), (1, "1121"), (0, "173")]),
        (5, [(3, "160"), (2, "0874"), (1, "111"), (1, "1121"), (0, "173")]),
    ],
)
def test_latest_first(index: int, expected: list[tuple[int, str]]) -> None:
    assert [(told.sentence, told.cameo) for told in Told(index, ARTICLE).acts_before()] == expected


def test_never_this_sentence_or_after() -> None:
    # the article's list already holds this sentence's acts and a later one's; the acts of this sentence found so
    # far (``told_here``) are not walked either
    coder = Told(2, ARTICLE, here=[act(2, "0874")])
    assert all(told.sentence < 2 for told in coder.acts_before())
    assert [told.cameo for told in coder.acts_before()] == ["111", "1121", "173"]


def test_walks_again_from_the_start() -> None:
    # each call is a fresh walk (a caller may walk twice: the same object first, then a person described)
    coder = Told(3, ARTICLE)
    first = next(coder.acts_before())
    assert next(coder.acts_before()) is first is ARTICLE[3]
