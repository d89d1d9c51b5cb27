"""The Analyzer: one article in, one analysed Article out, models loaded once.

A pipeline is a list of small step objects.  A step is called with one Doc
(``step(doc)``) and fills fields of ``doc.article``; a step that gains from
batching (the neural taggers) also has ``step.batch(docs)``, which the Analyzer
calls with a whole batch instead.  Steps run in list order.  A step that keeps something of the
batch's sentences in a cache has ``step.end_batch()``, called once the batch is done, which lets go
of it: a worker's batch dies whole when it is sent (see ``letopis.workers._run``).  A step that builds
tables on first need may have ``step.warm_up()``, which builds them at once: worker processes call it
when they start.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterable, Iterator, Sized
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Optional, Union

from letopis.errors import UserError
from letopis.ingest.clean import clean
from letopis.model import Article
from letopis.nlp.doc import Doc

log = logging.getLogger(__name__)

# "module:Class" of every default step, in order; each is built once per Analyzer.
DEFAULT_STEPS = [
    "letopis.nlp.segment:Segmenter",
    "letopis.nlp.taggers:Tagger",
    "letopis.nlp.taggers:Lemmatizer",
    "letopis.nlp.entities:EntityBuilder",
    "letopis.kb.known_names:KnownNameTagger",
    "letopis.kb.known_organisations:KnownOrganisationTagger",
    "letopis.nlp.times:TimeTagger",
    "letopis.nlp.quantities:QuantityTagger",
    "letopis.nlp.legal:LegalMarkerTagger",
    "letopis.nlp.quotes:QuoteTagger",
    "letopis.kb.roles:RoleTagger",
    "letopis.kb.link:ActorLinker",
    "letopis.events.coder:EventCoder",
]

# characters; a longer text is refused, not truncated.  Analysis takes ~1.5 CPU seconds per
# 100,000 characters (bench/README.md, "Long texts"), so this bounds one article at ~8 seconds;
# news articles are 100x shorter.
MAX_TEXT = 500_000


def load_step(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)()


def parse_published(value: Union[None, str, date, datetime]) -> Optional[date]:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise UserError(f"publication date {value!r} is not YYYY-MM-DD") from None


def make_article(
    text: Optional[str] = None,
    *,
    title: Optional[str] = None,
    body: Optional[str] = None,
    published: Union[None, str, date, datetime] = None,
    url: Optional[str] = None,
    id: Optional[str] = None,
) -> Article:
    """An Article to analyse: ``text`` with the headline on its first line, or ``title`` and ``body``."""
    if text is None:
        if title is None and body is None:
            raise UserError("nothing to analyse: give a text, or a title and a body")
        title = (title or "").strip()
        text = f"{title}\n\n{body or ''}" if title else (body or "")
    if not isinstance(text, str):
        raise UserError(f"text must be a string, not {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise UserError(f"text of {len(text):,} characters is over the limit of {MAX_TEXT:,}")
    article = Article(id=id or "", text=text, published=parse_published(published), url=url)
    return article


class Analyzer:
    """Loads the models once and analyses texts one at a time or in batches."""

    def __init__(self, steps: Optional[list[Any]] = None, batch_size: int = 64) -> None:
        self._steps = steps
        self.batch_size = batch_size
        self._custom_steps = steps is not None
        self._pool: Any = None  # the worker processes of pipe(workers=N), kept for the next call

    @property
    def steps(self) -> list[Any]:
        """The steps, built on first use: an Analyzer that only feeds worker processes loads no models."""
        if self._steps is None:
            self._steps = [load_step(path) for path in DEFAULT_STEPS]
        return self._steps

    def __call__(self, text: Union[str, Article], published: Any = None, **kwargs: Any) -> Article:
        article = text if isinstance(text, Article) else make_article(text, published=published, **kwargs)
        return self.run([article])[0]

    def run(self, articles: list[Article]) -> list[Article]:
        """Analyse a batch in place and return it.

        An article that a step fails on keeps what the steps before it found, and
        says why in ``Article.warnings``; the rest of the batch goes on.
        """
        docs = []
        for article in articles:
            if refusal(article) is not None:
                continue  # refused before the batch (see pipe): reported, not analysed
            problem = language_problem(article.text)
            if problem:
                article.warnings.append(f"{NOT_ANALYSED}{problem}")
                article.language = "und"
            else:
                docs.append(Doc(article=article, clean=clean(article.text)))
        for step in self.steps:
            batch = getattr(step, "batch", None)
            if batch is not None:
                try:
                    batch(docs)
                except Exception:  # find the article it fails on, keep the others
                    log.debug("batch step %s failed, retrying one by one", type(step).__name__, exc_info=True)
                    docs = [doc for doc in docs if _guarded(step, doc, batch=True)]
            else:
                docs = [doc for doc in docs if _guarded(step, doc)]
        for step in self.steps:
            end_batch = getattr(step, "end_batch", None)
            if end_batch is not None:
                end_batch()
        return articles

    def pipe(
        self, items: Iterable[Union[str, Article]], batch_size: Optional[int] = None, workers: int = 1
    ) -> Iterator[Article]:
        """Analyse many texts, in order; ``workers`` > 1 spreads batches over processes."""
        size = batch_size or self.batch_size
        if workers > 1 and isinstance(items, Sized):
            size = balanced_batch_size(len(items), size, workers)
        batches = _batches((item if isinstance(item, Article) else _article_or_refusal(item) for item in items), size)
        if workers <= 1:
            for batch in batches:
                yield from self.run(batch)
            return
        for batch in self.worker_pool(workers).map(batches):
            yield from batch

    def worker_pool(self, workers: int) -> Any:
        """The processes of ``pipe(workers=N)``: started once, reused, ended by ``close()``.

        Call ``worker_pool(N).start()`` to load the models in them ahead of time.
        """
        from letopis.workers import WorkerPool

        if self._pool is not None and (self._pool.workers != workers or self._pool.broken):
            self.close()
        if self._pool is None:
            steps = [f"{type(step).__module__}:{type(step).__qualname__}" for step in self.steps]
            self._pool = WorkerPool(workers, steps if self._custom_steps else None)
        return self._pool

    def close(self) -> None:
        """End the worker processes, if any."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


