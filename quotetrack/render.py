"""Tables for people (rich, wrapped to the terminal; plain text when piped) and for scripts."""

from __future__ import annotations

import json
import sys

import pandas as pd
from rich.console import Console
from rich.table import Table

from .export import for_csv, records

SCRIPT_FORMATS = ("csv", "json", "jsonl")
_FIXED = ("date", "#", "first", "last", "quotes", "mentions")


def console() -> Console:
    # plain text without colour or box-drawing tricks when the output is not a terminal
    return Console(soft_wrap=False, highlight=False, emoji=False)


def _cell(value) -> str:
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def print_table(frame: pd.DataFrame, columns: dict[str, str], *, title: str | None = None,
                wide: tuple[str, ...] = ("quote", "text")) -> None:
    """Print ``frame``'s ``columns`` (column -> header) as a table; long text columns wrap."""
    out = console()
    table = Table(title=title, show_lines=False, expand=True, header_style="bold")
    narrow = [h for c, h in columns.items() if c not in wide and h.lower() not in _FIXED]
    # what the wide text column leaves is shared by the others, so the quote stays readable
    share = max(8, (out.width - 12 * (len(columns) - len(narrow)) - 36) // max(1, len(narrow)))
    for column, header in columns.items():
        is_wide = column in wide or header.lower() in wide
        fixed = header.lower() in _FIXED
        table.add_column(header, overflow="fold", ratio=1 if is_wide else None, min_width=30 if is_wide else None,
                         max_width=None if is_wide or fixed else min(share, 26), no_wrap=fixed)
    for row in frame[list(columns)].itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    out.print(table)


def emit(frame: pd.DataFrame, fmt: str) -> None:
    """csv | json (one array) | jsonl on standard output."""
    if fmt == "csv":
        sys.stdout.write(for_csv(frame).to_csv(index=False, lineterminator="\n"))
    elif fmt == "json":
        sys.stdout.write(json.dumps(records(frame), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(frame)))
    else:
        raise ValueError(f"unknown format {fmt!r}")
