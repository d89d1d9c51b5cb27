"""The package's data files (lexicons, word lists and tables kept next to the code that reads them), read one
way: comment lines ("#...") and blank lines are left out."""

from __future__ import annotations

from importlib import resources


def data_text(package: str, name: str) -> str:
    """The whole text of ``<package>/data/<name>``."""
    return resources.files(package).joinpath(f"data/{name}").read_text("utf-8")


def data_names(package: str, prefix: str, suffix: str) -> list[str]:
    """The names of the files in ``<package>/data/`` that start with ``prefix`` and end with ``suffix``, sorted."""
    folder = resources.files(package).joinpath("data")
    return sorted(
        entry.name for entry in folder.iterdir() if entry.name.startswith(prefix) and entry.name.endswith(suffix)
    )


def data_lines(package: str, name: str, *, strip: bool = True) -> list[str]:
    """The lines of ``<package>/data/<name>`` that are neither blank nor comments, stripped unless a
    table's empty trailing columns must stay (``strip=False``)."""
    lines = _content_lines(package, name)
    return [line.strip() for line in lines] if strip else lines


def data_rows(package: str, name: str, *, header: bool = False) -> list[list[str]]:
    """The tab-separated rows of ``<package>/data/<name>`` (empty trailing columns kept), without comments and,
    when the table has one, without its ``header`` row."""
    rows = [line.split("\t") for line in _content_lines(package, name)]
    return rows[1:] if header else rows


def _content_lines(package: str, name: str) -> list[str]:
    return [line for line in data_text(package, name).splitlines() if line.strip() and not line.startswith("#")]
