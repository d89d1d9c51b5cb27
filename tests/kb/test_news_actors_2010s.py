"""Actors of 2010s news that the articles name often: a publisher, a rebel council, a platform, a magazine."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of


@pytest.mark.parametrize("text, published, mention, code", [
    ("Шведская прокуратура добивается экстрадиции Джулиана Ассанжа.", "2010-12-14", "Джулиана Ассанжа", "AUSMED"),
    ("Ассанж назвал обвинения клеветой.", "2012-08-20", "Ассанж", "AUSMED"),
    ("Бойцы ПНС вошли в Сирт.", "2011-10-20", "ПНС", "LBYREB"),
    ("Переходный национальный совет объявил об освобождении Ливии.", "2011-10-23",
     "Переходный национальный совет", "LBYREB"),
    ("Twitter заблокировал аккаунт депутата.", "2016-05-01", "Twitter", "USABUS"),
    ("Журнал Rolling Stone опубликовал интервью с сенатором.", "2015-03-01", "Rolling Stone", "USAMED"),
])
def test_the_actor_is_known(link, text, published, mention, code):
    actor = actor_of(link(text, published), mention)
    assert actor is not None and actor.code == code


def test_the_rebel_council_is_not_read_into_other_years(link):
    actor = actor_of(link("Переходный национальный совет провёл заседание.", "2019-05-01"),
                     "Переходный национальный совет")
    assert actor is None or actor.code != "LBYREB"
