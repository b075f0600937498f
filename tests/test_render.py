"""Tables for people: wrapped to the width, plain text when piped, styled on a terminal."""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest
from click.testing import CliRunner

from quotetrack import load
from quotetrack.cli import main
from quotetrack.query import select
from quotetrack.render import QUOTE_COLUMNS, Column, cell_text, print_quotes, print_table, render_table

BOX_DRAWING = re.compile("[\u2500-\u257f]")
ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
LONG = ("We are ready to reach an agreement that ends the war, but the occupation keeps adding new conditions "
        "at every round of the talks, and [the movement] will not accept them")


def quotes_frame() -> pd.DataFrame:
    return pd.DataFrame([
        {"first_published": pd.Timestamp("2025-01-03"), "quote_id": "q000000000001", "speaker": "John Kirby",
         "role": "White House National security communications adviser", "outlets": ["Israel National News"],
         "text": "actively working"},
        {"first_published": pd.Timestamp("2025-03-28"), "quote_id": "q000000000002", "speaker": "Basem Naim",
         "role": "Hamas spokesman", "outlets": ["Al-Quds", "Xinhua (syndicated)"], "text": LONG},
    ])


def visible(text: str) -> list[str]:
    return ESCAPE.sub("", text).splitlines()


@pytest.mark.parametrize("width", [60, 80, 120, 200])
@pytest.mark.parametrize("terminal", [False, True])
def test_tables_fit_the_width_and_keep_every_word(width, terminal):
    out = render_table(quotes_frame(), QUOTE_COLUMNS, terminal=terminal, width=width)
    lines = visible(out)
    assert max(len(line) for line in lines) <= width
    words = " ".join(" ".join(lines).replace("\u2502", " ").split())
    for word in LONG.split():
        assert word in words
    assert "q000000000002" in out  # dates and ids never wrap


def test_plain_text_has_no_box_drawing_and_no_colour():
    out = render_table(quotes_frame(), QUOTE_COLUMNS, terminal=False, width=80)
    assert not BOX_DRAWING.search(out) and "\x1b" not in out
    header, rule, first = out.splitlines()[:3]
    assert header.split() == ["Date", "Speaker", "#", "Outlets", "Quote"]
    assert set(rule) <= {"-", " "}
    # the columns line up: each value starts where its header starts
    assert first.index("John Kirby") == header.index("Speaker")
    assert first.index("actively working") == header.index("Quote")
    assert all(line == line.rstrip() for line in out.splitlines())


def test_rows_that_wrap_are_set_apart_by_a_blank_line():
    out = render_table(quotes_frame(), QUOTE_COLUMNS, terminal=False, width=80)
    blocks = out.strip("\n").split("\n\n")
    assert len(blocks) == 2  # header and first row, then the second row
    assert "Kirby" in blocks[0] and "Naim" in blocks[1] and "Naim" not in blocks[0]


def test_short_rows_are_not_spaced_out():
    frame = pd.DataFrame({"name": ["Hamas", "Qatar"], "n": [12, 1]})
    out = render_table(frame, {"name": "Speaker", "n": "Quotes"}, terminal=False, width=80)
    assert out.splitlines() == ["Speaker   Quotes", "-------- -------", "Hamas     12", "Qatar     1"]


def test_a_quote_without_a_speaker_says_so():
    frame = quotes_frame().assign(speaker=[None, ""])
    buffer = io.StringIO()
    print_quotes(frame, file=buffer)
    assert buffer.getvalue().count("(no speaker)") == 2


def test_terminal_tables_are_framed_and_styled():
    out = render_table(quotes_frame(), QUOTE_COLUMNS, terminal=True, width=100)
    assert BOX_DRAWING.search(out) and "\x1b[" in out


def test_square_brackets_in_a_quote_are_printed_as_written():
    # rich would read "[the movement]" as a style tag and drop it if the cell were markup
    frame = pd.DataFrame({"text": ["[the movement] will [bold]win[/bold]"]})
    out = render_table(frame, {"text": "Quote"}, terminal=True, width=80)
    assert "[the movement] will [bold]win[/bold]" in ESCAPE.sub("", out)


