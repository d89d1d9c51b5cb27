"""persons/history_europe.tsv: office holders of Europe, North America, the UN and NATO whose terms overlap
1975-1999, linked by the article's date; undated text gives them their last role's country."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from letopis.kb import load_kb
from tests.kb.conftest import actor_of

HISTORY = Path(__file__).parents[2] / "letopis" / "kb" / "data" / "persons" / "history_europe.tsv"
PERIOD = (date(1975, 1, 1), date(1999, 12, 31))


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with HISTORY.open(encoding="utf-8") as stream:
        lines = [line for line in stream if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_every_role_overlaps_the_period_with_its_country_code(rows):
    for row in rows:
        start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
        assert start < end and start <= PERIOD[1] and end >= PERIOD[0], row
        assert row["code"].startswith(row["country"]), row
        assert row["provenance"].startswith("public record"), row


def test_roles_by_date_and_extended_people():
    kb = load_kb()
    assert kb.code_on("gorbachev_mikhail", date(1988, 6, 1)) == "SUNGOV"  # the USSR's ISO code, as "СССР"
    assert kb.code_on("gorbachev_mikhail", date(2005, 6, 1)) is None
    assert kb.code_on("walesa_lech", date(1985, 6, 1)) == "POLOPP"
    assert kb.code_on("walesa_lech", date(1992, 6, 1)) == "POLGOV"
    assert kb.code_on("woerner_manfred", date(1990, 6, 1)) == "IGONATO"
    # rows of a person another file has (same id) add his earlier roles
    assert kb.code_on("shevardnadze_eduard", date(1987, 6, 1)) == "SUNGOV"
    assert kb.code_on("shevardnadze_eduard", date(2000, 6, 1)) == "GEOGOV"
    assert kb.code_on("chirac_jacques", date(1987, 6, 1)) == "FRAGOV"


def test_historical_leaders_in_undated_text_keep_their_country(link):
    article = link("Борис Ельцин позвонил Гельмуту Колю. Маргарет Тэтчер поддержала Франсуа Миттерана.", None)
    assert actor_of(article, "Борис Ельцин").code == "RUSGOV"
    assert actor_of(article, "Гельмуту Колю").code == "DEUGOV"
    assert actor_of(article, "Маргарет Тэтчер").code == "GBRGOV"
    assert actor_of(article, "Франсуа Миттерана").code == "FRAGOV"


def test_a_leader_out_of_office_on_the_date_is_his_country_only(link):
    article = link("Михаил Горбачев встретился с Рональдом Рейганом.", "1989-06-01")
    assert actor_of(article, "Михаил Горбачев").code == "SUNGOV"
    assert actor_of(article, "Рональдом Рейганом").code == "USA"  # his term ended in January 1989


@pytest.mark.parametrize("published, person", [
    ("1990-08-10", "bush_george_hw"),
    ("2005-08-10", "bush_george_w"),
    (None, "bush_george_w"),  # undated: the most recent of the namesakes
])
def test_namesakes_are_told_apart_by_the_date(link, published, person):
    article = link("Джордж Буш провел переговоры в Кэмп-Дэвиде.", published)
    assert actor_of(article, "Джордж Буш").id == person


def test_an_undated_event_between_historical_leaders(analyzer):
    article = analyzer("Джеймс Бейкер встретился с Эдуардом Шеварднадзе в Вашингтоне.", published=None)
    pairs = {(event.source, event.target) for event in article.events}
    assert ("USAGOV", "GEOGOV") in pairs


def test_a_given_name_that_looks_like_an_inflected_surname_is_not_that_person(link):
    # "Коля" is Николай, though Коль's genitive is spelt the same; Kohl's own country is not named here
    article = link("Одноклассник Коля Смирнов рассказал, что Коля всегда помогал друзьям.", None)
    assert all(entity.actor is None or entity.actor.id != "kohl_helmut" for entity in article.entities)
    kohl = link("Канцлер Германии Гельмут Коль прибыл в Москву. Визит Коля продлится два дня.", "1990-07-15")
    assert actor_of(kohl, "Гельмут Коль").id == "kohl_helmut"


@pytest.mark.parametrize("text, name, published, code", [
    # office holders of a dissolved state carry its code, like the state itself ("СССР" is SUN)
    ("Густав Гусак принял посла Франции в Праге.", "Густав Гусак", "1984-03-01", "CSKGOV"),
    ("Эрих Хонеккер принял посла Франции в Берлине.", "Эрих Хонеккер", "1984-03-01", "DDRGOV"),
    ("Иосип Броз Тито принял посла Франции в Белграде.", "Иосип Броз Тито", "1978-03-01", "YUGGOV"),
    ("Министр иностранных дел Андрей Громыко прибыл в Вашингтон.", "Андрей Громыко", "1983-03-01", "SUNGOV"),
    # after the state dissolved, a former office holder belongs to the state that continues it
    ("Михаил Горбачев выступил с лекцией в Берлине.", "Михаил Горбачев", "2005-06-01", "RUS"),
    ("Михаил Горбачев выступил с лекцией в Берлине.", "Михаил Горбачев", "1989-06-01", "SUNGOV"),
])
def test_office_holders_of_dissolved_states(link, text, name, published, code):
    assert actor_of(link(text, published), name).code == code
