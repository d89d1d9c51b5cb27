"""``letopis export``: corpus events or articles as CSV, JSON Lines, Parquet, or the GDELT 2.0 event table.

GDELT rows follow ``data/gdelt_columns.tsv`` (column order and type); the file is
tab-separated with no header, as GDELT publishes it, so existing tooling reads it.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import IO, Any, Optional

from sqlalchemy import func, select

from letopis.corpus import schema as s
from letopis.corpus.store import Store
from letopis.data_files import data_rows
from letopis.errors import UserError

FORMATS = ("csv", "jsonl", "parquet", "gdelt")
COLLECTIVE = ("IGO", "NGO")  # a code starting so names a group, not a country
ARTICLE_COLUMNS = ("id", "name", "title", "published", "source", "url", "story_id", "duplicate_of",
                   "num_events", "content_hash", "text")
EVENT_COLUMNS = tuple(column.name for column in s.corpus_events.columns)


@lru_cache(maxsize=1)
def gdelt_columns() -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, *_ in data_rows("letopis.corpus", "gdelt_columns.tsv")]


def split_code(code: Optional[str]) -> tuple[str, str, str]:
    """``(country, known group, role)`` of an actor code: RUSGOV -> (RUS, "", GOV), IGOCSTO -> ("", CSTO, "")."""
    if not code or code.startswith("---"):
        return "", "", ""
    if code.startswith(COLLECTIVE):
        return "", code[3:], ""
    return code[:3], "", code[3:6]


def gdelt_rows(store: Store) -> Iterator[dict[str, Any]]:
    c, a, ev, m = s.corpus_events, s.articles, s.events, s.event_mentions
    with store.engine.connect() as connection:
        in_headline = set(connection.scalars(
            select(ev.c.corpus_event_id).join(m, m.c.event_id == ev.c.id)
            .where(m.c.sentence_start == 0, ev.c.corpus_event_id.is_not(None)).distinct()))
        query = (select(c, a.c.published, a.c.ingested).join(a, a.c.id == c.c.first_article_id, isouter=True)
                 .order_by(c.c.id))
        for row in connection.execute(query).mappings():
            day: Optional[date] = row["date"] or row["published"]
            actor1 = split_code(row["source"])
            actor2 = split_code(row["target"])
            ingested: Optional[datetime] = row["ingested"]
            values = {
                "GLOBALEVENTID": row["id"],
                "SQLDATE": int(day.strftime("%Y%m%d")) if day else None,
                "MonthYear": int(day.strftime("%Y%m")) if day else None,
                "Year": day.year if day else None,
                "FractionDate": round(day.year + day.timetuple().tm_yday / 365, 4) if day else None,
                "Actor1Code": row["source"] or "", "Actor1Name": (row["source_name"] or "").upper(),
                "Actor1CountryCode": actor1[0], "Actor1KnownGroupCode": actor1[1], "Actor1Type1Code": actor1[2],
                "Actor2Code": row["target"] or "", "Actor2Name": (row["target_name"] or "").upper(),
                "Actor2CountryCode": actor2[0], "Actor2KnownGroupCode": actor2[1], "Actor2Type1Code": actor2[2],
                "IsRootEvent": 1 if row["id"] in in_headline else 0,
                "EventCode": row["cameo"], "EventBaseCode": row["cameo"][:3], "EventRootCode": row["root"],
                "QuadClass": row["quad_class"], "GoldsteinScale": row["goldstein"],
                "NumMentions": row["num_mentions"], "NumSources": row["num_sources"],
                "NumArticles": row["num_articles"],
                "ActionGeo_Type": 1 if row["location"] else 0,
                "ActionGeo_FullName": row["location_name"] or "",
                "ActionGeo_CountryCode": row["location"] or "", "ActionGeo_ADM1Code": row["location"] or "",
                "DATEADDED": int(ingested.strftime("%Y%m%d%H%M%S")) if ingested else None,
                "SOURCEURL": row["source_url"] or f"letopis:article/{row['first_article_id']}",
            }
            yield {name: _typed(values.get(name), kind) for name, kind in gdelt_columns()}


def _typed(value: Any, kind: str) -> Any:
    if value is None or value == "" and kind != "str":
        return None if kind != "str" else ""
    return {"int": int, "float": float, "str": str}[kind](value)


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    with store.engine.connect() as connection:
        for row in connection.execute(select(s.corpus_events).order_by(s.corpus_events.c.id)).mappings():
            yield dict(row)


def article_rows(store: Store, with_analysis: bool = False) -> Iterator[dict[str, Any]]:
    a = s.articles
    columns = [a.c[name] for name in ARTICLE_COLUMNS] + ([a.c.analysis] if with_analysis else [])
    with store.engine.connect() as connection:
        for row in connection.execution_options(yield_per=500).execute(select(*columns).order_by(a.c.id)).mappings():
            found = dict(row)
            if with_analysis:
                found["analysis"] = json.loads(found["analysis"])
            yield found


def export(store: Store, what: str, output_format: str, output: Optional[str]) -> int:
    """Write the export; return the number of rows."""
    if output_format not in FORMATS:
        raise UserError(f"unknown format {output_format!r}: one of {', '.join(FORMATS)}")
    if output_format == "gdelt" and what != "events":
        raise UserError("--format gdelt is an event table: export events")
    if output_format == "parquet" and not output:
        raise UserError("--format parquet needs --output FILE")
    if output_format == "gdelt":
        rows, columns = gdelt_rows(store), [name for name, _ in gdelt_columns()]
    elif what == "events":
        rows, columns = event_rows(store), list(EVENT_COLUMNS)
    else:
        rows = article_rows(store, with_analysis=output_format == "jsonl")
        columns = list(ARTICLE_COLUMNS) + (["analysis"] if output_format == "jsonl" else [])
    if output_format == "parquet":
        return _write_parquet(rows, columns, what, output)
    stream: IO[str] = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        return _write_text(rows, columns, output_format, stream)
    finally:
        if output:
            stream.close()


def _write_text(rows: Iterator[dict[str, Any]], columns: list[str], output_format: str, stream: IO[str]) -> int:
    count = 0
    if output_format == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
            count += 1
        return count
    if output_format == "gdelt":
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    else:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row[name] is None else _cell(row[name]) for name in columns])
        count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\t", " ").replace("\n", " ")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value).__name__)


def _write_parquet(rows: Iterator[dict[str, Any]], columns: list[str], what: str, output: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    if what == "events" and columns == [name for name, _ in gdelt_columns()]:
        types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
        fields = [pa.field(name, types[kind]) for name, kind in gdelt_columns()]
    else:
        table = s.corpus_events if what == "events" else s.articles
        fields = [pa.field(name, _arrow_type(table.c[name].type)) for name in columns]
    schema = pa.schema(fields)
    count = 0
    with pq.ParquetWriter(output, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append({name: row[name] for name in columns})
            if len(chunk) >= 5000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def _arrow_type(column_type: Any) -> Any:
    import pyarrow as pa

    name = type(column_type).__name__
    return {"Integer": pa.int64(), "Float": pa.float64(), "Boolean": pa.bool_(), "Date": pa.date32(),
            "DateTime": pa.timestamp("us"), "LargeBinary": pa.binary()}.get(name, pa.string())


def count_events(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(s.corpus_events)).scalar_one()
