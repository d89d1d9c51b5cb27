"""A person's name words and the title before the name must agree with the KB person: no partial name
overlap between two Korean names, no king taken for a president, the office the text names wins."""

from __future__ import annotations

import pytest

from letopis.kb.link import default_linker


@pytest.mark.parametrize("name", ["Чон Ду Хвана", "Чон Ду Хвану", "Чон Ду Хван"])
def test_a_word_left_after_a_shorter_name_is_not_that_person(name):
    # Чон Гён Ду's words "Чон" and "Ду" are in the name, but "Хван" is no word of his
    assert [actor.id for actor in default_linker().people.find(name)] == ["chun_doo_hwan"]


def test_a_second_surname_after_all_given_names_still_links():
    ids = [actor.id for actor in default_linker().people.find("Мигеля Диас-Канеля Бермудеса")]
    assert ids == ["diaz_canel_miguel"]


@pytest.mark.parametrize("published", [None, "1998-01-01"])
def test_the_office_the_title_names_wins_over_the_last_role(analyzer, published):
    from letopis.pipeline import make_article

    text = "Министр иностранных дел СССР Эдуард Шеварднадзе провёл переговоры с госсекретарём США."
    article = analyzer.run([make_article(text, published=published)])[0]
    codes = {entity.name: entity.actor.code for entity in article.entities if entity.type == "PER"}
    assert codes["Эдуард Шеварднадзе"] == "SUNGOV", codes  # the USSR's offices carry its code, SUN
