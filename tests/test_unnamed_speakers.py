"""Speakers the text does not name ("researchers", "the Berlin wine merchant", "a US official") are
shown by their words, in brackets, in `list`, `show` and the report, and `list --speaker` finds
them by those words."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from quotetrack import build, load
from quotetrack.cli import main
from quotetrack.plot import outlet_counts, timeline_counts
from quotetrack.query import select
from quotetrack.render import print_quotes
from quotetrack.report import render_report

ARTICLE = """Wine prices climb in Berlin
2025-02-03

"Prices have never been this high," the Berlin wine merchant said on Tuesday.

"We see the same pattern in every region," researchers said.

"There is no deal yet," a US official told reporters.

"We will know more in the spring," said Anna Weber, who grows wine near Mainz.

"She is the best grower we have," a Weber supporter said.

"Prices will fall," the Winzerbund said.

"We have no figures yet," a Winzerbund official said.
"""
MERCHANT, RESEARCHERS, OFFICIAL, WEBER, SUPPORTER = ("Prices have never been this high", "We see the same pattern",
                                                     "There is no deal yet", "We will know more", "She is the best grower")
UNION, UNION_OFFICIAL = "Prices will fall", "We have no figures yet"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unnamed")
    (folder / "articles").mkdir()
    (folder / "articles" / "wine.txt").write_text(ARTICLE, encoding="utf-8")
    build([folder / "articles"], out=folder / "ds", cache=False)
    return folder / "ds"


def run(*args):
    result = CliRunner().invoke(main, [*map(str, args)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def quote_of(rows: pd.DataFrame, words: str) -> pd.Series:
    [row] = [r for _, r in rows.iterrows() if words in r["text"]]
    return row


def test_the_words_are_kept_beside_the_speaker(dataset):
    rows = select(load(dataset))
    assert quote_of(rows, MERCHANT)["unnamed_speaker"] == "the Berlin wine merchant"
    assert quote_of(rows, RESEARCHERS)["unnamed_speaker"] == "researchers"
    official = quote_of(rows, OFFICIAL)
    assert (official["speaker"], official["unnamed_speaker"]) == ("a US official", "a US official")
    weber = quote_of(rows, WEBER)
    assert weber["speaker"] == "Anna Weber" and pd.isna(weber["unnamed_speaker"])
    mentions = select(load(dataset), mentions=True)
    assert quote_of(mentions, RESEARCHERS)["unnamed_speaker"] == "researchers"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("US official", [OFFICIAL]),  # words of the description, any case
        ("a us OFFICIAL", [OFFICIAL]),
        ("wine merchant", [MERCHANT]),
        ("Researchers", [RESEARCHERS]),
        ("merchant wine", []),  # words in the order the text has them
        ("search", []),  # whole words only
        ("Weber", [WEBER]),  # a name finds its person, not "[a Weber supporter]"
        ("Weber supporter", [SUPPORTER]),
        ("Winzerbund", [UNION, UNION_OFFICIAL]),  # an organisation, and its unnamed official
        ("Anna", []),
    ],
)
def test_list_speaker_finds_unnamed_speakers_by_their_words(dataset, query, found):
    rows = json.loads(run("list", "--speaker", query, "--format", "json", "--data", dataset) or "[]")
    assert sorted(w for w in found) == sorted(w for r in rows for w in found if w in r["text"])
    assert len(rows) == len(found)


def test_list_shows_the_words_in_brackets(dataset):
    table = run("list", "--data", dataset)
    assert "(no speaker)" not in table
    for label in ("[the Berlin wine merchant]", "[researchers]", "[a US official]"):
        assert label in table
    assert "Anna Weber" in table and "[Anna Weber]" not in table
    assert "[researchers]" in run("list", "--mentions", "--speaker", "researchers", "--data", dataset)


def test_show_names_the_words(dataset):
    quote_id = quote_of(select(load(dataset)), MERCHANT)["quote_id"]
    first = run("show", quote_id, "--data", dataset).splitlines()[0]
    assert first.startswith("[the Berlin wine merchant]: \u201cPrices have never been this high")


def test_print_quotes_without_any_words_still_says_no_speaker():
    rows = pd.DataFrame({"first_published": [pd.Timestamp("2025-02-03")] * 2, "quote_id": ["q1", "q2"],
                         "speaker": [None, None], "unnamed_speaker": ["the growers", None], "outlets": [["x"], ["x"]],
                         "n_outlets": [1, 1], "text": ["The harvest was poor", "Nothing"]})
    buffer = io.StringIO()
    print_quotes(rows, file=buffer)
    assert "[the growers]" in buffer.getvalue() and buffer.getvalue().count("(no speaker)") == 1


def test_the_report_shows_the_words_set_apart(dataset):
    page = render_report(load(dataset))
    unattributed = page[page.index('<section id="unattributed">'):] if '<section id="unattributed">' in page else ""
    # the sources the article never names are anonymous: each has a section of its own, headed by
    # its words; none is left among the quotes without a speaker
    assert 'said by <span class="unnamed"' not in unattributed
    for words in ("the Berlin wine merchant", "researchers", "a US official"):
        assert f">[{words}]</span></h3>" in page
    assert "<h3>Anna Weber</h3>" in page


def test_plots_count_unnamed_speakers_by_their_words(dataset):
    ds = load(dataset)
    grid = outlet_counts(ds)
    assert {"[the Berlin wine merchant]", "[researchers]", "[a US official]", "[a Weber supporter]", "Anna Weber",
            "Winzerbund", "[a Winzerbund official]"} == set(grid.index)
    assert timeline_counts(ds, "US official").to_numpy().sum() == 1
    run("plot", "timeline", "--speaker", "wine merchant", "-o", dataset.parent / "merchant.png", "--data", dataset)
    assert (dataset.parent / "merchant.png").stat().st_size > 1000
