from collections import Counter
from importlib import resources

import pytest

from letopis.kb import load_kb
from letopis.kb.regions import find_region, region_index, regions_named
from letopis.pipeline import make_article

KINDS = {"state", "province", "oblast", "krai", "republic", "autonomous_oblast", "autonomous_okrug",
         "autonomous_region", "autonomous_community", "federal_city", "federal_district", "territory",
         "union_territory", "land", "nation", "governorate", "region", "leased_base", "island"}


def rows() -> list[list[str]]:
    text = resources.files("letopis.kb").joinpath("data/regions.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith(("#", "name\t"))]


def test_every_row_names_a_known_country_and_kind():
    countries = load_kb().countries
    for name, variants, country, kind, wikidata, provenance in rows():
        assert countries.get(country) is not None, name
        assert kind in KINDS, name
        assert provenance, name
        assert not wikidata or wikidata.startswith("Q"), name
        assert variants == variants.lower(), name


def test_the_lists_are_complete_where_they_are_closed():
    # a leased base is no region; islands and named regions ("Курдистан", "Кашмир") are no subdivisions
    per_country = Counter(row[2] for row in rows() if row[3] not in ("leased_base", "island", "region"))
    assert per_country["USA"] == 51  # 50 states and DC
    # the 85 subjects Russian law listed before 2022, Crimea and Sevastopol coded as ISO 3166 does
    russian = [row for row in rows() if row[2] == "RUS" or row[0] in ("Крым", "Севастополь")]
    assert len(russian) == 85
    assert per_country["UKR"] == 26 and per_country["CAN"] == 13 and per_country["DEU"] == 16
    assert per_country["AFG"] == 34 and per_country["SYR"] == 14 and per_country["IRQ"] == 18


def test_no_region_form_is_a_name_or_capital_of_another_country():
    # the linker reads countries and capitals first: "Англия" is the UK, "Москва" the capital
    countries = load_kb().countries
    for key, regions in region_index().items():
        for country in (countries.by_name(key), countries.by_capital(key)):
            assert country is None or {region.country for region in regions} == {country}, key


def test_a_form_two_regions_share_belongs_to_two_countries():
    for key, regions in region_index().items():
        assert len({region.country for region in regions}) == len(regions), key


def test_regions_are_found_by_name_variant_and_kind_word():
    assert find_region("Техас").country == "USA"
    assert find_region("штат Северная Каролина").name == "Северная Каролина"
    assert find_region("Подмосковье").name == "Московская область"
    assert find_region("Республика Татарстан").name == "Татарстан"
    assert find_region("провинция Гильменд").country == "AFG"
    assert find_region("Синьцзян").kind == "autonomous_region"
    assert find_region("Джамму и Кашмир").country == "IND"
    assert find_region("Донецкая область").country == "UKR"
    assert find_region("Победа") is None


def test_the_article_decides_between_regions_called_alike():
    assert {region.country for region in regions_named("Пенджаб")} == {"IND", "PAK"}
    assert find_region("Пенджаб") is None
    assert find_region("Пенджаб", named=["PAK"]).country == "PAK"
    assert find_region("Бадахшан", named=["TJK"]).name == "Горно-Бадахшанская автономная область"


def test_a_city_of_the_name_wins_at_home_and_where_its_country_is_named():
    assert find_region("Нью-Йорк") is None  # the city, same country: the linker's city reading
    assert find_region("Монтана").country == "USA"
    assert find_region("Монтана", named=["BGR"]) is None  # the Bulgarian town
    assert find_region("Флорида").country == "USA"  # towns in Cuba and Uruguay are not larger
    assert find_region("Алтай").country == "RUS"


@pytest.fixture(scope="module")
def linked(analyzer):
    texts = [
        "Губернатор штата Северная Каролина объявил чрезвычайное положение из-за урагана.",
        "В Московской области произошёл пожар на складе. Москва заявила протест Киеву.",
        "Президент Грузии прибыл в Вашингтон. В штате Джорджия прошли выборы.",
        "Власти провинции Новая Шотландия сообщили о лесных пожарах.",
        "В Техасе полиция задержала двух мужчин по подозрению в убийстве.",
    ]
    return analyzer.run([make_article(text, published="2021-07-05") for text in texts])


def codes(article) -> dict[str, str]:
    return {entity.name: entity.actor.code for entity in article.entities if entity.type == "LOC"}


def test_a_region_mention_is_linked_to_its_country(linked):
    assert codes(linked[0])["Северная Каролина"] == "USA"
    assert codes(linked[1])["Московская область"] == "RUS"
    assert codes(linked[3])["Новая Шотландия"] == "CAN"
    reason = next(entity.actor.reason for entity in linked[0].entities if entity.name == "Северная Каролина")
    assert "region" in reason


def test_countries_and_capitals_keep_their_reading(linked):
    found = codes(linked[2])
    assert found["Грузия"] == "GEO" and found["Джорджия"] == "USA" and found["Вашингтон"] == "USA"
    assert codes(linked[1])["Москва"] == "RUSGOV"  # the capital acting, not the federal city


def test_an_event_in_a_region_is_placed_in_its_country(linked):
    events = linked[4].events
    assert events and events[0].location == "USA"
