from __future__ import annotations

from pathlib import Path

import pytest

from letopis.ingest.clean import clean
from letopis.model import TimeExpression
from letopis.nlp.doc import Doc
from letopis.nlp.times import TimeTagger
from letopis.pipeline import make_article

DATA = Path(__file__).resolve().parent.parent / "data"
TAGGER = TimeTagger()


def tag(text: str, published: str | None = "2021-07-05") -> list[TimeExpression]:
    article = make_article(text, published=published)
    doc = Doc(article=article, clean=clean(article.text))
    TAGGER(doc)
    for found in article.times:
        assert found.text == article.text[found.start : found.stop]
    return article.times


def only(text: str, published: str | None = "2021-07-05") -> TimeExpression:
    times = tag(text, published)
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize(
    "text, span, value, precision, end",
    [
        ("Встреча прошла 5 июля.", "5 июля", "2021-07-05", "day", None),
        ("Закон принят 5 июля 2020 года.", "5 июля 2020 года", "2020-07-05", "day", None),
        ("Документ подписан 05.07.2019.", "05.07.2019", "2019-07-05", "day", None),
        ("Указ от 2019-03-01 отменён.", "2019-03-01", "2019-03-01", "day", None),
        ("Город основан в 2019 году.", "2019 году", "2019", "year", None),
        ("Это случилось в 2018 г. в Москве.", "2018 г.", "2018", "year", None),
        ("Выборы пройдут в сентябре.", "сентябре", "2021-09", "month", None),
        ("В мае 2016 года начались протесты.", "мае 2016 года", "2016-05", "month", None),
        ("Засуха началась летом 2020 года.", "летом 2020 года", "2020-06-01", "range", "2020-08-31"),
        ("Переговоры назначены на начало июля.", "начало июля", "2021-07-01", "range", "2021-07-10"),
        ("Цены выросли в конце 2019 года.", "конце 2019 года", "2019-09-01", "range", "2019-12-31"),
        ("Учения прошли с 1 по 5 июня.", "с 1 по 5 июня", "2021-06-01", "range", "2021-06-05"),
        ("Саммит прошёл 10–12 мая.", "10–12 мая", "2021-05-10", "range", "2021-05-12"),
        ("Атака произошла в ночь на 5 июля.", "ночь на 5 июля", "2021-07-05", "day", None),
        ("Взрыв прогремел в ночь с 3 на 4 июля.", "ночь с 3 на 4 июля", "2021-07-04", "day", None),
        ("Завод построен в 1990-е годы.", "1990-е годы", "1990-01-01", "range", "1999-12-31"),
        ("Рост продолжался с 2015 по 2018 год.", "с 2015 по 2018 год", "2015-01-01", "range", "2018-12-31"),
        ("Программа рассчитана на 2022—2024 годы.", "2022—2024 годы", "2022-01-01", "range", "2024-12-31"),
    ],
)
def test_absolute(text, span, value, precision, end):
    found = only(text)
    assert (found.text, found.value, found.precision, found.end) == (span, value, precision, end)
    assert not found.relative


@pytest.mark.parametrize(
    "text, span, value, precision, end",
    [
        ("Сегодня министр прибыл в Душанбе.", "Сегодня", "2021-07-05", "day", None),
        ("Об этом стало известно вчера.", "вчера", "2021-07-04", "day", None),
        ("Позавчера прошёл митинг.", "Позавчера", "2021-07-03", "day", None),
        ("Завтра начнутся переговоры.", "Завтра", "2021-07-06", "day", None),
        ("Накануне талибы захватили город.", "Накануне", "2021-07-04", "day", None),
        # 2021-07-05 is a Monday
        ("Встреча состоялась в понедельник.", "понедельник", "2021-07-05", "day", None),
        ("Он выступил в минувшую пятницу.", "минувшую пятницу", "2021-07-02", "day", None),
        ("Визит намечен на следующий вторник.", "следующий вторник", "2021-07-06", "day", None),
        ("Войска отошли на прошлой неделе.", "прошлой неделе", "2021-06-28", "week", "2021-07-04"),
        ("Решение примут на следующей неделе.", "следующей неделе", "2021-07-12", "week", "2021-07-18"),
        ("В последние дни бои усилились.", "последние дни", "2021-06-29", "range", "2021-07-05"),
        ("За последние 10 лет город вырос.", "последние 10 лет", "2011-07-06", "range", "2021-07-05"),
        ("В ближайшие дни ожидается ответ.", "ближайшие дни", "2021-07-05", "range", "2021-07-11"),
        ("Доходы упали в прошлом году.", "прошлом году", "2020", "year", None),
        ("Закон вступит в силу в этом месяце.", "этом месяце", "2021-07", "month", None),
        (
            "Он ушёл в отставку в конце прошлого года.",
            "конце прошлого года",
            "2020-09-01",
            "range",
            "2020-12-31",
        ),
        ("Договор подписан 1 марта прошлого года.", "1 марта прошлого года", "2020-03-01", "day", None),
    ],
)
def test_relative(text, span, value, precision, end):
    found = only(text)
    assert (found.text, found.value, found.precision, found.end) == (span, value, precision, end)


def test_relative_flag_marks_only_deictic_expressions():
    flags = {found.text: found.relative for found in tag("Вчера, 4 июля, и в 2019 году.")}
    assert flags == {"Вчера": True, "4 июля": False, "2019 году": False}


