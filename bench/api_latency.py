"""API latency (p50/p95) of the events query and the article view on a store of >= 100,000 events.

1. ingests N real Wikinews articles (the real pipeline) into a fresh SQLite store;
2. grows it in SQL: copies of the articles (new identity, dates shifted) and copies of their
   events (ids new, dates shifted by whole days) until the store holds --events events;
3. starts `letopis serve` as its own process and measures from this one, a second process,
   with sequential requests (latency) and with --concurrency threads (throughput).

    .venv/bin/python bench/api_latency.py --articles 60 --events 100000 --out bench/results/api_latency.json
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews"
SEED = ROOT.parent / "shared" / "eval" / "seed" / "docs" / "seed.txt"


def build(db: Path, articles: int, target_events: int, article_copies: int) -> dict:
    from sqlalchemy import text

    from letopis.corpus.ingest import ingest
    from letopis.corpus.store import Store

    inputs = db.parent / "inputs"
    shutil.rmtree(inputs, ignore_errors=True)
    inputs.mkdir(parents=True)
    for path in sorted(WIKINEWS.glob("*.txt"))[:articles]:
        shutil.copy(path, inputs / path.name)
    (db.parent / "seed.jsonl").write_text(json.dumps(
        {"id": "seed", "text": SEED.read_text("utf-8"), "published": "2021-07-05"}, ensure_ascii=False) + "\n")
    store = Store.open(f"sqlite:///{db}")
    started = time.perf_counter()
    summary = ingest([str(inputs), str(db.parent / "seed.jsonl")], store, workers=1)
    ingest_seconds = time.perf_counter() - started
    with store.engine.begin() as conn:
        # real articles lack dates (Wikinews via NEREL): give them one so copies spread over time
        conn.execute(text("UPDATE articles SET published = date('2021-01-01', '+' || (id % 180) || ' days') "
                          "WHERE published IS NULL"))
        base_events = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
        conn.execute(text("CREATE TEMP TABLE copies (n INTEGER PRIMARY KEY)"))
        conn.execute(text("WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < :c) "
                          "INSERT INTO copies SELECT n FROM k"), {"c": article_copies})
        conn.execute(text(
            "INSERT INTO articles (name, content_hash, url, title, published, source, language, text, analysis, "
            "lemmas, minhash, file, locator, num_events, ingested) "
            "SELECT a.name || '-' || c.n, a.content_hash, 'synthetic://' || c.n || '/' || a.id, a.title, "
            "date(a.published, '+' || (c.n * 7) || ' days'), a.source, a.language, a.text, a.analysis, a.lemmas, "
            "a.minhash, 'synthetic', a.id || ':' || c.n, a.num_events, a.ingested FROM articles a, copies c"))
        conn.execute(text("CREATE TEMP TABLE origin AS SELECT id AS new_id, "
                          "CAST(substr(locator, 1, instr(locator, ':') - 1) AS INTEGER) AS old_id, "
                          "CAST(substr(locator, instr(locator, ':') + 1) AS INTEGER) AS n "
                          "FROM articles WHERE file = 'synthetic'"))
        conn.execute(text("CREATE INDEX temp.ix_origin_old ON origin (old_id)"))
        conn.execute(text(
            "INSERT INTO entities (article_id, key, type, name, actor_id, actor_code) SELECT o.new_id, e.key, e.type, "
            "e.name, e.actor_id, e.actor_code FROM entities e JOIN origin o ON o.old_id = e.article_id"))
        articles_now = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        per_article_copy = max(1, -(-target_events // max(1, base_events * (article_copies + 1))))
        conn.execute(text("CREATE TEMP TABLE repeats (r INTEGER PRIMARY KEY)"))
        conn.execute(text("WITH RECURSIVE k(r) AS (SELECT 0 UNION ALL SELECT r + 1 FROM k WHERE r < :c) "
                          "INSERT INTO repeats SELECT r FROM k"), {"c": per_article_copy - 1})
        columns = ("position, cameo, root, source, target, source_name, target_name, source_entity, target_entity, "
                   "plover, plover_mode, goldstein, quad_class, date, date_text, date_precision, location, "
                   "location_name, quantity, attribution, negated, modality, evidence, day, lemmas")
        day = "date(coalesce(e.date, '2021-07-05'), '+' || (r.r * 3) || ' days')"
        select_columns = ", ".join(day if name in ("date", "date_text", "day") else f"e.{name}"
                                   for name in columns.split(", "))
        base_max = conn.execute(text("SELECT max(id) FROM events")).scalar_one()
        # copies inside the real articles (r > 0), then in the synthetic ones (every r)
        conn.execute(text(f"INSERT INTO events (article_id, {columns}) SELECT e.article_id, {select_columns} "
                          "FROM events e, repeats r WHERE r.r > 0 AND e.id <= :m"), {"m": base_max})
        conn.execute(text(f"INSERT INTO events (article_id, {columns}) SELECT o.new_id, {select_columns} "
                          "FROM events e JOIN origin o ON o.old_id = e.article_id, repeats r WHERE e.id <= :m"),
                     {"m": base_max})
        # the copies into the event search index too (letopis.corpus.store fills it for ingested events)
        conn.execute(text("INSERT INTO event_fts(rowid, lemmas) SELECT id, lemmas FROM events WHERE id > :m"),
                     {"m": base_max})
        total_events = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
    with store.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
    store.close()
    return {"real_articles": summary.stored, "ingest_seconds": round(ingest_seconds, 1), "real_events": base_events,
            "articles": articles_now, "events": total_events}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(client, urls: list[str], concurrency: int) -> dict:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    queue = list(urls)

    def work() -> None:
        nonlocal errors
        while True:
            with lock:
                if not queue:
                    return
                url = queue.pop()
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                times.append(elapsed)
                errors += response.status_code != 200
    wall = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - wall
    return {"requests": len(times), "errors": errors, "p50_ms": round(percentile(times, 0.5), 1),
            "p95_ms": round(percentile(times, 0.95), 1), "mean_ms": round(statistics.mean(times), 1),
            "requests_per_s": round(len(times) / wall, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="real Wikinews articles to ingest")
    parser.add_argument("--events", type=int, default=100_000, help="events in the store after growing it")
    parser.add_argument("--copies", type=int, default=40, help="copies of every article")
    parser.add_argument("--requests", type=int, default=300, help="requests per measured query")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--work", default="/tmp/letopis-api-bench")
    parser.add_argument("--reuse", action="store_true", help="measure the store built by an earlier run")
    parser.add_argument("--out", help="write the figures as JSON here too")
    args = parser.parse_args()
    import httpx2 as httpx  # the maintained fork (Starlette's TestClient uses it too)

    work = Path(args.work)
    db = work / "letopis.db"
    if not args.reuse:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        store = build(db, args.articles, args.events, args.copies)
    else:
        import sqlite3

        with sqlite3.connect(db) as conn:
            store = {"articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
                     "events": conn.execute("SELECT count(*) FROM events").fetchone()[0]}
    print("store:", json.dumps(store), file=sys.stderr)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "letopis", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    results: dict = {"store": store}
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(100):
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            ids = [int(item["id"]) for item in client.get("/api/articles?limit=200").json()["items"]]
            top = client.get("/api/actors?limit=20").json()
            rng = random.Random(1)
            queries = {
                "events: first page, newest first": ["/api/events?limit=50"] * args.requests,
                "events: by actor, paged": [
                    f"/api/events?actor={rng.choice(top)['code']}&limit=50&offset={rng.choice([0, 50, 100])}"
                    for _ in range(args.requests)],
                "events: root + date range": [
                    f"/api/events?root={rng.choice(['01', '04', '05', '19'])}&since=2021-07-01&until=2021-12-31&limit=50"
                    for _ in range(args.requests)],
                "events: text": [f"/api/events?q={rng.choice(['Путин', 'переговоры', 'границ'])}&limit=50"
                                 for _ in range(args.requests)],
                "article view (dashboard: no tokens, 8 related)": [
                    f"/api/articles/{rng.choice(ids)}?tokens=false" for _ in range(args.requests)],
                "article view (full JSON)": [f"/api/articles/{rng.choice(ids)}" for _ in range(args.requests)],
                "timeline aggregate": ["/api/aggregates/timeline"] * max(20, args.requests // 10),
                "dyads aggregate": ["/api/aggregates/dyads?limit=80"] * max(20, args.requests // 10),
            }
            for name, urls in queries.items():
                client.get(urls[0])  # warm the caches once
                sequential = measure(client, urls, 1)
                parallel = measure(client, urls, args.concurrency)
                results[name] = {"sequential": sequential, f"concurrency_{args.concurrency}": parallel}
                print(f"{name:50s} p50 {sequential['p50_ms']:7.1f} ms  p95 {sequential['p95_ms']:7.1f} ms  | "
                      f"x{args.concurrency}: p50 {parallel['p50_ms']:7.1f} p95 {parallel['p95_ms']:7.1f} ms, "
                      f"{parallel['requests_per_s']} req/s, errors {sequential['errors'] + parallel['errors']}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
