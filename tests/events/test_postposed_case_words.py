"""A preposition precedes its noun: a case word the parser hangs on a noun before it is no preposition of that noun
(session 13, "slots"). The tree is written by hand, as the parser gives it for "отвергло требование Специальной
комиссии ООН во главе с ...", so the test does not depend on the parser's mood."""

from letopis.events.syntax import SentenceView
from letopis.model import Sentence, Token

# (text, lemma, pos, case, head, rel)
TREE = [
    ("Правительство", "правительство", "NOUN", "Nom", 2, "nsubj"),
    ("Ливии", "ливия", "PROPN", "Gen", 0, "nmod"),
    ("отвергло", "отвергнуть", "VERB", "", -1, "root"),
    ("требование", "требование", "NOUN", "Acc", 2, "obj"),
    ("комиссии", "комиссия", "NOUN", "Gen", 3, "nmod"),
    ("ЕС", "ес", "PROPN", "Gen", 4, "nmod"),
    ("во", "в", "ADP", "", 4, "case"),
    ("главе", "глава", "NOUN", "Loc", 6, "fixed"),
    ("с", "с", "ADP", "", 9, "case"),
    ("Соланой", "солана", "PROPN", "Ins", 4, "nmod"),
]


def view() -> SentenceView:
    tokens, start = [], 0
    for text, lemma, pos, case, head, rel in TREE:
        tokens.append(Token(start, start + len(text), text, lemma, pos, {"Case": case} if case else {}, head, rel))
        start += len(text) + 1
    text = " ".join(row[0] for row in TREE)
    return SentenceView(0, Sentence(0, len(text), text, 1, tokens), [])


def test_a_case_word_after_the_noun_is_not_its_preposition():
    sentence = view()
    assert sentence.preposition(4) == ""  # "комиссии": a bare genitive of "требование"


def test_a_case_word_before_the_noun_is_its_preposition():
    sentence = view()
    assert sentence.preposition(9) == "с"
