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
from pathlib import Path

import pandas as pd
from matplotlib import colormaps
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .errors import QuotetrackError
from .query import speaker_label, speaker_matches, unnamed_speakers
from .store import Dataset

IMAGE_SUFFIXES = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
DATE_FIELDS = {"published": "published", "said": "said_on"}
DPI = 100


class PlotError(QuotetrackError):
    """A plot cannot be drawn as asked (no such speaker, nothing to plot, an unknown file type)."""


# -- the numbers ---------------------------------------------------------------------------------------
def _mentions(ds: Dataset, speaker: str | None) -> tuple[pd.DataFrame, list[str]]:
    """The mentions of ``speaker`` (as ``quotetrack list --speaker`` finds them) and the speakers'
    names as shown: canonical names, then [the words] of speakers the text does not name."""
    mentions = ds.frame("mentions")
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
                    since: str | dt.date | None = None, until: str | dt.date | None = None) -> pd.DataFrame:
    """Quotes per day and outlet: one row per day that has any (a DatetimeIndex), one column per
    outlet (most quotes first), the number of distinct quotes the outlet carried that day.

    ``date`` is "published" (the day the outlet ran it) or "said" (the day the words were said, as
    the article tells it). ``speaker`` matches as ``quotetrack list --speaker`` does.
    """
    if date not in DATE_FIELDS:
        raise PlotError(f"unknown date {date!r}; use one of {', '.join(DATE_FIELDS)}")
    mentions, _names = _mentions(ds, speaker)
    day = pd.to_datetime(mentions[DATE_FIELDS[date]])
    keep = pd.Series(True, index=mentions.index)
    if since:
        keep &= day >= pd.Timestamp(since)
    if until:
        keep &= day <= pd.Timestamp(until)
    return counts_per_day(mentions[keep], date=date)


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


def counts_per_day(mentions: pd.DataFrame, *, date: str = "published") -> pd.DataFrame:
    """``timeline_counts`` of a mentions table as it is (already filtered)."""
    frame = pd.DataFrame({"day": pd.to_datetime(mentions[DATE_FIELDS[date]]),
                          "outlet": mentions["outlet"].fillna("unknown"), "quote_id": mentions["quote_id"]})
    frame = frame.dropna(subset=["day"]).drop_duplicates()
    counts = frame.groupby(["day", "outlet"])["quote_id"].nunique().unstack("outlet", fill_value=0)
    counts = counts[sorted(counts.columns, key=lambda outlet: (-counts[outlet].sum(), outlet))]
    counts.columns.name = "outlet"
    return counts.astype(int).sort_index()


def outlet_counts(ds: Dataset, *, top: int | None = None) -> pd.DataFrame:
    """Distinct quotes of each speaker (rows, most quoted first) carried by each outlet (columns,
    most quotes first). ``top`` keeps the most quoted speakers only. A speaker the text does not
    name is a row of its words, "[a US official]"; quotes with no speaker words at all share
    "(no speaker)"."""
    mentions = ds.frame("mentions")
    frame = pd.DataFrame({"speaker": _speaker_labels(mentions),
                          "outlet": mentions["outlet"].fillna("unknown"), "quote_id": mentions["quote_id"]})
    counts = frame.groupby(["speaker", "outlet"])["quote_id"].nunique().unstack("outlet", fill_value=0)
    counts = counts.loc[sorted(counts.index, key=lambda s: (-counts.loc[s].sum(), s))]
    counts = counts[sorted(counts.columns, key=lambda outlet: (-counts[outlet].sum(), outlet))]
    return counts.head(top).astype(int) if top else counts.astype(int)


def outlet_colours(ds: Dataset) -> dict[str, tuple[float, float, float, float]]:
    """One colour per outlet of the dataset, the same in every plot (by outlet name)."""
    outlets = sorted(set(ds.frame("mentions")["outlet"].fillna("unknown")) | set(ds.frame("articles")["outlet"].dropna()))
    palette = colormaps["tab10" if len(outlets) <= 10 else "tab20"]
    return {outlet: palette(i % palette.N) for i, outlet in enumerate(outlets)}


