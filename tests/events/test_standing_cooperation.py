"""Cooperation (050, 06x) told by a present imperfective verb with no date of its own after the headline and the
lead ("Индия активно сотрудничает с Францией") describes a standing relation between states, not an act of the
news (``attributes.told_as_standing``); a headline's or lead's present, or one the text dates, still tells it.
Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow

HEAD = "Премьер Индии посетил Москву\n\nПремьер-министр Индии Нарендра Моди во вторник прибыл в Москву с визитом.\n\n"
HEAD_BRA = "Лула посетил Пекин\n\nПрезидент Бразилии Лула да Силва в среду прибыл в Пекин.\n\n"


@pytest.mark.parametrize(
    "text, pair",
    [
        (HEAD + "Индия также активно сотрудничает с Францией в закупках вооружений.", {"IND", "FRA"}),
        (HEAD_BRA + "Бразилия традиционно сотрудничает с Аргентиной в рамках МЕРКОСУР.", {"BRA", "ARG"}),
        (HEAD + "Индия и Япония тесно сотрудничают в энергетике.", {"IND", "JPN"}),
    ],
)
def test_standing_cooperation_is_no_event(code, text, pair):
    assert not [d for d in dyads(code(text)) if d[0] in ("05", "06") and {d[1], d[2]} == pair]


@pytest.mark.parametrize(
    "text, pair",
    [
        # the headline tells the news in the present
        ("Индия сотрудничает с Францией в расследовании теракта\n\nТекст сообщения.", {"IND", "FRA"}),
        # the text dates it
        (HEAD + "С понедельника Индия сотрудничает с Францией в расследовании теракта.", {"IND", "FRA"}),
        # told in the past, it is an act
        (HEAD + "Индия в среду договорилась сотрудничать с Францией в закупках вооружений.", {"IND", "FRA"}),
    ],
)
def test_cooperation_of_the_news_stays(code, text, pair):
    assert [d for d in dyads(code(text)) if d[0] in ("03", "05", "06") and {d[1], d[2]} == pair]
