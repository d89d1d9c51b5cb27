"""The Analyzer behind ``POST /analyze``: loaded on first use, one analysis at a time."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Optional

from letopis.model import Article

log = logging.getLogger(__name__)


class AnalysisService:
    """Holds one Analyzer; the natasha models take seconds to load, so only the first request waits."""

    def __init__(self, analyzer: Any = None, factory: Optional[Callable[[], Any]] = None) -> None:
        self._analyzer = analyzer
        self._factory = factory or _default_factory
        self._lock = threading.Lock()  # the taggers keep per-call state: one article at a time

    def analyze(self, article: Article) -> Article:
        with self._lock:
            if self._analyzer is None:
                log.info("loading the analysis models")
                self._analyzer = self._factory()
            return self._analyzer.run([article])[0]


def _default_factory() -> Any:
    from letopis.pipeline import Analyzer

    return Analyzer()
