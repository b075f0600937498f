"""Plots: the numbers they draw, and the images read back (size, ink, the outlets' colours)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from matplotlib import colormaps
from matplotlib.image import imread

from quotetrack import load
from quotetrack.cli import main
from quotetrack.plot import (
    PlotError,
    outlet_colours,
    outlet_counts,
    plot_outlets,
    timeline_counts,
    undated_count,
    undated_note,
)
from quotetrack.report import render_report

INN, PRESS_TV = "Israel National News", "Press TV (via GlobalSecurity.org)"


@pytest.fixture(scope="module")
def ds(seed_dataset):
    return load(seed_dataset)


def plot(*args):
    return CliRunner().invoke(main, ["plot", *map(str, args)])


def pixels_of(image: np.ndarray, colour) -> int:
    """How many pixels have (about) this RGB colour."""
    return int((np.abs(image[..., :3] - np.array(colour[:3])) < 0.02).all(axis=-1).sum())


def ink(image: np.ndarray) -> float:
    """The share of pixels that are not white background."""
    return float((image[..., :3] < 0.95).any(axis=-1).mean())


def test_timeline_counts_kirby(ds):
    counts = timeline_counts(ds, "Kirby")
    assert list(counts.index) == [pd.Timestamp("2025-01-03")]
    assert list(counts.columns) == [INN]
    assert counts.to_numpy().tolist() == [[2]]


def test_timeline_counts_by_the_day_said(ds):
    # Kirby's words "Last Friday" in a Friday 3 January article: said on 27 December
    assert list(timeline_counts(ds, "kirby", date="said").index) == [pd.Timestamp("2024-12-27")]


def test_timeline_counts_every_speaker_adds_up_to_the_outlets_quotes(ds):
    counts = timeline_counts(ds)
    mentions = ds.frame("mentions")
    assert counts.to_numpy().sum() == len(mentions.drop_duplicates(["published", "outlet", "quote_id"]))
    assert counts.loc["2025-07-08", PRESS_TV] == 11  # 12 mentions; the headline repeats the body's quote
    assert counts.loc["2025-01-04"].sum() == 8  # Xinhua's 3 and Al-Quds's 5
    assert list(timeline_counts(ds, since="2025-03-01", until="2025-03-31").index) == [pd.Timestamp("2025-03-28")]


def test_outlet_counts(ds):
    counts = outlet_counts(ds)
    assert counts.loc["Hamas", PRESS_TV] == 5 and counts.loc["John Kirby", INN] == 2  # headline = body quote
    assert counts.loc["Basem Naim"].sum() == 4
    assert counts.index[0] == "Hamas"  # most quoted first
    assert list(outlet_counts(ds, top=2).index) == ["Hamas", "Basem Naim"]


def test_unknown_speaker_names_the_fix(ds):
    with pytest.raises(PlotError, match="quotetrack speakers"):
        timeline_counts(ds, "Nobody Here")


def test_timeline_png(seed_dataset, ds, tmp_path):
    result = plot("timeline", "--speaker", "Kirby", "-o", tmp_path / "kirby.png", "--data", seed_dataset)
    assert result.exit_code == 0, result.output
    image = imread(tmp_path / "kirby.png")
    assert image.shape[:2] == (420, 900)
    assert ink(image) > 0.02
    colours = outlet_colours(ds)
    assert pixels_of(image, colours[INN]) > 500  # Kirby's bar, in Israel National News's colour
    assert pixels_of(image, colours[PRESS_TV]) == 0


def test_different_speakers_give_different_timelines(seed_dataset, ds, tmp_path):
    for name in ("Kirby", "Hamas"):
        assert plot("timeline", "--speaker", name, "-o", tmp_path / f"{name}.png", "--data", seed_dataset).exit_code == 0
    kirby, hamas = imread(tmp_path / "Kirby.png"), imread(tmp_path / "Hamas.png")
    assert kirby.shape == hamas.shape and not np.array_equal(kirby, hamas)
    colours = outlet_colours(ds)
    # Hamas was carried by all four outlets: each one's colour is on the image
    for outlet in (INN, PRESS_TV, "Al-Quds", "Xinhua (syndicated)"):
        assert pixels_of(hamas, colours[outlet]) > 10, outlet


def test_outlets_png(seed_dataset, tmp_path):
    assert plot("outlets", "-o", tmp_path / "all.png", "--data", seed_dataset).exit_code == 0
    assert plot("outlets", "--top", "3", "-o", tmp_path / "top.png", "--data", seed_dataset).exit_code == 0
    full, top = imread(tmp_path / "all.png"), imread(tmp_path / "top.png")
    assert ink(full) > 0.05 and ink(top) > 0.05
    assert top.shape[0] < full.shape[0]  # one row a speaker
    # the darkest cell is Hamas in Press TV (6), in the colour map's top colour
    assert pixels_of(full, colormaps["Blues"](1.0)) > 500


def test_plot_outlets_writes_svg(ds, tmp_path):
    path = plot_outlets(ds, tmp_path / "outlets.svg")
    assert path.read_text().lstrip().startswith("<?xml") and "<svg" in path.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--speaker", "Nobody Here", "-o", "{tmp}/x.png"], "quotetrack speakers"),
        (["timeline", "-o", "{tmp}/x.jpg"], "end the file name with .png"),
        (["timeline", "-o", "{tmp}/missing/x.png"], "create it first"),
        (["timeline", "--speaker", "Kirby", "--since", "2025-06-01", "-o", "{tmp}/x.png"], "quotetrack list"),
    ],
)
def test_plot_errors_say_the_fix(seed_dataset, tmp_path, args, message):
    result = plot(*[a.format(tmp=tmp_path) for a in args], "--data", seed_dataset)
    assert result.exit_code == 1 and message in result.output
    assert not list(tmp_path.rglob("x.*"))


def test_plot_without_a_dataset(tmp_path):
    result = plot("outlets", "-o", tmp_path / "x.png", "--data", tmp_path / "none")
    assert result.exit_code == 1 and "make dataset" in result.output


# -- quotes without a date are counted, not dropped --------------------------------------------------------
UNDATED_ARTICLES = {
    "a.txt": 'Talks resume\n2025-01-04\n\n"We will need time," Ansari told reporters.\n',
    "b.txt": 'Aid\n2025-01-06\n\n"The crossings must open," Naim said.\n',
    "c.txt": ('Talks stall\n\n"There is no deal yet," Ansari said.\n\n"We are speaking with both sides," Ansari '
              'added.\n\n"Nothing has been agreed," Naim said.\n'),  # no date anywhere
}


@pytest.fixture(scope="module")
def partly_undated(tmp_path_factory):
    from quotetrack import build

    folder = tmp_path_factory.mktemp("undated")
    (folder / "articles").mkdir()
    for name, text in UNDATED_ARTICLES.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    build([folder / "articles"], out=folder / "ds", cache=False)
    return folder / "ds"


def test_undated_quotes_are_counted_beside_the_timeline(partly_undated):
    ds = load(partly_undated)
    mentions = ds.frame("mentions")
    # c.txt's three quotes (two of Ansari's, one of Naim's) have no day to stand on
    assert (undated_count(ds), undated_count(ds, "Ansari"), undated_count(ds, "Naim")) == (3, 2, 1)
    assert timeline_counts(ds).to_numpy().sum() + undated_count(ds) == mentions["quote_id"].nunique()
    assert undated_note(3) == "3 quotes without a date are not shown"
    assert undated_note(1) == "1 quote without a date is not shown" and undated_note(0) == ""


def test_plot_timeline_says_what_it_left_out(partly_undated, tmp_path):
    result = plot("timeline", "-o", tmp_path / "t.png", "--data", partly_undated)
    assert result.exit_code == 0
    assert "3 quotes without a date are not shown" in result.stderr
    naim = plot("timeline", "--speaker", "Naim", "-o", tmp_path / "n.png", "--data", partly_undated)
    assert "1 quote without a date is not shown" in naim.stderr


def test_a_timeline_of_undated_quotes_only_says_why_it_is_empty(partly_undated, tmp_path):
    result = plot("timeline", "--until", "2024-12-31", "-o", tmp_path / "x.png", "--data", partly_undated)
    assert result.exit_code == 1 and "3 quotes without a date are not shown" in result.output
    assert "manifest.csv" in result.output and not (tmp_path / "x.png").exists()


def test_the_report_says_how_many_quotes_its_timelines_leave_out(partly_undated):
    page = render_report(load(partly_undated))
    assert "<figcaption>Every quote, on the day each outlet published it. 3 quotes without a date are not shown." in page
    assert "(1 article without a date)" in page