def test_without_publication_date():
    times = {found.text: found for found in tag("Вчера, 5 июля 2020 года, в июле и на прошлой неделе.", None)}
    assert times["5 июля 2020 года"].value == "2020-07-05"
    assert times["Вчера"].value is None and times["Вчера"].relative and times["Вчера"].precision == "day"
    assert times["июле"].value is None and times["июле"].precision == "month"
    assert times["прошлой неделе"].value is None and times["прошлой неделе"].precision == "week"


@pytest.mark.parametrize(
    "text, published, value",
    [
        ("Акция прошла в декабре.", "2021-01-10", "2020-12"),  # far future -> last year
        ("Акция прошла 20 ноября.", "2021-02-01", "2020-11-20"),
        ("Саммит пройдёт 5 января.", "2021-12-28", "2022-01-05"),  # long past, next year is near
        ("Выборы пройдут в сентябре.", "2021-07-05", "2021-09"),  # near future stays this year
        ("Это было в марте.", "2021-07-05", "2021-03"),
    ],
)
def test_year_rollover(text, published, value):
    assert only(text, published).value == value


def test_weekday_before_a_date_gives_way_to_the_date():
    times = tag("Во вторник, 20 июня 2012 года, галерею ограбили.", "2012-06-21")
    assert [(found.text, found.value) for found in times] == [("20 июня 2012 года", "2012-06-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Талибы контролируют более 70% границы.",
        "Рахмон мобилизовал 20 тысяч военных.",
        "Звоните по телефону +7 (495) 123-45-67.",
        "Его обвинили по статье 282 УК.",
        "В бой вступил 1-й батальон.",
        "Ранее Рахмон обсудил ситуацию.",
        "Акция прошла накануне выборов.",
        "Матч закончился со счётом 2:1, на поле вышли 22 игрока.",
        "31 июня ничего не произошло.",
    ],
)
def test_not_times(text):
    assert tag(text) == []


def test_offsets_survive_cleaning():
    text = "Встреча  прошла&nbsp;5 июля, а\u00ad вчера  — нет."
    times = tag(text)
    assert [found.text for found in times] == ["5 июля", "вчера"]


@pytest.mark.parametrize(
    "name, published, expected",
    [
        ("nerel-18993_text.txt", "2012-06-21", {"20 июня 2012 года": "2012-06-20", "1949 году": "1949"}),
        (
            "nerel-510797_text.txt",
            "2019-10-14",
            {"14 октября 2019 года": "2019-10-14", "понедельник": "2019-10-14", "1995 года": "1995",
             "1989 году": "1989", "октябре 2018 года": "2018-10"},
        ),
        ("nerel-40579_text.txt", "2013-08-20", {"20 августа 2013 года": "2013-08-20", "14 августа 2013 года": "2013-08-14"}),
    ],
)  # fmt: skip
def test_wikinews(name, published, expected):
    times = tag((DATA / name).read_text("utf-8"), published)
    assert {found.text: found.value for found in times} == expected


@pytest.mark.slow
def test_seed(seed):
    times = {found.text: found for found in seed.times}
    assert times["5 июля"].value == "2021-07-05"
    assert times["Накануне"].value == "2021-07-04" and times["Накануне"].relative
    last_days = times["последние дни"]
    assert last_days.precision == "range" and last_days.end == "2021-07-05" and last_days.value < "2021-07-05"
    assert all(found.sentence >= 0 for found in seed.times)
    assert not any(found.text.startswith(("70", "20 тысяч")) for found in seed.times)


# ---------------------------------------------------------------- speed mechanisms, on real news

WIKINEWS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews"
needs_corpus = pytest.mark.skipif(not WIKINEWS.is_dir(), reason="needs ../shared/corpus/wikinews")


def corpus_texts(count: int) -> list[str]:
    return [path.read_text("utf-8") for path in sorted(WIKINEWS.glob("*.txt"))[:count]]


@needs_corpus
def test_tokenize_is_yargys_tokenizer():
    from letopis.nlp.times import TOKENIZER, tokenize

    for text in corpus_texts(40):
        expected = [(token.value, token.type, token.span.start, token.span.stop) for token in TOKENIZER(text)]
        assert tokenize(text) == expected


@needs_corpus
def test_shared_first_column_and_remembered_parses_answer_as_a_fresh_parse():
    """Every parse reuses one first column, and a window whose first tokens a parse died on before
    is answered from memory: on real news both must give what a parse alone gives."""
    from letopis.nlp.times import WINDOW, _start_kind, parsers, start_kinds, tokenize

    shared = parsers()
    kinds = start_kinds()
    windows = []
    for text in corpus_texts(80):
        words = tokenize(text)
        windows += [(kind, words[index: index + WINDOW]) for index in range(len(words))
                    for kind in (_start_kind(words, index, kinds),) if kind]
    assert len(windows) > 300
    sizes = {kind: len(parser.first_column.states) for kind, parser in shared.items()}
    remembered = 0
    for kind, window in windows:
        parser = shared[kind]
        known = len(parser.known)
        with_memory = parser.longest(window)
        remembered += len(parser.known) == known
        kept = parser.known, parser.known_depths, parser.first_column, parser.first_scans
        parser.known, parser.known_depths = {}, set()
        parser.first_column, parser.first_scans = parser._first_column()
        alone = parser.longest(window)
        parser.known, parser.known_depths, parser.first_column, parser.first_scans = kept
        assert (with_memory is None) == (alone is None), window
        if alone is not None:
            assert (with_memory.size, with_memory.span, with_memory.fact) == (alone.size, alone.span, alone.fact)
    assert remembered > 100
    assert sizes == {kind: len(parser.first_column.states) for kind, parser in shared.items()}
