import json
from pathlib import Path

import pytest

from letopis.cli import main

PERSONS = Path(__file__).parents[2] / "letopis" / "kb" / "data" / "persons"


def test_show_country_and_armed_group(capsys):
    assert main(["actors", "show", "RUS"]) == 0
    assert "Россия" in capsys.readouterr().out
    assert main(["actors", "show", "Талибан", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["id"] == "taliban" and [r["code"] for r in shown["roles"]][-2:] == ["AFGINS", "AFGGOV"]


def test_show_unknown_is_a_user_error(capsys):
    assert main(["actors", "show", "Нарния"]) == 2
    assert "no actor" in capsys.readouterr().err


def test_search(capsys):
    assert main(["actors", "search", "ОДКБ"]) == 0
    assert "IGOCSTO" in capsys.readouterr().out


@pytest.mark.skipif(not (PERSONS / "cis.tsv").exists(), reason="persons/cis.tsv not written yet")
def test_at_and_search_people(capsys):
    assert main(["actors", "at", "президент России", "2010-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Дмитрий Медведев" in out and "RUSGOV" in out
    assert main(["actors", "at", "президент России", "2021-07-05", "--format", "json"]) == 0
    assert [a["name"] for a in json.loads(capsys.readouterr().out)] == ["Владимир Путин"]
    assert main(["actors", "search", "Рахмон"]) == 0
    assert "TJKGOV" in capsys.readouterr().out


def test_at_rejects_what_it_cannot_read(capsys):
    assert main(["actors", "at", "повар Нарнии", "2010-01-01"]) == 2
    assert main(["actors", "at", "президент России", "вчера"]) == 2
