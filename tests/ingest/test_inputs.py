"""Every input kind -> the same articles and the same quotes: .txt + manifest, saved web pages,
JSON lines, standard input, and a Windows-1252 copy. Fixtures: tests/data (make_fixtures.py)."""

from __future__ import annotations

import datetime as dt
import io
import json
import socket
from pathlib import Path

import pytest

from quotetrack import extract_files
from quotetrack.ingest import UNKNOWN_OUTLET, read_articles
from quotetrack.ingest.html import parse_html

from ..conftest import ARTICLES

DATA = Path(__file__).resolve().parents[1] / "data"
D = dt.date


def _articles(*sources, **options) -> dict:
    return {a.article_id: a for a in read_articles(sources, **options)}


def _quotes(mentions) -> list[tuple]:
    """What a reader cares about, without offsets (which differ between a page and a text file).
    Quotations only: a text file's title line is text, where a page's title is not, and it holds
    an indirect statement ("Hamas says indirect talks ... resume")."""
    mentions = mentions[mentions["kind"] != "indirect"]
    return sorted(zip(mentions["article_id"].str.slice(0, 20), mentions["text"], mentions["speaker"].fillna(""),
                      mentions["kind"], mentions["said_on"].astype(str)))


@pytest.fixture(scope="module")
def txt_quotes():
    mentions, problems = extract_files([ARTICLES])
    assert not problems
    quotes = _quotes(mentions)
    assert len(quotes) == 32
    return quotes


# -- what each input kind gives: (article, field) -> plain value --------------------------------
@pytest.mark.parametrize(
    ("source", "article_id", "expected"),
    [
        (ARTICLES, "000_d266340e8b49bfd6", ("Israel National News", D(2025, 1, 3), "manifest")),
        (ARTICLES, "004_eac08c1094c6cf81", ("Press TV (via GlobalSecurity.org)", D(2025, 7, 8), "text")),
        (DATA / "html", "000_d266340e8b49bfd6", ("Israel National News", D(2025, 1, 3), "html")),
        (DATA / "html", "003_11a515866dbf4758", ("Al-Quds", D(2025, 1, 4), "text")),  # no date metadata
        (DATA / "html", "004_eac08c1094c6cf81", (UNKNOWN_OUTLET, D(2025, 7, 8), "text")),  # no site name
        (DATA / "seeds.jsonl", "002_9c15fb091c17fee0", ("Israel National News", D(2025, 3, 28), "jsonl")),
        (DATA / "seeds.jsonl", "001_6c84b83942d16bb2", ("Xinhua (syndicated)", D(2025, 1, 4), "text")),
    ],
    ids=["txt-manifest", "txt-text", "html-meta", "html-text", "html-nosite", "jsonl", "jsonl-text"],
)
def test_outlet_date_and_date_source(source, article_id, expected):
    article = _articles(source)[article_id]
    assert (article.outlet, article.published, article.date_source) == expected


def test_html_page_metadata():
    article = _articles(DATA / "html")["000_d266340e8b49bfd6"]
    assert article.title == "Hamas: Indirect negotiations to resume in Doha"
    assert article.text.startswith(article.title + "\n")  # the headline is part of the text
    assert "Flash 90" not in article.text and "newsletter" not in article.text  # figure and footer left out


def test_a_manifest_wins_over_the_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes((DATA / "html" / "000_d266340e8b49bfd6.html").read_bytes())
    (tmp_path / "manifest.csv").write_text("id,file,outlet,published\ninn-1,page.html,Arutz Sheva,2025-01-02\n")
    article = _articles(tmp_path)["inn-1"]
    assert (article.outlet, article.published, article.date_source) == ("Arutz Sheva", D(2025, 1, 2), "manifest")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<html><head><meta property="article:published_time" content="2024-05-06T23:30:00-04:00"></head>'
         "<body><article><p>Text of the story, long enough.</p></article></body></html>", "2024-05-06"),
        ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-06"}'
         "</script></head><body><article><p>Text of the story.</p></article></body></html>", "2024-05-06"),
        ("<html><body><article><header><time datetime='2024-05-07'>7 May</time></header>"
         "<p>Text of the story.</p></article></body></html>", "2024-05-07"),
        # a date in the body text is not metadata (the date line rule reads it, if at the top)
        ("<html><body><article><p>The war began on 2023-10-07, officials said.</p></article></body></html>", None),
        # an XHTML page's XML declaration, which lxml refuses in a str (trafilatura reads it as bytes)
        ('<?xml version="1.0" encoding="utf-8"?>\n<html><head><meta property="article:published_time" '
         'content="2024-05-06"></head><body><article><p>Text of the story, long enough.</p></article></body></html>',
         "2024-05-06"),
    ],
    ids=["meta", "json-ld", "time", "body-only", "xml-declaration"],
)
def test_html_date_is_read_from_metadata_only(html, expected):
    assert parse_html(html, "page.html").date == expected


def test_html_reading_never_uses_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the HTML reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    articles = _articles(DATA / "html")
    assert len(articles) == 5 and all(a.status == "ok" for a in articles.values())


