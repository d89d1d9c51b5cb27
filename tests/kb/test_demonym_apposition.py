"""An unknown person with a demonym in apposition takes its country, on sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of

pytestmark = pytest.mark.slow


def test_demonym_after_the_name(link):
    article = link("В Москве задержан Джон Смит, американец, которого обвиняют в шпионаже.")
    assert actor_of(article, "Джон Смит").code == "USACVL"


def test_host_country_is_not_given_to_an_unknown_person(link):
    article = link("В Москве задержан Джон Смит, которого обвиняют в шпионаже.")
    assert actor_of(article, "Джон Смит").code == "---"
