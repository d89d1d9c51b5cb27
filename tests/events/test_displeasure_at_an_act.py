"""Displeasure at an act ("выразил возмущение действиями Москвы"): the instrumental the emotion noun governs is what
the displeasure is at, and its owner the target; it is no agent of the displeasure, whose source stays the subject
of "выразить" (the noun rows try that instrumental first, so it is taken before the source is looked for)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Президент Литвы выразил возмущение действиями Москвы.", "LTU", "RUS"),
        ("МИД Польши выразил недовольство решением Берлина.", "POL", "DEU"),
        ("Премьер-министр Грузии выразил негодование заявлениями Кремля.", "GEO", "RUS"),
        ("Министерство иностранных дел Японии выразило неудовольствие политикой Пекина.", "JPN", "CHN"),
    ],
)
def test_displeasure_at_an_act_is_the_subjects_at_the_acts_owner(code, sentence, source, target):
    found = {d for d in dyads(code(sentence)) if d[0] == "11"}
    assert found == {("11", source, target)}, found