# -- the figures ---------------------------------------------------------------------------------------
def timeline_figure(counts: pd.DataFrame, *, title: str, colours: dict | None = None, subtitle: str = "") -> Figure:
    """Stacked bars, one per day, coloured by outlet, on a time axis (gaps between days are kept)."""
    fig = Figure(figsize=(9, 4.2), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    colours = colours or {}
    days = [d.to_pydatetime() for d in counts.index]
    width = _bar_width(counts.index)
    bottom = [0] * len(days)
    for outlet in counts.columns:
        values = counts[outlet].tolist()
        colour = colours.get(outlet)
        ax.bar(days, values, width=width, bottom=bottom, label=outlet, color=colour, edgecolor=colour,
               linewidth=0.8, align="center")
        bottom = [b + v for b, v in zip(bottom, values)]
    if len(days) <= 40:
        for day, total in zip(days, bottom):
            ax.annotate(str(total), (day, total), xytext=(0, 2), textcoords="offset points", ha="center",
                        va="bottom", fontsize=8)
    if days:
        pad = max(dt.timedelta(days=3), (max(days) - min(days)) * 0.04)
        ax.set_xlim(min(days) - pad, max(days) + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max(bottom, default=1) * 1.15 + 0.5)
    ax.set_ylabel("quotes")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title(title, loc="left", fontsize=12, pad=16 if subtitle else 6)
    if subtitle:  # in the room the title's padding leaves
        ax.text(0, 1.015, subtitle, transform=ax.transAxes, fontsize=8, color="0.35", va="bottom")
    if len(counts.columns):
        ax.legend(title="outlet", fontsize=8, title_fontsize=8, frameon=False, loc="upper left",
                  bbox_to_anchor=(1.0, 1.0))
    return fig


def _bar_width(days: pd.DatetimeIndex) -> float:
    """A bar at least 1/150 of the time span wide so a single day stays visible, and never wider
    than the gap to the next day with quotes, so bars never overlap (matplotlib's units: days)."""
    if len(days) < 2:
        return 0.8
    span = (days.max() - days.min()).days
    gap = min((b - a).days for a, b in zip(days[:-1], days[1:]))
    return min(max(0.8, span / 150), 0.9 * gap)


def outlets_figure(counts: pd.DataFrame, *, title: str) -> Figure:
    """A grid of speakers (rows) by outlets (columns), each cell the number of quotes, shaded by it."""
    n_rows, n_cols = counts.shape
    fig = Figure(figsize=(max(6.0, 2.2 + 1.1 * n_cols), max(3.0, 1.6 + 0.32 * n_rows)), dpi=DPI,
                 layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    values = counts.to_numpy()
    image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, values.max(initial=0)))
    ax.set_xticks(range(n_cols), ["\n".join(textwrap.wrap(str(c), 16, break_long_words=False)) for c in counts.columns], fontsize=8)
    ax.set_yticks(range(n_rows), [textwrap.shorten(str(s), 42, placeholder="...") for s in counts.index], fontsize=8)
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    threshold = values.max(initial=0) * 0.6
    for (row, col), value in pd.DataFrame(values).stack().items():
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > threshold else "black")
    ax.set_xticks([x - 0.5 for x in range(1, n_cols)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, n_rows)], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.colorbar(image, ax=ax, label="quotes", shrink=0.8)
    ax.set_title(title, loc="left", fontsize=12)
    return fig


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
             since: str | dt.date | None = None, until: str | dt.date | None = None) -> Figure:
    """The timeline figure of ``speaker`` (every speaker when None)."""
    counts = timeline_counts(ds, speaker, date=date, since=since, until=until)
    names = _mentions(ds, speaker)[1] if speaker else []
    who = ", ".join(names) if names else "every speaker"
    undated = undated_count(ds, speaker, date=date)
    if counts.empty:
        missing = (f"; {undated_note(undated)}: give their articles' dates in manifest.csv's published column"
                   if undated else "")
        raise PlotError(f"no quotes of {who} to plot in that period{missing}; `quotetrack list` shows what there is")
    when = "the day the outlet published it" if date == "published" else "the day the words were said"
    note = f"; {undated_note(undated)}" if undated else ""
    return timeline_figure(counts, title=f"Quotes of {who} per day, by outlet", colours=outlet_colours(ds),
                           subtitle=f"{len(counts)} day(s); a quote two outlets carried counts once for each; "
                                    f"date: {when}{note}")


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
