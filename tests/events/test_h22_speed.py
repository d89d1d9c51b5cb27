"""Session 22 speed changes: each keeps the coder's output to the byte and only does less work.

- ``Lexicon.words`` keeps a verb's and another word's rows of one lemma in two tables keyed by the lemma;
- ``SentenceView.kids`` is a plain loop that returns a fresh list;
- ``may_select`` and ``select`` are loops that ask the requirements in the order the generators did;
- ``slot_words`` reads the relation alone for an object slot;
- repairs that need a relation, a lemma or a mark the sentence lacks return at a test made in C.
"""

from __future__ import annotations

import pytest

import letopis.events.repairs as repairs
from letopis.events.lexicon import load_lexicon
from letopis.events.syntax import SentenceView
from letopis.model import Sentence
from tests.conftest import tokens_of


def test_words_keeps_a_verb_and_another_word_of_one_lemma_apart():
    # "подписывать" has no row of its own: a verb reads its perfective's ("подписать"), a noun reads none
    lexicon = load_lexicon()
    verb_rows, other_rows = lexicon.rules("подписывать", True), lexicon.rules("подписывать", False)
    assert verb_rows and not other_rows
    tokens = tokens_of([
        ("подписывать", "подписывать", "NOUN", {}),
        ("подписывает", "подписывать", "VERB", {}),
        ("подписывающий", "подписывать", "ADJ", {"VerbForm": "Part"}),  # a participle the tagger calls an adjective
        ("подписывать", "подписывать", "NOUN", {}),
    ])
    for _ in range(2):  # the first time made, the second read from the tables
        lemmas, rows = lexicon.words(tokens)
        assert lemmas == ["подписывать"] * 4
        assert rows == [other_rows, verb_rows, verb_rows, other_rows]


def view_of(words: list[tuple[str, str, str, dict[str, str]]], heads: list[int], rels: list[str]) -> SentenceView:
    tokens = tokens_of(words)
    for token, head, rel in zip(tokens, heads, rels):
        token.head, token.rel = head, rel
    text = " ".join(word[0] for word in words)
    return SentenceView(0, Sentence(0, len(text), text, 0, tokens), [])


@pytest.fixture
def view() -> SentenceView:
    # "Россия и Китай осудили решение": the subject with its conjunct, the object
    return view_of(
        [
            ("Россия", "россия", "PROPN", {"Case": "Nom"}),
            ("и", "и", "CCONJ", {}),
            ("Китай", "китай", "PROPN", {"Case": "Nom"}),
            ("осудили", "осудить", "VERB", {"VerbForm": "Fin", "Number": "Plur"}),
            ("решение", "решение", "NOUN", {"Case": "Acc"}),
        ],
        [3, 2, 0, -1, 3],
        ["nsubj", "cc", "conj", "root", "obj"],
    )


@pytest.mark.parametrize(
    ("position", "relations", "expected"),
    [
        (3, (), [0, 4]),
        (3, ("obj",), [4]),
        (3, ("nsubj", "obj"), [0, 4]),
        (3, ("iobj", "obl"), []),
        (0, ("conj",), [2]),
        (4, ("nmod",), []),  # a word with no children
        (4, (), []),
    ],
)
def test_kids(view, position, relations, expected):
    assert view.kids(position, *relations) == expected


def test_kids_returns_a_fresh_list(view):
    found = view.kids(3, "nsubj", "obj")
    found.append(1)
    everything = view.kids(3)
    everything.clear()
    assert view.kids(3, "nsubj", "obj") == [0, 4]
    assert view.kids(3) == [0, 4]
    assert view.children[3] == [0, 4]


# a sentence with no preposition, conjunct, coordinator, object, colon or dash: "Президент выступил"
PLAIN = (
    [("Президент", "президент", "NOUN", {"Case": "Nom"}), ("выступил", "выступить", "VERB", {"VerbForm": "Fin"})],
    [1, -1],
    ["nsubj", "root"],
)


@pytest.mark.parametrize(
    "repair",
    [
        repairs.repair_preposition_heads,
        repairs.repair_double_prepositions,
        repairs.repair_participle_phrases,
        repairs.repair_described_names,
        repairs.repair_coordinated_subjects,
        repairs.repair_headline_labels,
        repairs.repair_closing_attributions,
        repairs.repair_participation_on_places,
        repairs.repair_objects_after_phrases,
        repairs.repair_accused_after_charge,
        repairs.repair_objects_after_places,
    ],
)
def test_repairs_pass_a_sentence_without_what_they_mend(repair):
    words, heads, rels = PLAIN
    tokens = tokens_of(words)
    mended_heads, mended_rels = list(heads), list(rels)
    repair(tokens, mended_heads, mended_rels)
    assert (mended_heads, mended_rels) == (heads, rels)


