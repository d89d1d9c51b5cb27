"""Time expressions: dates, months, years, ranges and words relative to publication.

Candidates come from a yargy grammar over plain tokens (no morphology: every
word form the grammar needs is listed in ``data/times_*.tsv``), so numbers only
become dates inside a date construction: "70%", "20 тысяч" or "статья 282" never
match.  ``resolve`` then turns each matched fact into ISO values, using
``Article.published`` for year-less and relative expressions.  The precision
values and the resolution rules are documented in ``docs/times-and-quantities.md``.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Optional

from yargy import Parser, and_, or_, rule
from yargy.interpretation import fact
from yargy.parser import Chart, Column, State, prepare_match, prepare_trees
from yargy.predicates import custom, eq, gte, in_, in_caseless, length_eq, lte
from yargy.rule.bnf import is_rule
from yargy.span import Span
from yargy.token import Token
from yargy.tokenizer import Tokenizer

from letopis.data_files import data_rows
from letopis.model import TimeExpression
from letopis.nlp.doc import Doc

log = logging.getLogger(__name__)

# Future past this many days makes a year-less date last year's ("в декабре" in January).
FUTURE_LIMIT = 183
# Longest expression, in tokens: "с 30 декабря 2020 года по 5 января 2021 года" is 11.
WINDOW = 14
# A year-less date this far in the past moves to next year when that is near ("5 января" on 28 December).
PAST_LIMIT = 300
NEXT_YEAR_WINDOW = 62

Time = fact(
    "Time",
    [
        "day", "month", "year", "day_end", "month_end", "year_end", "decade", "part", "season",
        "weekday", "shift", "unit", "offset", "direction", "count", "night",
    ],
)  # fmt: skip


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Part:
    """A part of a month (days) or of a year (months): "в начале июля"."""

    first_day: int
    last_day: int
    first_month: int
    last_month: int


@dataclass(frozen=True)
class SpanUnit:
    days: int  # length of one unit
    default_count: int  # units meant by "последние дни" without a number


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    words: dict[str, dict[str, str]]  # kind -> form -> value (times_lexicon.tsv)
    parts: dict[str, Part]
    part_forms: dict[str, str]  # form, words joined with "_" -> part
    seasons: dict[str, tuple[int, int]]  # season -> (first month, last month)
    season_forms: dict[str, str]
    spans: dict[str, SpanUnit]
    span_forms: dict[str, str]


def bare_weekday(text: str) -> bool:
    """A time expression that is a weekday alone ("в понедельник"): resolved to the past one unless a caller
    knows the act is still to come."""
    return text.strip().lower() in lexicon().weekdays


def _by_form(rows: list[list[str]], key: Callable[[list[str]], Any]) -> dict[str, Any]:
    """Map every word form (the last column) to ``key(row)``."""
    return {form: key(row) for row in rows for form in row[-1].split()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words: dict[str, dict[str, str]] = {}
    for kind, value, forms in data_rows("letopis.nlp", "times_lexicon.tsv"):
        for form in forms.split():
            words.setdefault(kind, {})[form] = value
    part_rows = data_rows("letopis.nlp", "times_parts.tsv")
    season_rows = data_rows("letopis.nlp", "times_seasons.tsv")
    span_rows = data_rows("letopis.nlp", "times_spans.tsv")
    return Lexicon(
        months=_by_form(data_rows("letopis.nlp", "times_months.tsv"), lambda row: int(row[0])),
        weekdays=_by_form(data_rows("letopis.nlp", "times_weekdays.tsv"), lambda row: int(row[0])),
        words=words,
        parts={row[0]: Part(*(int(cell) for cell in row[1:5])) for row in part_rows},
        part_forms=_by_form(part_rows, lambda row: row[0]),
        seasons={row[0]: (int(row[1]), int(row[2])) for row in season_rows},
        season_forms=_by_form(season_rows, lambda row: row[0]),
        spans={row[0]: SpanUnit(int(row[1]), int(row[2])) for row in span_rows},
        span_forms=_by_form(span_rows, lambda row: row[0]),
    )


# ---------------------------------------------------------------- grammar


def _lookup(table: dict[str, Any]) -> Callable[[str], Any]:
    return lambda word: table[word.lower()]


def _phrases(forms: dict[str, str], attribute: Any) -> Any:
    """A rule for word forms that may be several words ("первой_половине")."""
    options = [
        rule(*(eq(word) for word in form.split("_"))).interpretation(attribute.const(value))
        for form, value in forms.items()
    ]
    return or_(*options)


# A token as yargy's tokenizer makes it, as (value, type, start, stop): most tokens start no
# expression, and a plain tuple costs less than half of a yargy Token; Tokens are made for
# the windows a parse reads only.
Word = tuple[str, str, int, int]


@dataclass
class TimeMatch:
    """A parse's extent and its interpreted fact (yargy's Match interprets its tree at every read)."""

    size: int  # tokens read
    span: Span  # clean offsets
    fact: Any


class AnchoredParser(Parser):
    """Earley parsing that predicts only at the first token and keeps the longest match.

    Parsing every position of a whole article costs ~0.5 ms a token; trying only
    the tokens that can start a time expression, each on a short window, is
    what keeps the step fast.
    """

    def __init__(self, rule: Any, **options: Any) -> None:
        super().__init__(rule, **options)
        # tokens (value, type) a parse read before it died -> its outcome ((tokens matched, fact), or
        # None for no match) and the terminals that failed on the next token.  Another window with
        # those tokens first has the same outcome when none of those terminals reads its next token:
        # the chart up to there is the same, and no state goes further.  Most starts recur ("в
        # понедельник", "этот раз", "42-летний"), and dates recur before different words.
        self.known: dict[tuple[tuple[str, str], ...], tuple[Optional[tuple[int, Any]], tuple[Any, ...]]] = {}
        self.known_depths: set[int] = set()
        self.first_column, self.first_scans = self._first_column()

    def _first_column(self) -> tuple[Column, list[tuple[Any, State]]]:
        """The chart's first column, and its states that read the first token.

        The first column holds predictions only (and completions of empty rules), which do
        not depend on the tokens: it is built once and shared by every parse, which never
        changes it (later states point back to it, as yargy's do).  That is about half of
        the states of a parse.
        """
        column = Column(0, None)
        self.predict(column, None, self.rule)
        scans = []
        for state in column:
            if state.completed:
                self.complete(column, state)
            elif is_rule(state.next_term):
                self.predict(column, None, state.next_term)
            else:
                scans.append((state.next_term, state))
        return column, scans

    def longest(self, window: list[Word]) -> Optional[TimeMatch]:
        words = tuple((value, kind) for value, kind, _, _ in window)
        for depth in self.known_depths:
            if depth < len(words) and words[:depth] in self.known:
                outcome, failed = self.known[words[:depth]]
                value, kind, start, stop = window[depth]
                following = Token(value, Span(start, stop), kind)
                if any(predicate(following) for predicate in failed):
                    continue  # this window reads on past where the known parse died
                if outcome is None:
                    return None
                size, fact = outcome
                return TimeMatch(size, Span(window[0][2], window[size - 1][3]), fact)
        chart = Chart(Token(value, Span(start, stop), kind) for value, kind, start, stop in window)
        chart.columns[0] = self.first_column
        read = -1  # tokens read when no state reached the next one
        failed: list[Any] = []  # the terminals tried on that next token
        for column, next_column in chart:
            tried = []
            if column.first:
                if next_column is not None:
                    for predicate, state in self.first_scans:
                        tried.append(predicate)
                        self.scan(next_column, predicate, state)
            else:
                for state in column:
                    if state.completed:
                        self.complete(column, state)
                    else:
                        next_term = state.next_term
                        if is_rule(next_term):
                            self.predict(column, next_column, next_term)
                        elif next_column is not None:
                            tried.append(next_term)
                            self.scan(next_column, next_term, state)
            if next_column is not None and not next_column.states:
                # only the first column predicts: no later column gets a state, the parse is over
                read, failed = column.index, tried
                break
        trees = sorted(
            prepare_trees(chart.matches(self.rule)), key=lambda tree: tree.range[1] - tree.range[0]
        )
        found: Optional[TimeMatch] = None
        for tree in reversed(trees):
            match = prepare_match(tree)
            if match:
                tokens = match.tokens
                found = TimeMatch(len(tokens), Span(tokens[0].span.start, tokens[-1].span.stop), match.fact)
                break
        if read >= 0 and len(self.known) < 100_000:
            outcome = None if found is None else (found.size, found.fact)
            self.known[words[:read]] = (outcome, tuple({id(term): term for term in failed}.values()))
            self.known_depths.add(read)
        return found


@lru_cache(maxsize=1)
def parsers() -> dict[str, AnchoredParser]:
    lex = lexicon()
    words = lex.words
    day_number = and_(gte(1), lte(31), custom(lambda value: len(value) <= 2))
    year_number = and_(length_eq(4), gte(1000), lte(2100))
    dash = in_({"-", "–", "—"})
    since = in_caseless({"с", "со"})
    until = in_caseless({"по", "до"})

    day = day_number.interpretation(Time.day.custom(int))
    day_end = day_number.interpretation(Time.day_end.custom(int))
    month = in_caseless(set(lex.months)).interpretation(Time.month.custom(_lookup(lex.months)))
    month_end = in_caseless(set(lex.months)).interpretation(Time.month_end.custom(_lookup(lex.months)))
    month_number = and_(gte(1), lte(12), custom(lambda value: len(value) <= 2))
    year = year_number.interpretation(Time.year.custom(int))
    year_end = year_number.interpretation(Time.year_end.custom(int))
    year_forms = set(words["year_word"])
    year_word = or_(
        rule(in_caseless({"г", "гг"}), eq(".").optional()),
        rule(in_caseless(year_forms - {"г", "гг"})),
    )
    ordinal_suffix = rule(dash, in_caseless({"м", "го", "му", "й", "ом"}))
    shift = in_caseless(set(words["shift"])).interpretation(
        Time.shift.custom(lambda w: int(words["shift"][w.lower()]))
    )
    unit = in_caseless(set(words["unit"])).interpretation(Time.unit.custom(_lookup(words["unit"])))
    year_unit = in_caseless(
        {form for form, value in words["unit"].items() if value == "year"}
    ).interpretation(Time.unit.const("year"))
    # "2021 года", or "прошлого года": what may follow a day and month
    year_tail = or_(rule(year, year_word.optional()), rule(shift, year_unit))
    year_end_tail = rule(year_end, year_word.optional())

    day_month = rule(day, month, year_tail.optional())
    numeric = or_(
        rule(day, eq("."), month_number.interpretation(Time.month.custom(int)), eq("."), year),
        rule(year, eq("-"), and_(month_number, length_eq(2)).interpretation(Time.month.custom(int)),
             eq("-"), and_(day_number, length_eq(2)).interpretation(Time.day.custom(int))),
    )  # fmt: skip
    month_year = rule(month, year_tail.optional())
    year_only = or_(
        rule(year, ordinal_suffix.optional(), year_word),
        rule(year, ordinal_suffix),
    )
    year_range = or_(
        rule(year, dash, year_end, year_word),
        rule(since, year, year_word.optional(), until, year_end, year_word),
    )
    decade = rule(
        and_(custom(lambda value: len(value) in (2, 4) and int(value) % 10 == 0, types="INT")).interpretation(
            Time.decade.custom(lambda value: int(value) if len(value) == 4 else 1900 + int(value))
        ),
        dash,
        in_caseless({"е", "х", "ые", "ых", "м", "ми", "ие", "их"}),
        year_word.optional(),
    )
    day_range = or_(
        rule(since, day, until, day_end, month, year_tail.optional()),
        rule(day, dash, day_end, month, year_tail.optional()),
        rule(since, day, month, year_tail.optional(), until, day_end, month_end, year_end_tail.optional()),
        rule(day, month, dash, day_end, month_end, year_tail.optional()),
    )
    any_month = in_caseless(set(lex.months))
    night = rule(
        in_caseless(set(words["night"])).interpretation(Time.night.const(True)),
        rule(since, day_number, any_month.optional()).optional(),
        eq("на"),
        day,
        month,
        year_tail.optional(),
    )
    part = _phrases(lex.part_forms, Time.part)
    part_of = rule(
        part,
        or_(rule(month, year_tail.optional()), rule(year, year_word), rule(shift, unit)),
    )
    season = rule(
        shift.optional(),
        in_caseless(set(lex.season_forms)).interpretation(Time.season.custom(_lookup(lex.season_forms))),
        rule(year, year_word.optional()).optional(),
    )
    relative_day = in_caseless(set(words["relative_day"])).interpretation(
        Time.offset.custom(lambda w: int(words["relative_day"][w.lower()]))
    )
    relative_unit = rule(shift, unit)
    weekday = rule(
        shift.optional(),
        in_caseless(set(lex.weekdays)).interpretation(Time.weekday.custom(_lookup(lex.weekdays))),
    )
    span = rule(
        in_caseless(set(words["span_direction"])).interpretation(
            Time.direction.custom(lambda w: int(words["span_direction"][w.lower()]))
        ),
        or_(
            rule(and_(gte(1), lte(1000)).interpretation(Time.count.custom(int))),
            rule(eq("несколько")),
        ).optional(),
        in_caseless(set(lex.span_forms)).interpretation(Time.unit.custom(_lookup(lex.span_forms))),
    )
    # One small grammar per kind of first token: predicting the whole grammar at
    # every candidate costs several times more.
    groups = {
        "number": (day_month, numeric, year_only, year_range, decade, day_range),
        "since": (day_range, year_range),
        "month": (month_year,),
        "night": (night,),
        "part": (part_of,),
        "shift": (season, relative_unit, weekday),
        "season": (season,),
        "relative_day": (relative_day,),
        "weekday": (weekday,),
        "direction": (span,),
    }
    return {
        kind: AnchoredParser(
            or_(*(rule(option) for option in options)).interpretation(Time), tokenizer=Tokenizer()
        )
        for kind, options in groups.items()
    }


@lru_cache(maxsize=1)
def start_kinds() -> dict[str, str]:
    """Lower-case words a time expression can start with, and the grammar they start."""
    lex = lexicon()
    kinds: dict[str, str] = {}
    kinds.update(dict.fromkeys(lex.months, "month"))
    kinds.update(dict.fromkeys(lex.weekdays, "weekday"))
    kinds.update(dict.fromkeys(lex.season_forms, "season"))
    kinds.update(dict.fromkeys((form.split("_")[0] for form in lex.part_forms), "part"))
    for kind in ("night", "shift", "relative_day"):
        kinds.update(dict.fromkeys(lex.words[kind], kind))
    kinds.update(dict.fromkeys(lex.words["span_direction"], "direction"))
    return kinds


TOKENIZER = Tokenizer()
TOKEN_TYPES = TOKENIZER.mapping  # the name of the regex group that matched -> token type


def tokenize(text: str) -> list[Word]:
    """yargy's tokenization of ``text`` (its Tokenizer's regex and types), as plain tuples."""
    return [(match.group(), TOKEN_TYPES[match.lastgroup], match.start(), match.end())
            for match in TOKENIZER.regexp.finditer(text)]


@lru_cache(maxsize=1)
def start_words() -> frozenset[str]:
    """The lower-case words other than numbers that ``_start_kind`` may give a kind: ``start_kinds`` and "с"/"со"."""
    return frozenset(start_kinds()) | SINCE_WORDS


SINCE_WORDS = frozenset({"с", "со"})  # "с 1 по 5 июля"
NUMBER_FOLLOWERS = frozenset({".", "-", "–", "—", "по", "до", "на"})


def _start_kind(words: list[Word], index: int, kinds: dict[str, str]) -> Optional[str]:
    value, kind, _, _ = words[index]
    if kind == "INT":
        # a number starts a date only next to a month, a year word, a dot or a dash
        following = words[index + 1][0].lower() if index + 1 < len(words) else ""
        if not (
            kinds.get(following) == "month"
            or following in NUMBER_FOLLOWERS
            or following in lexicon().words["year_word"]
        ):
            return None
        return "number" if len(value) <= 2 or (len(value) == 4 and 1000 <= int(value) <= 2100) else None
    lower = value.lower()
    if lower in SINCE_WORDS:
        return "since" if index + 1 < len(words) and words[index + 1][1] == "INT" else None
    return kinds.get(lower)


# ---------------------------------------------------------------- resolution


@dataclass
class Resolved:
    value: Optional[str]
    precision: str
    end: Optional[str] = None
    relative: bool = False


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _day_in_month(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _pick_year(published: date, period: Callable[[int], tuple[date, date]]) -> int:
    """The year of a year-less period: publication year, unless far in the future or long past."""
    year = published.year
    start, stop = period(year)
    if (start - published).days > FUTURE_LIMIT:
        return year - 1
    if (published - stop).days > PAST_LIMIT and (period(year + 1)[0] - published).days <= NEXT_YEAR_WINDOW:
        return year + 1
    return year


def _range(start: date, stop: date, relative: bool = False) -> Resolved:
    return Resolved(start.isoformat(), "range", stop.isoformat(), relative)


def _day(value: date, relative: bool = False) -> Resolved:
    return Resolved(value.isoformat(), "day", None, relative)


def _undated(precision: str, relative: bool = False) -> Resolved:
    return Resolved(None, precision, None, relative)


def _season_period(first: int, last: int, year: int) -> tuple[date, date]:
    start_year = year - 1 if first > last else year  # winter starts in December of the year before
    return date(start_year, first, 1), _month_end(year, last)


def resolve(time: Any, published: Optional[date]) -> Optional[Resolved]:
    """ISO value, precision and end of a matched ``Time`` fact; None when it is not a valid date."""
    try:
        return _resolve(time, published)
    except ValueError:  # 31 June, 29 February of a common year
        return None


def _year_of(time: Any, published: Optional[date]) -> tuple[Optional[int], bool]:
    """The year a fact states (or shifts to), and whether that used the publication date."""
    if time.year is not None:
        return time.year, False
    if time.shift is not None and time.unit == "year":
        return (published.year + time.shift, True) if published else (None, True)
    return None, False


def _resolve(time: Any, published: Optional[date]) -> Optional[Resolved]:
    lex = lexicon()
    year, shifted = _year_of(time, published)

    if time.offset is not None:
        if published is None:
            return _undated("day", True)
        return _day(published + timedelta(days=time.offset), True)

    if time.direction is not None:
        span = lex.spans[time.unit]
        count = time.count or span.default_count
        if published is None:
            return _undated("range", True)
        # the span includes the publication day: "последние дни" is 7 days ending on it
        day = timedelta(days=1)
        if time.direction < 0:
            return _range(_move(published, time.unit, -count, span) + day, published, True)
        return _range(published, _move(published, time.unit, count, span) - day, True)

    if time.weekday is not None:
        if published is None:
            return _undated("day", True)
        back = (published.weekday() - time.weekday) % 7
        if time.shift is None:
            return _day(published - timedelta(days=back), True)
        if time.shift < 0:
            return _day(published - timedelta(days=back or 7), True)
        if time.shift > 0:
            return _day(published + timedelta(days=(time.weekday - published.weekday()) % 7 or 7), True)
        monday = published - timedelta(days=published.weekday())
        return _day(monday + timedelta(days=time.weekday), True)

    if time.decade is not None:
        return _range(date(time.decade, 1, 1), date(time.decade + 9, 12, 31))

    if time.season is not None:
        first, last = lex.seasons[time.season]
        if year is None and published is None:
            return _undated("range", time.shift is not None)
        if year is None:
            if time.shift is None:
                year = _pick_year(published, lambda y: _season_period(first, last, y))
            else:
                year = published.year
                start, stop = _season_period(first, last, year)
                if time.shift < 0 and stop >= published:
                    year -= 1
                elif time.shift > 0:
                    year += 1 if start <= published else 0
            shifted = time.shift is not None
        return _range(*_season_period(first, last, year), relative=shifted)

    if time.part is not None:
        part = lex.parts[time.part]
        if time.month is not None:

            def period(y: int) -> tuple[date, date]:
                return date(y, time.month, part.first_day), _day_in_month(y, time.month, part.last_day)

            if year is None:
                if published is None:
                    return _undated("range")
                year = _pick_year(published, period)
            return _range(*period(year), relative=shifted)
        if time.unit == "month" and time.shift is not None:
            if published is None:
                return _undated("range", True)
            first = _shift_month(published, time.shift)
            return _range(
                first.replace(day=part.first_day), _day_in_month(first.year, first.month, part.last_day), True
            )
        if time.unit == "week" and time.shift is not None:
            return _week(published, time.shift)
        if year is None:
            return _undated("range", shifted)
        return _range(date(year, part.first_month, 1), _month_end(year, part.last_month), shifted)

    if time.day_end is not None:  # a range of days
        month_end = time.month_end or time.month

        def period(y: int) -> tuple[date, date]:
            start = date(y, time.month, time.day)
            stop = date(time.year_end or y, month_end, time.day_end)
            if stop < start and time.year_end is None:
                stop = date(y + 1, month_end, time.day_end)  # "с 30 декабря по 5 января"
            return start, stop

        if year is None:
            if published is None:
                return _undated("range")
            year = _pick_year(published, period)
        start, stop = period(year)
        return _range(start, stop, shifted) if start <= stop else None

    if time.year_end is not None:
        if time.year_end <= year:
            return None
        return _range(date(year, 1, 1), date(time.year_end, 12, 31))

    if time.day is not None:

        def period(y: int) -> tuple[date, date]:
            day = date(y, time.month, time.day)
            return day, day

        if year is None:
            if published is None:
                return _undated("day")
            year = _pick_year(published, period)
        return _day(date(year, time.month, time.day), shifted)

    if time.month is not None:
        if year is None:
            if published is None:
                return _undated("month")
            year = _pick_year(published, lambda y: (date(y, time.month, 1), _month_end(y, time.month)))
        return Resolved(f"{year:04d}-{time.month:02d}", "month", None, shifted)

    if time.unit is not None and time.shift is not None:  # на прошлой неделе, в этом месяце, в прошлом году
        if published is None:
            return _undated(time.unit, True)
        if time.unit == "week":
            return _week(published, time.shift)
        if time.unit == "month":
            first = _shift_month(published, time.shift)
            return Resolved(f"{first.year:04d}-{first.month:02d}", "month", None, True)
        return Resolved(f"{published.year + time.shift:04d}", "year", None, True)

    if year is not None:
        return Resolved(f"{year:04d}", "year", None, shifted)
    return None


def _move(published: date, unit: str, count: int, span: SpanUnit) -> date:
    """``count`` units from the publication date: months and years by the calendar."""
    if unit in ("month", "year"):
        months = count * (12 if unit == "year" else 1)
        first = _shift_month(published, months)
        return _day_in_month(first.year, first.month, published.day)
    return published + timedelta(days=span.days * count)


def _shift_month(published: date, shift: int) -> date:
    index = published.year * 12 + published.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def _week(published: Optional[date], shift: int) -> Resolved:
    if published is None:
        return _undated("week", True)
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
    return Resolved(monday.isoformat(), "week", (monday + timedelta(days=6)).isoformat(), True)


# ---------------------------------------------------------------- step


def _is_preposition_use(doc: Doc, stop: int) -> bool:
    """ "накануне выборов": the word is a preposition when a genitive-only noun phrase follows."""
    text = doc.text
    position = stop
    while position < len(text) and text[position] == " ":
        position += 1
    end = position
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    if end == position:
        return False
    from letopis.nlp.morph import morph_vocab

    forms = [
        form
        for form in morph_vocab()(text[position:end].lower())
        if form.pos in {"NOUN", "ADJ", "PROPN", "NUM", "DET"}
    ]
    return bool(forms) and all(form.feats.get("Case") == "Gen" for form in forms)


class TimeTagger:
    """Finds time expressions and resolves them against the publication date."""

    def __init__(self) -> None:
        self.parsers = parsers()

    def __call__(self, doc: Doc) -> None:
        doc.article.times = self.find(doc)

    def matches(self, text: str) -> list[TimeMatch]:
        """Longest matches, left to right, never overlapping."""
        words = tokenize(text)
        kinds = start_kinds()
        first_words = start_words()
        found = []
        index = 0  # the first word not yet read: a match reads on to its end
        # only a number or a word of ``start_words`` may start an expression (``_start_kind``): no other is tried
        for start in [start for start, word in enumerate(words) if word[1] == "INT" or word[0].lower() in first_words]:
            if start < index:
                continue
            kind = _start_kind(words, start, kinds)
            match = self.parsers[kind].longest(words[start : start + WINDOW]) if kind else None
            if match is None:
                index = start + 1
                continue
            found.append(match)
            index = start + (match.size or 1)
        return found

    def find(self, doc: Doc) -> list[TimeExpression]:
        published = doc.article.published
        found: list[TimeExpression] = []
        relative_days = lexicon().words["relative_day"]
        matches = self.matches(doc.text)
        for number, match in enumerate(matches):
            clean_start, clean_stop = match.span
            time = match.fact
            if time.weekday is not None and number + 1 < len(matches):
                # "во вторник, 20 июня 2012 года": the date says it better
                following = matches[number + 1]
                between = doc.text[clean_stop : following.span.start]
                if len(between) <= 3 and not between.strip(" ,(") and following.fact.day is not None:
                    continue
            if time.offset is not None and doc.text[clean_start:clean_stop].lower() in relative_days:
                if doc.text[clean_start:clean_stop].lower() == "накануне" and _is_preposition_use(
                    doc, clean_stop
                ):
                    continue
            resolved = resolve(time, published)
            if resolved is None:
                continue
            start, stop, text = doc.span(clean_start, clean_stop)
            found.append(
                TimeExpression(
                    start=start,
                    stop=stop,
                    text=text,
                    value=resolved.value,
                    precision=resolved.precision,
                    end=resolved.end,
                    relative=resolved.relative,
                    sentence=doc.sentence_of(clean_start),
                )
            )
        return found
