"""The build's progress bar (on a terminal only) and its closing summary."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

from click.testing import CliRunner

from quotetrack.cli import main
from quotetrack.pipeline import BuildReport
from quotetrack.progress import build_progress, count_articles, summary

from .conftest import ARTICLES

ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def result(n_mentions: int, status: str = "ok"):
    return SimpleNamespace(mentions=[object()] * n_mentions, status=status)


def test_count_articles_counts_files_and_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "b.html").write_text("<p>text</p>")
    (tmp_path / "c.jsonl").write_text('{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n   \n{"bad"\n')
    (tmp_path / "notes.md").write_text("not an article")
    assert count_articles([tmp_path]) == 5  # a, b, and three non-blank lines
    assert count_articles([ARTICLES]) == 5
    assert count_articles([ARTICLES, tmp_path / "a.txt"]) == 6


def test_count_articles_is_unknown_for_standard_input_or_a_missing_path(tmp_path):
    assert count_articles(["-"]) is None
    assert count_articles([tmp_path / "nope"]) is None


def test_no_bar_when_not_a_terminal():
    buffer = io.StringIO()
    with build_progress([ARTICLES], file=buffer) as progress:  # a StringIO is not a terminal
        assert progress is None
    assert buffer.getvalue() == ""


def test_bar_counts_articles_quotes_and_skips_against_the_total():
    buffer = io.StringIO()
    with build_progress([ARTICLES], file=buffer, terminal=True) as progress:
        progress({}, result(4))
        progress({}, result(0, "skipped"))
        progress({}, result(2))
    text = ESCAPE.sub("", buffer.getvalue())
    assert "3/5" in text and "6 quotes, 1 skipped" in text
    assert "articles/s" in text and "left" in text


def test_bar_without_a_total_shows_the_count_and_no_time_left():
    buffer = io.StringIO()
    with build_progress(["-"], file=buffer, terminal=True) as progress:
        progress({}, result(1))
    text = ESCAPE.sub("", buffer.getvalue())
    assert "1/?" in text and "1 quotes" in text and "left" not in text


def test_summary_lists_skipped_articles_then_the_counts():
    report = BuildReport(out=Path("data/dataset"), n_articles=3, n_mentions=7, n_quotes=6, n_speakers=2,
                         seconds=2.0, problems=[("empty", "a/empty.txt", "a/empty.txt: empty file; remove it")])
    assert summary(report) == [
        "skipped empty: a/empty.txt: empty file; remove it",
        "3 articles (1 skipped), 6 quotes, 7 mentions, 2 speakers -> data/dataset in 2.0s, 1.5 articles/s",
    ]


def test_build_through_a_pipe_prints_the_summary_and_no_bar(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(ARTICLES, articles)
    (articles / "empty.txt").write_text("")
    result_ = CliRunner().invoke(main, ["build", str(articles), "--out", str(tmp_path / "ds")])
    assert result_.exit_code == 0, result_.output
    assert re.fullmatch(r"6 articles \(1 skipped\), \d+ quotes, \d+ mentions, \d+ speakers -> \S+ in [\d.]+s, "
                        r"[\d.]+ articles/s\n", result_.stdout)
    assert "skipped empty:" in result_.stderr
    assert "\x1b" not in result_.stderr and "articles/s" not in result_.stderr
