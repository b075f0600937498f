"""The dataset as Python sees it: the pandas views of quotetrack.load(), and damaged files named."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from quotetrack import build, load
from quotetrack.errors import DatasetDamagedError
from quotetrack.store import INDEXED, SCHEMAS, TABLES

from .conftest import ARTICLES


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
    quoted = kirby[kirby["quote_id"].isin(ds.mentions.query("kind != 'indirect'")["quote_id"])]
    assert sorted(quoted["text"]) == ["Hamas is the obstacle", "actively working"]
    assert list(quoted.index.astype(str)) == ["2025-01-03", "2025-01-03"]
    assert len(kirby) > len(quoted)  # and what was reported he said
    naim = ds.mentions.xs("Basem Naim", level="speaker")
    assert (naim["kind"] != "indirect").sum() == 4 and set(naim["outlet"]) == {"Israel National News"}
    assert len(ds.mentions.loc[("Basem Naim", "2025-03-28")]) == len(naim)
    january = ds.quotes.sort_index().loc[(slice(None), slice("2025-01-01", "2025-01-31")), :]
    flat = ds.frame("quotes")
    assert sorted(january["quote_id"]) == sorted(flat[flat["first_published"].dt.month == 1]["quote_id"])
    assert len(january) > 0 and len(january) < len(flat)


def test_frame_takes_a_view_changed_by_its_user(ds):
    changed = ds.quotes.assign(text=ds.quotes["text"].str.upper())
    flat = type(ds)(ds.articles, ds.mentions, changed, ds.speakers).frame("quotes")
    assert list(flat.columns) == SCHEMAS["quotes"].names and flat["text"].str.isupper().all()


# -- damaged files ------------------------------------------------------------------------------------
def _copy(dataset: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "dataset"
    shutil.copytree(dataset, copy)
    return copy


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))  # same size: only sha256 tells


def _forget_the_record(folder: Path) -> None:
    """build.json as an older quotetrack wrote it: no sizes, no hashes."""
    info = json.loads((folder / "build.json").read_text())
    del info["files"]
    (folder / "build.json").write_text(json.dumps(info))


def test_build_json_records_each_table_file(seed_dataset):
    files = json.loads((seed_dataset / "build.json").read_text())["files"]
    for name in TABLES:
        data = (seed_dataset / f"{name}.parquet").read_bytes()
        assert files[f"{name}.parquet"] == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


@pytest.mark.parametrize(("damage", "unrecorded", "what"), [
    (_truncate, False, "bytes where the build wrote"),
    (_garbage, False, "sha256 is not the one the build wrote"),
    (_truncate, True, "not readable as Parquet"),
    (_garbage, True, "not readable as Parquet"),
], ids=["truncated", "garbage", "truncated, older build.json", "garbage, older build.json"])
@pytest.mark.parametrize("name", TABLES)
def test_load_names_the_damaged_file_and_the_build_that_mends_it(seed_dataset, tmp_path, damage, unrecorded,
                                                                 what, name):
    folder = _copy(seed_dataset, tmp_path)
    if unrecorded:
        _forget_the_record(folder)
    damage(folder / f"{name}.parquet")
    with pytest.raises(DatasetDamagedError) as caught:
        load(folder)
    message = str(caught.value)
    assert message.startswith(f"{folder / name}.parquet is damaged (") and what in message
    assert message.endswith(f"`quotetrack build {ARTICLES} --out {folder}`")  # the sources of the build


def test_another_tables_file_in_place_is_named(seed_dataset, tmp_path):
    folder = _copy(seed_dataset, tmp_path)
    _forget_the_record(folder)
    shutil.copy(folder / "speakers.parquet", folder / "quotes.parquet")
    with pytest.raises(DatasetDamagedError, match="quotes.parquet is damaged .not a quotes table: no quote_id, "
                                                  "speaker, first_published column"):
        load(folder)


@pytest.mark.parametrize(("text", "what"), [
    ("{ not json", r"not JSON: Expecting property name.*`quotetrack build SOURCE\.\.\. --out"),
    ('{"files": {"quotes.parquet": {"bytes": "many"}}, "sources": ["a"]}', r"not what a build writes.*build a --out"),
    ('["a list"]', r"not what a build writes.*SOURCE\.\.\."),
], ids=["not-json", "bad-record", "not-an-object"])
def test_a_damaged_build_json_is_named_with_a_build_command(seed_dataset, tmp_path, text, what):
    folder = _copy(seed_dataset, tmp_path)
    (folder / "build.json").write_text(text)
    with pytest.raises(DatasetDamagedError, match=rf"build.json is damaged \({what}"):
        load(folder)


def test_a_build_mends_a_damaged_dataset(seed_dataset, tmp_path):
    folder = _copy(seed_dataset, tmp_path)
    _truncate(folder / "mentions.parquet")
    build([ARTICLES], out=folder)
    assert len(load(folder).mentions) == len(load(seed_dataset).mentions)
