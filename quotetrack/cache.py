"""The extraction cache: an article's mentions, keyed by what they depend on.

The per-article stage is a pure function of (article, model, code version), so its result can be
kept: a rebuild with nothing changed reads every article's mentions back instead of parsing, and a
changed article (or a new model, or new code or word lists) is the only thing extracted again.
One SQLite file; only the build's main process reads and writes it.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import functools
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from . import __version__
from .lexicon import data_fingerprint
from .records import Article, Mention

if TYPE_CHECKING:  # Python 3.11 moved it; only annotations need it
    from importlib.resources.abc import Traversable

CACHE_FILE = "extract.sqlite"
T = TypeVar("T")


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
    """get/put an article's mentions by key. Safe to open on a missing folder (it is created).

    A damaged file (truncated, overwritten: SQLite finds it "malformed" or "not a database" when it
    is opened, at the first query, or mid-build) never stops a build: it is set aside beside
    itself (``extract.sqlite.damaged-<time>``, with its -wal and -shm files), a fresh cache is
    started, and ``warnings`` says so. Should the fresh one fail too, the build goes on uncached.
    """

    def __init__(self, folder: str | os.PathLike) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / CACHE_FILE
        self.hits = self.misses = 0
        #: what went wrong with the file and what was done, for the build's report
        self.warnings: list[str] = []
        self._db: sqlite3.Connection | None = None
        try:
            self._connect()
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
            self._set_aside(exc)

    def _connect(self) -> None:
        # kept open when it fails: a damaged file is moved aside before its connection closes
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS mentions (key TEXT PRIMARY KEY, rows TEXT NOT NULL)")

    def _guarded(self, operation: Callable[[sqlite3.Connection], T], default: T) -> T:
        """``operation`` on the database. When it finds the file damaged, the file is set aside and
        the operation runs again on a fresh cache; when that fails too, the cache is off. With the
        cache off, ``default``."""
        for attempt in range(2):
            if self._db is None:
                return default
            try:
                return operation(self._db)
            except sqlite3.DatabaseError as exc:
                if not _is_damage(exc):
                    raise
                if attempt == 0:
                    self._set_aside(exc)
                else:
                    self._turn_off(f"{self.path}: the fresh extraction cache failed too ({exc})")
        return default

    def _set_aside(self, exc: sqlite3.DatabaseError) -> None:
        """Move the damaged file and its journal aside, then start a fresh cache."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{CACHE_FILE}.damaged-{stamp}")
        n = 2
        while aside.exists():
            aside, n = self.path.with_name(f"{CACHE_FILE}.damaged-{stamp}-{n}"), n + 1
        try:
            # moved while still open where the system allows it, so that closing cannot checkpoint or
            # delete the journal (-wal) of a database nobody can read any more
            self._move(aside)
        except OSError:
            self._close_quietly()  # Windows does not rename open files
            try:
                self._move(aside)
            except OSError as error:
                self._turn_off(f"{self.path}: the extraction cache is damaged ({exc}) and could not be moved "
                               f"aside ({error.strerror}); delete it")
                return
        self._close_quietly()
        self.warnings.append(f"{self.path}: the extraction cache is damaged ({exc}); it was moved to {aside.name} "
                             f"and a fresh cache started, so this build extracts its articles again. Delete "
                             f"{aside.name} when you no longer need it")
        try:
            self._connect()
        except sqlite3.DatabaseError as error:
            self._turn_off(f"{self.path}: a fresh extraction cache could not be started ({error})")

    def _move(self, aside: Path) -> None:
        # the journal files go too: a stale -wal beside a fresh database would be read into it
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{self.path}{suffix}")
            if part.exists():
                os.replace(part, f"{aside}{suffix}")

    def _turn_off(self, reason: str) -> None:
        self._close_quietly()
        self.warnings.append(f"{reason}; this build ran without the cache. Check the folder {self.path.parent}, "
                             f"or build with --no-cache")

    def _close_quietly(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None

    def get(self, key: str) -> list[Mention] | None:
        row = self._guarded(lambda db: db.execute("SELECT rows FROM mentions WHERE key = ?", (key,)).fetchone(),
                            None)
        if row is None:
            self.misses += 1
            return None
        try:
            mentions = [_mention(d) for d in json.loads(row[0])]
        except (ValueError, TypeError, KeyError):  # a row damaged inside a sound file: extract it again
            self.misses += 1
            return None
        self.hits += 1
        return mentions

    def put(self, key: str, mentions: list[Mention]) -> None:
        rows = json.dumps([m.to_dict() for m in mentions], default=_json_default, ensure_ascii=False)
        self._guarded(lambda db: db.execute("INSERT OR REPLACE INTO mentions (key, rows) VALUES (?, ?)", (key, rows)),
                      None)

    def commit(self) -> None:
        self._guarded(lambda db: db.commit(), None)

    def close(self) -> None:
        self.commit()
        self._close_quietly()

    def __enter__(self) -> ExtractCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A file that is not, or no longer, a database. SQLite raises these (SQLITE_CORRUPT,
    SQLITE_NOTADB) as DatabaseError itself; a locked or full disk is an OperationalError."""
    return type(exc) is sqlite3.DatabaseError


def _json_default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in the cache")


def _mention(row: dict) -> Mention:
    for name in ("said_on", "published"):
        if row.get(name):
            row[name] = dt.date.fromisoformat(row[name])
    return Mention.from_dict(row)
