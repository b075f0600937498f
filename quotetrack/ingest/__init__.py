"""Readers that turn files into Article records.

``read_articles(sources)`` takes files, folders and ``-`` (standard input): plain text (.txt, and
any file named explicitly), saved web pages (.html, .htm) and JSON lines dumps (.jsonl). A
folder's manifest.csv (or the one given) supplies ids, outlets and dates for its files. One
unreadable file, or one bad JSON line, yields an Article with status 'error' and the reason: it
never stops the others.

Each article's date comes from the first of: the manifest, the page's metadata (html) or the line's
"published" (jsonl), a date line at the top of the text; its outlet from the manifest, the page's
site name or the line's "outlet", else "unknown". Boilerplate lines are marked, never removed.
"""

from __future__ import annotations

import os
import re
import warnings as pywarnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError, ManifestError
from ..records import Article
from .boilerplate import find_boilerplate
from .dates import ambiguous_date_line, date_line
from .html import HTML_SUFFIXES, read_html_file
from .jsonl import JSONL_SUFFIXES, read_jsonl_file
from .manifest import MANIFEST_NAME, ManifestEntry, load_manifest, locate, read_manifest
from .text import read_stdin, read_text_file

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES, *JSONL_SUFFIXES)
STDIN = "-"
#: the outlet of an article that no manifest, page or JSON line names
UNKNOWN_OUTLET = "unknown"
_SURROGATE = re.compile("[\ud800-\udfff]")

__all__ = ["ARTICLE_SUFFIXES", "STDIN", "UNKNOWN_OUTLET", "complete", "discover", "printable", "read_articles",
           "read_manifest"]


def discover(sources: Iterable[str | os.PathLike]) -> list[Path | str]:
    """Article files under ``sources`` (files, folders or "-"), sorted so that builds are repeatable."""
    found: list[Path | str] = []
    for source in sources:
        if str(source) == STDIN:
            found.append(STDIN)
            continue
        path = Path(source)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder; give an article file or a folder of articles")
    return found


def _manifests_for(sources: list[str | os.PathLike], found: list[Path | str], manifest: str | os.PathLike | None,
                   on_problem: Callable[[str], None] | None,
                   on_warning: Callable[[str], None] | None) -> dict[str, ManifestEntry]:
    """Entries of the manifest given, else of each folder's manifest.csv, by resolved path and by name.

    A manifest that cannot be used is reported (``on_problem``) and its files are read without it;
    with no ``on_problem`` it raises ManifestError.
    """
    entries: dict[str, ManifestEntry] = {}
    paths = [Path(manifest)] if manifest else [
        Path(s) / MANIFEST_NAME for s in sources if str(s) != STDIN and Path(s).is_dir()
        and (Path(s) / MANIFEST_NAME).is_file()
    ]
    present = {str(p.resolve()) for p in found if isinstance(p, Path)}
    # a folder's manifest names its own files; a --manifest, kept anywhere, may name them as in the folders read
    read_folders = [p if p.is_dir() else p.parent for p in (Path(s) for s in sources if str(s) != STDIN)
                    if manifest]
    for path in paths:
        if manifest and not path.is_file():
            raise InputError(f"{path}: manifest not found; check the --manifest path")
        try:
            loaded = load_manifest(path)
        except ManifestError as exc:
            if on_problem is None:
                raise
            on_problem(f"{exc}; its files were read without it (ids from file names)")
            continue
        for message in loaded.warnings:
            (on_warning or _warn)(message)
        problems = list(loaded.problems)
        folders = list(dict.fromkeys([path.parent, *read_folders]))
        for file, entry in loaded.entries.items():
            located = locate(file, folders, present)
            if located is None:
                looked = f" (looked in {', '.join(map(str, folders))})" if len(folders) > 1 else ""
                problems.append(f"{path}: lists {file}, which is not there{looked}; correct the name, add the "
                                f"file, or remove the row")
            elif str(located.resolve()) not in present and not manifest:
                problems.append(f"{path}: lists {file}, which is not an article file quotetrack reads "
                                f"({', '.join(ARTICLE_SUFFIXES)}); convert it or remove the row")
            if located is not None:
                entries[str(located.resolve())] = entry
            entries.setdefault(file, entry)
        for message in problems:
            (on_problem or _warn)(message)
    return entries


def _warn(message: str) -> None:
    pywarnings.warn(message, stacklevel=3)


def _read(path: Path | str, article_id: str, meta: dict) -> Iterator[Article]:
    if isinstance(path, str):  # discover's only string is STDIN
        yield read_stdin(article_id=article_id, **meta)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield read_html_file(path, article_id=article_id, **meta)
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)  # each line names its own id, outlet and date
    else:
        yield read_text_file(path, article_id=article_id, **meta)


