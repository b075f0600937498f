"""Plots of a dataset: a speaker's quotes over time, and which outlets carried which speakers.

Each plot has a function that prepares its numbers as a DataFrame (``timeline_counts``,
``outlet_counts``: what a test or a notebook can check) and one that draws them to a file (PNG, SVG
or PDF by the file's suffix). Figures are drawn with matplotlib's Agg canvas directly, never through
pyplot, so nothing needs a display and nothing global is changed.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import textwrap
from collections.abc import Collection
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .errors import QuotetrackError
from .query import mentions_of_kinds, speaker_label, speaker_matches, unnamed_speakers
from .records import QUOTATION_KINDS
from .store import Dataset

IMAGE_SUFFIXES = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
DATE_FIELDS = {"published": "published", "said": "said_on"}
DPI = 100
#: the bars of a timeline: pandas' period of each, finest first
BINS = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}
#: a timeline takes the finest bin that needs at most this many bars from its first day to its
#: last: days up to two months, weeks up to 14 months, months up to five years, then years. On a
#: 9-inch plot a bar is then at least ~10 pixels wide.
MAX_BARS = 60
#: outlets with a colour of their own, the most quoting first; beyond them the rest share one
#: ("other"): more than ten colours cannot be told apart in a legend
MAX_OUTLETS = 10
OTHER = "other"
OTHER_COLOUR = (0.62, 0.62, 0.62, 1.0)


class PlotError(QuotetrackError):
    """A plot cannot be drawn as asked (no such speaker, nothing to plot, an unknown file type)."""


# -- the numbers ---------------------------------------------------------------------------------------
def _mentions(ds: Dataset, speaker: str | None,
              kinds: Collection[str] | None = QUOTATION_KINDS) -> tuple[pd.DataFrame, list[str]]:
    """The mentions of ``speaker`` (as ``quotetrack list --speaker`` finds them) and the speakers'
    names as shown: canonical names, then [the words] of speakers the text does not name. Only
    mentions of ``kinds`` are counted (every kind with None): the quotations by default."""
    mentions = mentions_of_kinds(ds.frame("mentions"), kinds)
    if not speaker:
        return mentions, []
    mentions = mentions[speaker_matches(ds, mentions, speaker)]
    if mentions.empty:
        raise PlotError(f"no speaker matches {speaker!r}; `quotetrack speakers` lists the names "
                        f"(a canonical name, an alias or a surname), `quotetrack list` the words of unnamed ones")
    labels = _speaker_labels(mentions)
    unnamed = unnamed_speakers(mentions).notna()
    return mentions, sorted(set(labels[~unnamed])) + sorted(set(labels[unnamed]))


def _speaker_labels(mentions: pd.DataFrame) -> pd.Series:
    return pd.Series([speaker_label(name, words) for name, words in zip(mentions["speaker"], unnamed_speakers(mentions))],
                     index=mentions.index, dtype=object)


def timeline_counts(ds: Dataset, speaker: str | None = None, *, date: str = "published",
                    since: str | dt.date | None = None, until: str | dt.date | None = None,
                    bin: str = "auto", kinds: Collection[str] | None = QUOTATION_KINDS) -> pd.DataFrame:
    """Quotes per day, week, month or year, and outlet: one row per bar that has any (a
    DatetimeIndex of each bar's first day, named after the bin), one column per outlet (most quotes
    first; outlets beyond the dataset's ``MAX_OUTLETS`` most quoting share the last, "other"), the
    number of distinct quotes each outlet carried in it (in "other", added up over its outlets).

    ``date`` is "published" (the day the outlet ran it) or "said" (the day the words were said, as
    the article tells it). ``speaker`` matches as ``quotetrack list --speaker`` does. ``bin`` is
    "day", "week" (Monday to Sunday), "month", "year", or "auto": see ``choose_bin``. ``kinds``:
    the mentions counted, the quotations by default (add "indirect", or None for every kind).
    """
    if date not in DATE_FIELDS:
        raise PlotError(f"unknown date {date!r}; use one of {', '.join(DATE_FIELDS)}")
    mentions, _names = _mentions(ds, speaker, kinds)
    day = pd.to_datetime(mentions[DATE_FIELDS[date]])
    keep = pd.Series(True, index=mentions.index)
    if since:
        keep &= day >= pd.Timestamp(since)
    if until:
        keep &= day <= pd.Timestamp(until)
    return counts_over_time(mentions[keep], date=date, bin=bin, outlets=named_outlets(ds))


def choose_bin(days: pd.Series | pd.DatetimeIndex) -> str:
    """The finest bin (day, week, month, year) that covers ``days``, first to last, in at most
    ``MAX_BARS`` bars."""
    days = pd.DatetimeIndex(days).dropna()
    if days.empty:
        return "day"
    for name, freq in BINS.items():
        if len(pd.period_range(days.min(), days.max(), freq=freq)) <= MAX_BARS:
            return name
    return "year"


def undated_count(ds: Dataset, speaker: str | None = None, *, date: str = "published") -> int:
    """The quotes ``timeline_counts`` cannot place on the time axis, counted as its bars count them
    (once for each outlet that carried one): those whose article has no date."""
    return undated_quotes(_mentions(ds, speaker)[0], date=date)


def undated_quotes(mentions: pd.DataFrame, *, date: str = "published") -> int:
    """``undated_count`` of a mentions table as it is."""
    undated = mentions[pd.to_datetime(mentions[DATE_FIELDS[date]]).isna()]
    return len(undated.assign(outlet=undated["outlet"].fillna("unknown")).drop_duplicates(["outlet", "quote_id"]))


def undated_note(n: int) -> str:
    """What a timeline leaves out, said on the plot, under it in the report, and by `plot timeline`."""
    if not n:
        return ""
    return f"{n} quote{'s' if n != 1 else ''} without a date {'are' if n != 1 else 'is'} not shown"


def counts_over_time(mentions: pd.DataFrame, *, date: str = "published", bin: str = "auto",
                     outlets: list[str] | None = None) -> pd.DataFrame:
    """``timeline_counts`` of a mentions table as it is (already filtered). ``outlets`` are those
    that keep their own column (the others go to "other"); None keeps every one."""
    day = pd.to_datetime(mentions[DATE_FIELDS[date]])
    bin = choose_bin(day) if bin == "auto" else bin
    if bin not in BINS:
        raise PlotError(f"unknown bin {bin!r}; use auto or one of {', '.join(BINS)}")
    frame = pd.DataFrame({"when": day, "outlet": mentions["outlet"].fillna("unknown"), "quote_id": mentions["quote_id"]})
    frame = frame.dropna(subset=["when"])
    frame["when"] = frame["when"].dt.to_period(BINS[bin]).dt.start_time
    # a quote counts once for each outlet that carried it in the bar, also inside "other"
    frame = frame.drop_duplicates()
    if outlets is not None:
        frame["outlet"] = frame["outlet"].where(frame["outlet"].isin(outlets), OTHER)
    counts = frame.groupby(["when", "outlet"]).size().unstack("outlet", fill_value=0)
    counts = counts[sorted(counts.columns, key=lambda outlet: (outlet == OTHER, -counts[outlet].sum(), outlet))]
    counts.columns.name = "outlet"
    counts.index.name = bin
    return counts.astype(int).sort_index()


def outlet_counts(ds: Dataset, *, top: int | None = None,
                  kinds: Collection[str] | None = QUOTATION_KINDS) -> pd.DataFrame:
    """Distinct quotes of each speaker (rows, most quoted first) carried by each outlet (columns,
    most quotes first). ``top`` keeps the most quoted speakers only. A speaker the text does not
    name is a row of its words, "[a US official]"; quotes with no speaker words at all share
    "(no speaker)". ``kinds`` as in timeline_counts."""
    mentions = mentions_of_kinds(ds.frame("mentions"), kinds)
    frame = pd.DataFrame({"speaker": _speaker_labels(mentions),
                          "outlet": mentions["outlet"].fillna("unknown"), "quote_id": mentions["quote_id"]})
    counts = frame.groupby(["speaker", "outlet"])["quote_id"].nunique().unstack("outlet", fill_value=0)
    counts = counts.loc[sorted(counts.index, key=lambda s: (-counts.loc[s].sum(), s))]
    counts = counts[sorted(counts.columns, key=lambda outlet: (-counts[outlet].sum(), outlet))]
    return counts.head(top).astype(int) if top else counts.astype(int)


def named_outlets(ds: Dataset) -> list[str]:
    """The outlets that have a colour (and a timeline column) of their own: every one when there
    are ``MAX_OUTLETS`` or fewer, else the ``MAX_OUTLETS - 1`` that carried most quotes (then by
    name), so that with "other" there are still ``MAX_OUTLETS`` colours."""
    mentions = mentions_of_kinds(ds.frame("mentions"), QUOTATION_KINDS)
    carried = mentions.assign(outlet=mentions["outlet"].fillna("unknown")).drop_duplicates(["outlet", "quote_id"])
    ranked = sorted(carried["outlet"].value_counts().items(), key=lambda item: (-item[1], item[0]))
    outlets = [str(outlet) for outlet, _ in ranked]
    return outlets if len(outlets) <= MAX_OUTLETS else outlets[: MAX_OUTLETS - 1]


def outlet_colours(ds: Dataset) -> dict[str, tuple[float, float, float, float]]:
    """One colour per named outlet, the same in every plot of the dataset, and grey for "other"."""
    named = named_outlets(ds)
    tab10 = colormaps["tab10"]
    palette = [tab10(i) for i in range(tab10.N)]
    if len(named) < len(set(ds.frame("mentions")["outlet"].fillna("unknown"))):
        palette = [c for c in palette if len(set(c[:3])) > 1]  # tab10's own grey would read as "other"
    return {**{outlet: palette[i] for i, outlet in enumerate(named)}, OTHER: OTHER_COLOUR}


def bar_label(start: pd.Timestamp, bin: str) -> str:
    """A bar's period in words: 2025-01-03, week of 2025-01-06, 2025-01, 2025."""
    if bin == "week":
        return f"week of {start.date().isoformat()}"
    return {"month": f"{start:%Y-%m}", "year": f"{start:%Y}"}.get(bin, start.date().isoformat())


# -- the figures ---------------------------------------------------------------------------------------
def timeline_figure(counts: pd.DataFrame, *, title: str, colours: dict | None = None, subtitle: str = "") -> Figure:
    """Stacked bars, one per day, week, month or year (``counts.index.name``), coloured by outlet, on
    a time axis (gaps are kept). Totals stand over the bars when they fit side by side."""
    fig = Figure(figsize=(9, 4.2), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    colours = colours or {}
    bin = counts.index.name if counts.index.name in BINS else "day"
    starts = [d.to_pydatetime() for d in counts.index]
    align: Literal["center", "edge"] = "center" if bin == "day" else "edge"
    if bin == "day":
        width = [_bar_width(pd.DatetimeIndex(counts.index))] * len(starts)
    else:  # a bar spans its week, month or year, less a gap
        ends = [(d.to_period(BINS[bin]) + 1).start_time.to_pydatetime() for d in counts.index]
        width = [0.85 * (e - s).days for s, e in zip(starts, ends)]
    where = starts
    bottom = [0] * len(starts)
    for outlet in counts.columns:
        values = counts[outlet].tolist()
        colour = colours.get(outlet, OTHER_COLOUR if outlet == OTHER else None)
        label = "\n".join(textwrap.wrap("other outlets" if outlet == OTHER else str(outlet), 26)) or str(outlet)
        shown = [i for i, v in enumerate(values) if v]  # an empty segment would leave its edge as a line
        ax.bar([where[i] for i in shown], [values[i] for i in shown], width=[width[i] for i in shown],
               bottom=[bottom[i] for i in shown], label=label, color=colour, edgecolor=colour, linewidth=0.8,
               align=align)
        bottom = [b + v for b, v in zip(bottom, values)]
    centres = [s + dt.timedelta(days=w / 2) if align == "edge" else s for s, w in zip(starts, width)]
    totals = [ax.annotate(str(total), (x, total), xytext=(0, 2), textcoords="offset points", ha="center",
                          va="bottom", fontsize=8) for x, total in zip(centres, bottom)]
    if starts:
        first, last = min(starts), max(starts) + dt.timedelta(days=max(width) if align == "edge" else 0)
        pad = max(dt.timedelta(days=3), (last - first) * 0.04)
        ax.set_xlim(first - pad, last + pad)
    # at most 8 dates of a few characters each on a 6-inch axis: they never touch (tests measure it)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max(bottom, default=1) * 1.15 + 0.5)
    ax.set_ylabel(f"quotes per {bin}")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title(title, loc="left", fontsize=12, pad=16 if subtitle else 6)
    if subtitle:  # in the room the title's padding leaves
        ax.text(0, 1.015, subtitle, transform=ax.transAxes, fontsize=8, color="0.35", va="bottom")
    if len(counts.columns):
        ax.legend(title="outlet", fontsize=8, title_fontsize=8, frameon=False, loc="upper left",
                  bbox_to_anchor=(1.0, 1.0))
    _drop_crowded(fig, totals)
    return fig


def overlapping(texts: list) -> bool:
    """Whether any two of these drawn texts overlap (the figure must have been drawn)."""
    renderer = texts[0].figure.canvas.get_renderer() if texts else None
    boxes = sorted((t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()),
                   key=lambda box: box.x0)
    return any(a.overlaps(b) for a, b in zip(boxes, boxes[1:]))


def _drop_crowded(fig: Figure, totals: list) -> None:
    """The totals over the bars, only when none overlaps another: with many bars the y axis tells."""
    fig.canvas.draw()
    if overlapping(totals):
        for text in totals:
            text.remove()


def _bar_width(days: pd.DatetimeIndex) -> float:
    """A bar at least 1/150 of the time span wide so a single day stays visible, and never wider
    than the gap to the next day with quotes, so bars never overlap (matplotlib's units: days)."""
    if len(days) < 2:
        return 0.8
    span = (days.max() - days.min()).days
    gap = min((b - a).days for a, b in zip(days[:-1], days[1:]))
    return min(max(0.8, span / 150), 0.9 * gap)


#: a cell of the outlets grid, in inches: room for a three-digit count in 8-point type, or for an
#: outlet's name wrapped under the column when the names stand upright
CELL_WIDTH, UPRIGHT_CELL_WIDTH, CELL_HEIGHT = 0.42, 1.1, 0.28
#: above this many outlets their names are slanted rather than wrapped under each other
UPRIGHT_OUTLETS = 8


def outlets_figure(counts: pd.DataFrame, *, title: str) -> Figure:
    """A grid of speakers (rows) by outlets (columns), each cell the number of quotes, shaded by it.

    The figure grows with the grid, so that a cell (and its type) keeps one size whatever the
    number of speakers and outlets; beyond ``UPRIGHT_OUTLETS`` outlets their names are slanted."""
    n_rows, n_cols = counts.shape
    fig = Figure(figsize=(4 + CELL_WIDTH * n_cols, 1.5 + CELL_HEIGHT * n_rows), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    values = counts.to_numpy()
    ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, values.max(initial=0)))
    if n_cols > UPRIGHT_OUTLETS:
        names = [_shorten(str(c), 32) for c in counts.columns]
        ax.set_xticks(range(n_cols), names, fontsize=8, rotation=55, ha="left", rotation_mode="anchor")
    else:
        names = ["\n".join(textwrap.wrap(str(c), 16, break_long_words=False)) for c in counts.columns]
        ax.set_xticks(range(n_cols), names, fontsize=8)
    ax.set_yticks(range(n_rows), [_shorten(str(s), 42) for s in counts.index], fontsize=8)
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    threshold = values.max(initial=0) * 0.6
    for (row, col), value in np.ndenumerate(values):
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > threshold else "black")
    ax.set_xticks([x - 0.5 for x in range(1, n_cols)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, n_rows)], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(title, loc="left", fontsize=12)
    cell_width = CELL_WIDTH if n_cols > UPRIGHT_OUTLETS else UPRIGHT_CELL_WIDTH
    _fit_cells(fig, ax, n_cols * cell_width, n_rows * CELL_HEIGHT)
    return fig


