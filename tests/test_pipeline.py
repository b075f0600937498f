"""build() end to end: what a rebuild gives."""

from __future__ import annotations

from quotetrack import build

from .conftest import ARTICLES


def test_a_rebuild_gives_the_same_files_byte_for_byte(seed_dataset, tmp_path):
    build([ARTICLES], out=tmp_path / "again")
    for table in ("articles", "mentions", "quotes", "speakers"):
        name = f"{table}.parquet"
        assert (tmp_path / "again" / name).read_bytes() == (seed_dataset / name).read_bytes(), name
