"""A saved page whose extracted text lost the article, or its quotations, gets a warning saying what
was lost and what to do; ordinary pages (menus, footers, teasers, comments, JSON copies) do not."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from quotetrack import build, load
from quotetrack.ingest import html as html_input
from quotetrack.ingest import read_articles
from quotetrack.ingest.coverage import LOST_CHARS, measure
from quotetrack.ingest.html import parse_html
from quotetrack.report import render_report

from ..data.pages import make_pages

DATA = Path(__file__).resolve().parents[1] / "data"
PAGES = DATA / "pages"
ORDINARY = [PAGES / "portal_page.html", PAGES / "portal_brief.html", PAGES / "blog_post.html",
            *sorted((DATA / "html").glob("*.html"))]


def coverage_of(html: str):
    return measure(lxml_html.document_fromstring(html), parse_html(html, "page.html").text)


def article(path: Path):
    [found] = read_articles([path])
    return found


def test_a_page_drawn_by_a_script_warns_what_was_lost_and_what_to_do():
    found = coverage_of((PAGES / "script_rendered.html").read_text(encoding="utf-8"))
    story = sum(len(p) for p in make_pages.PARAGRAPHS)
    assert found.kept_chars <= len(make_pages.HEADLINE) + len(make_pages.STANDFIRST)
    assert found.page_chars > story and found.longest_lost_run > LOST_CHARS
    assert found.kept_quotes == 0 and found.page_quotes >= 12
    assert found.text_lost and found.quotes_lost and found.drawn_by_script

    page = article(PAGES / "script_rendered.html")
    assert page.status == "ok"
    [warning] = page.warnings
    assert warning.startswith(f"{PAGES / 'script_rendered.html'}: ")
    assert f"keeps {found.kept_chars:,} of the {found.page_chars:,} characters" in warning
    assert f"0 of its {found.page_quotes} quotations" in warning
    assert "drawn it" in warning and ".txt" in warning


def test_quotations_in_a_table_the_extraction_drops_are_counted():
    found = coverage_of((PAGES / "quotes_in_a_table.html").read_text(encoding="utf-8"))
    assert (found.page_quotes, found.kept_quotes) == (len(make_pages.SAID), 0)
    assert found.quotes_lost and not found.text_lost and not found.drawn_by_script
    [warning] = article(PAGES / "quotes_in_a_table.html").warnings
    assert f"0 of its {len(make_pages.SAID)} quotations" in warning and "drawn" not in warning


def test_a_page_is_parsed_once_for_its_text_its_coverage_and_its_date(monkeypatch):
    html = (PAGES / "script_rendered.html").read_text(encoding="utf-8")
    given = []
    extract = trafilatura.bare_extraction

    def spy(page, **options):
        given.append(page)
        return extract(page, **options)

    def second_parse(html):
        raise AssertionError("the page was parsed a second time")

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    monkeypatch.setattr(html_input, "_tree", second_parse)
    found = parse_html(html, "page.html")
    [tree] = given
    assert isinstance(tree, lxml_html.HtmlElement)
    # the extraction cut down a copy: the coverage check and the date read the whole page
    assert etree.tostring(tree) == etree.tostring(trafilatura.load_html(html))
    assert found.date == "2025-03-11" and "drawn it" in found.warnings[0]


@pytest.mark.parametrize("path", ORDINARY, ids=lambda p: p.name)
def test_ordinary_pages_do_not_warn(path):
    html = path.read_text(encoding="utf-8")
    found = coverage_of(html)
    assert not found.text_lost and not found.quotes_lost
    assert found.kept_quotes >= found.page_quotes - 1  # a teaser's quote at most
    assert not any("characters of text the page shows" in w for w in article(path).warnings)


def test_the_brief_on_a_heavy_page_keeps_little_of_the_page_yet_all_its_article():
    # menus, teasers, a banner and a JSON copy dwarf a two-paragraph brief: none of it runs long
    found = coverage_of((PAGES / "portal_brief.html").read_text(encoding="utf-8"))
    assert found.lost_chars > 2 * found.kept_chars
    assert found.longest_lost_run < LOST_CHARS


def page(body: str, scripts: str = "") -> str:
    return f"<html><head><title>Talks</title></head><body>{body}{scripts}</body></html>"


PARAGRAPHS = [f"Paragraph {i} of the story says that the talks in Doha went on for a {i}th day, with no "
              f"breakthrough and no date for the next round of meetings." for i in range(12)]


def test_a_json_copy_of_the_article_is_counted_once():
    body = "<article><h1>Talks</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    blob = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(PARAGRAPHS)})
    alone = coverage_of(page(body))
    copied = coverage_of(page(body, f'<script type="application/ld+json">{blob}</script>'))
    assert copied.page_chars == alone.page_chars and copied.kept_chars == alone.kept_chars


def test_links_navigation_and_comments_are_not_the_page_s_text():
    body = ("<article><h1>Talks</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3]) + "</article>"
            + "<ul>" + "".join(f'<li><a href="/{i}">Minister: "{p}"</a></li>' for i, p in enumerate(PARAGRAPHS)) + "</ul>"
            + "<nav><p>" + " ".join(PARAGRAPHS[3:6]) + "</p></nav>"
            + '<div class="comments">' + "".join(f'<p>"{p}" wrote a reader.</p>' for p in PARAGRAPHS[6:]) + "</div>")
    found = coverage_of(page(body))
    assert found.page_chars == found.kept_chars and found.page_quotes == 0


def state(value) -> str:
    return f"<script>window.STATE = {json.dumps(value)};</script>"


def test_the_lost_text_must_run_long_enough():
    # the same characters left out: as the paragraphs of one story, or as teasers of many, each
    # under a headline (which ends no sentence, so it ends a run)
    kept = "<article><h1>Talks</h1><p>" + PARAGRAPHS[0] + "</p></article>"
    story = coverage_of(page(kept, state({"body": PARAGRAPHS[1:]})))
    teasers = coverage_of(page(kept, state({"teasers": [[f"Story {i} of the day in the world of politics", p]
                                                          for i, p in enumerate(PARAGRAPHS[1:])]})))
    assert story.text_lost and story.drawn_by_script and story.longest_lost_run == story.lost_chars
    assert teasers.lost_chars > story.lost_chars and teasers.longest_lost_run < LOST_CHARS
    assert not teasers.text_lost


def test_a_page_with_no_text_but_its_script_says_so_when_skipped(tmp_path):
    blob = json.dumps({"props": {"article": {"body": [f"<p>{p}</p>" for p in PARAGRAPHS]}}})
    path = tmp_path / "drawn.html"
    path.write_text(page('<div id="root"></div>', f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>'),
                    encoding="utf-8")
    skipped = article(path)
    assert skipped.status == "skipped" and "draws its article with a script" in skipped.error
    assert str(path) in skipped.error and "drawn it" in skipped.error
    # a page trafilatura will not read (no <html>, one element) is still measured
    bare = tmp_path / "bare.html"
    bare.write_text(f'<body><div id="root"><script type="application/json">{blob}</script></div></body>',
                    encoding="utf-8")
    skipped = article(bare)
    assert skipped.status == "skipped" and "draws its article with a script" in skipped.error


def test_the_warning_reaches_the_build_summary_and_the_articles_table(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("script_rendered.html", "portal_page.html"):
        (folder / name).write_bytes((PAGES / name).read_bytes())
    report = build([folder], out=tmp_path / "ds", cache=False)
    [warning] = report.warnings
    assert "script_rendered.html" in warning and "quotations" in warning
    articles = load(tmp_path / "ds").frame("articles").set_index("article_id")
    assert articles.loc["script_rendered", "warnings"] == warning
    assert articles.loc["script_rendered", "status"] == "ok"
    assert articles["warnings"].isna()["portal_page"]
    page = render_report(load(tmp_path / "ds"))
    assert f'<span class="warning">warning: {escape(warning)}</span>' in page  # and in the report's articles