def _shorten(label: str, width: int) -> str:
    """``label`` cut to ``width`` characters at a word, keeping the brackets of [unnamed words]."""
    if label.startswith("[") and label.endswith("]"):
        return f"[{textwrap.shorten(label[1:-1], width - 2, placeholder='...')}]"
    return textwrap.shorten(label, width, placeholder="...")


def _fit_cells(fig: Figure, ax, width: float, height: float) -> None:
    """Resize the figure so that the grid itself is ``width`` by ``height`` inches, whatever room
    its labels take (measured on a drawing), and its title fits."""
    for _ in range(3):
        fig.canvas.draw()
        box, title = ax.get_window_extent(), ax.title.get_window_extent()
        fig_w, fig_h = fig.get_size_inches()
        room = fig_w * fig.dpi - box.x0  # from the grid's left edge to the figure's right one
        wide = max(fig_w + width - box.width / fig.dpi, fig_w + (title.width + 10 - room) / fig.dpi)
        fig.set_size_inches(max(4.0, wide), max(2.0, fig_h + height - box.height / fig.dpi))


def image_bytes(fig: Figure, fmt: str = "png") -> bytes:
    """The figure as PNG (or SVG/PDF) bytes, without the writer's version or a date in them."""
    buffer = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None}
    fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def save(fig: Figure, path: str | os.PathLike) -> Path:
    """Write the figure to ``path``; its suffix (.png, .svg, .pdf) gives the format."""
    path = Path(path)
    fmt = IMAGE_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise PlotError(f"{path}: unknown image type {path.suffix or '(no suffix)'!r}; "
                        f"end the file name with {', '.join(IMAGE_SUFFIXES)}")
    if not path.parent.is_dir():
        raise PlotError(f"{path}: no folder {path.parent}; create it first or write the image elsewhere")
    path.write_bytes(image_bytes(fig, fmt))
    return path


