"""The dataset as Python sees it: the pandas views of quotetrack.load()."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from quotetrack import load
from quotetrack.store import INDEXED, SCHEMAS


@pytest.fixture(scope="module")
def ds(seed_dataset):
    return load(seed_dataset)


@pytest.mark.parametrize("name", sorted(INDEXED))
def test_an_index_level_is_not_also_a_column(ds, name):
    view = getattr(ds, name)
    assert list(view.index.names) == INDEXED[name]
    assert not set(view.index.names) & set(view.columns)


@pytest.mark.parametrize("name", sorted(INDEXED))
def test_reset_index_gives_the_table_back_and_set_index_the_view(ds, seed_dataset, name):
    view = getattr(ds, name)
    flat = view.reset_index()  # raised "cannot insert speaker, already exists"
    on_disk = pq.read_table(seed_dataset / f"{name}.parquet").to_pandas(date_as_object=False)
    assert sorted(flat.columns) == sorted(SCHEMAS[name].names)
    pd.testing.assert_frame_equal(flat[SCHEMAS[name].names], on_disk)
    pd.testing.assert_frame_equal(flat.set_index(INDEXED[name]), view)
    pd.testing.assert_frame_equal(ds.frame(name), on_disk)


def test_the_readme_calls(ds):
    kirby = ds.quotes.loc["John Kirby"]  # README: quotes indexed by (speaker, date)
    assert sorted(kirby["text"]) == ["Hamas is the obstacle", "actively working"]
    assert list(kirby.index.astype(str)) == ["2025-01-03", "2025-01-03"]
    naim = ds.mentions.xs("Basem Naim", level="speaker")
    assert len(naim) == 4 and set(naim["outlet"]) == {"Israel National News"}
    assert len(ds.mentions.loc[("Basem Naim", "2025-03-28")]) == 4
    january = ds.quotes.sort_index().loc[(slice(None), slice("2025-01-01", "2025-01-31")), :]
    flat = ds.frame("quotes")
    assert sorted(january["quote_id"]) == sorted(flat[flat["first_published"].dt.month == 1]["quote_id"])
    assert len(january) > 0 and len(january) < len(flat)


def test_frame_takes_a_view_changed_by_its_user(ds):
    changed = ds.quotes.assign(text=ds.quotes["text"].str.upper())
    flat = type(ds)(ds.articles, ds.mentions, changed, ds.speakers).frame("quotes")
    assert list(flat.columns) == SCHEMAS["quotes"].names and flat["text"].str.isupper().all()
