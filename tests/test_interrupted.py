"""A build that fails, is interrupted (Ctrl-C, kill) or killed (kill -9) leaves the previous dataset
readable and byte for byte unchanged; the next build clears what it left behind; two builds of one
dataset never mix; a reader never sees half of one dataset and half of another.

The child processes run tests/build_child.py, which stops a real `quotetrack build` at a chosen
point and says "ready" there: signals are sent at a known point of the build, never after a delay.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from quotetrack import build, load, store
from quotetrack.errors import BuildError

from .conftest import ARTICLES

CHILD = Path(__file__).with_name("build_child.py")
#: a safety net only: a child that hangs is killed after this long, and the test then fails
HANG_LIMIT = 300


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith((f".{folder.name}.new-",
                                                                               f".{folder.name}.old-")))


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory) -> Path:
    """40 articles: the five seeds eight times over, enough that a build is stopped half-way."""
    folder = tmp_path_factory.mktemp("many")
    for copy in range(8):
        for source in sorted(ARTICLES.glob("*.txt")):
            shutil.copy(source, folder / f"c{copy}_{source.name}")
    return folder


@pytest.fixture(scope="module")
def few_articles(tmp_path_factory) -> Path:
    """Ten articles (the seeds twice): for what happens after extraction, or once a build is waited for."""
    folder = tmp_path_factory.mktemp("few")
    for copy in range(2):
        for source in sorted(ARTICLES.glob("*.txt")):
            shutil.copy(source, folder / f"c{copy}_{source.name}")
    return folder


@pytest.fixture()
def dataset(tmp_path) -> Path:
    """A dataset built from the seed articles, the one that must survive."""
    out = tmp_path / "dataset"
    build([ARTICLES], out=out)
    return out


class Child:
    """`quotetrack ARGS` in a child process that stops at ``point`` (see build_child.py)."""

    def __init__(self, point: str, *args, cwd: Path | None = None):
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), point, *map(str, args)], cwd=cwd, start_new_session=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.watchdog = threading.Timer(HANG_LIMIT, self._hung)
        self.watchdog.start()

    def _hung(self):
        try:
            os.killpg(self.proc.pid, signal.SIGUSR1)  # each process prints its threads' stacks
            self.proc.wait(2)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        self._kill_all()

    def _kill_all(self):
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def wait_ready(self) -> None:
        line = self.proc.stdout.readline()
        if line.strip() != "ready":
            out, err = self.finish()
            pytest.fail(f"the child build never reached its stopping point:\n{line}{out}\n{err}")

    def finish(self, stdin: str = "") -> tuple[str, str]:
        try:
            out, err = self.proc.communicate(stdin)
        finally:
            self.watchdog.cancel()
            self._kill_all()  # workers of a killed parent, if any
        return out, err


# -- kill -9 -----------------------------------------------------------------------------------------
def test_kill_9_during_extraction_leaves_the_dataset_byte_identical(dataset, many_articles):
    before = snapshot(dataset)
    child = Child("article:7", "build", many_articles, "--out", dataset)
    child.wait_ready()  # 7 of 40 articles extracted, the build holds the lock
    child.proc.send_signal(signal.SIGKILL)
    child.finish()
    assert child.proc.returncode == -signal.SIGKILL
    assert snapshot(dataset) == before
    assert len(load(dataset).articles) == 5
    assert leftovers(dataset) == []


def test_kill_9_before_the_swap_leaves_the_dataset_and_the_next_build_clears_the_staging(dataset, few_articles):
    before = snapshot(dataset)
    child = Child("before-swap", "build", few_articles, "--out", dataset)
    child.wait_ready()  # the new dataset is complete in its staging folder
    (staging,) = leftovers(dataset)
    assert sorted(os.listdir(dataset.parent / staging)) == sorted(store.DATASET_FILES)
    child.proc.send_signal(signal.SIGKILL)
    child.finish()
    assert snapshot(dataset) == before and leftovers(dataset) == [staging]
    assert len(load(dataset).articles) == 5

    build([ARTICLES], out=dataset)
    assert leftovers(dataset) == []
    assert snapshot(dataset) == before  # same input, same bytes


def test_kill_9_right_after_the_exchange_leaves_the_new_dataset_whole(dataset, few_articles):
    child = Child("after-exchange", "build", few_articles, "--out", dataset)
    child.wait_ready()
    child.proc.send_signal(signal.SIGKILL)
    child.finish()
    assert len(load(dataset).articles) == 10  # the new one, all of it
    (old,) = leftovers(dataset)
    assert len(pd.read_parquet(dataset.parent / old / "articles.parquet")) == 5  # the old one, aside
    build([ARTICLES], out=dataset)
    assert leftovers(dataset) == [] and len(load(dataset).articles) == 5


def test_kill_9_between_the_two_renames_is_recovered_by_the_next_load(dataset, few_articles):
    """Where renameat2 is missing (not Linux) the swap is two renames; a kill between them leaves
    the old dataset aside, and load() puts it back."""
    before = snapshot(dataset)
    child = Child("between-renames", "build", few_articles, "--out", dataset)
    child.wait_ready()
    child.proc.send_signal(signal.SIGKILL)
    child.finish()
    assert not dataset.exists()
    assert len(load(dataset).articles) == 5
    assert snapshot(dataset) == before


# -- Ctrl-C and kill ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("signum", "jobs", "whole_group"),
    [
        (signal.SIGINT, 1, False),
        (signal.SIGINT, 2, True),  # Ctrl-C in a terminal signals the parent and its workers
        (signal.SIGTERM, 1, False),
        (signal.SIGTERM, 2, False),
    ],
    ids=["ctrl-c", "ctrl-c-jobs2", "kill", "kill-jobs2"],
)
def test_an_interrupted_build_says_so_without_a_traceback(dataset, many_articles, signum, jobs, whole_group):
    before = snapshot(dataset)
    child = Child("article:3", "build", many_articles, "--out", dataset, "--jobs", jobs)
    child.wait_ready()
    if whole_group:
        os.killpg(child.proc.pid, signum)
    else:
        child.proc.send_signal(signum)
    _out, err = child.finish()
    assert child.proc.returncode == 130, err[-5000:]
    assert "Traceback" not in err
    assert f"build interrupted; {dataset} was left as it was" in err
    assert snapshot(dataset) == before and leftovers(dataset) == []


# -- an exception -------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["corpus", "write"])
def test_a_build_that_raises_leaves_the_dataset_and_no_staging(dataset, monkeypatch, where):
    before = snapshot(dataset)
    if where == "corpus":
        def broken(*args, **kwargs):
            raise RuntimeError("corpus stage broke")

        monkeypatch.setattr("quotetrack.pipeline.corpus_tables", broken)
    else:  # the disk fills up while the third table is written
        real_write = store.pq.write_table
        calls = []

        def write_table(table, where_to, **kwargs):
            calls.append(where_to)
            if len(calls) == 3:
                raise OSError(28, "No space left on device")
            real_write(table, where_to, **kwargs)

        monkeypatch.setattr(store.pq, "write_table", write_table)
    with pytest.raises((RuntimeError, OSError)):
        build([ARTICLES / "000_d266340e8b49bfd6.txt"], out=dataset)
    assert snapshot(dataset) == before and leftovers(dataset) == []


def test_a_build_where_no_article_can_be_read_leaves_the_dataset(dataset, tmp_path):
    before = snapshot(dataset)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.txt").write_bytes(b"")
    (junk / "binary.txt").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(BuildError, match=f"none of the 2 article.s. could be read, so {dataset} was left as it was"):
        build([junk], out=dataset)
    assert snapshot(dataset) == before


@pytest.mark.parametrize("what", ["articles", "file", "home"])
def test_a_build_never_replaces_a_folder_that_is_not_a_dataset(tmp_path, what):
    from quotetrack.errors import NotADatasetError

    target = tmp_path / "target"
    if what == "articles":
        shutil.copytree(ARTICLES, target)
    elif what == "file":
        target.write_text("notes")
    else:
        target.mkdir()
        (target / ".bashrc").write_text("export A=1")
    before = snapshot(target) if target.is_dir() else target.read_bytes()
    with pytest.raises(NotADatasetError, match="give --out a"):
        build([ARTICLES], out=target)
    assert (snapshot(target) if target.is_dir() else target.read_bytes()) == before


# -- two builds at once -------------------------------------------------------------------------------
def test_a_second_build_of_the_same_dataset_stops_with_a_clear_message(dataset, few_articles):
    first = Child("article:5", "build", few_articles, "--out", dataset)
    first.wait_ready()  # the first build holds the lock, half-way through its articles
    second = subprocess.run([sys.executable, "-m", "quotetrack", "build", str(ARTICLES), "--out", str(dataset)],
                            capture_output=True, text=True, timeout=HANG_LIMIT)
    assert second.returncode == 1
    assert f"{dataset} is being built by pid {first.proc.pid}" in second.stderr
    assert "wait for that build to finish" in second.stderr and "Traceback" not in second.stderr
    out, err = first.finish(stdin="go on\n")
    assert first.proc.returncode == 0, err
    assert "10 articles (0 skipped)" in out
    built = load(dataset)
    assert len(built.articles) == 10 and set(built.mentions["article_id"]) <= set(built.articles["article_id"])
    assert leftovers(dataset) == []


def test_a_reader_never_mixes_two_datasets(dataset, tmp_path, monkeypatch):
    """A build swaps a new dataset in while load() is reading: the load is all old or all new."""
    other = tmp_path / "other"
    build([ARTICLES / "004_eac08c1094c6cf81.txt"], out=other)
    new_tables = {name: load(other).frame(name) for name in store.TABLES}
    real_read = store.pq.read_table
    swapped = []

    def read_table(source, **kwargs):
        table = real_read(source, **kwargs)
        if not swapped:  # once the first table is read, a build replaces the whole dataset
            swapped.append(True)
            store.write_dataset(dataset, new_tables)
        return table

    monkeypatch.setattr(store.pq, "read_table", read_table)
    seen = load(dataset)
    assert swapped
    # all from the dataset that was there (its 32 quotations and the indirect statements)
    assert len(seen.articles) == 5 and (seen.mentions["kind"] != "indirect").sum() == 32
    assert set(seen.mentions["article_id"]) <= set(seen.articles["article_id"])
    monkeypatch.setattr(store.pq, "read_table", real_read)
    assert len(load(dataset).articles) == 1  # and the next load sees the new one
