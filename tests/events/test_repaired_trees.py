"""The coder's tree repairs re-hang words one rule at a time; the view's heads must stay a tree, or a walk
up the heads never ends (a hang on real text)."""
import pytest

from letopis.events.syntax import SentenceView
from tests.conftest import SHARED

# Wikinews articles (unlabelled corpus) in each of which the repairs once closed a cycle of heads
ARTICLES = ["nerel-100600_text", "nerel-100986_text", "nerel-101502_text", "nerel-105729_text", "nerel-106214_text"]
CORPUS = SHARED / "corpus" / "wikinews"


def reaches_root(heads):
    for start in range(len(heads)):
        seen, current = set(), start
        while current >= 0:
            if current in seen:
                return False
            seen.add(current)
            current = heads[current]
    return True


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared Wikinews corpus is not at hand")
def test_repaired_heads_are_a_tree(analyzer):
    cyclic = []
    for name in ARTICLES:
        article = analyzer((CORPUS / f"{name}.txt").read_text("utf-8"), id=name)
        for index, sentence in enumerate(article.sentences):
            if sentence.tokens and not reaches_root(SentenceView(index, sentence, []).heads):
                cyclic.append((name, sentence.text[:60]))
    assert not cyclic
