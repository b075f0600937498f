"""The extraction cache: a damaged file (truncated, overwritten with garbage, broken after it was
opened) is set aside with a warning naming it, and the build goes on with a fresh cache."""

from __future__ import annotations

import os
import sqlite3

import pytest
from click.testing import CliRunner

from quotetrack import build
from quotetrack.cache import CACHE_FILE, ExtractCache
from quotetrack.cli import main
from quotetrack.records import Mention

PAGE = 4096  # SQLite's default page size: page 1 holds the header and the schema


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text('Talks\n2025-01-04\n\n"We will need time," Ansari told reporters in Doha.\n',
                                  encoding="utf-8")
    (folder / "b.txt").write_text('Aid\n2025-01-05\n\n"The crossings must open," Naim said on Sunday.\n',
                                  encoding="utf-8")
    return folder


def filled_cache(folder, n: int = 300) -> bytes:
    """A cache file with ``n`` rows (many pages), closed; its bytes."""
    with ExtractCache(folder) as cache:
        for i in range(n):
            cache.put(f"key{i}", [Mention(f"a{i}", 0, 40, "x" * 200)])
    return (folder / CACHE_FILE).read_bytes()


def set_aside(folder) -> list:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f"{CACHE_FILE}.damaged-")
                  and not p.name.endswith(("-wal", "-shm")))


def truncate(path) -> None:
    with open(path, "r+b") as file:
        file.truncate(2 * PAGE)


def garbage(path) -> None:
    path.write_bytes(os.urandom(5 * PAGE))


def garbage_after_the_schema(path) -> None:
    """The header and schema intact, every other page garbage: SQLite opens it and fails at the
    first query."""
    data = bytearray(path.read_bytes())
    data[2 * PAGE:] = os.urandom(len(data) - 2 * PAGE)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [truncate, garbage, garbage_after_the_schema])
def test_a_damaged_cache_is_set_aside_and_the_build_goes_on(articles, tmp_path, damage):
    cache = tmp_path / "cache"
    first = build([articles], out=tmp_path / "ds", cache=cache)
    assert first.cache_misses == 2 and not first.warnings
    filled_cache(cache)  # more rows, so that a truncation cuts into them
    damage(cache / CACHE_FILE)
    damaged = (cache / CACHE_FILE).read_bytes()
    (cache / f"{CACHE_FILE}-wal").write_bytes(b"stale journal")

    report = build([articles], out=tmp_path / "ds", cache=cache)

    assert report.n_ok == 2 and report.n_mentions == first.n_mentions
    assert report.cache_misses == 2  # extracted again, into the fresh cache
    warning = report.warnings[0]
    assert str(cache / CACHE_FILE) in warning and "damaged" in warning
    [aside] = set_aside(cache)
    assert aside.name in warning
    assert aside.read_bytes() == damaged  # kept as it was, for whoever wants to look
    assert (cache / f"{aside.name}-wal").read_bytes() == b"stale journal"
    # the fresh cache works: the next build reads both articles back
    again = build([articles], out=tmp_path / "ds", cache=cache)
    assert (again.cache_hits, again.cache_misses, again.warnings) == (2, 0, [])


def test_the_cli_warns_and_succeeds_without_a_traceback(articles, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("QUOTETRACK_CACHE", str(cache))
    filled_cache(cache)
    truncate(cache / CACHE_FILE)
    result = CliRunner().invoke(main, ["build", str(articles), "--out", str(tmp_path / "ds")])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and result.exception is None
    assert f"warning: {cache / CACHE_FILE}: the extraction cache is damaged" in result.output
    assert "2 articles (0 skipped)" in result.output


def test_damage_found_mid_build_by_a_put(tmp_path):
    filled_cache(tmp_path)
    cache = ExtractCache(tmp_path)
    assert cache.get("key1") is not None
    garbage_after_the_schema(tmp_path / CACHE_FILE)  # broken while the build has it open
    for i in range(300, 320):
        cache.put(f"key{i}", [Mention("b", 0, 1, "y")])
    cache.close()
    assert len(set_aside(tmp_path)) == 1 and len(cache.warnings) == 1
    reopened = ExtractCache(tmp_path)
    assert reopened.get("key319") is not None and reopened.get("key1") is None and not reopened.warnings


def test_damage_found_by_a_get_counts_as_a_miss(tmp_path):
    filled_cache(tmp_path)
    garbage_after_the_schema(tmp_path / CACHE_FILE)
    cache = ExtractCache(tmp_path)
    assert not cache.warnings  # the header and schema read fine
    assert cache.get("key1") is None and cache.misses == 1
    assert "database disk image is malformed" in cache.warnings[0]
    cache.put("key1", [Mention("a", 0, 1, "z")])
    assert cache.get("key1")[0].text == "z"


def test_a_cache_that_cannot_be_started_afresh_is_turned_off(tmp_path, monkeypatch):
    garbage(tmp_path / CACHE_FILE)

    def always_damaged(self):
        raise sqlite3.DatabaseError("file is not a database")

    monkeypatch.setattr(ExtractCache, "_connect", always_damaged)
    cache = ExtractCache(tmp_path)
    cache.put("key", [Mention("a", 0, 1, "z")])
    assert cache.get("key") is None
    cache.close()
    assert "moved to" in cache.warnings[0] and "without the cache" in cache.warnings[1]


def test_a_row_that_is_not_json_is_extracted_again(tmp_path):
    with ExtractCache(tmp_path) as cache:
        cache.put("key", [])
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("UPDATE mentions SET rows = '[{\"article_' WHERE key = 'key'")
    cache = ExtractCache(tmp_path)
    assert cache.get("key") is None and cache.misses == 1


def test_a_locked_database_is_not_taken_for_damage(tmp_path):
    cache = ExtractCache(tmp_path)
    with pytest.raises(sqlite3.OperationalError):
        cache._guarded(lambda db: db.execute("SELECT * FROM no_such_table"), None)
    assert not set_aside(tmp_path) and not cache.warnings
