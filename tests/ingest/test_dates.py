"""Publication dates: each written form -> the date, and the places a date must not be taken from."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from quotetrack.ingest import read_articles
from quotetrack.ingest.dates import ambiguous_date_line, date_line, parse_date

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
        ("03.04.2020", None),
        ("19.01.2020", D(2020, 1, 19)),  # 19 can only be the day
        ("19.01.2020 14:35", D(2020, 1, 19)),
        ("19-01-2020", D(2020, 1, 19)),
        ("01/19/2020", D(2020, 1, 19)),  # month first, as the US writes it: 19 is still the day
        ("05.05.2020", D(2020, 5, 5)),  # either way the same day
        ("19.13.2020", None),  # no reading at all
        ("31.02.2020", None),
        ("19.01.20", None),  # a two-digit year could be a day
        ("19.01/2020", None),  # one separator
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
        ("Headline\n| Northfield Post | 19.01.2020\nBody.", D(2020, 1, 19)),
        ("Headline | Northfield Post | 19.01.2020\nBody.", D(2020, 1, 19)),
        ("Headline\n| Northfield Post | 03.04.2020\nBody.", None),  # 3 April or 4 March: refused
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


def page(title: str, head: str = "") -> str:
    body = "".join(f"<p>Paragraph {i} says that the council met for a {i}th time and agreed on nothing at all.</p>"
                   for i in range(8))
    return f"<html><head><title>{title}</title>{head}</head><body><article><h1>Council</h1>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("title", "head", "expected"),
    [
        ("Council meets | Northfield Post | 19.01.2020", "", (D(2020, 1, 19), "html")),
        ("Council meets - 19 January 2020 - Northfield Post", "", (D(2020, 1, 19), "html")),
        # htmldate would guess 3 April; the date-line rule refuses, and the warning asks for the date
        ("Council meets | Northfield Post | 03.04.2020", "", (None, None)),
        ("19 killed in 2020 floods | Northfield Post", "", (None, None)),  # a headline's numbers are no date
        # the page's metadata comes first
        ("Council meets | 19.01.2020", '<meta property="article:published_time" content="2020-01-18T22:00:00Z">',
         (D(2020, 1, 18), "html")),
    ],
)
def test_a_date_in_the_page_title(tmp_path, title, head, expected):
    path = tmp_path / "page.html"
    path.write_text(page(title, head), encoding="utf-8")
    [article] = read_articles([path])
    assert (article.published, article.date_source) == expected
    assert any("no publication date" in w for w in article.warnings) == (expected[0] is None)


def test_an_unambiguous_all_number_date_in_a_manifest(tmp_path):
    (tmp_path / "a.txt").write_text('"We will see," Kell said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('"We will not," Kell said.\n', encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("id,file,published\na,a.txt,19.01.2020\nb,b.txt,03.04.2020\n",
                                           encoding="utf-8")
    problems: list[str] = []
    articles = {a.article_id: a for a in read_articles([tmp_path], on_problem=problems.append)}
    assert (articles["a"].published, articles["a"].date_source) == (D(2020, 1, 19), "manifest")
    assert articles["b"].published is None and any("'03.04.2020' is not a date" in p for p in problems)


def test_an_ambiguous_date_line_is_named_in_the_warning(tmp_path):
    assert ambiguous_date_line("Bridge closed\n| Northfield Post | 03.04.2020\nBody.") == "03.04.2020"
    assert ambiguous_date_line("Bridge closed\n| Northfield Post | 19.01.2020\nBody.") is None  # one reading
    assert ambiguous_date_line("Bridge closed\n| Northfield Post | 31.02.2020\nBody.") is None  # none
    path = tmp_path / "bridge.txt"
    path.write_text('Bridge closed\n| Northfield Post | 03.04.2020\n\n"It is not safe," said Tom Reyes.\n',
                    encoding="utf-8")
    [article] = read_articles([path])
    [warning] = article.warnings
    assert article.published is None and f"{path}: no publication date" in warning
    assert "03.04.2020" in warning and "manifest.csv" in warning
