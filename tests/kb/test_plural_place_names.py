"""A plural-only place name the normaliser leaves inflected ("в Афинах", "Афинами") is linked by its lemma."""

import pytest

from tests.kb.conftest import actor_of


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Переговоры в Афинах завершились в пятницу.", "Афинах", "GRC"),
        ("Соглашение было подписано Афинами и Анкарой.", "Афинами", "GRC"),
        ("Кинофестиваль в Каннах открылся вчера.", "Каннах", "FRA"),
    ],
)
def test_a_plural_place_name_in_an_oblique_case_is_its_city(link, text, mention, country):
    actor = actor_of(link(text), mention)
    assert actor.code[:3] == country, actor
