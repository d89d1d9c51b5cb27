"""letopis: structured, auditable political event data from Russian-language news."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from letopis.model import Article
    from letopis.pipeline import Analyzer

__all__ = ["Analyzer", "analyze", "__version__"]


def __getattr__(name: str) -> Any:
    # the models load on first use, so `import letopis` stays fast
    if name == "Analyzer":
        from letopis.pipeline import Analyzer

        return Analyzer
    raise AttributeError(name)


def analyze(text: str, published: Any = None, **kwargs: Any) -> Article:
    """Analyse one article (headline on the first line) with a shared Analyzer."""
    from letopis.pipeline import default_analyzer

    return default_analyzer()(text, published=published, **kwargs)
