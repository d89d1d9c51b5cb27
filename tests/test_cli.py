"""`letopis analyze` on bad input: a correct result or one line on stderr and a non-zero exit.

Most tests call ``letopis.cli.main`` in this process with the session's Analyzer
(models loaded once); two run ``python -m letopis`` for real exit codes.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from letopis.cli import main
from letopis.pipeline import MAX_TEXT

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "wikinews"

# written for these tests
RUSSIAN = (
    "Путин провёл переговоры с Рахмоном\n\n"
    "Президент России Владимир Путин в понедельник провёл в Москве переговоры с президентом "
    "Таджикистана Эмомали Рахмоном. Стороны обсудили положение на таджикско-афганской границе. "
    "Путин заявил, что Россия готова помочь союзнику.\n"
)
ENGLISH = (
    "Leaders meet in Moscow\n\n"
    "The presidents of Russia and Tajikistan met on Monday to discuss the situation on the "
    "border with Afghanistan, officials said.\n"
)


@pytest.fixture
def models(monkeypatch, analyzer):
    """The CLI builds its Analyzer through ``_analyzer``: give it the session's one.

    Tests without this fixture expect the CLI to fail before it loads any model.
    """
    monkeypatch.setattr("letopis.nlp.commands._analyzer", lambda: analyzer)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["analyze", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_error(code: int, err: str, *words: str) -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("letopis: error:"), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], lines[0]


def entity_names(output: str) -> set[str]:
    return {entity["name"] for entity in json.loads(output)["entities"]}


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, err = run(capsys, str(path))
    assert_one_error(code, err, "empty.txt", "empty")
    assert out == ""


def test_whitespace_only_file(tmp_path, capsys):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n\u00a0\n\n", "utf-8")
    code, out, err = run(capsys, str(path))
    assert_one_error(code, err, "blank.txt", "empty")


def test_binary_file(tmp_path, capsys):
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    code, out, err = run(capsys, str(path))
    assert_one_error(code, err, "picture.txt", "binary")
    assert out == ""


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866", "iso8859_5"])
def test_legacy_cyrillic_encodings_are_decoded(tmp_path, capsys, models, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(RUSSIAN.encode(encoding))
    code, out, err = run(capsys, str(path), "--published", "2021-07-05")
    assert code == 0, err
    article = json.loads(out)
    assert article["text"] == RUSSIAN
    assert any("Путин" in name for name in entity_names(out))
    assert any("Таджикистан" in name for name in entity_names(out))


def test_utf8_with_a_broken_byte_stays_utf8(tmp_path, capsys, models):
    # a stray byte, and a file cut in the middle of a two-byte letter
    data = RUSSIAN.encode("utf-8")
    path = tmp_path / "broken.txt"
    path.write_bytes(data[:60] + b"\xff" + data[60:] + "Москве".encode()[:-1])
    code, out, err = run(capsys, str(path))
    assert code == 0, err
    assert json.loads(out)["text"].startswith(RUSSIAN[:30])
    assert any("Путин" in name for name in entity_names(out))


def test_english_text_is_refused(tmp_path, capsys, models):
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, "utf-8")
    code, out, err = run(capsys, str(path))
    assert_one_error(code, err, "Russian")
    assert out == ""


def test_missing_file(tmp_path, capsys):
    code, out, err = run(capsys, str(tmp_path / "nowhere.txt"))
    assert_one_error(code, err, "nowhere.txt", "no such file")


def test_directory_with_one_bad_file(tmp_path, capsys, models):
    (tmp_path / "a_good.txt").write_text(RUSSIAN, "utf-8")
    (tmp_path / "b_bad.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "c_good.txt").write_bytes(RUSSIAN.encode("cp1251"))
    code, out, err = run(capsys, str(tmp_path))
    assert code == 1
    articles = [json.loads(line) for line in out.splitlines()]
    assert [article["id"] for article in articles] == ["a_good", "c_good"]
    assert all(article["entities"] for article in articles)
    errors = [line for line in err.splitlines() if line.startswith("letopis: error:")]
    assert len(errors) == 1 and "b_bad.txt" in errors[0]
    assert "Traceback" not in err


def test_stdin(monkeypatch, capsys, models):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RUSSIAN.encode("koi8_r"))))
    code, out, err = run(capsys, "-", "--published", "2021-07-05")
    assert code == 0, err
    article = json.loads(out)
    assert article["id"] == "stdin"
    assert article["published"] == "2021-07-05"
    assert any("Путин" in name for name in entity_names(out))


def test_bad_publication_date(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(RUSSIAN, "utf-8")
    code, out, err = run(capsys, str(path), "--published", "05.07.2021")
    assert_one_error(code, err, "05.07.2021", "YYYY-MM-DD")


def test_negative_workers(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(RUSSIAN, "utf-8")
    code, out, err = run(capsys, str(path), "--workers", "-1")
    assert_one_error(code, err, "--workers")


def test_unknown_option(capsys):
    code, out, err = run(capsys, "--no-such-option", "x.txt")
    assert_one_error(code, err, "--no-such-option")


def five_megabytes_of_russian() -> str:
    """Real Wikinews paragraphs (CC BY, Викиновости) repeated to 5 MB of UTF-8."""
    paragraphs = []
    for path in sorted(CORPUS.glob("*.txt"))[:40]:
        paragraphs.extend(part for part in path.read_text("utf-8").split("\n\n")[1:] if part.strip())
    text = "Длинный текст\n\n" + "\n\n".join(paragraphs)
    while len(text.encode("utf-8")) < 5_000_000:
        text += "\n\n" + text
    return text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus/wikinews")
def test_five_megabyte_text_is_refused_fast(tmp_path, capsys):
    # measured: ~16,000 characters a second on one core, so 5 MB (2.7 million
    # characters) would take minutes; letopis refuses texts over MAX_TEXT instead
    text = five_megabytes_of_russian()
    assert len(text) > MAX_TEXT
    path = tmp_path / "huge.txt"
    path.write_text(text, "utf-8")
    start = time.perf_counter()
    code, out, err = run(capsys, str(path))
    assert time.perf_counter() - start < 10
    assert_one_error(code, err, "huge.txt", "limit")
    assert out == ""


def letopis_process(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "letopis", *argv], input=stdin, capture_output=True, timeout=120
    )


def test_process_exit_code_on_error(tmp_path):
    done = letopis_process("analyze", str(tmp_path / "nowhere.txt"))
    assert done.returncode == 2
    assert done.stdout == b""
    assert_one_error(done.returncode, done.stderr.decode("utf-8"), "no such file")


def test_process_reads_stdin(tmp_path):
    done = letopis_process("analyze", "-", "--published", "2021-07-05", stdin=RUSSIAN.encode("cp1251"))
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert "Traceback" not in done.stderr.decode("utf-8")
    assert any("Путин" in name for name in entity_names(done.stdout.decode("utf-8")))


class DieOnMarker:
    """A step that ends its process abruptly, as the kernel's OOM killer would."""

    def __call__(self, doc) -> None:
        if "УМРИ" in doc.text:
            os._exit(9)
        doc.article.warnings.append(f"seen by process {os.getpid()}")


