"""Session 24 speed (byte-identical): the first layers gather each position's rows straight from the distinct
pairs' products, without a contiguous copy of each model's slice first. The outputs must be the same bits."""

from __future__ import annotations

from itertools import chain

import numpy as np
import pytest

SENTENCES = [
    "Министр иностранных дел Японии прибыл в Сеул для переговоров о торговле .".split(),
    "В Бамако повстанцы обстреляли колонну миротворцев ООН , сообщил представитель миссии .".split(),
    "« Мы не признаём итоги выборов » , — заявил лидер оппозиции Венесуэлы 12 мая 2019 года .".split(),
    "Ёлки , ёж и Ёжиков ; COVID-19 , 3,5 млн , №7 , iPhone , т.е. , — …".split(),
]


def reference(first, word_ids: np.ndarray, shape_ids: np.ndarray) -> list[np.ndarray]:
    """``_FirstLayers.__call__`` as it was before this session (a contiguous copy of each slice, then a gather)."""
    pairs, inverse = np.unique(word_ids * len(first.shape_table) + shape_ids, return_inverse=True)
    words, shapes = np.divmod(pairs, len(first.shape_table))
    distinct, word_of_pair = np.unique(words, return_inverse=True)
    products = first._products(distinct)[word_of_pair]
    products += first.shape_table[shapes]
    products = products.reshape(len(pairs), first.models, 3, first.filters)
    outputs = []
    for model in range(first.models):
        output = np.ascontiguousarray(products[:, model, 1])[inverse]
        output[1:] += np.ascontiguousarray(products[:, model, 0])[inverse[:-1]]
        output[:-1] += np.ascontiguousarray(products[:, model, 2])[inverse[1:]]
        outputs.append(output)
    return outputs


@pytest.fixture(scope="module")
def codes():
    from letopis.nlp.neural import models

    found = models()
    separator = (found._word_pad, found._shape_pad)
    laid = [separator]
    for words in SENTENCES:
        laid += [found._code(word) for word in words] + [separator]
    array = np.fromiter(chain.from_iterable(laid), dtype=np.int64, count=2 * len(laid)).reshape(len(laid), 2).T
    return found._first, array[0], array[1]


@pytest.mark.parametrize("take", [slice(None), slice(0, 14), slice(13, None), slice(5, 6)])
def test_first_layers_are_the_earlier_bits(codes, take):
    first, word_ids, shape_ids = codes
    word_ids, shape_ids = word_ids[take], shape_ids[take]
    new = first(word_ids, shape_ids)  # (the products it keeps are then read by the reference alike)
    old = reference(first, word_ids, shape_ids)
    again = first(word_ids, shape_ids)
    assert len(new) == len(old) == first.models
    for ours, theirs, repeated in zip(new, old, again):
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape == (len(word_ids), first.filters)
        assert ours.flags.c_contiguous and ours.flags.writeable
        assert ours.tobytes() == theirs.tobytes() == repeated.tobytes()


def test_first_layers_are_fresh_arrays(codes):
    """The encoder finishes each output in place: it must own its memory, not be a view of the products."""
    first, word_ids, shape_ids = codes
    outputs = first(word_ids, shape_ids)
    for output in outputs:
        assert output.base is None or output.base.base is None
        assert not any(np.shares_memory(output, other) for other in outputs if other is not output)


LEMMA_TEXTS = [
    "Президент Франции Эмманюэль Макрон заявил журналистам, что переговоры продолжатся.",
    "ПРЕЗИДЕНТ Франции и президент Египта встретились; Ёлки и ёлки, Ёж и ЁЖ.",
    "Вооружённые люди задержали вооруженных протестующих в Москве 5 мая.",
]


@pytest.fixture(scope="module")
def lemmatised():
    """Each text tagged, then lemmatised twice: by the Lemmatizer and by the look-up it stood for before."""
    from letopis.ingest.clean import clean
    from letopis.nlp.doc import Doc
    from letopis.nlp.segment import Segmenter
    from letopis.nlp.taggers import Tagger
    from letopis.pipeline import make_article

    docs = []
    for text in LEMMA_TEXTS:
        doc = Doc(make_article(text), clean(text))
        Segmenter()(doc)
        docs.append(doc)
    Tagger().batch(docs)
    return docs


def test_lemmatizer_gives_the_lemma_of_the_lower_cased_word(lemmatised, monkeypatch):
    from letopis.nlp import taggers

    monkeypatch.setattr(taggers, "_WRITTEN_LEMMAS", {})
    for doc in lemmatised:
        taggers.Lemmatizer()(doc)
        for sentence, work in zip(doc.article.sentences, doc.sents):
            for token, word, tag in zip(sentence.tokens, work.words, work.tags):
                if (token.lemma, token.pos) != (taggers._tagged_lemma(word.lower(), tag), token.pos):
                    # (only the homograph and converb repairs after the look-up may change a lemma)
                    assert token.pos in ("VERB", "NOUN", "ADJ", "ADV", "PROPN"), (word, token.lemma)
        again = [[token.lemma for token in sentence.tokens] for sentence in doc.article.sentences]
        taggers.Lemmatizer()(doc)  # the second time every (word, tag) is read from the table
        assert [[token.lemma for token in sentence.tokens] for sentence in doc.article.sentences] == again
    kept = taggers._WRITTEN_LEMMAS
    assert all(lemma == taggers._tagged_lemma(word.lower(), tag) for (word, tag), lemma in kept.items())
    # each spelling is its own key, and all of them read the lemma of the lower-cased word
    assert {word for word, _ in kept} >= {"ПРЕЗИДЕНТ", "Президент", "президент", "ЁЖ", "Ёж", "Ёлки", "ёлки"}


def test_lemmatizer_table_is_bounded(lemmatised, monkeypatch):
    from letopis.nlp import taggers

    monkeypatch.setattr(taggers, "_WRITTEN_LEMMAS", {})
    monkeypatch.setattr(taggers, "KEPT_WRITTEN", 5)
    before = [[token.lemma for token in sentence.tokens] for sentence in lemmatised[0].article.sentences]
    taggers.Lemmatizer()(lemmatised[0])
    assert len(taggers._WRITTEN_LEMMAS) <= 5
    assert [[token.lemma for token in sentence.tokens] for sentence in lemmatised[0].article.sentences] == before
