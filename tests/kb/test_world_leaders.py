"""persons/world_leaders.tsv: heads of state and government of the countries the other person files
leave out, their rows well-formed, merged with the people the KB already had, and linked in text."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from letopis.kb import load_kb
from letopis.kb.load import packaged_sources, read_actors
from letopis.kb.normal import normalize

WORLD_LEADERS = Path(__file__).parents[2] / "letopis" / "kb" / "data" / "persons" / "world_leaders.tsv"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with WORLD_LEADERS.open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def test_rows_are_government_codes_of_their_country_with_provenance(rows):
    for row in rows:
        assert row["code"] == row["country"] + "GOV", row
        assert row["provenance"].startswith("public knowledge, hand-entered"), row
        # an id only from a checkable source: NEREL train's links (letopis.kb.build.attach_wikidata)
        assert not row["wikidata"] or "wikidata: NEREL train Reference" in row["provenance"], row


def test_a_name_names_one_person_across_the_person_files():
    """A new person must not repeat someone another file has under another id (same id = merge)."""
    others: dict[str, str] = {}
    mine: dict[str, str] = {}
    for source in packaged_sources():
        for actor in read_actors(source).values():
            if actor.type != "person":
                continue
            names = mine if "world_leaders" in str(source) else others
            for name in [actor.name, *actor.names]:
                names.setdefault(normalize(name), actor.id)
    clashes = {name: (actor_id, others[name]) for name, actor_id in mine.items()
               if name in others and others[name] != actor_id}
    assert not clashes


def test_roles_merge_with_people_the_kb_had():
    kb = load_kb()
    assert kb.code_on("rutte_mark", date(2015, 6, 1)) == "NLDGOV"
    assert kb.code_on("rutte_mark", date(2025, 6, 1)) == "IGONATO"
    assert kb.code_on("barroso_jose_manuel", date(2003, 6, 1)) == "PRTGOV"
    assert kb.code_on("mahathir_mohamad", date(2010, 1, 1)) is None  # between his two terms


@pytest.mark.parametrize(
    "country, position, on, name",
    [
        ("DNK", "head_of_government", date(2010, 1, 1), "Ларс Лёкке Расмуссен"),
        ("DNK", "head_of_government", date(2005, 1, 1), "Андерс Фог Расмуссен"),
        ("MYS", "head_of_government", date(2019, 1, 1), "Махатхир Мохамад"),
        ("THA", "head_of_government", date(2012, 1, 1), "Йинглак Чинават"),
        ("CHE", "head_of_state", date(2023, 7, 1), "Ален Берсе"),
        ("NGA", "head_of_state", date(2020, 1, 1), "Мухаммаду Бухари"),
        ("CHL", "head_of_state", date(2016, 1, 1), "Мишель Бачелет"),
    ],
)
def test_holders_on_a_date(country, position, on, name):
    assert [actor.name for actor in load_kb().holders(country, position, on)] == [name]


def actor_of(article, word: str):
    for entity in article.entities:
        if any(word in mention.text for mention in entity.mentions):
            return entity.actor
    raise AssertionError(f"no entity with {word!r}: {[entity.name for entity in article.entities]}")


@pytest.mark.slow
def test_a_foreign_leader_is_coded_with_his_own_country(link):
    article = link("Махатхир Мохамад провел переговоры с председателем КНР в Пекине. "
                   "После встречи Махатхир заявил журналистам, что Китай остается главным партнером.",
                   "2019-04-25")
    actor = actor_of(article, "Махатхир Мохамад")
    assert (actor.id, actor.code) == ("mahathir_mohamad", "MYSGOV")


@pytest.mark.slow
def test_the_date_picks_the_rasmussen_in_office(link):
    article = link("Премьер-министр Дании Расмуссен прибыл в Брюссель на саммит ЕС.", "2016-03-17")
    assert actor_of(article, "Расмуссен").id == "rasmussen_lars_lokke"