def test_worker_pool_runs_custom_steps_and_fails_when_a_worker_dies():
    from letopis.nlp.segment import Segmenter
    from letopis.pipeline import Analyzer
    from letopis.workers import WorkerProcessDied

    with Analyzer(steps=[Segmenter(), DieOnMarker()], batch_size=1) as analyzer:
        articles = list(analyzer.pipe([RUSSIAN, RUSSIAN], workers=2))
        assert all(article.sentences for article in articles)
        assert all(article.warnings[0].startswith("seen by process") for article in articles)
        assert str(os.getpid()) not in articles[0].warnings[0]
        start = time.perf_counter()
        with pytest.raises(WorkerProcessDied):
            list(analyzer.pipe([RUSSIAN, "Москва\n\nУМРИ", RUSSIAN], workers=2))
        assert time.perf_counter() - start < 60
        # the next call starts fresh processes
        assert len(list(analyzer.pipe([RUSSIAN], workers=2))) == 1


def test_a_worker_dead_before_the_next_batch_is_sent_is_the_same_error():
    # CI once saw the pool break while batches were still being sent: submit() raised the executor's own
    # BrokenProcessPool instead of WorkerProcessDied. Here the next batch waits until the pool is broken.
    from letopis.nlp.segment import Segmenter
    from letopis.pipeline import Analyzer, make_article
    from letopis.workers import WorkerProcessDied

    with Analyzer(steps=[Segmenter(), DieOnMarker()], batch_size=1) as analyzer:
        pool = analyzer.worker_pool(2)

        def batches():
            yield [make_article("Москва\n\nУМРИ")]
            deadline = time.perf_counter() + 60
            while not pool.broken and time.perf_counter() < deadline:
                time.sleep(0.05)
            assert pool.broken
            yield [make_article(RUSSIAN)]

        with pytest.raises(WorkerProcessDied):
            list(pool.map(batches()))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus/wikinews")
def test_ctrl_c_with_worker_processes_ends_cleanly():
    process = subprocess.Popen(
        [sys.executable, "-m", "letopis", "analyze", str(CORPUS), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal
    )
    try:
        assert json.loads(process.stdout.readline())["entities"]  # the workers are running
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: the whole process group
        start = time.perf_counter()
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert time.perf_counter() - start < 30
    assert "Traceback" not in err.decode("utf-8")
    assert err.decode("utf-8").strip().splitlines()[-1] == "letopis: interrupted"
