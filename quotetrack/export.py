"""Writers for researchers: CSV that is safe to open in a spreadsheet, JSON lines, Parquet."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import IO

import pandas as pd

FORMATS = ("csv", "jsonl", "parquet")
#: a cell starting with one of these is run as a formula by spreadsheets (OWASP CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Prefix a formula-like string with a single quote so a spreadsheet shows it as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _plain(value):
    """A cell as a plain value: lists joined with "; ", dates in ISO form, structs as JSON."""
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str)):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        return "; ".join(_plain(v) if not isinstance(v, dict) else json.dumps(v, default=str) for v in items)
    if isinstance(value, dict):
        return json.dumps(value, default=str, ensure_ascii=False)
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat() if not pd.isna(value) else None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


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


def write(frame: pd.DataFrame, fmt: str, out: str | Path | IO, *, excel: bool = False) -> None:
    """Write ``frame`` as csv, jsonl or parquet to a path, or to standard output when out is "-"."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    to_stdout = out == "-"
    if fmt == "parquet":
        if to_stdout:
            frame.to_parquet(sys.stdout.buffer, index=False)
        else:
            frame.to_parquet(out, index=False)
        return
    if fmt == "csv":
        text = for_csv(frame).to_csv(index=False, lineterminator="\n")
        encoding = "utf-8-sig" if excel else "utf-8"
    else:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in records(frame))
        encoding = "utf-8"
    if to_stdout:
        if excel and fmt == "csv":
            sys.stdout.write("\ufeff")
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(out).write_text(text, encoding=encoding, newline="")
