"""A hyphenated group noun that ends in a demonym ("студенты-палестинцы") is of the demonym's country, not of the
country the sentence around it names (session 12, helper "args"); sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of

pytestmark = pytest.mark.slow


def test_students_named_with_a_demonym_are_of_its_country(link):
    article = link("В субботу студенты-палестинцы забросали камнями израильских солдат.", "1996-06-01")
    assert actor_of(article, "студенты-палестинцы").code == "PSECVL"


def test_refugees_named_with_a_demonym_are_not_of_the_host_country(link):
    article = link("Вчера у границы Пакистана беженцы-афганцы перекрыли дорогу.", "1996-06-01")
    assert actor_of(article, "беженцы-афганцы").code.startswith("AFG")


def test_a_compound_without_a_demonym_keeps_its_context_country(link):
    article = link("В Катаре рабочие-мигранты объявили забастовку.", "2016-06-01")
    assert actor_of(article, "рабочие-мигранты").code.startswith("QAT")
