"""Companies are COUNTRY+BUS actors; a ministry named by its short form is its country's government."""

from __future__ import annotations


def _actors(analyzer, text):
    article = analyzer(text, published="2020-01-10")
    return {entity.name: entity.actor.code for entity in article.entities if entity.actor}


def test_companies_are_business_actors_of_their_country(analyzer):
    codes = _actors(analyzer, "Новости\n\nКомпания «Газпром» прекратила поставки газа Украине, "
                              "а Нафтогаз подал иск в Стокгольмский арбитраж. Акции Boeing упали.")
    assert codes.get("Газпром") == "RUSBUS"
    assert any(code == "UKRBUS" for name, code in codes.items() if name.startswith("Нафтогаз"))
    assert codes.get("Boeing") == "USABUS"


def test_a_company_acts_in_an_event(analyzer):
    article = analyzer("Новости\n\nЛаборатория Касперского обвинила хакеров из КНДР в атаке на банки.",
                       published="2020-01-10")
    assert [(event.source, event.cameo[:2]) for event in article.events] == [("RUSBUS", "11")]


def test_short_ministry_names_are_the_government(analyzer):
    codes = _actors(analyzer, "Новости\n\nМинздрав России призвал граждан сделать прививки. "
                              "Минтранс Казахстана запретил полеты в Турцию.")
    assert codes.get("Минздрав России") == "RUSGOV"
    assert codes.get("Минтранс Казахстана") == "KAZGOV"
