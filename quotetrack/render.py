"""Tables for people (rich, wrapped to the terminal; plain aligned text when piped) and for scripts.

On a terminal a table has a frame and bold headers. Piped into a file or another program it is plain
text: no colour codes, no box-drawing characters, a dashed line under the headers, and a blank line
between rows whenever a row wraps, so that a pasted table still reads row by row.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .export import as_text
from .query import speaker_label

#: widths (characters) of a "short" column at most and, when room is short, at least; of a text column at least
SHORT_MAX, SHORT_MIN, TEXT_MIN = 28, 10, 30

#: plain text frame: only a dashed rule under the headers (``show_lines`` adds blank lines between rows)
PLAIN_BOX = box.Box(
    "    \n"
    "    \n"
    " -  \n"
    "    \n"
    "    \n"
    "    \n"
    "    \n"
    "    \n",
    ascii=True,
)


@dataclass(frozen=True)
class Column:
    """One table column: ``field`` on the first line of each cell, ``below`` fields under it (dimmed
    on a terminal). ``kind`` sets how it takes room: "fixed" never wraps (dates, counts), "short"
    wraps on words within a cap (names, roles), "text" takes the room that is left (quotes)."""

    field: str
    header: str
    kind: str = "short"
    below: tuple[str, ...] = ()
    highlight: str | None = None  # a field whose value is set in bold inside this one (the quote in its context)


#: columns whose names or headers mean long text or fixed-width values, for plain {field: header} specs
_TEXT_FIELDS = ("text", "quote", "context")
_FIXED_HEADERS = ("date", "#", "first", "last", "quotes", "mentions", "id", "published")


def as_columns(spec: Mapping[str, str] | Sequence[Column]) -> list[Column]:
    """``{field: header}`` or a list of Column, as Columns."""
    if isinstance(spec, Mapping):
        return [Column(f, h, "text" if f in _TEXT_FIELDS else "fixed" if h.lower() in _FIXED_HEADERS else "short")
                for f, h in spec.items()]
    return list(spec)


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console(file=None, *, terminal: bool | None = None, width: int | None = None) -> Console:
    """A console for ``file`` (standard output): styled on a terminal, plain text otherwise."""
    file = file or sys.stdout
    terminal = is_terminal(file) if terminal is None else terminal
    if terminal:
        return Console(file=file, width=width, force_terminal=True, highlight=False, emoji=False, soft_wrap=False)
    # COLUMNS still sets the width of plain text (rich's default for a pipe is 80)
    return Console(file=file, width=width, force_terminal=False, color_system=None, no_color=True,
                   highlight=False, emoji=False, soft_wrap=False, legacy_windows=False)


def cell_text(value) -> str:
    """A value as a cell's text: lists joined with ", ", dates in ISO form, missing as empty."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, dict):
        return cell_text(value.get("role") or value.get("name") or "")
    if value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(t for t in (cell_text(v) for v in value) if t)  # one item a line
    if isinstance(value, (pd.Timestamp, dt.datetime)):  # the tables hold days, never times
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _cell(row: Mapping, column: Column) -> Text:
    # Text, never a markup string: a quote such as "[the movement] will" must print as written
    text = Text(cell_text(row.get(column.field)))
    if column.highlight:
        needle = cell_text(row.get(column.highlight))
        if needle:
            text.highlight_words([needle], style="bold", case_sensitive=True)
    for name in column.below:
        extra = cell_text(row.get(name))
        if extra:
            text.append("\n")
            text.append(extra, style="dim")
    return text


def _lines(text: Text) -> list[str]:
    return text.plain.split("\n")