@pytest.mark.parametrize("dash", ["—", "–"])
def test_closing_attribution_after_either_dash(dash):
    # "Ирак освободил пленных — Красный Крест": the phrase after the dash is no apposition of the object
    tokens = tokens_of([
        ("Ирак", "ирак", "PROPN", {"Case": "Nom"}),
        ("освободил", "освободить", "VERB", {"VerbForm": "Fin"}),
        ("пленных", "пленный", "NOUN", {"Case": "Acc"}),
        (dash, dash, "PUNCT", {}),
        ("Красный", "красный", "ADJ", {"Case": "Nom"}),
        ("Крест", "крест", "PROPN", {"Case": "Nom"}),
    ])
    heads, rels = [1, -1, 1, 5, 5, 2], ["nsubj", "root", "obj", "punct", "amod", "appos"]
    repairs.repair_closing_attributions(tokens, heads, rels)
    assert (heads[5], rels[5]) == (1, "parataxis")  # the source of the sentence, on its verb


def test_coordinated_subjects_still_joined():
    # "Министр и коллега обсудили": two subjects, the later opened by "и", become conjuncts
    tokens = tokens_of([
        ("Министр", "министр", "NOUN", {"Case": "Nom"}),
        ("и", "и", "CCONJ", {}),
        ("коллега", "коллега", "NOUN", {"Case": "Nom"}),
        ("обсудили", "обсудить", "VERB", {"VerbForm": "Fin"}),
    ])
    heads, rels = [3, 2, 3, -1], ["nsubj", "cc", "nsubj", "root"]
    repairs.repair_coordinated_subjects(tokens, heads, rels)
    assert (heads[2], rels[2]) == (0, "conj")


def test_sentence_role_lemmas_read_from_the_tables_are_role_lemmas():
    from letopis.kb.phrases import forget_sentences, role_lemma, sentence_role_lemmas

    tokens = tokens_of([
        ("Протестующие", "протестовать", "VERB", {"VerbForm": "Part", "Case": "Nom"}),  # a participle keeps its form
        ("у", "у", "ADP", {}),
        ("посольства", "посольство", "NOUN", {"Case": "Gen"}),
        ("Ёмена", "", "PROPN", {"Case": "Gen"}),  # no lemma: the text's key
        ("потребовали", "потребовать", "VERB", {"VerbForm": "Fin"}),  # a verb without a case: its lemma
        ("протестовать", "протестовать", "VERB", {"VerbForm": "Inf"}),
        (".", ".", "PUNCT", {}),
    ])
    expected = [role_lemma(token) for token in tokens]
    assert expected[:6] == ["протестующий", "у", "посольство", "емена", "потребовать", "протестовать"]
    for _ in range(2):  # the words' keys made, then read from the tables
        forget_sentences()
        assert sentence_role_lemmas(tokens) == expected
    assert sentence_role_lemmas(tokens) is sentence_role_lemmas(tokens)  # kept for the sentence


def article_of(sentences: list[list[str]]):
    """An article of sentences of lemmas (each word its own lemma)."""
    from letopis.model import Article

    article = Article(id="", text="")
    for lemmas in sentences:
        tokens = tokens_of([(lemma, lemma, "NOUN", {}) for lemma in lemmas])
        article.sentences.append(Sentence(0, 0, "", 0, tokens))
    return article


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ([], True),  # no words: nothing to code
        ([["матч", "гол", "вратарь"] + ["слово"] * 100], True),  # three of 103 words
        ([["матч", "гол"], ["вратарь"], ["слово"] * 296], True),  # three of 299, over sentences
        ([["матч", "гол"], ["вратарь"], ["слово"] * 297], False),  # three of 300: not over the ratio
        ([["матч", "гол"], ["слово"] * 10], False),  # two: too few
    ],
)
def test_off_topic_counts_the_domain_words_of_every_sentence(sentences, expected):
    from letopis.events.context import off_topic

    assert off_topic(article_of(sentences), load_lexicon()) is expected
