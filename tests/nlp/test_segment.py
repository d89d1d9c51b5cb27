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
