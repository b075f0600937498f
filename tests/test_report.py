"""The one-page HTML report: self-contained, escaped, grouped by speaker and quote, and read back
by a real browser (headless Chromium) where one is installed."""

from __future__ import annotations

import base64
import io
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from matplotlib.image import imread

from quotetrack import load
from quotetrack.cli import main
from quotetrack.query import of_kinds
from quotetrack.records import MENTION_KINDS, QUOTATION_KINDS
from quotetrack.report import ReportError, render_report, write_report

KIRBY = ("actively working", "Hamas is the obstacle")
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@pytest.fixture(scope="module")
def report_file(seed_dataset, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(main, ["report", "-o", str(path), "--data", str(seed_dataset)])
    assert result.exit_code == 0, result.output
    return path


class Outline(HTMLParser):
    """Tags, attributes and the text inside each element with an id, from the page itself."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.open_ids: list[tuple[str, str]] = []
        self.text_by_id: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.open_ids.append((tag, attrs["id"]))
            self.text_by_id[attrs["id"]] = ""

    def handle_endtag(self, tag):
        for i in range(len(self.open_ids) - 1, -1, -1):
            if self.open_ids[i][0] == tag:
                del self.open_ids[i]
                break

    def handle_data(self, data):
        for _tag, element_id in self.open_ids:
            self.text_by_id[element_id] += data


def outline(page: str) -> Outline:
    parser = Outline()
    parser.feed(page)
    return parser


def test_kirby_s_section_holds_his_two_quotes(report_file):
    page = outline(report_file.read_text(encoding="utf-8"))
    kirby = page.text_by_id["speaker-john-kirby"]
    assert "John Kirby" in kirby and all(quote in kirby for quote in KIRBY)
    assert "White House National security communications adviser" in kirby
    # and nowhere else in a speaker's section
    others = [text for key, text in page.text_by_id.items() if key.startswith("speaker-") and key != "speaker-john-kirby"]
    assert not any("Hamas is the obstacle" in text for text in others)


def test_a_quote_carried_by_two_outlets_is_one_item_with_both_versions(report_file, seed_dataset):
    quotes = load(seed_dataset).frame("quotes")
    shared = quotes[quotes["n_outlets"] >= 2]
    assert len(shared) >= 1
    page = outline(report_file.read_text(encoding="utf-8"))
    for row in shared.itertuples():
        text = page.text_by_id[f"quote-{row.quote_id}"]
        assert row.text in text
        for outlet in row.outlets:
            assert text.count(outlet) >= 2  # once among the outlets, once in its version's row


def test_every_speaker_and_quote_is_on_the_page(report_file, seed_dataset):
    ds = of_kinds(load(seed_dataset), QUOTATION_KINDS)  # the report is of the quotations by default
    page = outline(report_file.read_text(encoding="utf-8"))
    assert {f"speaker-{sid}" for sid in ds.speakers["speaker_id"]} <= set(page.text_by_id)
    assert {f"quote-{qid}" for qid in ds.quotes["quote_id"]} <= set(page.text_by_id)


def test_self_contained_no_script_and_plots_as_pngs(report_file):
    page = report_file.read_text(encoding="utf-8")
    tags = outline(page).tags
    assert not [t for t, _ in tags if t in ("script", "link", "iframe")]
    sources = [attrs["src"] for tag, attrs in tags if tag == "img"]
    # the timeline of every quote, the outlets grid, and one for each speaker with two quotes or more
    assert len(sources) == 2 + 4  # Hamas, Naim, Al-Ansari, Kirby
    assert all(src.startswith("data:image/png;base64,") for src in sources)
    images = [imread(io.BytesIO(base64.b64decode(src.split(",", 1)[1])), format="png") for src in sources]
    assert all(image.shape[0] > 100 and (image[..., :3] < 0.95).any(axis=-1).mean() > 0.01 for image in images)
    assert len({image.tobytes() for image in images}) == len(images)  # no plot twice
    assert all(alt for tag, attrs in tags if tag == "img" for alt in [attrs.get("alt")])


def test_text_from_the_data_is_escaped(seed_dataset):
    ds = load(seed_dataset)
    evil = '<script>alert("x")</script> & <b>bold</b>'
    kirby = ds.quotes.index.get_level_values("speaker") == "John Kirby"
    ds.quotes = ds.quotes.assign(text=ds.quotes["text"].where(~kirby, evil))
    ds.speakers = ds.speakers.assign(name=ds.speakers["name"].replace("Basem Naim", "<i>Naim</i>"))
    page = render_report(ds, title="<h1>title</h1>", kinds=MENTION_KINDS)
    assert "<script>" not in page and "<b>bold</b>" not in page and "<i>Naim</i>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert "&lt;i&gt;Naim&lt;/i&gt;" in page and "&lt;h1&gt;title&lt;/h1&gt;" in page


def test_indirect_statements_are_reported_when_asked_and_told_apart(seed_dataset):
    ds = load(seed_dataset)
    quotations, every = render_report(ds), render_report(ds, kinds=MENTION_KINDS)
    indirect = ds.frame("mentions").query("kind == 'indirect'")
    only_indirect = set(indirect["quote_id"]) - set(ds.frame("mentions").query("kind != 'indirect'")["quote_id"])
    assert only_indirect
    assert not any(f"quote-{q}" in quotations for q in only_indirect)
    assert all(f'id="quote-{q}"' in every for q in only_indirect)
    # each version says its kind beside its cue
    assert every.count(" · indirect</span>") == len(indirect) and quotations.count(" · indirect</span>") == 0


def test_the_quote_is_marked_in_its_paragraph(report_file):
    page = report_file.read_text(encoding="utf-8")
    assert "<mark>actively working</mark>" in page and "<mark>Hamas is the obstacle</mark>" in page


def test_same_dataset_same_page(seed_dataset):
    ds = load(seed_dataset)
    assert render_report(ds) == render_report(ds)


def test_report_into_a_missing_folder_says_the_fix(seed_dataset, tmp_path):
    with pytest.raises(ReportError, match="create it first"):
        write_report(load(seed_dataset), tmp_path / "missing" / "report.html")
    result = CliRunner().invoke(main, ["report", "-o", str(tmp_path / "r.html"), "--data", str(tmp_path / "none")])
    assert result.exit_code == 1 and "make dataset" in result.output


def test_a_dataset_without_quotes_still_gives_a_page(seed_dataset):
    ds = load(seed_dataset)
    ds.mentions, ds.quotes, ds.speakers = ds.mentions.iloc[0:0], ds.quotes.iloc[0:0], ds.speakers.iloc[0:0]
    page = render_report(ds)
    assert "No quotes to plot" in page and "000_d266340e8b49bfd6" in page  # the articles are still listed


# -- in a real browser ----------------------------------------------------------------------------------
def find_browser() -> str | None:
    if os.environ.get("QUOTETRACK_CHROMIUM"):
        return os.environ["QUOTETRACK_CHROMIUM"]
    return next((path for path in map(shutil.which, BROWSERS) if path), None)


def test_chromium_shows_kirby_s_quotes(report_file, tmp_path):
    browser = find_browser()
    if browser is None:
        pytest.skip("no chromium on PATH (.ci/run installs Debian's `chromium`; or set QUOTETRACK_CHROMIUM)")
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", report_file.as_uri()],
        capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    # the browser parsed the page into a document: Kirby's section, by its id, holds both quotes
    page = outline(dom)
    assert "speaker-john-kirby" in page.text_by_id, dom[:500]
    kirby = page.text_by_id["speaker-john-kirby"]
    assert "John Kirby" in kirby
    for quote in KIRBY:
        assert f"\u201c{quote}\u201d" in kirby
    # and the plots decoded: each <img> is still a PNG data URL in the live document
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', dom)) >= 3


def test_pandas_is_what_the_page_counts(report_file, seed_dataset):
    ds = of_kinds(load(seed_dataset), QUOTATION_KINDS)
    page = report_file.read_text(encoding="utf-8")
    summary = re.search(r'<table class="summary">(.*?)</table>', page, re.S).group(1)
    assert f"{len(ds.quotes)} statements, {len(ds.mentions)} mentions" in summary
    assert pd.Timestamp(ds.frame("articles")["published"].min()).date().isoformat() in summary
    assert np.int64(len(ds.speakers)) == int(re.search(r"Speakers</th><td>(\d+)", summary).group(1))
