"""Looks shared between steps: the name steps' capitalised words (Doc.capitalised) and their cheap filters; the
linker's former-state spans read only sentences whose role lemmas hold "бывший"; a lemma out of context kept;
the role phrases looked up only at words that begin one; a lower-case word only tried against the KB names
written in lower case."""

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


def former_sentence(words: list[tuple[str, str, str]]) -> Article:
    tokens, offset = [], 0
    for text, lemma, pos in words:
        tokens.append(Token(offset, offset + len(text), text, lemma, pos))
        offset += len(text) + 1
    article = Article(id="a", text=" ".join(text for text, _, _ in words))
    article.sentences = [Sentence(0, offset, article.text, tokens=tokens)]
    return article


def test_former_state_adjective_found():
    from letopis.kb.link import _former_state_spans

    article = former_sentence([("в", "в", "ADP"), ("бывшей", "бывший", "ADJ"), ("советской", "советский", "ADJ"),
                               ("республике", "республика", "NOUN")])
    assert _former_state_spans(article) == [(9, 18)]


def test_a_sentence_without_former_is_not_read_word_by_word(monkeypatch):
    from letopis.kb import link

    read = []
    monkeypatch.setattr(link, "lemma_key", lambda token: read.append(token) or token.lemma)
    article = former_sentence([("в", "в", "ADP"), ("новой", "новый", "ADJ"), ("советской", "советский", "ADJ"),
                               ("республике", "республика", "NOUN")])
    assert link._former_state_spans(article) == [] and read == []


def test_a_lemma_out_of_context_is_remembered():
    from letopis.nlp.morph import cached_lemma, lemma

    cached_lemma.cache_clear()
    assert cached_lemma("Каннах", "PROPN") == lemma("Каннах", "PROPN")
    assert cached_lemma("министрами", "NOUN") == lemma("министрами", "NOUN") == "министр"
    cached_lemma("Каннах", "PROPN")
    assert cached_lemma.cache_info().hits == 1


def test_role_lemmas_of_a_whole_batch_stay_for_the_linker():
    from letopis.kb.phrases import _SENTENCE_LEMMAS, sentence_role_lemmas

    _SENTENCE_LEMMAS.clear()
    # a batch of 64 articles has ~1,000 sentences; the linker reads them after the role tagger has read all
    sentences = [[Token(0, 5, "слово", "слово", "NOUN")] for _ in range(1500)]
    first = sentence_role_lemmas(sentences[0])
    for tokens in sentences[1:]:
        sentence_role_lemmas(tokens)
    assert sentence_role_lemmas(sentences[0]) is first


def test_words_that_begin_no_role_phrase_are_not_looked_up(monkeypatch):
    from letopis.kb.phrases import find_roles, role_nouns

    lexicon = role_nouns()
    asked = []
    original = lexicon.match
    monkeypatch.setattr(lexicon, "match", lambda lemmas, index: asked.append(index) or original(lemmas, index))
    tokens = [Token(0, 5, "вчера", "вчера", "ADV"), Token(6, 11, "стало", "стать", "VERB"),
              Token(12, 17, "тепло", "тепло", "ADV"), Token(18, 24, "посол", "посол", "NOUN")]
    found = find_roles(tokens, 0, lambda sentence, index: None, lambda lemma: None)
    assert asked == [3] and [match.noun.phrase for match in found] == [("посол",)]


def test_a_lower_case_word_reads_no_lemma_for_names_the_kb_capitalises(monkeypatch):
    from letopis.kb import known_organisations
    from letopis.kb.known_organisations import KnownOrganisationTagger, organisation_names

    entries = organisation_names()["справедливый"]
    assert all(capitalised for _, capitalised, _ in entries)  # "Справедливая Россия"
    asked = []
    monkeypatch.setattr(known_organisations, "word_lemma", lambda word: asked.append(word) or word)
    tokens = [Token(0, 12, "справедливая", "справедливый", "ADJ"), Token(13, 19, "россия", "россия", "PROPN")]
    assert KnownOrganisationTagger._match(tokens, 0, entries, [], []) is None and asked == []
    tokens[0] = Token(0, 12, "Справедливая", "справедливый", "ADJ")
    assert KnownOrganisationTagger._match(tokens, 0, entries, [], [])[1] == "Справедливая Россия"
