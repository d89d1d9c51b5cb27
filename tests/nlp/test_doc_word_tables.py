"""The per-sentence word tables a Doc shares between steps (Doc.lower_words, Doc.lemma_keys): made once per article,
read by the quote frames and the entity builder's country passes instead of each folding every word again; and the
role lemmas of a sentence kept while a batch is read (the oldest sentence goes, not all of them)."""

from __future__ import annotations

from letopis.ingest.clean import clean
from letopis.model import Article, Sentence, Token
from letopis.nlp.doc import Doc, SentenceWork


def analysed(words: list[tuple[str, str, str]]) -> Doc:
    """A one-sentence doc of (word, lemma, pos), as the Lemmatizer leaves it."""
    text = " ".join(word for word, _, _ in words)
    article = Article(id="t", text=text)
    doc = Doc(article=article, clean=clean(text))
    tokens, spans, offset = [], [], 0
    for word, lemma, pos in words:
        tokens.append(Token(offset, offset + len(word), word, lemma, pos))
        spans.append((offset, offset + len(word)))
        offset += len(word) + 1
    article.sentences = [Sentence(0, len(text), text, tokens=tokens)]
    doc.sents = [SentenceWork(0, len(text), [word for word, _, _ in words], spans)]
    return doc


def test_lower_words_and_lemma_keys_are_made_once_per_article():
    doc = analysed([("Актёры", "актёр", "NOUN"), ("ВЫШЛИ", "выйти", "VERB"), ("на", "на", "ADP"),
                    ("Ёлочную", "ёлочный", "ADJ"), ("улицу", "улица", "NOUN")])
    assert doc.lower_words() == [["актеры", "вышли", "на", "елочную", "улицу"]]
    assert doc.lemma_keys() == [["актер", "выйти", "на", "елочный", "улица"]]
    assert doc.lower_words() is doc.lower_words() and doc.lemma_keys() is doc.lemma_keys()


def test_the_quote_frames_read_the_shared_tables(monkeypatch):
    from letopis.nlp.quotes import document_words

    doc = analysed([("Министр", "министр", "NOUN"), ("пообещал", "пообещать", "VERB"), ("ёлку", "ёлка", "NOUN")])
    made = []
    original_lower, original_keys = Doc.lower_words, Doc.lemma_keys
    monkeypatch.setattr(Doc, "lower_words", lambda self: made.append("lower") or original_lower(self))
    monkeypatch.setattr(Doc, "lemma_keys", lambda self: made.append("keys") or original_keys(self))
    words = document_words(doc)[0]
    assert made == ["lower", "keys"]
    assert [(word.text, word.lower, word.lemma) for word in words] == [
        ("Министр", "министр", "министр"), ("пообещал", "пообещал", "пообещать"), ("ёлку", "елку", "елка")]
    assert [(word.start, word.stop, word.pos, word.index) for word in words] == [
        (0, 7, "NOUN", 0), (8, 16, "VERB", 1), (17, 21, "NOUN", 2)]


def test_lower_case_country_names_are_matched_on_the_lemma_keys(monkeypatch):
    from letopis.nlp import entities
    from letopis.nlp.entities import EntityBuilder

    builder = EntityBuilder()
    key, [(lemmas, iso3), *_] = next(iter(builder.lowercase_names.items()))
    words = [("это", "это", "PRON"), *((lemma, lemma, "ADJ") for lemma in lemmas), ("точно", "точно", "ADV")]
    doc = analysed(words)
    folded = []
    original = entities.fold
    monkeypatch.setattr(entities, "fold", lambda text: folded.append(text) or original(text))
    found = builder._lowercase_countries(doc, [])
    assert [(mention.country, doc.text[mention.start:mention.stop]) for mention in found] == [(iso3, " ".join(lemmas))]
    assert folded == []  # no word folded again: the doc's lemma keys are read


def test_a_full_role_lemma_store_lets_only_its_oldest_sentence_go():
    from letopis.kb.phrases import _SENTENCE_LEMMAS, KEPT_SENTENCES, sentence_role_lemmas

    _SENTENCE_LEMMAS.clear()
    sentences = [[Token(0, 5, "слово", "слово", "NOUN")] for _ in range(KEPT_SENTENCES + 1)]
    made = [sentence_role_lemmas(tokens) for tokens in sentences]
    assert len(_SENTENCE_LEMMAS) == KEPT_SENTENCES
    assert sentence_role_lemmas(sentences[1]) is made[1]  # still kept: a batch being read is not made again
    assert sentence_role_lemmas(sentences[-1]) is made[-1]
    assert sentence_role_lemmas(sentences[0]) is not made[0]  # the oldest went
    _SENTENCE_LEMMAS.clear()
