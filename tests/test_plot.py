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
    CELL_WIDTH,
    DPI,
    MAX_BARS,
    MAX_OUTLETS,
    OTHER,
    OTHER_COLOUR,
    PlotError,
    choose_bin,
    counts_over_time,
    named_outlets,
    outlet_colours,
    outlet_counts,
    outlets,
    overlapping,
    plot_outlets,
    timeline,
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
    counts = timeline_counts(ds, bin="day")
    mentions = ds.frame("mentions").query("kind != 'indirect'")  # quotations, unless asked
    assert counts.to_numpy().sum() == len(mentions.drop_duplicates(["published", "outlet", "quote_id"]))
    every = ds.frame("mentions").drop_duplicates(["published", "outlet", "quote_id"])
    assert timeline_counts(ds, bin="day", kinds=None).to_numpy().sum() == len(every) > counts.to_numpy().sum()
    assert counts.loc["2025-07-08", PRESS_TV] == 11  # 12 mentions; the headline repeats the body's quote
    assert counts.loc["2025-01-04"].sum() == 8  # Xinhua's 3 and Al-Quds's 5
    assert list(timeline_counts(ds, since="2025-03-01", until="2025-03-31").index) == [pd.Timestamp("2025-03-28")]


def test_the_seeds_six_months_are_counted_by_week(ds):
    # January to July is over 60 days: weeks, Monday to Sunday, each bar the sum of its days
    weekly, daily = timeline_counts(ds), timeline_counts(ds, bin="day")
    assert weekly.index.name == "week" and all(start.day_of_week == 0 for start in weekly.index)
    by_week = daily.groupby(daily.index.to_period("W-SUN").start_time).sum()
    assert weekly.to_numpy().tolist() == by_week[weekly.columns].to_numpy().tolist()
    assert list(weekly.index) == [pd.Timestamp("2024-12-30"), pd.Timestamp("2025-03-24"), pd.Timestamp("2025-07-07")]


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


# -- any time span, any number of outlets ------------------------------------------------------------------
def synthetic(out, *, days: int, n_outlets: int, n_speakers: int = 5, seed: int = 0, falloff: float = 0.3):
    """A dataset of one-mention quotes on about half the days of ``days`` (the first and last
    always), from outlets whose shares fall off (by ``falloff``), as a few big outlets and many
    small ones do."""
    import datetime as dt
    import random

    from quotetrack import store
    from quotetrack.pipeline import corpus_tables

    rnd = random.Random(seed)
    names = [f"Outlet {i:02d} " + ("Daily Chronicle and Evening Gazette" if i % 3 == 0 else "News") for i in range(n_outlets)]
    articles, mentions = [], []
    for d in range(days):
        if 0 < d < days - 1 and rnd.random() < 0.5:
            continue
        day = dt.date(2024, 1, 1) + dt.timedelta(days=d)
        for _ in range(rnd.randint(1, 3)):
            n = len(articles)
            outlet = names[min(int(rnd.expovariate(falloff)), n_outlets - 1)]
            speaker = f"Speaker{n % n_speakers:02d} Person{n % n_speakers:02d}"
            articles.append({"article_id": f"a{n:05d}", "outlet": outlet, "published": day, "status": "ok"})
            mentions.append({"mention_id": f"a{n:05d}:0-9", "article_id": f"a{n:05d}", "outlet": outlet,
                             "published": day, "said_on": day, "start": 0, "end": 9, "speaker": speaker,
                             "speaker_kind": "person", "speaker_mention": speaker, "attribution": "syntax",
                             "text": f"statement {n} on matter {rnd.randrange(10**9)} of the day"})
    tables = corpus_tables(store.to_arrow("articles", pd.DataFrame(articles)).to_pandas(),
                           store.to_arrow("mentions", pd.DataFrame(mentions)).to_pandas())
    store.write_dataset(out, tables, {})
    return load(out)


SPANS = {"5 days": 5, "6 weeks": 42, "8 months": 240, "3 years": 1100, "12 years": 4400}


@pytest.fixture(scope="module")
def spans(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spans")
    return {name: synthetic(folder / name.replace(" ", "-"), days=days, n_outlets=14 if days > 1000 else 4)
            for name, days in SPANS.items()}


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2025-01-01", "2025-01-01", "day"),
        ("2025-01-01", "2025-03-01", "day"),  # 60 days
        ("2025-01-01", "2025-03-02", "week"),  # 61
        ("2025-01-06", "2026-03-01", "week"),  # 60 weeks, Monday to Sunday
        ("2025-01-06", "2026-03-02", "month"),  # 61
        ("2025-01-01", "2029-12-31", "month"),  # 60 months
        ("2025-01-01", "2030-01-01", "year"),
    ],
)
def test_the_bin_is_the_finest_that_needs_at_most_sixty_bars(first, last, expected):
    assert MAX_BARS == 60
    assert choose_bin(pd.DatetimeIndex([first, last])) == expected


