"""A lowercase country adjective in an oblique case that the tagger reads as a noun or a verb ("Делегация
ангольского повстанческого движения", "Делегация ангольского правительства") still names its country, by the
adjective lemma the tagger gives it (sentences written for these tests)."""

import pytest

from letopis.pipeline import make_article
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Делегация ангольского повстанческого движения вылетела в Лусаку.",
        "Делегация ангольского правительства вылетела в Лусаку.",
    ],
)
def test_the_adjective_names_its_country(analyzer, sentence):
    article = analyzer.run([make_article(sentence, published="2023-03-15")])[0]
    assert "AGO" in {entity.actor.code for entity in article.entities if entity.type == "LOC" and entity.actor}


def test_the_delegation_is_of_the_adjectives_country(code):
    found = dyads(code("Делегация ангольского правительства провела в Лусаке переговоры с повстанцами."))
    assert any(root == "04" and "AGO" in (source, target) for root, source, target in found)
    assert not any(source == "ZMB" for _, source, _ in found)
