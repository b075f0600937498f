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

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Article
from .boilerplate import find_boilerplate
from .dates import date_line
from .html import HTML_SUFFIXES, read_html_file
from .jsonl import JSONL_SUFFIXES, read_jsonl_file
from .manifest import MANIFEST_NAME, ManifestEntry, read_manifest
from .text import read_stdin, read_text_file

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES, *JSONL_SUFFIXES)
STDIN = "-"
#: the outlet of an article that no manifest, page or JSON line names
UNKNOWN_OUTLET = "unknown"


def discover(sources: Iterable[str | Path]) -> list[Path | str]:
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


def _manifests_for(sources: Iterable[str | Path], manifest: str | Path | None) -> dict[str, ManifestEntry]:
    entries: dict[str, ManifestEntry] = {}
    paths = [Path(manifest)] if manifest else [
        Path(s) / MANIFEST_NAME for s in sources if Path(s).is_dir() and (Path(s) / MANIFEST_NAME).is_file()
    ]
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: manifest not found; check the --manifest path")
        for file, entry in read_manifest(path).items():
            entries[str((path.parent / file).resolve())] = entry
            entries.setdefault(file, entry)
    return entries


def _read(path: Path | str, article_id: str, meta: dict) -> Iterator[Article]:
    if path == STDIN:
        yield read_stdin(article_id=article_id, **meta)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield read_html_file(path, article_id=article_id, **meta)
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)  # each line names its own id, outlet and date
    else:
        yield read_text_file(path, article_id=article_id, **meta)


def read_articles(sources: Iterable[str | Path], *, manifest: str | Path | None = None) -> Iterator[Article]:
    """Articles from files, folders and "-", in a stable order, each with a unique article_id."""
    sources = list(sources)
    entries = _manifests_for(sources, manifest)
    used_ids: set[str] = set()
    for path in discover(sources):
        entry = None if path == STDIN else entries.get(str(path.resolve())) or entries.get(path.name)
        meta: dict = {}
        warnings: list[str] = []
        if entry:
            meta = dict(outlet=entry.outlet, published=entry.published, title=entry.title, url=entry.url,
                        date_source="manifest" if entry.published else None)
            warnings.extend(entry.problems)
        stem = "stdin" if path == STDIN else path.stem
        for article in _read(path, (entry.id if entry and entry.id else None) or stem, meta):
            article_id = article.article_id
            if article_id in used_ids:
                n = 2
                while f"{article_id}-{n}" in used_ids:
                    n += 1
                warnings.append(f"{article.path}: article id {article_id!r} is already taken; using {article_id}-{n}")
                article_id = f"{article_id}-{n}"
            used_ids.add(article_id)
            yield complete(article.replace(article_id=article_id, warnings=article.warnings + tuple(warnings)))
            warnings = []  # the manifest's notes on a file go with its first article only


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
                changes["warnings"] = article.warnings + (
                    f"{article.path or article.article_id}: no publication date in a manifest, the page's metadata "
                    f"or a date line at the top of the text; give it in manifest.csv's published column",)
    return article.replace(**changes)
