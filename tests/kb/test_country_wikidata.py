"""The country Wikidata build (letopis/kb/build/country_wikidata.py) and the ids it wrote."""

from __future__ import annotations

import csv
import json
import re
from importlib import resources

import pytest

from letopis.kb.build.country_wikidata import NEREL_PROVENANCE, fill, read_source


def feature(**props):
    return {"type": "Feature", "properties": props, "geometry": None}


@pytest.fixture
def source(tmp_path):
    """A package folder laid out as country-coder's, with a realm and its home country."""
    (tmp_path / "src" / "data").mkdir(parents=True)
    (tmp_path / "package.json").write_text(json.dumps({"name": "@rapideditor/country-coder", "version": "9.9.9"}))
    borders = {"type": "FeatureCollection", "features": [
        feature(iso1A2="ML", iso1A3="MLI", wikidata="Q912", nameEn="Mali"),
        feature(iso1A2="FR", iso1A3="FRA", wikidata="Q142", nameEn="France"),
        feature(iso1A2="NL", iso1A3="NLD", wikidata="Q29999", nameEn="Kingdom of the Netherlands"),
        feature(wikidata="Q55", nameEn="Netherlands", country="NL"),
        feature(iso1A2="AW", iso1A3="ABW", wikidata="Q21203", nameEn="Aruba", country="NL"),
    ]}
    (tmp_path / "src" / "data" / "borders.json").write_text(json.dumps(borders))
    return read_source(tmp_path)


def row(iso3, wikidata="", provenance="CLDR (Babel ru)", names=""):
    return {"iso3": iso3, "name": iso3, "long_name": "", "names": names, "wikidata": wikidata,
            "provenance": provenance}


def test_empty_ids_are_filled_and_nerel_ids_checked(source):
    rows = [
        row("MLI"),
        row("FRA", "Q142", "CLDR (Babel ru); " + NEREL_PROVENANCE),
        row("NLD", "Q55", NEREL_PROVENANCE),  # the realm's home country, as news mean it
        row("SUN", "Q15180", NEREL_PROVENANCE),  # the package does not know the USSR
        row("XNC"),
    ]
    counts = fill(rows, source)
    assert [r["wikidata"] for r in rows] == ["Q912", "Q142", "Q55", "Q15180", ""]
    assert counts == {"filled": 1, "agree": 2, "disagree": 0, "unchecked": 1, "empty": 1}
    assert rows[0]["provenance"].endswith("wikidata from country-coder 9.9.9; English names from country-coder 9.9.9")
    assert "wikidata checked against country-coder 9.9.9" in rows[1]["provenance"]
    assert "wikidata not in country-coder 9.9.9" in rows[3]["provenance"]
    assert rows[0]["names"] == "Mali" and rows[2]["names"].split("|")[0] == "Netherlands"


def test_a_nerel_id_the_package_contradicts_gives_way(source):
    rows = [row("MLI", "Q1", NEREL_PROVENANCE)]
    assert fill(rows, source)["disagree"] == 1
    assert rows[0]["wikidata"] == "Q912" and "NEREL train gave Q1" in rows[0]["provenance"]


def test_filling_twice_changes_nothing(source):
    rows = [row("MLI"), row("FRA", "Q142", NEREL_PROVENANCE)]
    fill(rows, source)
    once = [dict(r) for r in rows]
    fill(rows, source)
    assert rows == once


def committed_rows():
    text = resources.files("letopis.kb").joinpath("data/countries.tsv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def test_committed_ids_are_well_formed_unique_and_sourced():
    rows = committed_rows()
    ids = [r["wikidata"] for r in rows if r["wikidata"]]
    assert len(ids) >= 250 and len(ids) == len(set(ids))
    assert all(re.fullmatch(r"Q\d+", qid) for qid in ids)
    for r in rows:
        if r["wikidata"]:
            assert "country-coder" in r["provenance"] or NEREL_PROVENANCE in r["provenance"], r["iso3"]


def test_english_names_reach_the_lexicon():
    from letopis.kb.countries import country_lexicon

    lexicon = country_lexicon()
    assert lexicon.by_name("mali") == "MLI" and lexicon.by_name("zimbabwe") == "ZWE"
    assert lexicon.by_name("united kingdom") == "GBR"
