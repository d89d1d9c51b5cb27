from datetime import date

import pytest

from letopis.errors import UserError
from letopis.kb import load_kb

ROW = """- id: testov_ivan
  type: person
  name: Иван Тестов
  variants: Тестов|Ivan Testov
  country: RUS
  code: RUSGOV
  position: other
  title: советник президента России
  start: "2020-01-01"
  end: ""
  wikidata: ""
  provenance: written for this test
"""


def test_a_user_yaml_file_adds_an_actor(tmp_path):
    (tmp_path / "mine.yaml").write_text(ROW, "utf-8")
    kb = load_kb(extra_dirs=[str(tmp_path)])
    found = kb.search("Тестов")
    assert [actor.id for actor in found] == ["testov_ivan"]
    assert kb.code_on("testov_ivan", date(2021, 1, 1)) == "RUSGOV"
    assert kb.search("Путин")  # the packaged KB is still there


def test_a_broken_yaml_file_is_a_one_line_error(tmp_path):
    (tmp_path / "bad.yaml").write_text("- id: [unclosed\n", "utf-8")
    with pytest.raises(UserError, match="bad.yaml"):
        load_kb(extra_dirs=[str(tmp_path)])