def test_highlight_sets_the_quote_in_bold_inside_its_context():
    frame = pd.DataFrame({"context": ['He said "Hamas is the obstacle" today.'], "text": ["Hamas is the obstacle"]})
    out = render_table(frame, [Column("context", "Context", "text", highlight="text")], terminal=True, width=80)
    assert "\x1b[1mHamas is the obstacle" in out


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, ""), (float("nan"), ""), (pd.NaT, ""), (["a", "b"], "a\nb"), (pd.Timestamp("2025-01-03"), "2025-01-03"),
     ([{"role": "Hamas spokesman", "first_seen": None}], "Hamas spokesman"), (3, "3")],
)
def test_cell_text(value, expected):
    assert cell_text(value) == expected


def test_print_table_on_a_pipe_is_plain(monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    buffer = io.StringIO()
    print_table(quotes_frame(), QUOTE_COLUMNS, file=buffer)
    out = buffer.getvalue()
    assert not BOX_DRAWING.search(out) and "\x1b" not in out
    assert max(len(line) for line in out.splitlines()) <= 70


# -- through the command line -------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["list"], ["list", "--mentions"], ["speakers"]])
@pytest.mark.parametrize("columns", ["60", "80", "150"])
def test_commands_print_plain_wrapped_tables_when_piped(seed_dataset, command, columns):
    result = CliRunner().invoke(main, [*command, "--data", str(seed_dataset)], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    assert not BOX_DRAWING.search(result.output) and "\x1b" not in result.output
    assert max(len(line) for line in result.output.splitlines()) <= int(columns)


def test_list_table_shows_quote_ids_for_show(seed_dataset):
    result = CliRunner().invoke(main, ["list", "--speaker", "Kirby", "--data", str(seed_dataset)])
    ids = re.findall(r"\bq[0-9a-f]{11}\b", result.output)
    assert len(ids) == 2
    shown = CliRunner().invoke(main, ["show", ids[0], "--data", str(seed_dataset)], env={"COLUMNS": "100"})
    assert shown.exit_code == 0 and "John Kirby" in shown.output


def test_list_with_no_match_says_so_and_what_to_try(seed_dataset):
    result = CliRunner().invoke(main, ["list", "--speaker", "Nobody Here", "--data", str(seed_dataset)])
    assert result.exit_code == 0
    assert result.stdout == "" and "no quotes match" in result.stderr and "quotetrack speakers" in result.stderr


@pytest.mark.parametrize("command", [["list"], ["list", "--mentions"], ["speakers"]])
def test_script_formats(seed_dataset, command):
    def run(fmt):
        result = CliRunner().invoke(main, [*command, "--format", fmt, "--data", str(seed_dataset)])
        assert result.exit_code == 0
        return result.stdout

    array = json.loads(run("json"))
    assert isinstance(array, list) and array and all(isinstance(row, dict) for row in array)
    lines = [json.loads(line) for line in run("jsonl").splitlines()]
    assert lines == array
    csv = pd.read_csv(io.StringIO(run("csv")))
    assert list(csv.columns) == list(array[0]) and len(csv) == len(array)


def test_show_formats_give_the_quote_s_mention_rows(seed_dataset):
    listing = json.loads(CliRunner().invoke(main, ["list", "--contains", "resume today", "--format", "json",
                                                   "--data", str(seed_dataset)]).stdout)
    quote_id = listing[0]["quote_id"]
    rows = json.loads(CliRunner().invoke(main, ["show", quote_id, "--format", "json",
                                                "--data", str(seed_dataset)]).stdout)
    assert len(rows) == listing[0]["n_mentions"] >= 2
    assert {r["quote_id"] for r in rows} == {quote_id}
    assert {r["outlet"] for r in rows} == set(listing[0]["outlets"])


def test_list_orders_quotes_by_date_then_article_then_position(seed_dataset):
    ds = load(seed_dataset)
    mentions = ds.frame("mentions")
    first = (mentions.sort_values(["published", "article_id", "start"]).drop_duplicates("quote_id")
             .set_index("quote_id"))
    rows = select(ds)
    keys = [(row.first_published, first.loc[row.quote_id, "article_id"], first.loc[row.quote_id, "start"])
            for row in rows.itertuples()]
    assert keys == sorted(keys)
    # not the hash order: on the seeds the two orders differ
    assert list(rows["quote_id"]) != sorted(rows["quote_id"], key=lambda q: (rows.set_index("quote_id")
                                                                             .loc[q, "first_published"], q))


def test_list_mentions_are_in_reading_order(seed_dataset):
    rows = select(load(seed_dataset), mentions=True)
    keys = list(zip(rows["published"], rows["article_id"], rows["start"]))
    assert keys == sorted(keys)
