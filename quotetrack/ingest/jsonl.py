"""JSON lines dumps: one article a line, {"id", "text"} and optional outlet, published, title, url.

Each line is decoded and parsed on its own, so a bad line becomes one error article naming the
file and the line, and the other lines are still read; the file is streamed, never loaded whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Article
from . import text as _text
from .dates import parse_date
from .text import decode, failed, normalise_newlines, too_large, unreadable

JSONL_SUFFIXES = (".jsonl",)
FIELDS = ("id", "text", "outlet", "published", "title", "url")


def read_jsonl_file(path: str | Path) -> Iterator[Article]:
    """The articles of a .jsonl file, one per non-blank line, in file order."""
    path = Path(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield failed(dict(article_id=path.stem, path=str(path)), unreadable(path, exc))
        return
    with handle:
        for number, (raw, size) in enumerate(_lines(handle), start=1):
            if error := too_large(f"{path}:{number}", size):
                yield failed(dict(article_id=f"{path.stem}-line{number}", path=f"{path}:{number}"), error)
            elif raw.strip():
                yield read_jsonl_line(raw, path, number)


def _lines(handle) -> Iterator[tuple[bytes, int]]:
    """(line, its size in bytes) of a binary file; a line longer than one article can be is passed
    over in pieces, never held in memory whole, and given as (b"", size)."""
    while True:
        line = handle.readline(_text.MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        size = len(line)
        if size > _text.MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while True:
                piece = handle.readline(1 << 20)
                size += len(piece)
                if not piece or piece.endswith(b"\n"):
                    break
            line = b""
        yield line, size


def read_jsonl_line(raw: bytes, path: Path, number: int) -> Article:
    """One line of a JSON lines file as an Article, or an error Article saying what to fix there."""
    where = f"{path}:{number}"
    fallback_id = article_id = f"{path.stem}-line{number}"
    try:
        if error := too_large(where, len(raw)):
            raise error
        line, encoding, warnings = decode(raw, where)
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno}); "
                             f"fix that line or remove it (one JSON object a line)") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: a JSON {type(row).__name__}, not an object; write one object a line "
                             f"with at least \"id\" and \"text\"")
        values = {k: _field(row, k) for k in FIELDS if k != "text"}
        article_id = values["id"] or fallback_id
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: no \"text\" string; give each line the article's text in a \"text\" field")
    except InputError as exc:
        return failed(dict(article_id=article_id, path=where), exc)
    if values["id"] is None:
        warnings.append(f"{where}: no \"id\"; using {fallback_id} (give each line an \"id\")")
    published = parse_date(values["published"])
    if values["published"] and published is None:
        warnings.append(f"{where}: published {values['published']!r} is not a date; "
                        f"write it as YYYY-MM-DD (the date is read from the text instead)")
    return Article(article_id=article_id, text=normalise_newlines(text), path=where,
                   outlet=values["outlet"], published=published, date_source="jsonl" if published else None,
                   title=values["title"], url=values["url"], encoding=encoding, warnings=tuple(warnings))


def _field(row: dict, key: str) -> str | None:
    value = row.get(key)
    return str(value).strip() or None if value is not None else None
