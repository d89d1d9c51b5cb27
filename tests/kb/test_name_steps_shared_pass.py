"""The name steps' shared look at capitalised words (Doc.capitalised) and their cheap filters."""

from __future__ import annotations

from letopis.kb.known_names import full_name_length
from letopis.kb.known_organisations import begins_name
from letopis.model import Article, Sentence, Token
from letopis.nlp.doc import Doc


def sentence_of(words: list[str]) -> Sentence:
    tokens, offset = [], 0
    for word in words:
        tokens.append(Token(offset, offset + len(word), word))
        offset += len(word) + 1
    return Sentence(0, offset, " ".join(words), tokens=tokens)


def test_capitalised_positions_by_sentence_found_once():
    first = sentence_of(["В", "Тбилиси", "Иван", "купил", "«", "Ёлку", "»", "и", "хлеб", "."])
    second = sentence_of(["ещё", "раз", "."])
    doc = Doc(article=Article(id="a", text=""), clean=None)
    doc.article.sentences = [first, second]
    assert doc.capitalised() == [[0, 1, 2, 5], []]
    assert doc.capitalised() is doc.capitalised()


def test_a_word_as_written_begins_a_kb_organisation_name():
    assert begins_name("Вооружённая") and begins_name("ВООРУЖЕННАЯ")
    assert not begins_name("Вчера")


def test_a_whole_name_needs_a_second_capitalised_word():
    tokens = sentence_of(["Хун", "Сен", "прилетел", "в", "Пекин"]).tokens
    assert full_name_length("Хун Сен прилетел в Пекин", tokens, 0, 0, [], []) == 2
    tokens = sentence_of(["Хун", "прилетел", "в", "Пекин"]).tokens
    assert full_name_length("Хун прилетел в Пекин", tokens, 0, 0, [], []) == 0
    tokens = sentence_of(["Хун"]).tokens
    assert full_name_length("Хун", tokens, 0, 0, [], []) == 0
