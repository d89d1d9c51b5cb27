"""Ingest throughput: ../shared/corpus repeated to N articles, stored through `letopis ingest`.

Each repetition gets its own URL, outlet and publication day, so every copy is
a new article to analyse (and a reprint for dedup and event merging, as wire
copy is).  Reports articles/s on the cores used, peak memory of the whole
process tree (RSS), and the latency of the `letopis events --actor RUS --root
19 --since ...` query on the result.  Needs psutil (`pip install -e '.[bench]'`).

    .venv/bin/python bench/ingest_throughput.py --articles 10000 --db /tmp/bench10k.db --out bench/results/ingest_10k.json
    .venv/bin/python bench/ingest_throughput.py --articles 200 --batch-sizes 8,16,32   # the batch-size comparison
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


def run_ingest(corpus: Path, db: str, workers: int, batch_size: int = 0) -> dict:
    import psutil

    command = [sys.executable, "-m", "letopis", "ingest", str(corpus), "--db", db, "--quiet"]
    if workers:
        command += ["--workers", str(workers)]
    if batch_size:
        command += ["--batch-size", str(batch_size)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(process.pid)
    peak = peak_worker = 0
    while process.poll() is None:
        try:
            tree = [parent] + parent.children(recursive=True)
            sizes = [p.memory_info().rss for p in tree if p.is_running()]
            peak = max(peak, sum(sizes))
            peak_worker = max([peak_worker] + sizes[1:])  # the analysis processes
        except psutil.Error:
            pass
        time.sleep(0.5)
    errors = process.stderr.read()
    if process.returncode:
        raise SystemExit(f"ingest failed:\n{errors}")
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak // 2**20,
            "peak_worker_rss_mb": peak_worker // 2**20, "summary": errors.strip()}


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
    parser.add_argument("--batch-sizes", default="", help="comma-separated batch sizes, one run each "
                        "(default: the ingest default)")
    parser.add_argument("--db", help="store URL, kept afterwards (default: a SQLite file in a temporary "
                        "directory; with several batch sizes, each run gets its own)")
    parser.add_argument("--out", help="also write the results as JSON to this file")
    args = parser.parse_args()
    sizes = [int(size) for size in args.batch_sizes.split(",") if size.strip()] or [0]
    results = []
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "corpus.jsonl"
        build_corpus(corpus, args.articles)
        for size in sizes:
            db = args.db if args.db and len(sizes) == 1 else f"sqlite:///{Path(work) / f'bench-{size}.db'}"
            result = {"articles": args.articles, "batch_size": size or "default", "workers": args.workers or "all"}
            result |= run_ingest(corpus, db, args.workers, size)
            result["articles_per_s"] = round(args.articles / result["seconds"], 2)
            result["events_query"] = query_latency(db)
            results.append(result)
            print(json.dumps(result, ensure_ascii=False, indent=2), flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
