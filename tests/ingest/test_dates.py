"""Publication dates: each written form -> the date, and the places a date must not be taken from."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from quotetrack.ingest import read_articles
from quotetrack.ingest.dates import date_line, parse_date

from ..conftest import ARTICLES, shared_path

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-04", D(2025, 1, 4)),
        ("2025-01-04T19:12:00+02:00", D(2025, 1, 4)),  # the date as written: no time-zone shift
        ("2025/01/04", D(2025, 1, 4)),
        ("Sat 04 Jan 2025 7:12 pm", D(2025, 1, 4)),
        ("Tuesday, 08 July 2025 2:44 PM", D(2025, 7, 8)),
        ("January 4, 2025", D(2025, 1, 4)),
        ("Jan. 4, 2025", D(2025, 1, 4)),
        ("4th of January 2025", D(2025, 1, 4)),
        ("2025-02-30", None),  # no such day
        ("04/01/2025", None),  # April or January? refused, not guessed
        ("1736000000", None),  # a bare number is not a timestamp here
        ("January 2025", None),  # no day
        ("3 January", None),  # no year
        ("last Friday", None),  # relative: not a publication date
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seeds' date lines
        (" date 2025-01-04 Hamas says indirect talks with Israel resumes in Qatari capital\n\nGaza: ...", D(2025, 1, 4)),
        ("PALESTINE\nSat 04 Jan 2025 7:12 pm - Jerusalem Time\nBiden administration urges ...", D(2025, 1, 4)),
        ("\nIndirect talks resume in Qatar\nIran Press TV\nTuesday, 08 July 2025 2:44 PM\nIndirect talks ...", D(2025, 7, 8)),
        # other outlets' forms
        ("Headline\nBy Jane Doe | Jan 3, 2025\nBody.", D(2025, 1, 3)),
        ("Headline\nPublished: 4 January 2025, 10:00 GMT\nBody.", D(2025, 1, 4)),
        ("Headline\nJan 3, 2025 at 10:00 a.m. ET\nBody.", D(2025, 1, 3)),
        # not date lines
        ("Updated: Jan 5, 2025\nBody.", None),  # a later day than publication
        ("On July 6, 2015, Sanders made the following comment:", None),  # a sentence that starts with a date
        ("“The September 29, 2012, email to Clinton concerns talking points.”", None),
        ("Israel and Hamas have been at war since October 7, 2023.", None),
        ("Talks resumed later on Friday, AFP reported.", None),  # a weekday alone is no date
        ("More than 45,500 people, 1,200 of them on 7/10.", None),  # bare numbers
        ("\n".join(["Line"] * 6 + ["Sat 04 Jan 2025"]), None),  # below the top lines
    ],
)
def test_date_line(text, expected):
    assert date_line(text) == expected


def _expected_articles() -> dict[str, dict]:
    path = shared_path("seeds", "expected_articles.csv")
    return {row["id"]: row for row in csv.DictReader(open(path, encoding="utf-8"))}


def test_seed_dates_and_outlets_match_the_expected_ones():
    expected = _expected_articles()
    articles = {a.article_id: a for a in read_articles([ARTICLES])}
    assert set(articles) == set(expected)
    for article_id, row in expected.items():
        article = articles[article_id]
        assert (str(article.published), article.outlet) == (row["published"], row["outlet"]), article_id


def test_dates_missing_from_the_manifest_come_from_the_text():
    sources = {a.article_id[:3]: a.date_source for a in read_articles([ARTICLES])}
    assert sources == {"000": "manifest", "001": "text", "002": "manifest", "003": "text", "004": "text"}
