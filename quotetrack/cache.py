"""The extraction cache: an article's mentions, keyed by what they depend on.

The per-article stage is a pure function of (article, model, code version), so its result can be
kept: a rebuild with nothing changed reads every article's mentions back instead of parsing, and a
changed article (or a new model, or new code or word lists) is the only thing extracted again.
One SQLite file; only the build's main process reads and writes it.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import hashlib
import importlib.metadata
import json
import os
import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .lexicon import data_fingerprint
from .records import Article, Mention

if TYPE_CHECKING:  # Python 3.11 moved it; only annotations need it
    from importlib.resources.abc import Traversable

CACHE_FILE = "extract.sqlite"


#: packages whose data the stage reads (the first-name lexicon)
_DATA_PACKAGES = ("nomquamgender",)
#: where extraction starts: the stage, and the tokenizer rules the parses depend on
_STAGE_MODULES = ("quotetrack.extract", "quotetrack.nlp")


def extraction_sources() -> list[Traversable]:
    """The source files an article's mentions depend on: the per-article stage and every
    quotetrack module it imports, followed through their import statements (read, not run: a
    cached rebuild imports nothing of the stage). The package's own __init__ is left out: it
    only re-exports, and the version is hashed on its own."""
    package = resources.files("quotetrack")
    found: dict[str, Traversable] = {}
    todo = list(_STAGE_MODULES)
    while todo:
        name = todo.pop()
        if name in found or name == "quotetrack":
            continue
        source = _module_source(package, name)
        if source is None:
            continue
        found[name] = source
        parent = name.rpartition(".")[0]
        todo.append(parent)  # importing a module runs its package's __init__ first
        todo.extend(_imported_modules(name, source))
    return [found[name] for name in sorted(found)]


def _module_source(package: Traversable, name: str) -> Traversable | None:
    """The file of quotetrack module ``name`` (a package's __init__.py), None if it has none."""
    parts = name.split(".")[1:]
    if not parts:
        return None
    folder = package.joinpath(*parts)
    if folder.is_dir():
        init = folder.joinpath("__init__.py")
        return init if init.is_file() else None
    module = package.joinpath(*parts[:-1], f"{parts[-1]}.py")
    return module if module.is_file() else None


def _imported_modules(name: str, source: Traversable) -> list[str]:
    """Names of the quotetrack modules that ``source`` (module ``name``) imports, anywhere in it."""
    is_package = source.name == "__init__.py"
    here = name if is_package else name.rpartition(".")[0]
    imported: list[str] = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names if alias.name.startswith("quotetrack.")]
        elif isinstance(node, ast.ImportFrom):
            base = here.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                base += node.module.split(".") if node.module else []
            elif node.module and node.module.startswith("quotetrack"):
                base = node.module.split(".")
            else:
                continue
            module = ".".join(base)
            # "from . import when" imports a module; "from .names import surname_key" a name in one
            imported += [module] + [f"{module}.{alias.name}" for alias in node.names]
    return imported


@functools.cache
def code_version() -> str:
    """A hash of the extraction code and the word lists: any edit there invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    for module in extraction_sources():
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    digest.update(data_fingerprint().encode())
    for package in _DATA_PACKAGES:  # a new release of their data changes what is extracted
        digest.update(f"{package}={_version(package)}".encode())
    return digest.hexdigest()[:16]


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


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
