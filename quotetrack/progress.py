"""What a build shows a person: a progress bar on a terminal and a summary at the end.

The bar goes to standard error and only when that is a terminal, so logs, pipes and CI output stay
clean. The pipeline knows nothing of it: it calls ``progress(row, result)`` once per article.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column
from rich.text import Text

from .errors import QuotetrackError
from .ingest import JSONL_SUFFIXES, discover


def count_articles(sources: Iterable[str | os.PathLike]) -> int | None:
    """How many articles ``sources`` hold, without reading them: one a file, one a non-blank line
    of a .jsonl file. None when that cannot be known up front (standard input, a missing path)."""
    total = 0
    try:
        paths = discover([str(s) for s in sources])
    except (QuotetrackError, OSError):
        return None  # the build itself reports the problem
    for path in paths:
        if isinstance(path, str):  # discover's only string is STDIN, "-"
            return None
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1  # an unreadable file is one error article
        else:
            total += 1
    return total


class LeftColumn(ProgressColumn):
    """Time left, when the number of articles is known (an estimate from the recent rate)."""

    def render(self, task: Task) -> Text:
        if task.total is None:
            return Text("")
        seconds = task.time_remaining
        left = "-:--:--" if seconds is None else str(dt.timedelta(seconds=int(seconds)))
        return Text(f"\u00b7 {left} left", style="progress.remaining")


class RateColumn(ProgressColumn):
    """Articles per second, from rich's moving average of recent steps."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "- articles/s", style="progress.data.speed")


def progress_bar(console: Console) -> Progress:
    # "⠴ 32 quotes ━━━━━━━━━━━━━━━━ 4/5 · 4.4 articles/s · 0:00:03 · 0:00:01 left", in 80 columns
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(bar_width=None),  # takes the room the others leave
        MofNCompleteColumn(),
        TextColumn("\u00b7"), RateColumn(table_column=Column(no_wrap=True)),
        TextColumn("\u00b7"), TimeElapsedColumn(),
        LeftColumn(table_column=Column(no_wrap=True)),
        console=console,
        expand=True,
        transient=True,  # the summary line replaces it
    )


@contextlib.contextmanager
def build_progress(sources: Iterable[str | os.PathLike], *, file=None,
                   terminal: bool | None = None) -> Iterator[Callable | None]:
    """A ``progress`` callback for ``pipeline.build`` drawing a bar on ``file`` (standard error),
    or None when ``file`` is not a terminal. With an unknown number of articles the bar pulses."""
    file = file or sys.stderr
    if terminal is None:
        terminal = bool(getattr(file, "isatty", lambda: False)())
    if not terminal:
        yield None
        return
    total = count_articles(sources)
    counts = {"quotes": 0, "skipped": 0}
    with progress_bar(Console(file=file, force_terminal=True)) as bar:
        task = bar.add_task("0 quotes", total=total)

        def advance(row: dict, result) -> None:
            counts["quotes"] += len(result.mentions)
            counts["skipped"] += result.status != "ok"
            skipped = f", {counts['skipped']} skipped" if counts["skipped"] else ""
            bar.update(task, advance=1, description=f"{counts['quotes']} quotes{skipped}")

        yield advance


def summary(report) -> list[str]:
    """The lines that end a build: each manifest problem, each skipped article with its reason,
    then the counts."""
    manifest = list(getattr(report, "input_problems", []))
    lines = [f"manifest: {problem}" for problem in manifest]
    lines += [f"skipped {article_id}: {reason}" for article_id, _path, reason in report.problems]
    rate = f", {report.n_articles / report.seconds:.1f} articles/s" if report.seconds > 0 else ""
    noted = f", {len(manifest)} manifest problem(s)" if manifest else ""
    lines.append(
        f"{report.n_articles} articles ({len(report.problems)} skipped{noted}), {report.n_quotes} quotes, "
        f"{report.n_mentions} mentions, {report.n_speakers} speakers -> {report.out} "
        f"in {report.seconds:.1f}s{rate}"
    )
    return lines
