"""KB organisations whose whole name NER leaves out become ORG entities (letopis/kb/known_organisations.py)."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of


@pytest.mark.parametrize("text, published, mention, code", [
    # a name of common words opening a sentence, and inflected in lower case as the KB writes it
    ("Красные кхмеры атаковали правительственные войска.", "1990-03-01", "Красные кхмеры", "KHMREB"),
    ("Правительство Камбоджи обвинило красных кхмеров в срыве перемирия.", "1990-03-01", "красных кхмеров", "KHMREB"),
    # a participle the tagger reads as a verb ("вооружить")
    ("Вооружённая исламская группа взяла на себя ответственность за взрыв.", "1995-08-01",
     "Вооружённая исламская группа", "DZAINS"),
])
def test_a_whole_kb_name_becomes_the_organisation(link, text, published, mention, code):
    actor = actor_of(link(text, published), mention)
    assert actor is not None and actor.code == code


def test_a_name_the_kb_capitalises_is_not_found_in_lower_case(link):
    article = link("Он мечтал, чтобы справедливая россия была сильной.", "2019-01-01")
    assert not [entity for entity in article.entities if entity.type == "ORG"]
