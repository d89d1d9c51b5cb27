"""The accuracy bench names the dev sets it could not find instead of summing groups without them."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_bench():
    spec = importlib.util.spec_from_file_location("event_accuracy", ROOT / "bench" / "event_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_dev_sets_are_named(tmp_path, monkeypatch):
    bench = load_bench()
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "gold.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(bench, "SHARED_EVAL", tmp_path)
    assert bench.missing_dev_sets(None) == ["plover-gsr-ru/dev", "articles/dev"]
    assert bench.missing_dev_sets("articles") == ["articles/dev"]
    assert bench.missing_dev_sets("probe-") == []
    names = [name for name, _ in bench.gold_sets(None)]
    assert "seed" in names and "articles/dev" not in names