NOT_ANALYSED = "not analysed: "


def refusal(article: Article) -> Optional[str]:
    """Why ``article`` was not analysed (not Russian, too long, ...), or None when it was."""
    for warning in article.warnings:
        if warning.startswith(NOT_ANALYSED):
            return warning[len(NOT_ANALYSED):]
    return None


def _article_or_refusal(text: Any) -> Article:
    """An Article to analyse, or one that says why it cannot be: a batch never stops on one bad text."""
    try:
        return make_article(text)
    except UserError as error:
        article = Article(id="", text=text if isinstance(text, str) else "", language="und")
        article.warnings.append(f"{NOT_ANALYSED}{error}")
        return article


def _guarded(step: Any, doc: Doc, batch: bool = False) -> bool:
    try:
        step.batch([doc]) if batch else step(doc)
        return True
    except Exception as error:
        name = type(step).__name__
        log.warning("%s failed on article %r: %s", name, doc.article.id, error, exc_info=log.isEnabledFor(10))
        doc.article.warnings.append(f"{name} failed: {type(error).__name__}: {error}")
        return False


CYRILLIC_SHARE = 0.3  # below this share of Cyrillic letters a text is not Russian
CYRILLIC = re.compile("[а-яёА-ЯЁ]+")
NO_LETTERS = re.compile(r"[\W\d_]+")  # what is never a letter (str.isalpha): not a word character, a digit, "_"


def language_problem(text: str) -> Optional[str]:
    """Why ``text`` cannot be analysed as Russian, or None."""
    sample = text[:20000]
    # the Cyrillic letters counted by what their removal leaves, the other letters among the rest: both in C,
    # not a Python call per character
    others = CYRILLIC.sub("", sample)
    cyrillic = len(sample) - len(others)
    letters = cyrillic + sum(map(str.isalpha, NO_LETTERS.sub("", others)))
    if not letters:
        return "no letters in the text"
    share = cyrillic / letters
    if share < CYRILLIC_SHARE:
        return f"not Russian text ({share:.0%} Cyrillic letters)"
    return None


def balanced_batch_size(total: int, size: int, workers: int) -> int:
    """A batch size near ``size`` that makes the number of batches a multiple of ``workers``.

    The last round of batches then keeps every worker busy: 838 texts in batches of 64 on two
    workers left one idle for a whole batch at the end (13 full batches and 6 texts).
    """
    count = -(-total // max(1, size))
    count = -(-count // workers) * workers
    return max(1, -(-total // max(1, count)))


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@lru_cache(maxsize=1)
def default_analyzer() -> Analyzer:
    return Analyzer()
