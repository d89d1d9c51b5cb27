"""letopis.nlp.morph reads pymorphy2's dictionary tables directly to skip work pymorphy would do: it must give
pymorphy's own results, so a pymorphy upgrade that changes its internals fails here."""

import re
from pathlib import Path

import pytest
from natasha.morph.vocab import PymorphyParse

from letopis.nlp.morph import morph_vocab

CORPUS = Path("/work/shared/corpus/wikinews")
REQUIREMENTS = [{"Nom"}, {"Nom", "Sing", "Masc"}, {"Gen", "Plur"}, {"Ins"}]


@pytest.fixture(scope="module")
def corpus_words() -> list[str]:
    files = sorted(CORPUS.glob("*.txt"))[:6]
    if not files:
        pytest.skip("no corpus")
    words = {word.lower() for file in files for word in re.findall(r"[А-Яа-яЁё-]+", file.read_text())}
    return sorted(words)


def test_inflection_is_pymorphys(corpus_words: list[str]) -> None:
    vocab = morph_vocab()
    checked = 0
    for word in corpus_words:
        for form in vocab(word):
            for grams in REQUIREMENTS:
                assert form.inflect(grams) == PymorphyParse.inflect(form, _oc(grams)), (word, form.tag, grams)
                checked += 1
    assert len(corpus_words) > 300 and checked > 5000


def test_unknown_word_inflects_through_pymorphy() -> None:
    form = next(form for form in morph_vocab()("зеленскистами") if form.pos == "NOUN")
    assert type(form.methods_stack[-1][0]).__name__ != "DictionaryAnalyzer"  # predicted, not looked up
    assert form.inflect({"Nom"}).word == "зеленскисты"


def _oc(grams: set[str]) -> set[str]:
    from natasha.morph.vocab import oc_grams

    return set(oc_grams(grams))


def test_lemma_is_natashas(corpus_words: list[str]) -> None:
    """lemma reads the dictionary's entries and orders them only when the pick depends on it: it must give
    natasha's lemmatizer's result (over pymorphy's ordered parses) for every word and tag."""
    from natasha.morph.lemma import lemmatize

    from letopis.nlp.morph import lemma

    vocab = morph_vocab()
    tags = [("NOUN", {"Case": "Nom", "Gender": "Masc", "Number": "Sing"}), ("VERB", {"Aspect": "Perf"}),
            ("ADJ", {"Case": "Gen", "Number": "Plur"}), ("PROPN", {"Case": "Dat"})]
    checked = 0
    for word in corpus_words:
        word = word.replace("ё", "е")
        for pos, feats in [form.ud for form in vocab(word)] + tags:
            assert lemma(word, pos, feats) == lemmatize(vocab, word, pos, feats), (word, pos, feats)
            checked += 1
    assert checked > 5000


def test_phrase_inflection_is_natashas(corpus_words: list[str]) -> None:
    """A word of a phrase is inflected from the dictionary's entries when their order cannot matter: it must give
    natasha's inflect_word (over pymorphy's ordered parses) for every word and tag."""
    from natasha.norm import inflect_word

    from letopis.nlp.morph import _inflected, _Word

    vocab = morph_vocab()
    tags = [("NOUN", "Masc", "Sing", "Gen"), ("PROPN", None, "Plur", "Dat"), ("ADJ", "Fem", "Sing", "Ins")]
    checked = 0
    for word in corpus_words:
        options = {(form.pos, form.feats.get("Gender"), form.feats.get("Number"), form.feats.get("Case"))
                   for form in vocab(word)}
        for pos, gender, number, case in sorted(options | set(tags), key=str):
            feats = {name: value for name, value in (("Gender", gender), ("Number", number), ("Case", case)) if value}
            expected = inflect_word(vocab, _Word(word, pos, feats))
            assert _inflected.__wrapped__(word, pos, gender, number, case) == expected, (word, pos, feats)
            checked += 1
    assert checked > 5000


def test_participle_lemma_is_the_first_participle_parse(corpus_words: list[str]) -> None:
    """participle_lemma reads the dictionary's entries unless the participle parses disagree: it must give what
    the first participle parse in pymorphy's order inflects to."""
    from letopis.kb.phrases import PARTICIPLE_LEMMA_GRAMS, normalize, participle_lemma

    def by_parses(word: str) -> str | None:
        for parse in morph_vocab().parse(word):
            if parse.feats.get("VerbForm") == "Part":
                form = parse.inflect(PARTICIPLE_LEMMA_GRAMS)
                if form:
                    return normalize(form.word)
        return None

    found = [participle_lemma.__wrapped__(word) for word in corpus_words]
    assert found == [by_parses(word) for word in corpus_words]
    assert participle_lemma("протестующих") == "протестующий" and sum(map(bool, found)) > 30


def test_a_paradigms_tags_are_read_once_for_all_its_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    from letopis.nlp import morph

    dictionary = morph_vocab().dictionary
    (_, para_id, idx), *_ = morph._dictionary_entries(morph_vocab(), "переговорами")
    size = len(dictionary.paradigms[para_id]) // 3
    expected = tuple(dictionary.build_tag_info(para_id, index) for index in range(size))
    morph._paradigm_tags.cache_clear()
    morph._inflection_index.cache_clear()
    calls = []
    original = type(dictionary).build_tag_info

    def counted(self, para: int, index: int):  # type: ignore[no-untyped-def]
        calls.append(para)
        return original(self, para, index)

    monkeypatch.setattr(type(dictionary), "build_tag_info", counted)
    assert morph._paradigm_tags(dictionary, para_id) == expected
    for required in (frozenset({"nomn", "plur"}), frozenset({"gent", "plur"}), frozenset({"datv", "plur"})):
        index = morph._inflection_index(dictionary, para_id, idx, required)
        assert index is not None and required <= expected[index].grammemes
    assert len(calls) == size  # the three requirements read the tags of the paradigm once
    morph._inflection_index.cache_clear()
