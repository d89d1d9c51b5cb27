"""Ingest throughput: ../shared/corpus repeated to N articles, stored through `letopis ingest`.

Each repetition gets its own URL, outlet and publication day, so every copy is
a new article to analyse (and a reprint for dedup and event merging, as wire
copy is).  Reports articles/s on the cores used, peak memory of the whole
process tree (RSS), and the latency of the `letopis events --actor RUS --root
19 --since ...` query on the result.  Needs psutil (`pip install -e '.[bench]'`).

    .venv/bin/python bench/ingest_throughput.py --articles 10000
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews.jsonl"
OUTLETS = ("Интерфакс", "ТАСС", "РИА Новости", "Азия-Плюс", "Регнум", "Коммерсантъ", "Ведомости")


def build_corpus(path: Path, articles: int) -> None:
    records = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    start = date(2021, 7, 1)
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            repetition, index = divmod(number, len(records))
            record = dict(records[index])
            record["url"] = f"https://bench.letopis.example/{repetition}/{record['id']}"
            record["source"] = OUTLETS[repetition % len(OUTLETS)]
            record["published"] = (start + timedelta(days=(index + repetition) % 30)).isoformat()
            record["id"] = f"{record['id']}-{repetition}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_ingest(corpus: Path, db: str, workers: int) -> dict:
    import psutil

    command = [sys.executable, "-m", "letopis", "ingest", str(corpus), "--db", db, "--quiet"]
    if workers:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [parent] + parent.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.5)
    errors = process.stderr.read()
    if process.returncode:
        raise SystemExit(f"ingest failed:\n{errors}")
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak // 2**20, "summary": errors.strip()}


def query_latency(db: str, runs: int = 30) -> dict:
    from letopis.corpus.query import events
    from letopis.corpus.store import Store

    store = Store.open(db, create=False)
    times, found = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        found = len(events(store, actor="RUS", root="19", since=date(2021, 7, 1), limit=100))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"rows": found, "p50_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * len(times)) - 1], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=0, help="analysis processes (default: every core)")
    parser.add_argument("--db", help="store URL (default: a SQLite file in a temporary directory)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "corpus.jsonl"
        build_corpus(corpus, args.articles)
        db = args.db or f"sqlite:///{Path(work) / 'bench.db'}"
        result = run_ingest(corpus, db, args.workers)
        result["articles"] = args.articles
        result["articles_per_s"] = round(args.articles / result["seconds"], 2)
        result["events_query"] = query_latency(db)
        print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
