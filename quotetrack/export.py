"""Writers for researchers: CSV that is safe to open in a spreadsheet, JSON (one array), JSON lines,
Parquet. `export` writes them to files; `list`, `speakers`, `show` and `extract` print the text ones
the same way."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO

import pandas as pd

from .errors import ExportError
from .files import umask

FORMATS = ("csv", "json", "jsonl", "parquet")
TEXT_FORMATS = ("csv", "json", "jsonl")
#: the format a file name asks for, by its suffix
SUFFIX_FORMATS = {f".{fmt}": fmt for fmt in FORMATS}
#: a cell starting with one of these is run as a formula by spreadsheets (OWASP CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Prefix a formula-like string with a single quote so a spreadsheet shows it as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _plain(value):
    """A cell as a plain value: lists joined with "; ", dates in ISO form, a speaker's role as text
    with its dates, other structs as JSON."""
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str)):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        return "; ".join(str(text) for text in map(_plain, items) if text is not None)
    if isinstance(value, dict):
        return _struct_text(value)
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat() if not pd.isna(value) else None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _struct_text(value: dict) -> str:
    """A role of the speakers table as "spokesman (2025-01-03)" or "spokesman (2025-01-03 to
    2025-03-28)"; any other struct as JSON."""
    if "role" not in value:
        return json.dumps({k: _plain(v) for k, v in value.items()}, default=str, ensure_ascii=False)
    days = [day for day in (_plain(value.get("first_seen")), _plain(value.get("last_seen"))) if day]
    return f"{value['role']} ({' to '.join(dict.fromkeys(days))})" if days else str(value["role"])


def for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every cell plain and formula-safe."""
    return frame.apply(lambda column: column.map(lambda v: neutralise(_plain(v)) if not _missing(v) else None))


def _missing(value) -> bool:
    try:
        return value is None or (not isinstance(value, (list, tuple, str, dict)) and bool(pd.isna(value)))
    except (TypeError, ValueError):
        return False


def _json_value(value):
    if _missing(value):
        return None
    if hasattr(value, "tolist") and not isinstance(value, str):
        return [_json_value(v) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts (dates as ISO strings, lists as lists)."""
    return [{k: _json_value(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def csv_text(frame: pd.DataFrame) -> str:
    """``frame`` as CSV text, safe for a spreadsheet: every cell plain and formula-safe, lines ended
    by CRLF (RFC 4180), so that a cell holding a newline *or* a carriage return is always quoted."""
    return for_csv(frame).to_csv(index=False, lineterminator="\r\n")


def as_text(frame: pd.DataFrame, fmt: str) -> str:
    """``frame`` as csv (see csv_text), json (one array of rows) or jsonl (one row a line)."""
    if fmt == "csv":
        return csv_text(frame)
    if fmt == "json":
        return json.dumps(records(frame), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in records(frame))
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(TEXT_FORMATS)}")


def format_for(path: str | os.PathLike) -> str | None:
    """The format a file name asks for by its suffix (.csv, .json, .jsonl, .parquet, any case), else None."""
    return SUFFIX_FORMATS.get(Path(path).suffix.lower())


def write(frame: pd.DataFrame, fmt: str, out: str | Path | IO, *, excel: bool = False) -> None:
    """Write ``frame`` as csv, json, jsonl or parquet to a path, or to standard output when out is "-".

    CSV is UTF-8, with a byte-order mark when ``excel`` (so Excel reads it as UTF-8). A file is
    written whole beside its target and renamed into place: an export that fails leaves no half file.
    Parquet is refused on a terminal (binary bytes would garble it, and no one can read them there).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out == "-" and _is_terminal(sys.stdout):
        raise ExportError("Parquet is binary and is not written to a terminal; give -o FILE.parquet, or redirect "
                          "standard output to a file (-o - > FILE.parquet)")
    if fmt == "parquet":
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        data = buffer.getvalue()
    else:
        data = as_text(frame, fmt).encode("utf-8-sig" if excel and fmt == "csv" else "utf-8")
    if out == "-":
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:  # a text-only stream (a test runner's): text is what it takes
            sys.stdout.write(data.decode("utf-8"))
        else:
            sys.stdout.flush()
            stream.write(data)
        sys.stdout.flush()
        return
    if not isinstance(out, (str, Path)):
        out.write(data)
        return
    try:
        _write_atomically(Path(out), data)
    except OSError as exc:
        raise ExportError(f"{out}: cannot be written ({exc.strerror}); check that its folder exists and that you "
                          f"may write there, or give -o another path (- for standard output)") from None


def _is_terminal(stream: IO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _write_atomically(path: Path, data: bytes) -> None:
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(data)
        os.chmod(handle.name, 0o666 & ~umask())
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
