"""The knowledge base's word lists and tables (``letopis/kb/data``), read one way: comment lines
("#...") and blank lines left out."""

from __future__ import annotations

from importlib import resources

from letopis.kb.normal import normalize


def data_lines(name: str) -> list[str]:
    """The stripped lines of ``data/<name>`` that are neither blank nor comments."""
    text = resources.files("letopis.kb").joinpath(f"data/{name}").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of ``data/<name>`` without comments, and without the header of a ``.tsv``."""
    text = resources.files("letopis.kb").joinpath(f"data/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:] if name.endswith(".tsv") else rows


def data_words(name: str) -> list[str]:
    """The lines of a word list, each brought to the KB's lookup key (``normalize``)."""
    return [normalize(line) for line in data_lines(name)]
