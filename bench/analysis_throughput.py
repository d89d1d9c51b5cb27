"""Articles per second and peak memory: letopis analysis against natasha's own Doc pipeline.

Both run on the same texts in the same run, each over ``--workers`` spawned
processes with one BLAS thread per process, in ``--rounds`` rounds of one timed
pass each, natasha and letopis in turn (the machine's speed drifts by 20 % over
minutes: taking turns puts the drift on both); medians are reported, and each
round's own ratio.  Every pass starts fresh worker processes: their start and
model loading are timed apart (``load s``), and no pass finds the texts already
cached by an earlier one.  Peak memory is the largest sum of RSS over this
process and its children, sampled every 50 ms while one system is loaded and
running (the other's processes are not alive then).

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/analysis_throughput.py [--limit N] [--workers 2] [--rounds 3]
        [--batch-sizes 32] [--only letopis|natasha]
"""

from __future__ import annotations

import argparse
import glob
import multiprocessing
import os
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
NATASHA_TASK = 4  # articles per task sent to a natasha worker (natasha itself works one Doc at a time)
WARM_UP_TEXT = "Москва\n\nВ понедельник Владимир Путин встретился в Кремле с Эмомали Рахмоном."


@dataclass
class Result:
    name: str
    articles: int
    load_seconds: float
    run_seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_rss: int = 0
    batch_size: int | None = None

    @property
    def per_second(self) -> float:
        return self.articles / statistics.median(self.run_seconds)

    @property
    def per_cpu_second(self) -> float:
        return self.articles / statistics.median(self.cpu_seconds)