def test_a_page_without_article_text_is_skipped(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>Log in</title></head><body><script>login()</script></body></html>")
    article = _articles(tmp_path)["empty"]
    assert article.status == "skipped" and "no article text found" in article.error


# -- the same quotes whatever the input kind ------------------------------------------------------
@pytest.mark.parametrize("source", [DATA / "html", DATA / "seeds.jsonl"], ids=["html", "jsonl"])
def test_html_and_jsonl_give_the_same_quotes_as_the_text_files(source, txt_quotes):
    mentions, problems = extract_files([source])
    assert not problems
    assert _quotes(mentions) == txt_quotes


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_a_copy_in_another_encoding_gives_the_same_quotes(tmp_path, encoding, txt_quotes):
    warnings = []
    for source in sorted(ARTICLES.glob("00[24]_*.txt")):
        # curly quotes, apostrophes, dashes: the characters that Windows-1252 moves to 0x80-0x9F
        (tmp_path / source.name).write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    (tmp_path / "manifest.csv").write_bytes((ARTICLES / "manifest.csv").read_bytes())
    mentions, problems = extract_files([tmp_path], on_warning=warnings.append)
    assert not problems
    assert _quotes(mentions) == [q for q in txt_quotes if q[0][:3] in ("002", "004")]
    assert bool([w for w in warnings if "decoded as cp1252" in w]) == (encoding == "cp1252")


# -- JSON lines: one bad line is one error article --------------------------------------------------
def test_bad_jsonl_lines_are_error_articles_naming_file_and_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\n".join([
        json.dumps({"id": "a1", "text": "First article.", "outlet": "AP", "published": "2025-01-02"}).encode(),
        b'{"id": "a2", "text": "unterminated',
        b"",  # blank lines are skipped
        json.dumps(["not", "an", "object"]).encode(),
        json.dumps({"id": "a4", "title": "no text"}).encode(),
        json.dumps({"text": "No id here.", "published": "sometime"}).encode(),
        '{"id": "a6", "text": "Caf\xe9 in Latin-1."}'.encode("latin-1"),
    ]))
    articles = list(read_articles([path]))
    got = [(a.article_id, a.status, a.path) for a in articles]
    assert got == [
        ("a1", "ok", f"{path}:1"), ("dump-line2", "error", f"{path}:2"), ("dump-line4", "error", f"{path}:4"),
        ("a4", "error", f"{path}:5"),  # the line's own id, when it has one
        ("dump-line6", "ok", f"{path}:6"), ("a6", "ok", f"{path}:7"),
    ]
    by_id = {a.article_id: a for a in articles}
    assert "not valid JSON" in by_id["dump-line2"].error and f"{path}:2" in by_id["dump-line2"].error
    assert "not an object" in by_id["dump-line4"].error
    assert 'no "text"' in by_id["a4"].error
    assert (by_id["a1"].outlet, by_id["a1"].published, by_id["a1"].date_source) == ("AP", D(2025, 1, 2), "jsonl")
    assert any('no "id"' in w for w in by_id["dump-line6"].warnings)
    assert any("is not a date" in w for w in by_id["dump-line6"].warnings)
    assert by_id["dump-line6"].outlet == UNKNOWN_OUTLET
    assert (by_id["a6"].text, by_id["a6"].encoding) == ("Café in Latin-1.", "latin-1")


# -- standard input and ids -------------------------------------------------------------------------
def test_dash_reads_standard_input(monkeypatch):
    text = "date 2025-01-03\n\nLast Friday, Kirby said the White House is \"actively working\" on it."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    (article,) = read_articles(["-"])
    assert (article.article_id, article.published, article.date_source, article.outlet, article.encoding) == (
        "stdin", D(2025, 1, 3), "text", UNKNOWN_OUTLET, "utf-8")


def test_ids_stay_unique_across_inputs():
    articles = list(read_articles([ARTICLES, DATA / "seeds.jsonl"]))
    ids = [a.article_id for a in articles]
    assert len(ids) == len(set(ids)) == 10
    assert "000_d266340e8b49bfd6-2" in ids


def test_an_article_without_any_date_says_where_to_give_one(tmp_path):
    (tmp_path / "a.txt").write_text("Hamas said on Friday that talks would resume.")
    (article,) = read_articles([tmp_path])
    assert article.published is None and article.date_source is None
    assert any("no publication date" in w and "manifest.csv" in w for w in article.warnings)


def test_an_oversized_jsonl_line_is_skipped_like_an_oversized_file(tmp_path, monkeypatch):
    from quotetrack.ingest import text as text_module

    monkeypatch.setattr(text_module, "MAX_ARTICLE_BYTES", 60)
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "short", "text": "Fits."}) + "\n"
                    + json.dumps({"id": "long", "text": "x" * 100}) + "\n")
    got = [(a.article_id, a.status) for a in read_articles([path])]
    assert got == [("short", "ok"), ("dump-line2", "skipped")]
    assert "too large" in list(read_articles([path]))[1].error
