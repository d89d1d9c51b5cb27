"""persons/history_asia.tsv: Asian and Latin American office holders of 1975-1999, well-formed, merged
with the people the KB already had, coded by date, and still coded by country in undated text."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from letopis.kb import load_kb
from letopis.kb.load import packaged_sources, read_actors
from letopis.kb.normal import normalize
from letopis.pipeline import make_article

HISTORY = Path(__file__).parents[2] / "letopis" / "kb" / "data" / "persons" / "history_asia.tsv"
ROLES = ("GOV", "MIL", "OPP", "REB", "SPY")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with HISTORY.open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


@pytest.fixture(scope="module")
def kb():
    return load_kb([])


def test_rows_are_country_roles_of_the_period_with_provenance(rows):
    for row in rows:
        assert row["code"][:3] == row["country"] and row["code"][3:] in ROLES, row
        start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
        assert start < end and end >= date(1975, 1, 1) and start <= date(1999, 12, 31), row
        assert row["provenance"].startswith("public record"), row
        assert not row["wikidata"], row


def test_a_new_name_is_no_other_person_of_the_kb():
    """A person already in the KB is extended under his own id, never added again under another (a lone
    surname may be a namesake's too: Ясухиро and Хирофуми Накасонэ)."""
    names: dict[str, set[str]] = {}
    for source in packaged_sources():
        for actor in read_actors(source).values():
            if actor.type == "person":
                for name in [actor.name, *actor.names]:
                    names.setdefault(normalize(name), set()).add(actor.id)
    history = read_actors(next(source for source in packaged_sources() if source.name.endswith(HISTORY.name)))
    for actor in history.values():
        for name in [actor.name, *actor.names]:
            if len(name.split()) > 1:
                assert names[normalize(name)] == {actor.id}, (name, names[normalize(name)])


def test_codes_follow_the_date_and_undated_keeps_the_country(kb):
    assert kb.code_on("gandhi_rajiv", date(1987, 6, 1)) == "INDGOV"
    assert kb.code_on("bhutto_benazir", date(1991, 6, 1)) == "PAKOPP"
    assert kb.code_on("pol_pot", date(1977, 6, 1)) == "KHMGOV"
    assert kb.code_on("pol_pot", date(1985, 6, 1)) == "KHMREB"
    # an earlier role added to a modern person leaves his later roles as they were
    assert kb.code_on("ortega_daniel", date(1995, 1, 1)) == "NICOPP"
    assert kb.code_on("ortega_daniel", date(2021, 7, 5)) == "NICGOV"
    assert kb.code_on("li_peng", date(1990, 1, 1)) == "CHNGOV"
    assert kb.code_on("li_peng", date(2000, 1, 1)) == "CHNLEG"
    # the wire sentences have no date: a role that ended long ago still gives the person's country
    for actor_id in ("pinochet_augusto", "suharto", "najibullah_mohammad", "menem_carlos"):
        assert kb.code_on(actor_id, None) == kb.actor(actor_id).country + "GOV"


def _codes(analyzer, text: str, published: str | None = None) -> dict[str, str]:
    article = make_article(text, published=published) if published else make_article(text)
    analyzer.run([article])
    return {entity.name: entity.actor.code for entity in article.entities if entity.actor}


def test_historical_leaders_are_linked_dated_and_undated(analyzer):
    text = ("Беназир Бхутто встретилась с Радживом Ганди в Исламабаде. "
            "Аугусто Пиночет отказался встречаться с Раулем Альфонсином.")
    for published in (None, "1988-12-30"):
        codes = _codes(analyzer, text, published)
        assert codes["Беназир Бхутто"] in ("PAKGOV", "PAKOPP")
        assert codes["Раджив Ганди"] == "INDGOV"
        assert codes["Аугусто Пиночет"] == "CHLGOV"
        assert codes["Рауль Альфонсин"] == "ARGGOV"


def test_a_modern_namesake_keeps_the_modern_person(analyzer):
    article = make_article("Президент Филиппин Бениньо Акино посетил Манилу. Акино выступил с речью.",
                           published="2012-05-01")
    analyzer.run([article])
    ids = {entity.actor.id for entity in article.entities if entity.actor and entity.type == "PER"}
    assert ids == {"aquino_benigno_iii"}


def test_movements_are_coded_by_period(kb):
    """organizations/history_movements.tsv: REB in armed struggle, OPP in legal opposition, GOV in power."""
    assert kb.code_on("anc", date(1985, 1, 1)) == "ZAFREB"
    assert kb.code_on("anc", date(1992, 1, 1)) == "ZAFOPP"
    assert kb.code_on("anc", date(2021, 7, 5)) == "ZAFGOV"
    assert kb.code_on("fsln", date(1985, 1, 1)) == "NICGOV"
    assert kb.code_on("fsln", date(1995, 1, 1)) == "NICOPP"
    assert kb.code_on("khmer_rouge", None) == "KHMREB"
    assert [actor.id for actor in kb.search("ТОТИ")] == ["ltte"]


def test_movements_are_linked_in_text(analyzer):
    codes = _codes(analyzer, "УНИТА отвергла предложение МПЛА. Фронт ПОЛИСАРИО обвинил Марокко в нарушении "
                             "перемирия.", "1988-05-01")
    assert codes["УНИТА"] == "AGOREB" and codes["МПЛА"] == "AGOGOV"
    assert codes["Фронт ПОЛИСАРИО"] == "ESHREB"