# -- one call each, for the command line and the report -------------------------------------------------
def timeline(ds: Dataset, speaker: str | None = None, *, date: str = "published",
             since: str | dt.date | None = None, until: str | dt.date | None = None, bin: str = "auto") -> Figure:
    """The timeline figure of ``speaker`` (every speaker when None)."""
    counts = timeline_counts(ds, speaker, date=date, since=since, until=until, bin=bin)
    names = _mentions(ds, speaker)[1] if speaker else []
    who = ", ".join(names) if names else "every speaker"
    undated = undated_count(ds, speaker, date=date)
    if counts.empty:
        missing = (f"; {undated_note(undated)}: give their articles' dates in manifest.csv's published column"
                   if undated else "")
        raise PlotError(f"no quotes of {who} to plot in that period{missing}; `quotetrack list` shows what there is")
    when = "the day the outlet published it" if date == "published" else "the day the words were said"
    note = f"; {undated_note(undated)}" if undated else ""
    per = counts.index.name
    return timeline_figure(counts, title=f"Quotes of {who} per {per}, by outlet", colours=outlet_colours(ds),
                           subtitle=f"{len(counts)} {per}(s) with quotes; a quote two outlets carried counts once "
                                    f"for each; date: {when}{note}")


def outlets(ds: Dataset, *, top: int | None = 30) -> Figure:
    """The outlets-by-speakers grid of the ``top`` most quoted speakers."""
    every = outlet_counts(ds)
    if every.empty:
        raise PlotError("no quotes in the dataset to plot; build it from articles with quotes first")
    counts = every.head(top) if top else every
    shown = f" (the {len(counts)} most quoted of {len(every)})" if len(counts) < len(every) else ""
    return outlets_figure(counts, title=f"Quotes of each speaker by outlet{shown}")


def plot_timeline(ds: Dataset, path: str | os.PathLike, speaker: str | None = None, **options) -> Path:
    """Draw ``timeline(ds, speaker, **options)`` to ``path``."""
    return save(timeline(ds, speaker, **options), path)


def plot_outlets(ds: Dataset, path: str | os.PathLike, *, top: int | None = 30) -> Path:
    """Draw ``outlets(ds, top=top)`` to ``path``."""
    return save(outlets(ds, top=top), path)
