"""A one-page report of a dataset: one static HTML file, readable offline and without a server.

Everything is inside the file: the style sheet, and the plots as base64 PNG images. There is no
script. Every piece of text from the data is escaped with ``html.escape``, so a quote or a title
holding markup is shown as written and never run.

The page: the dataset in numbers; the timeline of every quote and the speakers-by-outlets grid;
then each speaker, most quoted first, with roles, aliases and a timeline, and their quotes, each
merged across outlets with every version of it (outlet, date, cue, the paragraph around it);
quotes without a named speaker (with the words the text uses, "[researchers]"); and the articles read.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Collection
from html import escape
from pathlib import Path

import pandas as pd

from . import __version__
from . import plot as plots
from .errors import QuotetrackError
from .query import speaker_label
from .records import QUOTATION_KINDS
from .render import cell_text
from .store import Dataset


class ReportError(QuotetrackError):
    """The report cannot be written where asked."""


#: speakers whose own timeline is drawn: the most quoted ones, with at least two quotes
SPEAKER_PLOTS = 12

STYLE = """
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #dadce0; --mark: #fff3b0; --accent: #1a5fb4; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--rule); }
h3 { margin: 0; font-size: 1.3rem; }
a { color: var(--accent); } .muted, figcaption, .meta { color: var(--muted); font-size: .9rem; }
figure { margin: 1rem 0; } img { max-width: 100%; height: auto; }
figure.grid { overflow-x: auto; } figure.grid img { max-width: none; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; } td.n { text-align: right; white-space: nowrap; } td.date { white-space: nowrap; }
section.speaker { border-top: 1px solid var(--rule); padding-top: 1.2rem; margin-top: 1.8rem; }
ol.quotes { padding-left: 1.2rem; } li.quote { margin: 1rem 0; }
blockquote { margin: 0; font-size: 1.1rem; border-left: 4px solid var(--accent); padding-left: .8rem; }
mark { background: var(--mark); } details { margin-top: .3rem; } summary { cursor: pointer; }
.outlet { display: inline-block; border: 1px solid var(--rule); border-radius: 1rem; padding: 0 .5rem;
          margin: .1rem .2rem .1rem 0; font-size: .85rem; }
