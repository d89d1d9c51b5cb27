"""Second-tier actors of 2000-2026 news the KB lacked (helper kb, session 23): attorneys general, spokespeople,
UN envoys, legislators, opposition leaders and parties of many countries link on the article's date, and the
namesakes of surnames left out of the variants do not."""

import pytest

from letopis.pipeline import make_article
from tests.events.conftest import codes, dyads


@pytest.fixture(scope="module")
def actors(analyzer):
    def run(text, published):
        article = analyzer.run([make_article(text, published=published)])[0]
        return {entity.name: entity.actor.code if entity.actor else None for entity in article.entities}

    return run


@pytest.mark.parametrize("text, published, name, code", [
    ("Генеральный прокурор Джефф Сешнс выступил в Конгрессе.", "2017-06-13", "Джефф Сешнс", "USAJUD"),
    ("Виталий Чуркин выступил на заседании Совбеза.", "2015-04-02", "Виталий Чуркин", "RUSGOV"),
    ("Маттео Сальвини выступил в Милане.", "2019-01-10", "Маттео Сальвини", "ITAGOV"),
    ("Маттео Сальвини выступил в Милане.", "2020-06-10", "Маттео Сальвини", "ITAOPP"),
    ("Нэнси Пелоси выступила в Вашингтоне.", "2020-02-05", "Нэнси Пелоси", "USALEG"),
    ("Луиза Арбур прибыла в Женеву.", "2006-03-01", "Луиза Арбур", "IGOUN"),
    ("Мишель Бачелет прибыла в Женеву.", "2019-03-01", "Мишель Бачелет", "IGOUN"),
    ("Энрике Каприлес выступил в Каракасе.", "2014-02-20", "Энрике Каприлес", "VENOPP"),
    ("Сергей Удальцов вышел на площадь.", "2012-05-06", "Сергей Удальцов", "RUSOPP"),
])
def test_second_tier_person_links_on_the_date(actors, text, published, name, code):
    assert actors(text, published)[name] == code


@pytest.mark.parametrize("text, published, name, country", [
    ("Партия «Кахоль-лаван» выступила против законопроекта.", "2020-01-15", "Кахоль-лаван", "ISR"),
    ("Мосгордума приняла закон о парковках.", "2016-05-25", "Мосгордума", "RUS"),
    ("Русская православная церковь выступила против законопроекта.", "2016-05-25", "Русская православная церковь", "RUS"),
    ("Партия «Право и справедливость» выступила против законопроекта.", "2016-05-25", "Право и справедливость", "POL"),
])
def test_party_or_body_links_to_its_country(actors, text, published, name, country):
    found = actors(text, published)
    code = next(code for entity, code in found.items() if name.lower() in entity.lower())
    assert code is not None and code[:3] == country


def test_namesake_of_a_surname_left_out_does_not_link():
    """"Круз" alone is no variant of the senator: the actor Том Круз is not linked to him."""
    from letopis.kb import load_kb
    assert not load_kb().search("Круз") and load_kb().search("Тед Круз")


def test_opposition_leader_demand_is_coded_with_both_sides(code):
    events = code("Энрике Каприлес потребовал от президента Николаса Мадуро уйти в отставку.",
                  published="2014-02-20")
    assert ("10", "VEN", "VEN") in dyads(events)


def test_spokesperson_accusation_has_her_country(code):
    events = code("Джен Псаки обвинила Россию в эскалации конфликта.",
                  published="2014-07-20")
    assert any(source.startswith("USA") and target == "RUSGOV" and cameo.startswith("11")
               for cameo, source, target in codes(events))


@pytest.mark.parametrize("text, name, code", [
    ("Киевский городской совет принял решение переименовать проспект.", "Киевский городской совет", "UKRLEG"),
    ("Брянская областная дума приняла обращение к правительству.", "Брянская областная дума", "RUSLEG"),
    ("Ивановская городская дума выступила против закрытия завода.", "Ивановская городская дума", "RUSLEG"),
])
def test_local_council_takes_the_country_of_its_place_adjective(actors, text, name, code):
    assert actors(text, "2014-03-01")[name] == code


@pytest.mark.parametrize("text, published, name, code", [
    ("Радий Хабиров провёл совещание в Уфе.", "2019-05-14", "Радий Хабиров", "RUSGOV"),
    ("Аман Тулеев провёл совещание в Кемерове.", "2015-05-14", "Аман Тулеев", "RUSGOV"),
    ("Геннадий Кернес провёл совещание в Харькове.", "2015-05-14", "Геннадий Кернес", "UKRGOV"),
    ("Игорь Коломойский прилетел в Тель-Авив.", "2019-05-14", "Игорь Коломойский", "UKRBUS"),
])
def test_regional_head_links_to_his_country(actors, text, published, name, code):
    assert actors(text, published)[name] == code


def test_governor_row_extends_a_person_of_another_file():
    """Максим Решетников is Perm's governor in 2018 (second_tier.tsv) and the economy minister in 2021 (cis.tsv)."""
    from datetime import date

    from letopis.kb import load_kb
    [actor] = load_kb().search("Максим Решетников")
    titles = {on: [role.title for role in actor.roles if role.valid_on(on)]
              for on in (date(2018, 6, 1), date(2021, 6, 1))}
    assert titles == {date(2018, 6, 1): ["губернатор Пермского края"],
                      date(2021, 6, 1): ["министр экономического развития России"]}


@pytest.mark.parametrize("text, published, name, code", [
    ("Полиция Мексики задержала Джона Макафи на границе.", "2012-12-01", "Джон Макафи", "USABUS"),
    ("Жерар Депардьё получил паспорт в Саранске.", "2013-01-06", "Жерар Депардьё", "FRACVL"),
    ("Алишер Усманов купил долю в клубе.", "2016-01-06", "Алишер Усманов", "RUSBUS"),
])
def test_private_actor_has_the_country_of_his_citizenship(actors, text, published, name, code):
    assert actors(text, published)[name] == code


@pytest.mark.parametrize("text, published, name, code", [
    ("Ливийская национальная армия начала наступление на Триполи.", "2019-04-05", "Ливийская национальная армия", "LBYREB"),
    ("Повстанцы из группировки М23 заняли город Гома.", "2012-11-20", "М23", "CODREB"),
    ("Доку Умаров взял на себя ответственность за теракт.", "2011-02-08", "Доку Умаров", "RUSINS"),
])
def test_armed_group_and_its_commander_link(actors, text, published, name, code):
    assert actors(text, published)[name] == code
