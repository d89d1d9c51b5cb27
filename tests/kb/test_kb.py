from datetime import date
from pathlib import Path

import pytest

from letopis.errors import UserError
from letopis.kb import load_kb
from letopis.kb.store import clear_cache

PERSONS = Path(__file__).parents[2] / "letopis" / "kb" / "data" / "persons"


@pytest.fixture(scope="module")
def kb():
    return load_kb([])


def test_loads_with_every_kind_of_actor():
    clear_cache()
    kb = load_kb([])
    counts = kb.counts()
    assert counts["country"] >= 200
    assert counts["igo"] + counts["organisation"] + counts["armed_group"] + counts["media"] + counts["party"] >= 600
    assert counts["media"] >= 50 and counts["armed_group"] >= 20 and counts["party"] >= 20


def test_countries_are_actors(kb):
    russia = kb.actor("RUS")
    assert russia.type == "country" and kb.code_on("RUS", date(2021, 7, 5)) == "RUS"
    assert [a.id for a in kb.search("Российская Федерация")] == ["RUS"]
    assert kb.countries.by_adjective("таджикский") == "TJK"


def test_search_normalises_names(kb):
    assert [a.id for a in kb.search("ОДКБ")] == ["igo_csto"]
    assert kb.search("  одкб ")[0].id == "igo_csto"
    assert kb.search("РИА «Новости»")[0].id == "ria_novosti"
    assert kb.search("Taliban")[0].id == "taliban"
    assert kb.search("Нарния") == []


@pytest.mark.parametrize(
    "name, code",
    [("ОДКБ", "IGOCSTO"), ("СНГ", "IGOCIS"), ("РИА Новости", "RUSMED"), ("Совбез Таджикистана", "TJKGOV"),
     ("Госкомитет национальной безопасности Таджикистана", "TJKSPY"), ("ГКНБ Таджикистана", "TJKSPY"),
     ("МИД России", "RUSGOV"), ("ФСБ", "RUSSPY"), ("Пограничные войска Таджикистана", "TJKMIL"),
     ("Госдума", "RUSLEG"), ("НАТО", "IGONATO"), ("Совет Безопасности ООН", "IGOUN")],
)
def test_organisation_codes(kb, name, code):
    actors = kb.search(name)
    assert actors, name
    assert kb.code_on(actors[0].id, date(2021, 7, 5)) == code


def test_time_bounded_codes_and_flags(kb):
    assert kb.code_on("taliban", date(2021, 7, 5)) == "AFGINS"
    assert kb.code_on("taliban", date(2021, 8, 14)) == "AFGINS"
    assert kb.code_on("taliban", date(2021, 9, 1)) == "AFGGOV"
    assert kb.code_on("taliban", None) == "AFGGOV"
    taliban = kb.actor("taliban")
    assert {f.kind for f in taliban.flags_on(date(2021, 7, 5))} == {"banned", "terrorist"}
    assert taliban.flags_on(date(2002, 1, 1)) == []
    assert kb.code_on("nobody", None) is None


def test_find_is_looser_than_search(kb):
    found = [a.id for a in kb.find("одк")]
    assert "igo_csto" in found
    assert [a.id for a in kb.find("RUS")][0] == "RUS"


@pytest.mark.skipif(not (PERSONS / "cis.tsv").exists(), reason="persons/cis.tsv not written yet")
def test_holders_on_a_date(kb):
    assert [a.name for a in kb.holders("RUS", "head_of_state", date(2010, 1, 1))] == ["Дмитрий Медведев"]
    assert [a.name for a in kb.holders("RUS", "head_of_state", date(2021, 7, 5))] == ["Владимир Путин"]
    assert [a.name for a in kb.holders("RUS", "head_of_government", date(2010, 1, 1))] == ["Владимир Путин"]
    assert kb.code_on("putin_vladimir", date(2010, 1, 1)) == "RUSGOV"