.error { color: #a50e0e; } .warning { color: #8a5300; }
.unnamed { font-style: italic; }
@media print { details { display: block; } summary { display: none; } a { color: inherit; }
               figure.grid img { max-width: 100%; } }
"""


# -- small pieces ----------------------------------------------------------------------------------------
def _t(value) -> str:
    """A value as escaped text (lists joined with commas, dates in ISO form, missing as empty)."""
    return escape(cell_text(value).replace("\n", ", "))


def _speaker_html(name: object, unnamed: object = None) -> str:
    """A speaker's name, or the [words] of one the text does not name, set apart in italics."""
    words = unnamed if isinstance(unnamed, str) and unnamed else None
    label = _t(speaker_label(name if isinstance(name, str) else None, words))
    if words:
        return f'<span class="unnamed" title="the words the article uses; it does not name the speaker">{label}</span>'
    return label


def _sentence(note: str) -> str:
    """A note as an escaped sentence after another ("" stays "")."""
    return f" {escape(note[0].upper() + note[1:])}." if note else ""


def _anchor(kind: str, key: str) -> str:
    """An id for an element: ``kind`` and ``key`` reduced to letters, digits and dashes."""
    return f"{kind}-{re.sub(r'[^A-Za-z0-9]+', '-', str(key)).strip('-').lower() or 'x'}"


def _days(first, last) -> str:
    first, last = cell_text(first), cell_text(last)
    return first if not last or first == last else f"{first} to {last}"


def _img(fig, alt: str) -> str:
    data = base64.b64encode(plots.image_bytes(fig, "png")).decode("ascii")
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{data}">'


def _timeline_alt(counts: pd.DataFrame, who: str) -> str:
    """What the timeline shows, in words, for readers who cannot see the image."""
    bars = []
    per = str(counts.index.name)
    for start, values in zip(pd.DatetimeIndex(counts.index), counts.to_numpy()):
        parts = ", ".join(f"{outlet} {n}" for outlet, n in zip(counts.columns, values) if n)
        bars.append(f"{plots.bar_label(start, per)}: {parts}")
    return f"Bar chart of the quotes of {who} per {counts.index.name}, by outlet. " + "; ".join(bars)


def _with_mark(context: str, quote: str) -> str:
    """The context escaped, with the quote's first occurrence in it marked."""
    at = context.find(quote) if quote else -1
    if at < 0:
        return escape(context)
    return escape(context[:at]) + "<mark>" + escape(quote) + "</mark>" + escape(context[at + len(quote):])


# -- sections --------------------------------------------------------------------------------------------
def _summary(ds: Dataset, info: dict) -> str:
    articles, mentions = ds.frame("articles"), ds.frame("mentions")
    ok = articles[articles["status"] == "ok"]
    outlets = sorted(set(mentions["outlet"].dropna()) | set(ok["outlet"].dropna()))
    skipped = len(articles) - len(ok)
    undated = int(ok["published"].isna().sum())
    rows = [
        ("Articles", f"{len(articles)}" + (f" ({skipped} skipped, see Articles)" if skipped else "")),
        ("Published", (_days(ok["published"].min(), ok["published"].max()) if len(ok) else "")
         + (f" ({undated} article{'s' if undated != 1 else ''} without a date)" if undated else "")),
        ("Outlets", f"{len(outlets)}: " + ", ".join(outlets)),
        ("Quotes", f"{len(ds.quotes)} statements, {len(mentions)} mentions"),
        ("Speakers", f"{len(ds.speakers)}"),
    ]
    if info:
        rows.append(("Built with", f"quotetrack {info.get('quotetrack', '?')}, model {info.get('model', '?')}"))
    body = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return f'<table class="summary">{body}</table>'


def _overview(ds: Dataset) -> str:
    parts = []
    counts = plots.timeline_counts(ds)
    undated = plots.undated_note(plots.undated_count(ds))
    if not counts.empty:
        fig = plots.timeline_figure(counts, title=f"Quotes of every speaker per {counts.index.name}, by outlet",
                                    colours=plots.outlet_colours(ds),
                                    subtitle="a quote two outlets carried counts once for each; "
                                             "date: the day the outlet published it" + (f"; {undated}" if undated else ""))
        parts.append(f"<figure>{_img(fig, _timeline_alt(counts, 'every speaker'))}"
                     f"<figcaption>Every quote, on the day each outlet published it.{_sentence(undated)}"
                     f"</figcaption></figure>")
    elif undated:
        parts.append(f'<p class="muted">No timeline:{_sentence(undated)} Give their articles\' dates in '
                     f"manifest.csv's published column.</p>")
    grid = plots.outlet_counts(ds, top=30)
    if not grid.empty:
        fig = plots.outlets_figure(grid, title="Quotes of each speaker by outlet")
        alt = "Grid of speakers by outlets, each cell the number of quotes. " + "; ".join(
            f"{speaker}: " + ", ".join(f"{o} {n}" for o, n in row.items() if n) for speaker, row in grid.iterrows())
        # at its own size: the grid grows with the outlets, and shrunk its type would not read
        parts.append(f'<figure class="grid">{_img(fig, alt)}<figcaption>Which outlets carried which speakers '
                     f"(the {len(grid)} most quoted).</figcaption></figure>")
    return "".join(parts) or '<p class="muted">No quotes to plot.</p>'


def _versions(versions: pd.DataFrame) -> str:
    rows = []
    for v in versions.to_dict(orient="records"):
        said = cell_text(v.get("said_on"))
        said = said if said and said != cell_text(v.get("published")) else ""
        context = cell_text(v.get("context")) or cell_text(v.get("text"))
        rows.append(
            f'<tr><td class="date">{_t(v.get("published"))}'
            + (f'<br><span class="muted">said {escape(said)}</span>' if said else "")
            + f'</td><td>{_t(v.get("outlet"))}<br><span class="muted">{_t(v.get("article_id"))}</span></td>'
            f'<td>{_t(v.get("speaker_mention"))}<br><span class="muted">{_t(v.get("cue"))} · {_t(v.get("kind"))}</span>'
            f"</td>"
            f'<td>{_with_mark(context, cell_text(v.get("text")))}</td></tr>'
        )
    return ('<table class="versions"><thead><tr><th>Published</th><th>Outlet</th><th>Said by, cue, kind</th>'
            f'<th>In the article</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _quote(quote: dict, versions: pd.DataFrame, *, by: str = "") -> str:
    outlets = [o for o in cell_text(quote.get("outlets")).split("\n") if o]
    pills = "".join(f'<span class="outlet">{escape(o)}</span>' for o in outlets)
    n, k = int(quote.get("n_mentions") or 0), int(quote.get("n_outlets") or 0)
    carried = (f'{_days(quote.get("first_published"), quote.get("last_published"))} · '
               f'{n} mention{"s" if n != 1 else ""} in {k} outlet{"s" if k != 1 else ""}')
    return (f'<li class="quote" id="{_anchor("quote", quote["quote_id"])}">'
            f'<blockquote>\u201c{_t(quote.get("text"))}\u201d</blockquote>'
            + (f'<div class="meta">said by {by}</div>' if by else "")
            + f'<div class="meta">{escape(carried)} · {pills}</div>'
            f'<details><summary>Every version ({n}) with its paragraph · <code>{_t(quote["quote_id"])}</code>'
            f'</summary>{_versions(versions)}</details></li>')


def _quotes_list(quotes: pd.DataFrame, mentions: pd.DataFrame, *, with_speaker: bool = False) -> str:
    """The quotes, each with its versions; ``with_speaker`` says who said each (outside a speaker's section)."""
    by_quote = {qid: group for qid, group in mentions.groupby("quote_id", sort=False)}
    items = [_quote(q, by_quote.get(q["quote_id"], mentions.iloc[0:0]),
                    by=_speaker_html(q.get("speaker"), q.get("unnamed_speaker")) if with_speaker else "")
             for q in quotes.to_dict(orient="records")]
    return f'<ol class="quotes">{"".join(items)}</ol>'


def _speaker(ds: Dataset, speaker: dict, quotes: pd.DataFrame, mentions: pd.DataFrame, with_plot: bool) -> str:
    roles = speaker.get("roles")
    roles = list(roles) if roles is not None and not isinstance(roles, float) else []
    role_text = "; ".join(f"{r['role']} ({_days(r.get('first_seen'), r.get('last_seen'))})" for r in roles if r)
    aliases = [a for a in cell_text(speaker.get("aliases")).split("\n") if a and a != speaker["name"]]
    facts = [cell_text(speaker.get("kind"))]
    if role_text:
        facts.append(role_text)
    if cell_text(speaker.get("affiliation")):
        facts.append(cell_text(speaker.get("affiliation")))
    label = speaker_label(speaker["name"], _unnamed(speaker))
    outlets = sorted(set(mentions["outlet"].dropna()))
    counts = (f"{speaker['n_quotes']} quote{'s' if speaker['n_quotes'] != 1 else ''}, "
              f"{speaker['n_mentions']} mention{'s' if speaker['n_mentions'] != 1 else ''} in "
              f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}, "
              f"{_days(speaker.get('first_seen'), speaker.get('last_seen'))}")
    parts = [f'<section class="speaker" id="{_anchor("speaker", speaker["speaker_id"])}">',
             f"<h3>{_speaker_html(speaker['name'], _unnamed(speaker))}</h3>",
             f'<p class="meta">{escape(" · ".join(f for f in facts if f))}</p>']
    if aliases:
        parts.append(f'<p class="meta">Also called: {escape(", ".join(aliases))}</p>')
    parts.append(f'<p class="meta">{escape(counts)}</p>')
    if with_plot:
        timeline = plots.counts_over_time(mentions, outlets=plots.named_outlets(ds))
        undated = plots.undated_note(plots.undated_quotes(mentions))
        if not timeline.empty:
            fig = plots.timeline_figure(timeline, title=f"Quotes of {label} per {timeline.index.name}, by outlet",
                                        colours=plots.outlet_colours(ds), subtitle=undated)
            caption = f"<figcaption>{_sentence(undated).strip()}</figcaption>" if undated else ""
            parts.append(f"<figure>{_img(fig, _timeline_alt(timeline, label))}{caption}</figure>")
    parts.append(_quotes_list(quotes, mentions))
    parts.append("</section>")
    return "".join(parts)


def _unnamed(speaker: dict) -> str | None:
    """An anonymous source's description, which is shown as words rather than a name."""
    return speaker["name"] if speaker.get("kind") == "anonymous" else None


def _articles(ds: Dataset) -> str:
    rows = []
    for a in ds.frame("articles").sort_values(["published", "article_id"], na_position="last").to_dict("records"):
        title = _t(a.get("title")) or f'<span class="muted">{_t(a.get("path"))}</span>'
        url = cell_text(a.get("url"))
        if url.startswith(("http://", "https://")):
            title = f'<a href="{escape(url, quote=True)}">{title}</a>'
        status = cell_text(a.get("status"))
        note = "" if status == "ok" else f'<br><span class="error">{escape(status)}: {_t(a.get("error"))}</span>'
        # what the reader should know of an article that was read: text a page lost, no date found...
        note += "".join(f'<br><span class="warning">warning: {escape(w)}</span>'
                        for w in cell_text(a.get("warnings")).splitlines() if w)
        rows.append(f'<tr><td class="date">{_t(a.get("published"))}</td><td>{_t(a.get("outlet"))}</td>'
                    f'<td>{title}{note}</td><td class="n">{_t(a.get("n_mentions"))}</td></tr>')
    return ('<table class="articles"><thead><tr><th>Published</th><th>Outlet</th><th>Article</th>'
            f'<th>Quotes</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _build_info(ds: Dataset) -> dict:
    path = Path(ds.path) / "build.json" if ds.path else None
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path else {}
    except (OSError, ValueError):
        return {}


def render_report(ds: Dataset, *, title: str = "Who said what", speaker_plots: int = SPEAKER_PLOTS,
                  kinds: Collection[str] = QUOTATION_KINDS) -> str:
    """The report of ``ds`` as one self-contained HTML page: of its quotations by default, of the
    mentions of ``kinds`` (add "indirect" for what was reported without quotation marks)."""
    from .query import in_reading_order, of_kinds, quote_unnamed_speakers, speakers_by_mentions

    ds = of_kinds(ds, kinds)
    mentions = ds.frame("mentions")
    quotes = in_reading_order(ds.frame("quotes"), mentions)
    speakers = speakers_by_mentions(ds)
    plotted = set(speakers[speakers["n_quotes"] >= 2].head(speaker_plots)["speaker_id"])

    index_rows, sections = [], []
    for sp in speakers.to_dict(orient="records"):
        sid = sp["speaker_id"]
        own_quotes = quotes[quotes["speaker_id"] == sid]
        own_mentions = mentions[mentions["quote_id"].isin(own_quotes["quote_id"])]
        n_outlets = own_mentions["outlet"].nunique()
        index_rows.append(
            f'<tr><td><a href="#{_anchor("speaker", sid)}">{_speaker_html(sp["name"], _unnamed(sp))}</a></td>'
            f'<td>{_t(sp.get("kind"))}</td>'
            f'<td class="n">{_t(sp["n_quotes"])}</td><td class="n">{_t(sp["n_mentions"])}</td>'
            f'<td class="n">{n_outlets}</td><td class="date">{escape(_days(sp.get("first_seen"), sp.get("last_seen")))}'
            f"</td></tr>")
        sections.append(_speaker(ds, sp, own_quotes, own_mentions, with_plot=sid in plotted))
    unattributed = quotes[quotes["speaker_id"].isna() | ~quotes["speaker_id"].isin(speakers["speaker_id"])]
    unattributed = unattributed.assign(unnamed_speaker=quote_unnamed_speakers(unattributed, mentions))
    index = ('<table class="speakers"><thead><tr><th>Speaker</th><th>Kind</th><th>Quotes</th><th>Mentions</th>'
             f'<th>Outlets</th><th>Seen</th></tr></thead><tbody>{"".join(index_rows)}</tbody></table>')
    body = [
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="meta">quotetrack {escape(__version__)} report of {escape(str(ds.path or "a dataset"))}</p>',
        _summary(ds, _build_info(ds)), "</header>",
        '<nav><h2>Contents</h2><p><a href="#overview">Overview</a> · <a href="#speakers">Speakers</a>'
        + (' · <a href="#unattributed">Quotes without a named speaker</a>' if len(unattributed) else "")
        + ' · <a href="#articles">Articles</a></p></nav>',
        f'<section id="overview"><h2>Overview</h2>{_overview(ds)}</section>',
        f'<section id="speakers"><h2>Speakers</h2>{index}{"".join(sections)}</section>',
    ]
    if len(unattributed):
        body.append('<section id="unattributed"><h2>Quotes without a named speaker</h2>'
                    f'{_quotes_list(unattributed, mentions[mentions["quote_id"].isin(unattributed["quote_id"])], with_speaker=True)}'
                    "</section>")
    body.append(f'<section id="articles"><h2>Articles</h2>{_articles(ds)}</section>')
    page_title = f"{title}: {len(speakers)} speakers, {len(quotes)} quotes"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(page_title)}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def write_report(ds: Dataset, path: str | os.PathLike, **options) -> Path:
    """Write ``render_report(ds, **options)`` to ``path`` (UTF-8)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ReportError(f"{path}: no folder {path.parent}; create it first or write the report elsewhere")
    page = render_report(ds, **options)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)  # a reader never sees half a page
    return path