@pytest.mark.parametrize("span", list(SPANS))
def test_timelines_of_any_span_read(spans, span, tmp_path):
    ds = spans[span]
    counts = timeline_counts(ds)
    assert 1 <= len(counts) <= MAX_BARS
    mentions = ds.frame("mentions")
    assert counts.to_numpy().sum() == len(mentions)  # one mention a quote here: nothing lost in the bins
    daily = timeline_counts(ds, bin="day")
    by_bin = daily.groupby(daily.index.to_period({"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}[
        counts.index.name]).start_time).sum()
    assert by_bin[counts.columns].to_numpy().tolist() == counts.to_numpy().tolist()

    fig = timeline(ds)
    ax = fig.axes[0]
    assert f"per {counts.index.name}" in ax.get_title(loc="left")
    assert not overlapping(ax.get_xticklabels())
    totals = [t for t in ax.texts if t.get_text().isdigit()]
    assert not overlapping(totals) and len(totals) in (0, len(counts))  # all, or none when they would touch
    path = tmp_path / "t.png"
    fig.savefig(path)
    assert imread(path).shape[:2] == (420, 900)


def test_beyond_ten_outlets_the_rest_share_grey(spans, tmp_path):
    ds = spans["3 years"]
    named = named_outlets(ds)
    mentions = ds.frame("mentions")
    assert mentions["outlet"].nunique() > MAX_OUTLETS and len(named) == MAX_OUTLETS - 1
    counts = timeline_counts(ds)
    assert set(counts.columns) == {*named, OTHER} and counts.columns[-1] == OTHER
    every = counts_over_time(mentions, bin=counts.index.name)  # no outlet grouped
    assert counts[OTHER].tolist() == every.drop(columns=named).sum(axis=1).tolist()
    colours = outlet_colours(ds)
    assert colours[OTHER] == OTHER_COLOUR and len({colours[o] for o in named} | {OTHER_COLOUR}) == MAX_OUTLETS
    plot("timeline", "-o", tmp_path / "t.png", "--data", ds.path)
    image = imread(tmp_path / "t.png")
    assert pixels_of(image, OTHER_COLOUR) > 200
    assert all(pixels_of(image, colours[o]) > 20 for o in named)


def test_ten_outlets_or_fewer_keep_their_own_colours(spans):
    ds = spans["8 months"]
    assert OTHER not in timeline_counts(ds).columns
    assert set(named_outlets(ds)) == set(ds.frame("mentions")["outlet"])


@pytest.fixture(scope="module")
def twenty_outlets(tmp_path_factory):
    return synthetic(tmp_path_factory.mktemp("grid") / "ds", days=400, n_outlets=20, n_speakers=30, seed=1, falloff=0.1)


def test_the_outlets_grid_with_twenty_outlets_reads(twenty_outlets, tmp_path):
    counts = outlet_counts(twenty_outlets, top=30)
    assert counts.shape == (30, 20)
    fig = outlets(twenty_outlets)
    ax = fig.axes[0]
    fig.canvas.draw()
    box = ax.get_window_extent()
    # cells keep their size: the figure grew with the outlets, rather than the type shrinking
    assert box.width == pytest.approx(20 * CELL_WIDTH * DPI, rel=0.02)
    labels = ax.get_xticklabels()
    slant = np.radians(labels[0].get_rotation())
    type_height = labels[0].get_fontsize() / 72 * DPI
    assert 30 <= np.degrees(slant) <= 90 and CELL_WIDTH * DPI * np.sin(slant) > 1.5 * type_height
    rows = sorted((label.get_window_extent() for label in ax.get_yticklabels()), key=lambda b: b.y0)
    assert not any(a.overlaps(b) for a, b in zip(rows, rows[1:]))
    assert all(t.get_window_extent().width < CELL_WIDTH * DPI for t in ax.texts)  # counts fit their cells
    fewer = outlets(synthetic(tmp_path / "ten", days=400, n_outlets=10, n_speakers=30, seed=1, falloff=0.1))
    fewer.canvas.draw()
    assert fewer.axes[0].get_window_extent().width == pytest.approx(10 * CELL_WIDTH * DPI, rel=0.02)
    assert fewer.get_size_inches()[0] < fig.get_size_inches()[0]


def test_the_report_shows_the_grid_at_its_own_size(twenty_outlets):
    page = render_report(twenty_outlets)
    assert '<figure class="grid"><img' in page and "figure.grid img { max-width: none; }" in page
