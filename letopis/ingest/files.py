"""Reading article files: bytes from a path or stdin, decoded, with one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Optional

from letopis.errors import UserError
from letopis.ingest.decode import DecodeError, decode

TEXT_SUFFIXES = (".txt", ".text")


def read_text(path: str, encoding: Optional[str] = None) -> str:
    """The decoded text of ``path`` (``-`` for stdin); UserError when it is not readable text."""
    name = "stdin" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{name}: is a directory") from None
    except OSError as error:
        raise UserError(f"{name}: cannot read: {error.strerror or error}") from None
    try:
        text, _ = decode(data, encoding)
    except DecodeError as error:
        raise UserError(f"{name}: {error}") from None
    if not text.strip():
        raise UserError(f"{name}: empty text")
    return text


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files named, and the text files of directories named, in a stable order."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = sorted(p for p in Path(path).rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)
            if not found:
                raise UserError(f"{path}: no .txt files in this directory")
            yield from (str(p) for p in found)
        else:
            yield path


def article_id(path: str) -> str:
    return "stdin" if path == "-" else Path(path).stem
