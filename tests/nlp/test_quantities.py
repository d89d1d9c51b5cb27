from __future__ import annotations

from pathlib import Path

import pytest

from letopis.ingest.clean import clean
from letopis.model import Quantity
from letopis.nlp.doc import Doc
from letopis.nlp.quantities import QuantityTagger
from letopis.nlp.times import TimeTagger
from letopis.pipeline import make_article

DATA = Path(__file__).resolve().parent.parent / "data"
TIMES = TimeTagger()
QUANTITIES = QuantityTagger()


def tag(text: str, published: str | None = "2021-07-05") -> list[Quantity]:
    article = make_article(text, published=published)
    doc = Doc(article=article, clean=clean(article.text))
    TIMES(doc)
    QUANTITIES(doc)
    for found in article.quantities:
        assert found.text == article.text[found.start : found.stop]
    return article.quantities


def triples(text: str) -> list[tuple[float, str, str | None]]:
    return [(found.value, found.bound, found.unit) for found in tag(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("На территорию Таджикистана отступили более тысячи афганских военных.", (1000, ">", "военные")),
        ("Рахмон поручил мобилизовать 20 тысяч военных резерва.", (20000, "=", "военные")),
        ("Талибы контролируют более 70% линии границы.", (70, ">", "%")),
        ("Явка составила 45 процентов.", (45, "=", "%")),
        ("В результате погибли около 300 человек.", (300, "~", "человек")),
        ("На площадь вышли тысячи людей.", (1000, ">=", "человек")),
        ("Ранены не менее 50 человек.", (50, ">=", "человек")),
        ("Задержаны свыше 200 демонстрантов.", (200, ">", "демонстранты")),
        ("Штраф составит до 100 тысяч рублей.", (100000, "<=", "рубль")),
        ("Пострадали почти 40 пассажиров.", (40, "<", "пассажиры")),
        ("Из города бежали порядка 20 000 беженцев.", (20000, "~", "беженцы")),
        ("Кредит составит 1,5 млн долларов.", (1500000, "=", "доллар")),
        ("Ущерб оценён в 2,3 миллиарда долларов.", (2300000000, "=", "доллар")),
        ("Задержаны двое россиян.", (2, "=", "россияне")),
        ("Трое военных получили ранения.", (3, "=", "военные")),
        ("Десятки человек пострадали.", (10, ">=", "человек")),
        ("На митинг пришли десятки тысяч сторонников оппозиции.", (10000, ">=", "сторонники")),
        ("Погибли двадцать пять полицейских.", (25, "=", "полицейские")),
        ("Эвакуированы несколько тысяч жителей.", (2000, ">=", "жители")),
        ("Колонна прошла 150 километров.", (150, "=", "км")),
        ("Совбез обсудил ситуацию в двух странах.", (2, "=", "страны")),
        ("Погибли более 100 военнослужащих и полицейских.", (100, ">", "военнослужащие")),
        ("Пострадали несколько десятков человек.", (20, ">=", "человек")),
        ("Пятеро выступили против.", (5, "=", None)),
    ],
)
def test_forms_and_bounds(text, expected):
    assert triples(text) == [expected]


def test_span_covers_bound_number_and_unit():
    (found,) = tag("Накануне отступили более тысячи афганских военных.")
    assert found.text == "более тысячи афганских военных"


@pytest.mark.parametrize(
    "text",
    [
        "Встреча прошла 5 июля 2021 года.",
        "Завод построен в 2019 году.",
        "Заседание началось в 15:30.",
        "Его обвинили по статье 282 УК.",
        "Дело рассмотрят по ст. 105 УК РФ.",
        "В бой вступил 1-й батальон.",
        "Звоните по телефону +7 (495) 123-45-67.",
        "Над городом пролетел Су-35.",
        "Ему было 66 лет.",
        "Это случилось в 2000 году, а не в 1999.",
        "Несколько человек пострадали.",
    ],
)
def test_not_quantities(text):
    assert tag(text) == []


@pytest.mark.parametrize(
    "name, published, expected",
    [
        ("nerel-18993_text.txt", "2012-06-21", [(150000, "=", "доллар")]),
        ("nerel-510797_text.txt", "2019-10-14", [(1000, "=", "человек"), (5, "=", "раз"), (2, "=", "дети")]),
        ("nerel-40579_text.txt", "2013-08-20",
         [(2, "=", "мужчины"), (900, "~", "человек"), (100, ">", "военнослужащие")]),
    ],
)  # fmt: skip
def test_wikinews(name, published, expected):
    found = tag((DATA / name).read_text("utf-8"), published)
    assert [(quantity.value, quantity.bound, quantity.unit) for quantity in found] == expected


@pytest.mark.slow
def test_seed(seed):
    found = [(quantity.value, quantity.bound, quantity.unit) for quantity in seed.quantities]
    assert (1000, ">", "военные") in found
    assert (70, ">", "%") in found
    assert (20000, "=", "военные") in found
    assert all(quantity.sentence >= 0 for quantity in seed.quantities)


WIKINEWS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews"


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="needs ../shared/corpus/wikinews")
def test_words_skipped_before_reading_a_count_start_none():
    """find() skips words that are neither digits nor number words: _number must find no count there."""
    from letopis.nlp.quantities import WORD, Piece

    tagger = QuantityTagger()
    checked = 0
    for path in sorted(WIKINEWS.glob("*.txt"))[:60]:
        text = path.read_text("utf-8")
        pieces = [Piece(m.start(), m.end(), m.group(), m.group().lower().replace("ё", "е")) for m in WORD.finditer(text)]
        for index, piece in enumerate(pieces):
            if not piece.text[0].isdigit() and piece.lower not in tagger.lexicon.numbers:
                assert tagger._number(text, pieces, index) is None, piece
                checked += 1
    assert checked > 5000
