"""The extraction cache: an article's mentions, keyed by what they depend on.

The per-article stage is a pure function of (article, model, code version), so its result can be
kept: a rebuild with nothing changed reads every article's mentions back instead of parsing, and a
changed article (or a new model, or new code or word lists) is the only thing extracted again.
One SQLite file; only the build's main process reads and writes it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import sqlite3
from importlib import resources
from pathlib import Path

from . import __version__
from .lexicon import data_fingerprint
from .records import Article, Mention

CACHE_FILE = "extract.sqlite"


def extraction_sources() -> list:
    """The modules an article's mentions depend on: the per-article stages, ingest, and nlp.py
    (the tokenizer rules the parses depend on)."""
    package = resources.files("quotetrack")
    modules = [package.joinpath("nlp.py")]
    for folder in ("extract", "ingest"):
        modules += sorted((e for e in package.joinpath(folder).iterdir() if e.name.endswith(".py")),
                          key=lambda e: e.name)
    return modules


@functools.cache
def code_version() -> str:
    """A hash of the extraction code and the word lists: any edit there invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    for module in extraction_sources():
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    digest.update(data_fingerprint().encode())
    return digest.hexdigest()[:16]


def article_key(article: Article, model: str) -> str:
    """Everything an article's mentions depend on, hashed."""
    fields = [article.article_id, article.text, article.outlet, article.published, article.title, article.url,
              list(article.boilerplate), model, code_version()]
    return hashlib.sha256(json.dumps(fields, default=str, ensure_ascii=False).encode("utf-8")).hexdigest()


def default_cache_dir(dataset: str | os.PathLike) -> Path:
    """$QUOTETRACK_CACHE, else a `cache` folder beside the dataset folder (data/cache)."""
    return Path(os.environ.get("QUOTETRACK_CACHE") or Path(dataset).parent / "cache")


class ExtractCache:
    """get/put an article's mentions by key. Safe to open on a missing folder (it is created)."""

    def __init__(self, folder: str | os.PathLike) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / CACHE_FILE
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS mentions (key TEXT PRIMARY KEY, rows TEXT NOT NULL)")
        self.hits = self.misses = 0

    def get(self, key: str) -> list[Mention] | None:
        row = self._db.execute("SELECT rows FROM mentions WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return [_mention(d) for d in json.loads(row[0])]

    def put(self, key: str, mentions: list[Mention]) -> None:
        rows = json.dumps([m.to_dict() for m in mentions], default=_json_default, ensure_ascii=False)
        self._db.execute("INSERT OR REPLACE INTO mentions (key, rows) VALUES (?, ?)", (key, rows))

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    def __enter__(self) -> ExtractCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _json_default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in the cache")


def _mention(row: dict) -> Mention:
    for name in ("said_on", "published"):
        if row.get(name):
            row[name] = dt.date.fromisoformat(row[name])
    return Mention.from_dict(row)
