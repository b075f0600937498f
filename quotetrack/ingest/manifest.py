"""manifest.csv: per-file metadata (id, file, outlet, published, title, url, note).

Only the ``file`` column is required; every other column is optional (a missing ``published`` means
dates come from the text). A manifest that cannot be used at all (not text, no ``file`` column, a
broken CSV line) raises ManifestError: a build reports it and reads the folder's files without it.
Smaller problems (a column quotetrack does not read, a listed file that is not there, a duplicate
id, a date that does not parse) are kept as messages naming the manifest, its line and the fix.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, ManifestError
from .dates import parse_date

MANIFEST_NAME = "manifest.csv"
REQUIRED_COLUMNS = ("file",)
KNOWN_COLUMNS = ("id", "file", "outlet", "published", "title", "url", "note")
#: column names people use for the ones quotetrack reads: named in the message, never guessed
SYNONYMS = {
    "file": ("filename", "file_name", "path", "filepath", "file_path", "name"),
    "id": ("article_id", "articleid", "key"),
    "outlet": ("source", "publisher", "publication", "site", "sitename", "newspaper", "media"),
    "published": ("date", "pub_date", "pubdate", "publication_date", "published_at", "published_on", "datetime"),
    "title": ("headline", "heading"),
    "url": ("link", "href", "address"),
}
_HEADER = ",".join(KNOWN_COLUMNS)


@dataclass
class ManifestEntry:
    file: str
    id: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    """A manifest's rows by file name, the problems that concern no single row (something in it is
    ignored), and warnings (it was read, but say so: an encoding guessed)."""

    path: Path
    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_manifest_date(value: str | None) -> dt.date | None:
    """A manifest's published value: ISO, or a date written out ("28 March 2025"); None when empty.

    Raises ValueError for anything else, all-number forms such as 03/01/2025 included (January or March?).
    """
    value = (value or "").strip()
    if not value:
        return None
    day = parse_date(value)
    if day is None:
        raise ValueError(f"published {value!r} is not a date quotetrack reads without guessing; write it as "
                         f"YYYY-MM-DD")
    return day


def locate(file: str, folders: Sequence[Path], reading: Collection[str] = ()) -> Path | None:
    """Where a manifest row's ``file`` is: the first of ``folders`` that holds it (the manifest's own
    folder first, then the folders being read, so that a manifest kept apart from its articles may
    name them as they are named there). A file being read (its resolved path in ``reading``) wins
    over a file of the same name elsewhere. None when no folder holds it."""
    found = [folder / file for folder in folders if (folder / file).is_file()]
    return next((path for path in found if str(path.resolve()) in reading), found[0] if found else None)


def read_manifest(path: str | Path) -> dict[str, ManifestEntry]:
    """Entries keyed by file name. Raises ManifestError when the manifest cannot be used at all."""
    return load_manifest(path).entries


def load_manifest(path: str | Path) -> Manifest:
    """The manifest at ``path``: its entries, with each row's problems on the entry, and the
    problems of the whole file. Raises ManifestError (naming the file and the fix) when it cannot be
    used at all."""
    from .text import decode  # the same decoding as articles: a CSV saved by Excel is often Windows-1252

    path = Path(path)
    manifest = Manifest(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ManifestError(f"{path}: manifest cannot be read ({exc.strerror}); check the path and its "
                            f"permissions") from None
    try:
        text, _encoding, warnings = decode(data, str(path))
    except InputError as exc:
        raise ManifestError(f"{exc}; a manifest is a CSV text file with the header line {_HEADER}") from None
    manifest.warnings.extend(warnings)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(c.strip() for c in header):
            raise ManifestError(f"{path}: manifest is empty; give it the header line {_HEADER} and one row a "
                                f"file, or remove it")
        columns = [c.strip().lower() for c in header]
        _check_columns(path, columns, manifest)
        rows = [(reader.line_num, dict(zip(columns, (v.strip() for v in row)))) for row in reader]
    except csv.Error as exc:
        raise ManifestError(f"{path}:{reader.line_num}: not valid CSV ({exc}); fix that line, or save the "
                            f"file again as CSV") from None
    _read_rows(path, rows, manifest)
    return manifest


def _check_columns(path: Path, columns: list[str], manifest: Manifest) -> None:
    if "file" not in columns:
        found = ", ".join(c for c in columns if c) or "none"
        if any(Path(c).suffix.lower() in (".txt", ".html", ".htm") for c in columns):
            hint = f"its first line looks like a row, not a header; add the header line {_HEADER} above it"
        elif renamed := [c for c in columns if c in SYNONYMS["file"]]:
            hint = f"rename its {renamed[0]!r} column to 'file'"
        else:
            hint = f"add a 'file' column naming each article's file (header line: {_HEADER})"
        raise ManifestError(f"{path}: manifest has no 'file' column (it has {found}); {hint}")
    for column in columns:
        if not column or column in KNOWN_COLUMNS:
            continue
        meant = next((known for known, others in SYNONYMS.items() if column in others), None)
        if meant and meant not in columns:
            manifest.problems.append(f"{path}: column {column!r} is not read; rename it to {meant!r} if it holds "
                                     f"the {meant} (the columns read are {', '.join(KNOWN_COLUMNS)})")
    duplicated = sorted({c for c in columns if c and columns.count(c) > 1})
    if duplicated:
        manifest.problems.append(f"{path}: column {', '.join(map(repr, duplicated))} appears twice; the last one "
                                 f"is used (remove the other)")


def _read_rows(path: Path, rows: list[tuple[int, dict]], manifest: Manifest) -> None:
    seen_ids: dict[str, str] = {}
    for line, row in rows:
        file = row.get("file", "")
        if not file:
            if any(row.values()):
                manifest.problems.append(f"{path}:{line}: row has no file name; fill in its 'file' column or "
                                         f"remove the row")
            continue
        if file in manifest.entries:
            manifest.problems.append(f"{path}:{line}: {file} is listed again; the first row for it is used "
                                     f"(remove the other)")
            continue
        entry = ManifestEntry(file=file, id=row.get("id") or None, outlet=row.get("outlet") or None,
                              title=row.get("title") or None, url=row.get("url") or None)
        try:
            entry.published = parse_manifest_date(row.get("published"))
        except ValueError as exc:
            entry.problems.append(f"{path}:{line}: {exc}; the date is read from the text instead")
        if entry.id and entry.id in seen_ids:
            entry.problems.append(
                f"{path}:{line}: id {entry.id!r} is also used for {seen_ids[entry.id]}; "
                f"the file stem is used as its id instead (give each row its own id)"
            )
            entry.id = None
        elif entry.id:
            seen_ids[entry.id] = file
        manifest.entries[file] = entry
