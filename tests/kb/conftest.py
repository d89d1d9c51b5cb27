from __future__ import annotations

import pytest

from letopis.pipeline import make_article


@pytest.fixture(scope="session")
def link():
    """``link(text, published)``: the text analysed by the steps up to actor linking (no event coding)."""
    from letopis.kb.evaluate import linking_analyzer

    analyzer = linking_analyzer()

    def run(text: str, published: str | None = "2017-06-01"):
        return analyzer.run([make_article(text, published=published)])[0]

    return run


def actor_of(article, text: str):
    """The actor of the entity with a mention written exactly ``text``."""
    for entity in article.entities:
        if any(mention.text == text for mention in entity.mentions):
            return entity.actor
    raise AssertionError(f"no mention {text!r}: {[(e.name, [m.text for m in e.mentions]) for e in article.entities]}")
