"""A monarch named by his title and given name alone ("король Фахд") is the KB person who reigned with that name
(letopis/kb/link.py, data/monarch_titles.txt), not a head of state of the article's country."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of


@pytest.mark.parametrize("text, published, mention, code", [
    ("Король Фахд принял в Эр-Рияде министра иностранных дел Франции.", None, "Фахд", "SAUGOV"),
    ("Султан Кабус заявил, что поддерживает позицию Франции.", "1995-03-01", "Кабус", "OMNGOV"),
    ("В Париже король Хусейн встретился с президентом Франции.", "1994-05-01", "Хусейн", "JORGOV"),
])
def test_a_given_name_after_a_monarchs_title_is_the_monarch(link, text, published, mention, code):
    actor = actor_of(link(text, published), mention)
    assert actor is not None and actor.code == code


def test_a_given_name_without_a_title_is_not_taken_for_a_monarch(link):
    article = link("Фахд сказал журналистам, что уезжает из Франции.", "1995-03-01")
    actor = actor_of(article, "Фахд")
    assert actor is None or not (actor.code or "").startswith("SAU")
