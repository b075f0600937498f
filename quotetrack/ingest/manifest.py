"""manifest.csv: per-file metadata (id, file, outlet, published, title, url, note)."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

MANIFEST_NAME = "manifest.csv"
REQUIRED_COLUMNS = ("file",)
KNOWN_COLUMNS = ("id", "file", "outlet", "published", "title", "url", "note")


@dataclass
class ManifestEntry:
    file: str
    id: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    problems: list[str] = field(default_factory=list)


def parse_iso_date(value: str | None) -> dt.date | None:
    """A date from an ISO string (a datetime's date part is kept); None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD") from None


def read_manifest(path: str | Path) -> dict[str, ManifestEntry]:
    """Entries keyed by file name. Problems with one row are kept on the entry, not raised."""
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = [c.strip() for c in (reader.fieldnames or [])]
            missing = [c for c in REQUIRED_COLUMNS if c not in columns]
            if missing:
                raise InputError(
                    f"{path}: manifest has no {', '.join(missing)!s} column (it has {', '.join(columns) or 'none'}); "
                    f"add a header line with at least: {', '.join(KNOWN_COLUMNS)}"
                )
            rows = [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: manifest is not UTF-8 text ({exc.reason}); save it as UTF-8 CSV") from None
    entries: dict[str, ManifestEntry] = {}
    seen_ids: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        file = row.get("file", "")
        if not file:
            continue
        entry = ManifestEntry(file=file, id=row.get("id") or None, outlet=row.get("outlet") or None,
                              title=row.get("title") or None, url=row.get("url") or None)
        try:
            entry.published = parse_iso_date(row.get("published"))
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
        entries[file] = entry
    return entries
