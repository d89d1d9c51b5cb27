import pytest
from razdel import sentenize
from razdel import tokenize as razdel_tokenize

from letopis.nlp.segment import tokenize
from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "wikinews"


def razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(token.start, token.stop, token.text) for token in razdel_tokenize(text)]


@pytest.mark.parametrize("text", [
    "",
    "   ",
    "Кто-то сказал: «что-то не так» — и ушёл...",
    "Рост составил 5,6 % (а не 5, 6), т.е. 1/2 плана; счёт 3:1.",
    "Ура!!! Да?! Нет... -- *** :) :-( yahoo! Δσ mβж ΔP",
    "ООН/ЮНЕСКО, т. н. «Исламское государство» (ИГ) и ИГИЛ_2 ...",
    "-5 - -3, -- а -б, x_ y _z, 3.14.15 , .5 5. 1 /2 3\\ 4",
])
def test_tokens_are_razdels_on_hard_cases(text):
    assert tokenize(text) == razdel_tokens(text)


def test_tokens_are_razdels_on_real_articles():
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[:120]]
    assert texts, f"no corpus at {CORPUS}"
    sentences = [sentence.text for text in texts for line in text.splitlines() for sentence in sentenize(line)]
    assert len(sentences) > 1000
    for sentence in sentences:
        assert tokenize(sentence) == razdel_tokens(sentence), sentence


# atoms of every class razdel knows, the marks its join rules read among them
PIECES = ["слово", "Москва", "Yahoo", "yahoo", "abc", "12", "3", "Δ", "β", "中", " ", ",", ".", "-", "‑", "–", "—",
          "_", "/", "\\", "!", "?", "…", "«", "»", "“", '"', "'", "(", ")", "[", ":", ";", "*", "%", "№", ":)", ":-)"]


def test_tokens_are_razdels_on_random_mixes_of_words_and_marks():
    import random

    generator = random.Random(14)
    for _ in range(20_000):
        text = "".join(generator.choice(PIECES) for _ in range(generator.randint(1, 10)))
        assert tokenize(text) == razdel_tokens(text), text


@pytest.mark.parametrize("text, built", [
    ("Президент заявил, что «переговоры» (в Минске) продолжатся.", False),  # a word and a plain mark: split
    ("Пресс-секретарь заявил.", True),  # a dash between words: razdel's rules decide
    ("Рост составил 5,6 %.", True),  # a comma between digits
    ("Yahoo! сообщил", True),
])
def test_razdels_atoms_are_built_only_where_its_rules_may_join(monkeypatch, text, built):
    from letopis.nlp import segment

    made = []
    original = segment.Atom

    def counted(*args):  # type: ignore[no-untyped-def]
        made.append(args)
        return original(*args)

    monkeypatch.setattr(segment, "Atom", counted)
    assert tokenize(text) == razdel_tokens(text)
    assert bool(made) is built
