"""Shared helpers of the event tests: code a sentence with the session's analyzer."""

import pytest

from letopis.pipeline import make_article


@pytest.fixture(scope="module")
def code(analyzer):
    def run(text, published="2023-03-15"):
        return analyzer.run([make_article(text, published=published)])[0].events

    return run


def dyads(events, negated=False):
    """(root, source country, target country) of the events that happened (``negated``: that were denied)."""
    return {
        (e.cameo[:2], (e.source or "---")[:3], e.target[:3] if e.target else None) for e in events if e.negated == negated
    }


def codes(events):
    """(cameo, source, target) of the events that happened."""
    return {(e.cameo, e.source, e.target) for e in events if not e.negated}
