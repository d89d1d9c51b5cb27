"""A small real store for the API and browser tests: Wikinews articles through the real ingest.

Shared by tests/api and tests/web (loaded by file path from both conftests); the store is
built once per test session and reused.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews"
SEED = ROOT.parent / "shared" / "eval" / "seed" / "docs" / "seed.txt"
# short political news (credit: Викиновости, CC BY) on which letopis finds events; ~0.2 s each to analyse
ARTICLES = [
    "nerel-112753_text.txt", "nerel-162165_text.txt", "nerel-15608_text.txt", "nerel-127139_text.txt",
    "nerel-156215_text.txt", "nerel-138191_text.txt", "nerel-12474_text.txt", "nerel-114858_text.txt",
    "nerel-14432_text.txt", "nerel-112371_text.txt", "nerel-106967_text.txt", "nerel-104083_text.txt",
    "nerel-19953_text.txt", "nerel-15600_text.txt", "nerel-107294_text.txt", "nerel-117.txt",
    "nerel-19968_text.txt", "nerel-18879_text.txt", "nerel-159427_text.txt", "nerel-156119_text.txt",
    "nerel-150038_text.txt", "nerel-14851_text.txt", "nerel-13730_text.txt", "nerel-132779_text.txt",
]
# An article whose text carries markup: the dashboard must show it as text and never run it.
INJECTED_NAME = "injected-script"
INJECTED = (
    "Министр <script>window.__letopis_injected = 1</script> заявил о переговорах\n\n"
    "Министр иностранных дел России Сергей Лавров 5 июля 2021 года провёл переговоры с министром "
    "иностранных дел Таджикистана Сироджиддином Мухриддином в Москве. "
    "<img src=x onerror=\"window.__letopis_injected = 2\"> Стороны обсудили положение на "
    "таджикско-афганской границе. <b>Лавров</b> заявил, что Россия поможет Таджикистану.\n"
)


def build_store(directory: Path, analyzer, url: str | None = None, names: list[str] = ARTICLES) -> str:
    """Ingest the articles into a store (default: SQLite under ``directory``, built once); return its URL."""
    from letopis.corpus.ingest import ingest
    from letopis.corpus.store import Store

    db = directory / "letopis.db"
    if url is None:
        url = f"sqlite:///{db}"
        if db.exists():
            return url
    inputs = directory / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    for name in names:
        (inputs / name).write_bytes((WIKINEWS / name).read_bytes())
    # the founding article and the injected one come as JSON Lines, with dates and URLs
    records = [
        {"id": "seed", "text": SEED.read_text("utf-8"), "published": "2021-07-05", "url": "https://example.org/seed"},
        {"id": INJECTED_NAME, "text": INJECTED, "published": "2021-07-06", "url": "https://example.org/injected"},
    ]
    dated = directory / "dated.jsonl"
    dated.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    store = Store.open(url)
    try:
        summary = ingest([str(inputs), str(dated)], store, analyzer=analyzer)
    finally:
        store.close()
    assert summary.stored == len(names) + 2, summary
    return url