class PeakMemory:
    """Largest RSS of this process and all its children, sampled in a background thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        root = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for process in [root, *root.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:  # a child that just ended
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def tree_cpu() -> float:
    """CPU seconds (user + system) used so far by this process and its living children."""
    total = 0.0
    root = psutil.Process()
    for process in [root, *root.children(recursive=True)]:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


@contextmanager
def timed(result: Result) -> Iterator[None]:
    """Adds the wall-clock and CPU time of the block to ``result``."""
    wall, cpu = time.perf_counter(), tree_cpu()
    yield
    result.run_seconds.append(time.perf_counter() - wall)
    result.cpu_seconds.append(tree_cpu() - cpu)


# natasha's Doc pipeline, the way its README shows it, one Doc per article

_natasha: dict = {}


def _start_natasha() -> None:
    import yargy  # noqa: F401  (patches pymorphy2 for Python 3.11 before natasha imports it)
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
    from threadpoolctl import threadpool_limits

    # after the imports: threadpoolctl only limits the BLAS libraries already loaded, and natasha
    # loads numpy's OpenBLAS (limiting before the import left natasha on all threads, 5-15x slower
    # on a busy machine)
    threadpool_limits(1)

    embedding = NewsEmbedding()
    _natasha.update(
        segmenter=Segmenter(),
        morph=NewsMorphTagger(embedding),
        syntax=NewsSyntaxParser(embedding),
        ner=NewsNERTagger(embedding),
    )
    _natasha_run([WARM_UP_TEXT])


def _natasha_run(texts: list[str]) -> int:
    from natasha import Doc

    found = 0
    for text in texts:
        doc = Doc(text)
        doc.segment(_natasha["segmenter"])
        doc.tag_morph(_natasha["morph"])
        doc.parse_syntax(_natasha["syntax"])
        doc.tag_ner(_natasha["ner"])
        found += len(doc.spans)
    return found


def _pid() -> int:
    time.sleep(0.05)
    return os.getpid()


def _wait_ready(executor: ProcessPoolExecutor, workers: int) -> None:
    seen: set[int] = set()
    while len(seen) < workers:
        seen.update(future.result() for future in [executor.submit(_pid) for _ in range(workers)])


def natasha_round(texts: list[str], workers: int, result: Result | None) -> Result:
    """One timed pass of natasha over ``texts`` on freshly started workers (their start timed apart)."""
    with PeakMemory() as memory:
        start = time.perf_counter()
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_natasha) as executor:
            _wait_ready(executor, workers)
            result = result or Result("natasha", len(texts), time.perf_counter() - start)
            tasks = [texts[index: index + NATASHA_TASK] for index in range(0, len(texts), NATASHA_TASK)]
            with timed(result):
                spans = sum(executor.map(_natasha_run, tasks))
    log(f"natasha: {spans} NER spans")
    result.peak_rss = max(result.peak_rss, memory.peak)
    return result


def letopis_round(texts: list[str], workers: int, size: int, result: Result | None) -> Result:
    """One timed pass of letopis over ``texts`` on freshly started workers (their start and model loading
    timed apart): a second pass over the same texts in the same processes would find their words, lemmas
    and parses already cached, and measure a warm-up no new corpus gets."""
    from letopis.pipeline import Analyzer

    with PeakMemory() as memory, Analyzer() as analyzer:
        start = time.perf_counter()
        analyzer.worker_pool(workers).start()
        result = result or Result("letopis", len(texts), time.perf_counter() - start, batch_size=size)
        entities = tokens = parsed = 0
        with timed(result):  # results are counted, not kept, as a consumer would stream them
            for article in analyzer.pipe(texts, batch_size=size, workers=workers):
                entities += len(article.entities)
                for sentence in article.sentences:
                    tokens += len(sentence.tokens)
                    parsed += sum(1 for token in sentence.tokens if token.pos and token.rel and token.lemma)
    # a check that nothing was skipped: every token tagged, lemmatised and parsed
    log(f"letopis batch {size}: {len(texts) / result.run_seconds[-1]:.2f} articles/s, {entities} entities, "
        f"{tokens} tokens, {parsed / max(1, tokens):.1%} with POS, lemma and syntax")
    result.peak_rss = max(result.peak_rss, memory.peak)
    return result


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def read_corpus(corpus: Path, limit: int | None) -> list[str]:
    paths = sorted(glob.glob(str(corpus / "*.txt")))[:limit]
    if not paths:
        sys.exit(f"no .txt files in {corpus}")
    return [Path(path).read_text("utf-8") for path in paths]


def report(results: list[Result], natasha: Result | None, workers: int, characters: int) -> Iterator[str]:
    yield f"{results[0].articles if results else natasha.articles} articles, {characters:,} characters, " \
          f"{workers} worker processes x 1 BLAS thread"
    yield f"{'system':<22}{'articles/s':>12}{'per CPU s':>11}{'run s':>9}{'CPU s':>9}{'load s':>9}{'peak RSS MB':>13}"
    rows: list[Result] = ([natasha] if natasha else []) + results
    for result in rows:
        name = result.name + (f" (batch {result.batch_size})" if result.batch_size else "")
        yield (f"{name:<22}{result.per_second:>12.2f}{result.per_cpu_second:>11.2f}"
               f"{statistics.median(result.run_seconds):>9.1f}{statistics.median(result.cpu_seconds):>9.1f}"
               f"{result.load_seconds:>9.1f}{result.peak_rss / 2**20:>13.0f}")
    if natasha and results:
        best = max(results, key=lambda result: result.per_second)
        yield f"ratio letopis/natasha: {best.per_second / natasha.per_second:.2f}x articles/s, " \
              f"{best.per_cpu_second / natasha.per_cpu_second:.2f}x articles per CPU second " \
              f"(medians; letopis batch {best.batch_size}; target 1.5x)"
        if len(natasha.cpu_seconds) > 1:
            # each round's two runs are minutes apart at most: their ratio is the least disturbed by the
            # machine's own drift
            paired = [ours / theirs for ours, theirs in zip(natasha.cpu_seconds, best.cpu_seconds)]
            yield "per round, articles per CPU second: " + ", ".join(f"{ratio:.2f}x" for ratio in paired) + \
                  f" (median {statistics.median(paired):.2f}x)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="directory of .txt articles")
    parser.add_argument("--limit", type=int, help="use the first N articles (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="processes for each system (default 2)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of one timed run per system, natasha and letopis in turn; medians reported")
    parser.add_argument("--batch-sizes", default="32", help="letopis Analyzer batch sizes to try, e.g. 8,16,32,64")
    parser.add_argument("--only", choices=("letopis", "natasha"), help="run one system only")
    args = parser.parse_args(argv)
    texts = read_corpus(args.corpus, args.limit)
    batch_sizes = [int(size) for size in args.batch_sizes.split(",")]
    natasha: Result | None = None
    found: dict[int, Result | None] = dict.fromkeys(batch_sizes)
    for _ in range(args.rounds):  # in turn, so that the machine's drift over minutes falls on both
        if args.only != "letopis":
            natasha = natasha_round(texts, args.workers, natasha)
        if args.only != "natasha":
            for size in batch_sizes:
                found[size] = letopis_round(texts, args.workers, size, found[size])
    results = [result for result in found.values() if result is not None]
    print("\n".join(report(results, natasha, args.workers, sum(map(len, texts)))))


if __name__ == "__main__":
    main()