def read_articles(sources: Iterable[str | os.PathLike], *, manifest: str | os.PathLike | None = None,
                  on_problem: Callable[[str], None] | None = None,
                  on_warning: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Articles from files, folders and "-", in a stable order, each with a unique article_id.

    Manifest problems (a manifest that cannot be used, a column not read, a listed file that is not
    there, a duplicate id, a date that does not parse) are passed to ``on_problem``, each a message
    naming the manifest and the fix; a row's problems are also kept in its article's warnings.
    Without ``on_problem``, a manifest that cannot be used raises ManifestError and the smaller
    problems are Python warnings. ``on_warning`` gets notes on manifests that were read (an
    encoding guessed).
    """
    sources = list(sources)
    found = discover(sources)
    entries = _manifests_for(sources, found, manifest, on_problem, on_warning)
    used_ids: set[str] = set()
    for path in found:
        entry = None if isinstance(path, str) else entries.get(str(path.resolve())) or entries.get(path.name)
        meta: dict = {}
        warnings: list[str] = []
        if entry:
            meta = dict(outlet=entry.outlet, published=entry.published, title=entry.title, url=entry.url,
                        date_source="manifest" if entry.published else None)
            warnings.extend(entry.problems)
            for message in entry.problems:
                if on_problem:
                    on_problem(message)
        stem = "stdin" if isinstance(path, str) else printable(path.stem)
        for article in _read(path, (entry.id if entry and entry.id else None) or stem, meta):
            article_id = article.article_id
            if article_id in used_ids:
                n = 2
                while f"{article_id}-{n}" in used_ids:
                    n += 1
                warnings.append(f"{article.path}: article id {article_id!r} is already taken; using {article_id}-{n}")
                article_id = f"{article_id}-{n}"
            used_ids.add(article_id)
            yield complete(_valid_unicode(article.replace(article_id=article_id,
                                                          warnings=article.warnings + tuple(warnings))))
            warnings = []  # the manifest's notes on a file go with its first article only


def printable(value: str) -> str:
    """``value`` as valid Unicode. Lone surrogates cannot be written to Parquet: a file name's
    undecodable bytes (which Python keeps as U+DC80-U+DCFF) become escapes such as \\xe9, any
    other lone surrogate \\ud800."""
    return _SURROGATE.sub(_escape, value)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def _valid_unicode(article: Article) -> Article:
    """Every string of ``article`` valid Unicode. In the text (a JSON line may hold "\\ud800"), each
    lone surrogate becomes U+FFFD, one character for one, so offsets are unchanged."""
    changes: dict = {}
    for name in ("article_id", "path", "outlet", "title", "url", "error"):
        value = getattr(article, name)
        if value and _SURROGATE.search(value):
            changes[name] = printable(value)
    if article.warnings and any(_SURROGATE.search(w) for w in article.warnings):
        changes["warnings"] = tuple(printable(w) for w in article.warnings)
    if _SURROGATE.search(article.text):
        count = len(_SURROGATE.findall(article.text))
        changes["text"] = _SURROGATE.sub("\ufffd", article.text)
        changes["warnings"] = changes.get("warnings", article.warnings) + (
            f"{printable(article.path or article.article_id)}: {count} invalid character(s) (lone UTF-16 "
            f"surrogates) replaced by U+FFFD; fix the text at its source",)
    return article.replace(**changes) if changes else article


def complete(article: Article) -> Article:
    """What the text itself tells: a date line (when nothing better gave a date), the boilerplate
    ranges, and "unknown" for an outlet that nothing named."""
    changes: dict = {"outlet": article.outlet or UNKNOWN_OUTLET}
    if article.status == "ok":
        changes["boilerplate"] = find_boilerplate(article.text)
        if article.published is None:
            day = date_line(article.text)
            if day is not None:
                changes.update(published=day, date_source="text")
            else:
                changes["warnings"] = article.warnings + (_no_date(article),)
    return article.replace(**changes)


def _no_date(article: Article) -> str:
    """The warning for an article with no date, with a fix its input allows; a date line that
    was refused because it reads two ways is named."""
    refused = ambiguous_date_line(article.text)
    why = f" ({refused}, near the top, may be read day first or month first)" if refused else ""
    if article.path == STDIN:  # no manifest applies to standard input
        return (f"standard input: no publication date on a date line at the top of the text{why}; put one on its "
                f"first line (e.g. 'Published: 2025-01-04')")
    return (f"{article.path or article.article_id}: no publication date in a manifest, the page's metadata "
            f"or a date line at the top of the text{why}; give it in manifest.csv's published column")