HEADER = "id\ttype\tname\tvariants\tcountry\tcode\tstart\tend\tflags\twikidata\tprovenance\n"


def test_user_directory_adds_and_overrides(tmp_path):
    (tmp_path / "a.tsv").write_text(
        HEADER
        + "taliban\tarmed_group\tТалибан\tТалибы\tAFG\tAFGREB\t\t\t\t\ttest override\n"
        + "my_group\torganisation\tНовая группа\tНГ-1\tTJK\tTJKOPP\t2020-01-01\t\textremist:2021-01-01\t\ttest\n",
        encoding="utf-8",
    )
    (tmp_path / "b.tsv").write_text(
        HEADER + "my_group\torganisation\tНовая группа\t\tTJK\tTJKCVL\t\t\t\t\tlater file wins\n", encoding="utf-8")
    kb = load_kb([tmp_path])
    assert kb.code_on("taliban", date(2021, 7, 5)) == "AFGREB"
    assert kb.code_on("my_group", date(2021, 7, 5)) == "TJKCVL"
    assert kb.actor("RUS") is not None  # packaged actors stay
    assert load_kb([]).code_on("taliban", date(2021, 7, 5)) == "AFGINS"  # the packaged KB is untouched


def test_person_rows_merge_by_id(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "id\tname\tvariants\tcountry\tcode\tposition\ttitle\tstart\tend\twikidata\tprovenance\n"
        "doe_john\tДжон Доу\tДоу\tTJK\tTJKGOV\tforeign_minister\tминистр\t2001-01-01\t2005-12-31\t\tt\n"
        "doe_john\t\t\tTJK\tTJKGOV\thead_of_government\tпремьер\t2006-01-01\t\t\tt\n",
        encoding="utf-8",
    )
    kb = load_kb([tmp_path])
    person = kb.actor("doe_john")
    assert person.type == "person" and len(person.roles) == 2
    assert "doe_john" in [a.id for a in kb.holders("TJK", "head_of_government", date(2010, 1, 1))]
    assert "doe_john" not in [a.id for a in kb.holders("TJK", "head_of_government", date(2003, 1, 1))]
    assert kb.search("доу")[0].id == "doe_john"


@pytest.mark.parametrize(
    "row, message",
    [("x\tarmed_group\tИкс\t\tAFG\tAFGINS\t2021-13-01\t\t\t\tt", "start"),
     ("x\tspaceship\tИкс\t\tAFG\tAFGINS\t\t\t\t\tt", "type"),
     ("x\tmedia\tИкс\t\tAFG\tafg med\t\t\t\t\tt", "code"),
     ("x\tmedia\tИкс\t\tAFG\tAFGMED\t\t\tbanned:soon\t\tt", "flag"),
     ("x\tmedia\tИкс\t\tAFG\tAFGMED\t2020-01-01\t2019-01-01\t\t\tt", "before")],
)
def test_a_bad_row_names_file_and_line(tmp_path, row, message):
    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + "ok\tmedia\tОк\t\tAFG\tAFGMED\t\t\t\t\tt\n" + row + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=rf"bad\.tsv:3: .*{message}"):
        load_kb([tmp_path])


def test_bad_header_and_missing_directory(tmp_path):
    (tmp_path / "bad.tsv").write_text("id\tname\tcolour\nx\tИкс\tred\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"bad\.tsv:1: bad header"):
        load_kb([tmp_path])
    with pytest.raises(UserError, match="does not exist"):
        load_kb([tmp_path / "missing"])


def test_env_variable_names_extra_dirs(tmp_path, monkeypatch):
    (tmp_path / "a.tsv").write_text(HEADER + "env_actor\tmedia\tЭнв\t\tRUS\tRUSMED\t\t\t\t\tt\n", encoding="utf-8")
    monkeypatch.setenv("LETOPIS_KB_DIR", str(tmp_path))
    assert load_kb().actor("env_actor") is not None
