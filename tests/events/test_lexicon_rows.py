"""The trigger lexicon as data: every row can be chosen (checked on the packaged lexicon, no model needed)."""

from letopis.events.lexicon import Requirement, TriggerRule, load_lexicon


def _covers(earlier: Requirement, later: Requirement) -> bool:
    """``earlier`` holds whenever ``later`` does."""
    if earlier.relation != later.relation or earlier.absent != later.absent:
        return False
    return later.lemmas <= earlier.lemmas if not later.absent else earlier.lemmas <= later.lemmas


def _shadows(earlier: TriggerRule, later: TriggerRule) -> bool:
    """The coder takes the row with most requirements, the first of equals: an earlier row with as many, each
    holding whenever one of the later row's does, leaves the later row unreachable for that lemma."""
    return (
        earlier.negated == later.negated
        and len(earlier.requires) == len(later.requires)
        and all(any(_covers(mine, theirs) for mine in earlier.requires) for theirs in later.requires)
    )


def test_no_row_is_shadowed_by_an_earlier_row_of_the_same_lemma():
    shadowed = [
        (lemma, earlier.line, later.line)
        for lemma, rows in load_lexicon().triggers.items()
        for index, later in enumerate(rows)
        for earlier in rows[:index]
        if _shadows(earlier, later)
    ]
    assert not shadowed


def test_the_check_finds_a_shadowed_row():
    wide = TriggerRule("подать", "115", [Requirement("obj", frozenset({"иск", "жалоба"}))])
    narrow = TriggerRule("подать", "115", [Requirement("obj", frozenset({"иск"}))])
    assert _shadows(wide, narrow) and not _shadows(narrow, wide)
