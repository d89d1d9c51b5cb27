"""``normalize`` of a one-word key made of letters skips the quote, dash and space passes."""

import pytest

from letopis.kb import normal
from letopis.kb.normal import normalize


def test_letters_only_words_are_lower_case_without_yo(monkeypatch: pytest.MonkeyPatch) -> None:
    class Refuse:
        def sub(self, *args: object) -> str:
            raise AssertionError("a regular expression run on a plain word")

    monkeypatch.setattr(normal, "_SPACES", Refuse())
    monkeypatch.setattr(normal, "_SPACED_HYPHEN", Refuse())
    normalize.cache_clear()
    try:
        assert normalize("Отчётный") == "отчетный"
        assert normalize("ЁЛКА") == "елка"
        assert normalize("Zürich") == "zürich"
    finally:
        normalize.cache_clear()


@pytest.mark.parametrize("name, key", [
    ("«Правый сектор»", "правый сектор"),
    ("Северо - Западный", "северо-западный"),
    ("Нью–Йорк", "нью-йорк"),
    ("  Тарту.", "тарту"),
    ("Ким\tЧен Ын", "ким чен ын"),
    ("ООН", "оон"),
    ("Семёнов", "семенов"),
])
def test_other_names_keep_every_pass(name: str, key: str) -> None:
    assert normalize(name) == key
