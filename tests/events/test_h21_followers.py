"""Session 21: the followers of a person ("сторонники Селайи") are civilians of his country, not he himself;
those of an opposition leader keep the opposition role.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from letopis.pipeline import default_analyzer

    analyzer = default_analyzer()
    return lambda text, day="2020-01-01": analyzer(make_article(text, published=day))


def events(article) -> set[tuple[str, str | None, str | None]]:
    return {(event.cameo[:2], event.source, event.target) for event in article.events if not event.negated}


@pytest.mark.parametrize("text, event", [
    ("Сторонники Селайи напали на полицию Гондураса.", ("18", "HNDCVL", "HNDCOP")),
    ("Сторонники президента Уго Чавеса атаковали журналистов в Каракасе.", ("18", "VENCVL", "VENMED")),
    ("Приверженцы Мубарака забросали камнями полицию Египта.", ("14", "EGYCVL", "EGYCOP")),
    ("Полиция Франции задержала сторонников Макрона.", ("17", "FRACOP", "FRACVL")),
])
def test_followers_of_a_person_are_civilians_of_his_country(run, text, event):
    found = events(run(text))
    assert event in found, found


def test_followers_of_an_opposition_leader_stay_opposition(run):
    found = events(run("Тысячи сторонников Тимошенко провели митинг против правительства Украины.", "2012-05-01"))
    assert ("14", "UKROPP", "UKRGOV") in found, found