def column_widths(cells: list[list[Text]], columns: Sequence[Column], room: int) -> list[int]:
    """Content widths that fit ``room``: fixed columns as wide as their values, short ones up to a
    cap, and text columns share what is left, never below a readable minimum while short ones can
    still give way."""
    natural = [max([cell_len(column.header)] + [cell_len(line) for row in cells for line in _lines(row[i])])
               for i, column in enumerate(columns)]
    widths = [n if c.kind != "short" else min(n, SHORT_MAX) for n, c in zip(natural, columns)]
    text_cols = [i for i, c in enumerate(columns) if c.kind == "text"]
    short_cols = [i for i, c in enumerate(columns) if c.kind == "short"]
    want = min(sum(natural[i] for i in text_cols), TEXT_MIN * len(text_cols))
    floor = {i: max(SHORT_MIN, cell_len(columns[i].header)) for i in short_cols}

    def left() -> int:
        return room - sum(w for i, w in enumerate(widths) if i not in text_cols)

    # narrow the widest short column, one character at a time, until the text has its minimum
    while left() < want or (not text_cols and left() < 0):
        shrinkable = [i for i in short_cols if widths[i] > floor[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
    share = max(1, left())
    for n, i in enumerate(text_cols):
        # each text column gets an equal part of what is left, or less when its text is shorter
        part = share // (len(text_cols) - n)
        widths[i] = max(1, min(natural[i], part))
        share -= widths[i]
    return widths


def build_table(frame: pd.DataFrame, columns: Sequence[Column], *, terminal: bool, width: int,
                title: str | None = None) -> Table:
    """A rich Table of ``frame`` that fits ``width``: framed on a terminal, plain otherwise. Rows that
    wrap get separators, so a quote's second line is never mistaken for the next row."""
    cells = [[_cell(row, c) for c in columns] for row in frame.to_dict(orient="records")]
    n = len(columns)
    overhead = 3 * n + 1 if terminal else 3 * n - 3  # frame, separators and padding around the cells
    widths = column_widths(cells, columns, width - overhead)
    measure = console(io.StringIO(), terminal=False, width=width)
    wraps = any(len(text.wrap(measure, w)) > 1 for row in cells for text, w in zip(row, widths))
    table = Table(title=title, show_lines=wraps, box=box.ROUNDED if terminal else PLAIN_BOX,
                  show_edge=terminal, pad_edge=terminal, header_style="bold" if terminal else "",
                  title_style="bold" if terminal else "")
    for column, w in zip(columns, widths):
        # long words (URLs, ids) fold rather than run past the column
        table.add_column(column.header, width=w, no_wrap=column.kind == "fixed",
                         overflow="ellipsis" if column.kind == "fixed" else "fold")
    for row in cells:
        table.add_row(*row)
    return table


def render_table(frame: pd.DataFrame, columns: Mapping[str, str] | Sequence[Column], *, terminal: bool,
                 width: int | None = None, title: str | None = None) -> str:
    """The table as text, with escape codes when ``terminal``, trailing spaces trimmed when not."""
    width = width or console().width
    target = console(io.StringIO(), terminal=terminal, width=width)
    with target.capture() as captured:
        target.print(build_table(frame, as_columns(columns), terminal=terminal, width=width, title=title))
    rendered = captured.get()
    if not terminal:
        rendered = "\n".join(line.rstrip() for line in rendered.splitlines()).strip("\n") + "\n"
    return rendered


def print_table(frame: pd.DataFrame, columns: Mapping[str, str] | Sequence[Column], *, title: str | None = None,
                file=None) -> None:
    """Print ``frame``'s ``columns`` as a table on ``file`` (standard output); long text wraps."""
    file = file or sys.stdout
    file.write(render_table(frame, columns, terminal=is_terminal(file), title=title))
    file.flush()


def emit(frame: pd.DataFrame, fmt: str, file=None) -> None:
    """csv | json (one array) | jsonl on ``file`` (standard output), exactly as `export` writes them."""
    (file or sys.stdout).write(as_text(frame, fmt))


# -- the tables of `list`, `speakers` and `show` -----------------------------------------------------
QUOTE_COLUMNS = [
    Column("first_published", "Date", "fixed", below=("quote_id",)),
    # the kind: direct, partial or indirect, how the outlets carried it
    Column("speaker", "Speaker", below=("role", "kind")),
    Column("n_outlets", "#", "fixed"),  # how many outlets carried the quote
    Column("outlets", "Outlets"),
    Column("text", "Quote", "text"),
]
MENTION_COLUMNS = [
    Column("published", "Date", "fixed", below=("quote_id",)),
    Column("speaker", "Speaker", below=("role", "kind")),
    Column("outlet", "Outlet", below=("cue",)),
    Column("text", "Quote", "text"),
]
SPEAKER_COLUMNS = [
    Column("name", "Speaker", below=("kind",)),
    Column("roles", "Roles", "text", below=("affiliation",)),
    Column("n_quotes", "Quotes", "fixed"),
    Column("n_mentions", "Mentions", "fixed"),
    Column("first_seen", "Seen", "fixed", below=("last_seen",)),
]
VERSION_COLUMNS = [
    Column("published", "Date", "fixed", below=("said",)),
    Column("outlet", "Outlet", below=("article_id",)),
    Column("speaker_mention", "Said by", below=("cue", "kind", "resolved")),
    Column("sentence", "Context", "text", highlight="text"),
]


def print_quotes(rows: pd.DataFrame, *, mentions: bool = False, file=None) -> None:
    """`quotetrack list`: one row per quote (date and quote id, speaker and role, outlets, text), or
    with ``mentions`` one per occurrence. A speaker the text does not name shows as [its words]."""
    if "speaker" in rows:  # an empty cell would read as "same as above"
        unnamed = rows["unnamed_speaker"] if "unnamed_speaker" in rows else [None] * len(rows)
        rows = rows.assign(speaker=[speaker_label(name, words) for name, words in zip(rows["speaker"], unnamed)])
    print_table(rows, MENTION_COLUMNS if mentions else QUOTE_COLUMNS, file=file)


def print_speakers(speakers: pd.DataFrame, *, file=None) -> None:
    """`quotetrack speakers`: name and kind, roles and affiliation, counts, first and last day seen."""
    # a speaker seen on one day shows that day once
    speakers = speakers.assign(last_seen=speakers["last_seen"].where(speakers["last_seen"] != speakers["first_seen"]))
    print_table(speakers, SPEAKER_COLUMNS, file=file)


def print_versions(quote: pd.Series, versions: pd.DataFrame, *, file=None) -> None:
    """`quotetrack show`: the quote, then each version of it with the sentence around it."""
    file = file or sys.stdout
    file.write(f"{speaker_label(quote['speaker'], quote.get('unnamed_speaker'))}: \u201c{quote['text']}\u201d\n")
    outlets = cell_text(quote["outlets"]).replace("\n", ", ")
    file.write(f"{quote['quote_id']}: {quote['n_mentions']} mention(s) in {quote['n_outlets']} outlet(s)"
               f"{': ' + outlets if outlets else ''}\n")
    # the day the words were said, when the article dates them apart from its own day
    said = versions["said_on"].where(versions["said_on"] != versions["published"])
    resolved = pd.Series([resolution(row) for _, row in versions.iterrows()], index=versions.index, dtype=object)
    print_table(versions.assign(said=said.map(lambda d: f"said {cell_text(d)}" if cell_text(d) else None),
                                resolved=resolved), VERSION_COLUMNS, file=file)


def resolution(mention: pd.Series) -> str | None:
    """How a mention's speaker was found, and where its words were resolved to a name: "syntax,
    name at 120-135" (offsets into the article, the speaker_antecedent columns)."""
    how = mention.get("attribution")
    start, end = mention.get("speaker_antecedent_start"), mention.get("speaker_antecedent_end")
    if not isinstance(how, str) or how == "none":
        return None
    if pd.notna(start) and pd.notna(end) and (start, end) != (mention.get("speaker_start"), mention.get("speaker_end")):
        return f"{how}, name at {int(start)}-{int(end)}"
    return how
