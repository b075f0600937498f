"""Builds at scale: the extraction cache, worker processes, a Dask cluster, streaming."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

import quotetrack
from quotetrack import build
from quotetrack.nlp import resolve_model_name
from quotetrack.pipeline import extract_many
from quotetrack.records import Article

from .conftest import ARTICLES


@pytest.fixture()
def articles(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def tables(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.parquet"))}


def test_an_unchanged_rebuild_reads_every_article_from_the_cache(articles, tmp_path):
    cache = tmp_path / "cache"
    cold = build([articles], out=tmp_path / "cold", cache=cache)
    assert (cold.cache_hits, cold.cache_misses) == (0, 5)
    warm = build([articles], out=tmp_path / "warm", cache=cache)
    assert (warm.cache_hits, warm.cache_misses) == (5, 0)
    assert tables(tmp_path / "warm") == tables(tmp_path / "cold")


def test_a_changed_article_is_the_only_one_extracted_again(articles, tmp_path):
    cache = tmp_path / "cache"
    first = build([articles], out=tmp_path / "ds", cache=cache)
    path = articles / "002_9c15fb091c17fee0.txt"
    path.write_text(path.read_text(encoding="utf-8") + '\n"We are still talking," Naim added.\n', encoding="utf-8")
    again = build([articles], out=tmp_path / "ds", cache=cache)
    assert (again.cache_hits, again.cache_misses) == (4, 1)
    build([articles], out=tmp_path / "fresh", cache=False)
    assert tables(tmp_path / "ds") == tables(tmp_path / "fresh")
    assert again.n_mentions == first.n_mentions + 1


def test_worker_processes_give_the_same_tables(articles, tmp_path):
    build([articles], out=tmp_path / "one", jobs=1, cache=False)
    build([articles], out=tmp_path / "two", jobs=2, cache=False)
    assert tables(tmp_path / "two") == tables(tmp_path / "one")


def test_a_two_worker_dask_cluster_gives_the_same_tables(articles, tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed (pip install 'quotetrack[dask]')")
    build([articles], out=tmp_path / "local", cache=False)
    report = build([articles], out=tmp_path / "dask", engine="dask", workers=2, cache=False)
    assert report.n_articles == 5 and not report.problems
    assert tables(tmp_path / "dask") == tables(tmp_path / "local")


@pytest.mark.parametrize("jobs", [1, 2])
def test_extraction_streams(jobs):
    """Only a few chunks are read ahead of the results, whatever the corpus size: memory stays flat."""
    consumed = []

    def source():
        for n in range(400):
            consumed.append(n)
            yield Article(article_id=f"a{n}", text=f'"Number {n} is fine," she said.')

    results = extract_many(source(), model=resolve_model_name(), jobs=jobs, chunk_size=8)
    first = next(results)
    assert first[0]["article_id"] == "a0"
    assert len(consumed) <= 8 * (2 * jobs + 1)
    assert sum(1 for _ in results) == 399


def test_the_cache_key_covers_every_module_extraction_runs(nlp):
    """Every quotetrack file whose code runs while an article is extracted is hashed into the
    cache key: an edit to any of them re-extracts instead of reusing stale rows."""
    from quotetrack.cache import extraction_sources
    from quotetrack.extract import extract_text

    ran: set[str] = set()

    def record(frame, event, arg):
        if event == "call" and "quotetrack" in frame.f_code.co_filename:
            ran.add(str(Path(frame.f_code.co_filename).resolve()))

    text = ("Hamas spokesman Basem Naim spoke on Friday.\n\n"
            '"We hope for a breakthrough," he told AFP on Monday. "It will take time."\n\n'
            'WALLACE: Will he come?\n\nThe statement noted that talks would "focus on ensuring a deal."')
    sys.settrace(record)
    try:
        extract_text(text, nlp, published=dt.date(2025, 1, 3))
    finally:
        sys.settrace(None)
    keyed = {str(Path(str(m)).resolve()) for m in extraction_sources()}
    package = Path(quotetrack.__file__).parent
    ran = {f for f in ran if Path(f).is_relative_to(package) and f != str(package / "__init__.py")}
    assert {Path(f).name for f in ran} >= {"stage.py", "attribute.py", "resolver.py", "index.py", "marks.py"}
    assert ran <= keyed, sorted(ran - keyed)


def test_the_cache_key_leaves_out_what_extraction_never_uses():
    """A change to the corpus stage, the store or the queries keeps every cached extraction."""
    from quotetrack.cache import extraction_sources

    names = {Path(str(m)).relative_to(Path(quotetrack.__file__).parent).as_posix() for m in extraction_sources()}
    assert "nlp.py" in names and "extract/stage.py" in names
    assert not {n for n in names if n.startswith(("corpus/", "store", "query", "cli", "pipeline", "report"))}
