"""Inputs that used to stop a build: names and strings that are not valid Unicode, JSON lines far
longer than an article. Each becomes an article (or a warning) and every string can be stored."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from quotetrack import store
from quotetrack.ingest import printable, read_articles
from quotetrack.ingest import text as text_module
from quotetrack.pipeline import _article_row
from quotetrack.records import ExtractResult


def _storable(articles):
    """The articles as rows of the articles table, as a build writes them."""
    rows = [_article_row(a, ExtractResult(a.article_id, status=a.status, error=a.error)) for a in articles]
    return store.to_arrow("articles", pd.DataFrame(rows))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("plain é", "plain é"), ("caf\udce9.txt", "caf\\xe9.txt"), ("a\ud800b", "a\\ud800b")],
    ids=["unicode", "undecodable-byte", "lone-surrogate"],
)
def test_printable(value, expected):
    assert printable(value) == expected


def test_a_file_name_that_is_not_utf8_is_read_and_stored(tmp_path):
    name = b"caf\xe9.txt"  # Latin-1 bytes in a file name: Python keeps them as lone surrogates
    (tmp_path.joinpath(name.decode("utf-8", "surrogateescape"))).write_text('"Ready," he said.\n')
    (article,) = read_articles([tmp_path])
    assert (article.article_id, article.status) == ("caf\\xe9", "ok")
    assert article.path.endswith("caf\\xe9.txt")
    assert _storable([article]).num_rows == 1  # a lone surrogate would make Parquet refuse the whole table


def test_a_json_line_with_lone_surrogates_keeps_its_offsets(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "x\ud800", "title": "t\udfff", "text": 'A \ud83d "quote," he said.'}) + "\n")
    (article,) = read_articles([path])
    assert article.status == "ok" and article.article_id == "x\\ud800" and article.title == "t\\udfff"
    assert article.text == 'A \ufffd "quote," he said.'  # one character for one: offsets unchanged
    assert any("replaced by U+FFFD" in w and str(path) in w for w in article.warnings)
    assert _storable([article]).num_rows == 1


def test_a_json_line_far_longer_than_an_article_is_skipped_and_the_next_read(tmp_path, monkeypatch):
    monkeypatch.setattr(text_module, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "dump.jsonl"
    with open(path, "w") as handle:
        handle.write(json.dumps({"id": "a", "text": "First."}) + "\n")
        handle.write(json.dumps({"id": "huge", "text": "x" * 50_000}) + "\n")  # 50 times the limit, in pieces
        handle.write(json.dumps({"id": "c", "text": "Third."}) + "\n")
        handle.write(json.dumps({"id": "d", "text": "y" * 5_000}))  # too long, and no newline at the end
    got = [(a.article_id, a.status) for a in read_articles([path])]
    assert got == [("a", "ok"), ("dump-line2", "skipped"), ("c", "ok"), ("dump-line4", "skipped")]
    errors = [a.error for a in read_articles([path]) if a.error]
    assert all("too large" in e for e in errors) and f"{path}:2" in errors[0]
