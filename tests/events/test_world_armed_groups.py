"""Armed groups, IGO organs and parties of 2000-2026 world news the KB lacked (helper kb2, session 23): they link
on the article's date to their actor code, and a longer foreign council's name no longer falls to a Russian body."""

import pytest

from letopis.pipeline import make_article


@pytest.fixture(scope="module")
def actors(analyzer):
    def run(text, published):
        article = analyzer.run([make_article(text, published=published)])[0]
        return {entity.name: entity.actor.code if entity.actor else None for entity in article.entities}

    return run


def _code_of(found: dict, name: str):
    return next((code for entity, code in found.items() if name.lower() in entity.lower()), "no entity")


@pytest.mark.parametrize("text, published, name, code", [
    ("Силы быстрого реагирования заняли город Эль-Фашер.", "2024-10-26", "Силы быстрого реагирования", "SDNREB"),
    ("Боевики «Армии Аракана» захватили военную базу.", "2024-06-20", "Аракан", "MMRREB"),
    ("Группировка JNIM взяла ответственность за нападение.", "2024-09-17", "JNIM", "MLIINS"),
    ("Картель Синалоа обстрелял патруль полиции.", "2024-09-12", "Картель Синалоа", "MEXINS"),
    ("Катаиб Хезболла выпустила ракеты по базе.", "2024-01-28", "Катаиб Хезболла", "IRQREB"),
    ("Народный фронт освобождения Тыграя отверг ультиматум.", "2021-06-28", "Народный фронт освобождения Тыграя",
     "ETHREB"),
])
def test_armed_group_links_on_the_date(actors, text, published, name, code):
    assert _code_of(actors(text, published), name) == code


def test_rapid_support_forces_were_state_forces_before_the_war(actors):
    found = actors("Силы быстрого реагирования заняли город Эль-Фашер.", "2019-06-03")
    assert _code_of(found, "Силы быстрого реагирования") == "SDNMIL"


@pytest.mark.parametrize("text, published, name, code", [
    ("Государственный административный совет продлил режим чрезвычайного положения.", "2023-01-31",
     "Государственный административный совет", "MMRGOV"),
    ("Генеральная ассамблея Интерпола отклонила заявку Приштины.", "2018-11-20",
     "Генеральная ассамблея Интерпола", "IGOINTERPOL"),
    ("Лидер партии «Европейская Грузия» выступил в Тбилиси.", "2024-10-28", "Европейская Грузия", "GEOOPP"),
    ("Африканский национальный конгресс выступил против законопроекта.", "2022-03-01",
     "Африканский национальный конгресс", "ZAFGOV"),
    ("Суверенный совет Судана продлил переходный период.", "2022-07-04", "Суверенный совет", "SDNGOV"),
    ("Южный переходный совет объявил о самоуправлении на юге страны.", "2020-04-26", "Южный переходный совет",
     "YEMREB"),
])
def test_body_or_party_links_to_its_own_code(actors, text, published, name, code):
    assert _code_of(actors(text, published), name) == code


@pytest.mark.parametrize("text, published, name", [
    ("Боевики атаковали базу МИНУСМА на севере Мали.", "2019-01-20", "МИНУСМА"),
    ("Представитель МИНУСКА выступил в Банги.", "2020-01-20", "МИНУСКА"),
])
def test_peace_mission_named_by_acronym_is_un_military(actors, text, published, name):
    assert _code_of(actors(text, published), name) == "IGOUNMIL"
