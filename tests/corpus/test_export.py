"""GDELT 2.0 export and the corpus commands."""

from __future__ import annotations

import csv

import pytest

from letopis.cli import main
from letopis.corpus.consolidate import rebuild

# The GDELT 2.0 event table (Event Codebook V2.0), written out here independently of the data file.
GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
INTEGERS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
            "NumSources", "NumArticles", "DATEADDED")


@pytest.fixture
def filled_url(store, db_url, analysed):
    store.add_articles(list(analysed.values()))
    rebuild(store)
    return db_url


def test_gdelt_columns_are_the_codebook_order():
    from letopis.corpus.export import gdelt_columns

    assert [name for name, _ in gdelt_columns()] == GDELT_COLUMNS
    assert len(GDELT_COLUMNS) == 61


def test_gdelt_export_rows_have_the_right_order_and_types(filled_url, tmp_path):
    output = tmp_path / "events.gdelt.tsv"
    assert main(["export", "events", "--db", filled_url, "--format", "gdelt", "-o", str(output)]) == 0
    rows = list(csv.reader(output.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and all(len(row) == 61 for row in rows)
    for row in rows:
        values = dict(zip(GDELT_COLUMNS, row))
        for name in INTEGERS:
            assert values[name].isdigit(), (name, values[name])
        assert len(values["SQLDATE"]) == 8 and values["SQLDATE"].startswith(values["Year"])
        assert values["MonthYear"] == values["SQLDATE"][:6]
        assert values["EventRootCode"] == values["EventCode"][:2] == values["EventBaseCode"][:2]
        assert int(values["QuadClass"]) in (1, 2, 3, 4)
        float(values["GoldsteinScale"])
        float(values["FractionDate"])
        assert int(values["NumMentions"]) >= int(values["NumArticles"]) >= int(values["NumSources"]) >= 1
        if values["Actor1Code"][:3].isalpha() and not values["Actor1Code"].startswith(("IGO", "NGO")):
            assert values["Actor1CountryCode"] == values["Actor1Code"][:3]
        assert values["SOURCEURL"]
    assert any(int(dict(zip(GDELT_COLUMNS, row))["NumArticles"]) >= 2 for row in rows)


def test_events_command_prints_a_table(filled_url, capsys):
    assert main(["events", "--db", filled_url, "--actor", "RUS", "--since", "2021-07-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split("\t")
    assert header[:5] == ["id", "date", "cameo", "source", "target"]
    assert len(lines) > 1
    for line in lines[1:]:
        cells = dict(zip(header, line.split("\t")))
        assert cells["source"].startswith("RUS") or cells["target"].startswith("RUS")
        assert cells["date"] >= "2021-07-01"


def test_bad_query_parameters_are_user_errors(filled_url, capsys):
    assert main(["events", "--db", filled_url, "--root", "abc"]) == 2
    assert main(["events", "--db", filled_url, "--since", "July"]) == 2
    assert main(["export", "articles", "--db", filled_url, "--format", "gdelt"]) == 2
    assert main(["related", "no-such-article", "--db", filled_url]) == 2
    assert "error" in capsys.readouterr().err


def test_search_related_and_stories_commands(filled_url, capsys):
    assert main(["search", "границе", "--db", filled_url]) == 0
    found = capsys.readouterr().out.splitlines()[1:]
    assert {line.split("\t")[1] for line in found} >= {"original", "reprint", "rewrite"}
    assert main(["related", "original", "--db", filled_url]) == 0
    related = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()[1:]]
    assert related[0] == "rewrite"
    assert main(["stories", "--db", filled_url]) == 0
    stories = capsys.readouterr().out.splitlines()[1:]
    assert len(stories) == 1 and stories[0].split("\t")[3] == "3"
