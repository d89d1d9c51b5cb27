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


# "глава"/"лидер" of an owner the text does not name is no anaphor of the actor named last
@pytest.mark.parametrize("text", [
    "Министерство финансов США обвинило Россию в сокрытии доходов. Полиция Колумбии арестовала главу картеля.",
    "Госдеп США осудил Китай. Полиция Мексики задержала лидера наркокартеля.",
    "Пентагон объявил об учениях. Прокуратура Бразилии предъявила обвинения главе компании.",
    "Минфин США ввел санкции против Ирана. Спецназ Колумбии арестовал главу банды в Боготе.",
])
def test_the_head_of_an_unnamed_owner_is_not_the_last_actor(run, text):
    second = text.split(". ")[1]
    found = {(item.cameo[:2], item.source, item.target) for item in run(text).events
             if not item.negated and item.evidence.startswith(second[:20])}
    assert not any(target and target.startswith("USA") for _root, _source, target in found), found


def test_the_head_of_the_agency_still_points_back(run):
    found = events(run("Госдеп США осудил Китай. Глава ведомства обвинил Пекин в шпионаже."))
    assert any(root == "11" and source == "USAGOV" and target == "CHNGOV" for root, source, target in found), found


@pytest.mark.parametrize("text, event", [
    ("Губернатор Калифорнии Гэвин Ньюсом приехал в Мехико. Глава штата подписал соглашение с Мексикой.",
     ("05", "USAGOV", "MEXGOV")),
    ("Мэр Москвы Сергей Собянин посетил Китай. Глава города подписал соглашение с Пекином.", ("05", "RUSGOV", "CHNGOV")),
])
def test_the_head_of_a_place_still_points_back(run, text, event):
    found = events(run(text))
    assert event in found, found
