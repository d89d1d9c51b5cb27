"""persons/history_mideast.tsv: office holders of the Middle East, North Africa and Sub-Saharan Africa of
1975-1999, their rows well-formed, merged with the people the KB already had, and linked in dated and
undated text."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from letopis.kb import load_kb
from letopis.kb.load import packaged_sources, read_actors
from letopis.kb.normal import normalize
from tests.kb.conftest import actor_of

HISTORY = Path(__file__).parents[2] / "letopis" / "kb" / "data" / "persons" / "history_mideast.tsv"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with HISTORY.open(encoding="utf-8") as stream:
        return [row for row in csv.DictReader(stream, delimiter="\t") if not row["id"].startswith("#")]


def test_rows_overlap_the_period_and_code_their_country(rows):
    for row in rows:
        assert row["code"][:3] == row["country"] and row["code"][3:] in ("GOV", "MIL", "OPP", "REB", "INS", "LEG"), row
        assert row["start"] <= "1999-12-31" and (not row["end"] or row["end"] >= "1975-01-01"), row
        assert row["start"] < (row["end"] or "9999"), row
        assert row["provenance"].startswith("public record"), row
        assert not row["wikidata"], row


def test_a_name_names_one_person_across_the_person_files():
    """A new person must not repeat someone another file has under another id (same id = an earlier role)."""
    others: dict[str, str] = {}
    mine: dict[str, str] = {}
    for source in packaged_sources():
        for actor in read_actors(source).values():
            if actor.type != "person":
                continue
            names = mine if "history_mideast" in str(source) else others
            for name in [actor.name, *actor.names]:
                names.setdefault(normalize(name), actor.id)
    clashes = {name: (actor_id, others[name]) for name, actor_id in mine.items()
               if name in others and others[name] != actor_id}
    assert not clashes


def test_earlier_roles_merge_with_people_the_kb_had():
    kb = load_kb()
    assert kb.code_on("mugabe_robert", date(1985, 1, 1)) == "ZWEGOV"  # prime minister before president
    assert kb.code_on("kagame_paul", date(1992, 1, 1)) == "RWAREB"
    assert kb.code_on("kagame_paul", date(1996, 1, 1)) == "RWAGOV"
    assert kb.code_on("mandela_nelson", date(1992, 1, 1)) == "ZAFOPP"
    assert kb.code_on("mandela_nelson", None) == "ZAFGOV"  # undated: the latest role
    assert kb.code_on("sadat_anwar", date(1985, 1, 1)) is None  # dead by then


@pytest.mark.parametrize("published", [None, "1986-03-01"])
def test_historical_leaders_link_undated_and_on_their_date(link, published):
    article = link("Жоаким Чиссано провёл в Хараре переговоры с Робертом Мугабе, "
                   "а Ицхак Шамир позвонил Хосни Мубараку.", published)
    assert actor_of(article, "Жоаким Чиссано").code == "MOZGOV"
    assert actor_of(article, "Робертом Мугабе").code == "ZWEGOV"
    assert actor_of(article, "Ицхак Шамир").code == "ISRGOV"
    assert actor_of(article, "Хосни Мубараку").code == "EGYGOV"


def test_a_leader_out_of_office_on_the_date_keeps_only_his_country(link):
    article = link("Мобуту Сесе Секо упоминался в докладе о коррупции.", "2010-05-01")
    assert actor_of(article, "Мобуту Сесе Секо").code == "COD"


def test_modern_namesakes_keep_their_person(link):
    article = link("Президент Израиля Ицхак Герцог встретился с Биньямином Нетаньяху.", "2022-03-01")
    assert actor_of(article, "Ицхак Герцог").id == "herzog_isaac"


def test_historical_event_is_coded_undated(analyzer):
    from letopis.pipeline import make_article

    article = analyzer.run([make_article("Жювеналь Хабьяримана обвинил Уганду в поддержке повстанцев.")])[0]
    assert any((event.source, event.target) == ("RWAGOV", "UGAGOV") for event in article.events), \
        [(event.source, event.target) for event in article.events]
