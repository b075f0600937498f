"""build(): ingest -> extract (per article, in parallel) -> corpus -> store.

One article that cannot be read or extracted is recorded with its reason and the build goes on;
so is a manifest that cannot be used (its files are read without it). The dataset is written only
at the end, atomically, so a failed, interrupted or killed build leaves the last good one.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from . import __version__, store
from .cache import ExtractCache, article_key, default_cache_dir
from .corpus.dedup import cluster_quotes, quotes_table
from .corpus.speakers import assign_speakers, speakers_table
from .errors import BuildError
from .extract import extract_articles
from .ingest import read_articles
from .nlp import load_model, model_id, resolve_model_name
from .query import mentions_of_kinds
from .records import Article, ExtractResult

DEFAULT_SOURCE = "data/articles"
#: articles per chunk: enough paragraphs for the parser to batch well, few enough to stream
CHUNK_SIZE = 16
ENGINES = ("local", "dask")


@dataclass
class BuildReport:
    """What a build did, for the summary line and for --strict."""

    out: Path
    n_articles: int = 0
    n_mentions: int = 0
    n_quotes: int = 0
    n_speakers: int = 0
    seconds: float = 0.0
    #: (article_id, path, reason) of every article that was skipped or failed
    problems: list[tuple[str, str | None, str]] = field(default_factory=list)
    #: manifest problems: a manifest that could not be used, or a part of one that was ignored
    input_problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cache_hits: int = 0
    cache_misses: int = 0

    @property
    def n_ok(self) -> int:
        return self.n_articles - len(self.problems)


def extract_chunk(articles: list[Article], nlp) -> list[ExtractResult]:
    """The per-article stage on a few articles at once (their paragraphs share parser batches),
    with failures caught per article: a bug on one article never stops a build."""
    ready = [a for a in articles if a.status == "ok"]
    outcomes = iter(extract_articles(ready, nlp)) if ready else iter(())
    return [_outcome(a, next(outcomes), nlp) if a.status == "ok" else
            ExtractResult(a.article_id, status=a.status, error=a.error) for a in articles]


def extract_one(article: Article, nlp) -> ExtractResult:
    return extract_chunk([article], nlp)[0]


def _outcome(article: Article, outcome, nlp) -> ExtractResult:
    if not isinstance(outcome, Exception):
        return ExtractResult(article.article_id, outcome)
    if isinstance(outcome, ValueError) and "[E088]" in str(outcome):  # spaCy's "text exceeds nlp.max_length"
        return ExtractResult(
            article.article_id, status="skipped",
            error=f"{article.path or article.article_id}: a paragraph is too long for the parser (over "
                  f"{nlp.max_length:,} characters in one piece); break the text into paragraphs with blank lines",
        )
    where = traceback.extract_tb(outcome.__traceback__)[-1] if outcome.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return ExtractResult(
        article.article_id, status="error",
        error=f"{article.path or article.article_id}: extraction failed ({type(outcome).__name__}: {outcome}"
              f"{place}); please report it with this article",
    )


# -- where chunks run: in this process, in worker processes, or on a Dask cluster ---------------------
_worker_nlp = None


def _init_worker(model: str) -> None:
    global _worker_nlp
    # Ctrl-C is the parent's to handle (no traceback from each worker); SIGTERM, which the parent
    # sends to end its workers, ends them whatever handler the parent had installed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_nlp = load_model(model)


def _pool_chunk(articles: list[Article]) -> list[ExtractResult]:
    return extract_chunk(articles, _worker_nlp)


def _dask_chunk(articles: list[Article], model: str) -> list[ExtractResult]:
    return extract_chunk(articles, load_model(model))  # load_model keeps one model per worker process


class _Serial:
    """Chunks run here, one after another; the model is loaded only when an article needs it (a
    rebuild that finds everything in the cache never loads it)."""

    capacity = 1

    def __init__(self, model: str) -> None:
        self.model = model

    def submit(self, articles):
        return extract_chunk(articles, load_model(self.model))

    def result(self, handle):
        return handle

    def close(self) -> None:
        pass


class _Pool(_Serial):
    """Chunks run in ``jobs`` worker processes; a few chunks at a time are in flight, so memory does
    not grow with the corpus (Pool.imap would read the whole input ahead)."""

    def __init__(self, model: str, jobs: int) -> None:
        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        self.pool = context.Pool(jobs, initializer=_init_worker, initargs=(model,))
        self.capacity = 2 * jobs

    def submit(self, articles):
        return self.pool.apply_async(_pool_chunk, (articles,))

    def result(self, handle):
        while True:
            try:
                return handle.get(timeout=0.25)
            except multiprocessing.TimeoutError:
                # wake up now and then: Ctrl-C may be delivered to one of the pool's threads, and
                # is raised in the main thread only when it runs Python code again
                continue

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


class _Dask(_Serial):
    """Chunks run on a Dask distributed cluster: the one at ``scheduler``, or a local one."""

    def __init__(self, model: str, scheduler: str | None, workers: int) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise BuildError("--engine dask needs Dask: pip install 'quotetrack[dask]' "
                             "(or pip install 'dask[distributed]')") from None
        self.model = model
        self.cluster = None if scheduler else LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        try:
            self.client = Client(scheduler or self.cluster, timeout="30s")
        except OSError as exc:
            raise BuildError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with "
                             f"`dask scheduler` and workers with `dask worker {scheduler}`") from None
        n_workers = len(self.client.scheduler_info().get("workers", {})) or workers
        self.capacity = 2 * max(1, n_workers)

    def submit(self, articles):
        return self.client.submit(_dask_chunk, articles, self.model, pure=False)

    def result(self, handle):
        return handle.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def extract_many(articles: Iterable[Article], *, model: str, jobs: int = 1, engine: str = "local",
                 scheduler: str | None = None, workers: int | None = None, cache: ExtractCache | None = None,
                 chunk_size: int = CHUNK_SIZE) -> Iterator[tuple[dict, ExtractResult]]:
    """(article row, result) for each article, in input order.

    Articles whose result is in ``cache`` (same text, metadata, model and code) are not extracted
    again; the others run a chunk at a time, here (jobs 1), in worker processes (jobs N), or on a
    Dask cluster (engine "dask"), with only a few chunks in flight.
    """
    runner: _Serial
    if engine == "dask":
        runner = _Dask(model, scheduler, workers or max(jobs, 2))
    elif jobs > 1:
        runner = _Pool(model, jobs)
    else:
        runner = _Serial(model)
    key = model_id(model)
    window: deque = deque()
    try:
        for chunk in _chunks(articles, chunk_size):
            known = [cache.get(article_key(a, key)) if cache is not None and a.status == "ok" else None
                     for a in chunk]
            todo = [a for a, hit in zip(chunk, known) if hit is None]
            window.append((chunk, known, runner.submit(todo) if todo else None))
            if len(window) >= runner.capacity:
                yield from _collect(window.popleft(), runner, cache, key)
        while window:
            yield from _collect(window.popleft(), runner, cache, key)
    finally:
        runner.close()
        if cache is not None:
            cache.commit()


def _collect(entry, runner, cache: ExtractCache | None, key: str) -> Iterator[tuple[dict, ExtractResult]]:
    chunk, known, handle = entry
    computed = iter(runner.result(handle) if handle is not None else [])
    for article, hit in zip(chunk, known):
        if hit is not None:
            result = ExtractResult(article.article_id, hit)
        else:
            result = next(computed)
            if cache is not None and result.status == "ok":
                cache.put(article_key(article, key), result.mentions)
        yield _article_row(article, result), result


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- the build --------------------------------------------------------------------------------------
def build(sources: Iterable[str | os.PathLike] | None = None, *, out: str | os.PathLike | None = None,
          manifest: str | os.PathLike | None = None, jobs: int = 1, engine: str = "local",
          scheduler: str | None = None, workers: int | None = None, model: str | None = None,
          cache: bool | str | os.PathLike = True, strict: bool = False,
          progress: Callable[[dict, ExtractResult], None] | None = None) -> BuildReport:
    """Build the dataset from article files and folders into ``out`` (default data/dataset).

    ``jobs`` worker processes, or ``engine="dask"`` with a ``scheduler`` address (or a local
    cluster of ``workers``), run the per-article stage. ``cache`` (True: beside the dataset, in
    data/cache, or $QUOTETRACK_CACHE; a folder; or False) keeps each article's mentions so that a
    rebuild extracts only what changed. Articles that cannot be used and manifest problems are in
    the report; with ``strict`` they raise BuildError instead and the dataset is not replaced. A
    build that fails, is interrupted or killed leaves the dataset as it was.
    """
    if engine not in ENGINES:
        raise BuildError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    started = time.perf_counter()
    source_names = [str(s) for s in (sources or [DEFAULT_SOURCE])]
    out_dir = store.data_dir(out)
    model_name = resolve_model_name(model)
    report = BuildReport(out=out_dir)
    with store.build_lock(out_dir):
        store.prepare_target(out_dir)
        article_rows, mention_rows = _Rows("articles"), _Rows("mentions")
        articles = read_articles(source_names, manifest=manifest, on_problem=report.input_problems.append)
        extract_cache = None
        if cache:
            extract_cache = ExtractCache(default_cache_dir(out_dir) if cache is True else cache)
        rows = extract_many(articles, model=model_name, jobs=jobs, engine=engine, scheduler=scheduler,
                            workers=workers, cache=extract_cache)
        for row, result in rows:
            report.n_articles += 1
            report.warnings.extend(w for w in (row["warnings"] or "").splitlines() if w not in report.input_problems)
            if result.status != "ok":
                report.problems.append((row["article_id"], row["path"], result.error or result.status))
            article_rows.append(row)
            mention_rows.extend(m.to_dict() for m in result.mentions)
            if progress:
                progress(row, result)
        if report.n_articles == 0:
            raise BuildError(f"no articles found in {', '.join(source_names)}; give .txt, .html or .jsonl files "
                             f"or folders holding them")
        if report.n_ok == 0:
            raise BuildError(
                f"none of the {report.n_articles} article(s) could be read, so {out_dir} was left as it was: "
                + "; ".join(reason for _, _, reason in report.problems[:3])
                + ("; ..." if len(report.problems) > 3 else "")
            )
        if strict and (report.problems or report.input_problems):
            raise BuildError(
                f"--strict: {len(report.problems)} article(s) skipped and {len(report.input_problems)} manifest "
                f"problem(s), so {out_dir} was left as it was:\n"
                + "\n".join([f"  skipped {article_id}: {reason}" for article_id, _, reason in report.problems]
                             + [f"  manifest: {problem}" for problem in report.input_problems])
            )
        tables = corpus_tables(article_rows.frame(), mention_rows.frame())
        report.n_mentions = len(tables["mentions"])
        report.n_quotes = len(tables["quotes"])
        report.n_speakers = len(tables["speakers"])
        if extract_cache is not None:
            extract_cache.close()
            report.cache_hits, report.cache_misses = extract_cache.hits, extract_cache.misses
            # first: the CLI shows the first few warnings, and a damaged cache concerns the whole build
            report.warnings[:0] = extract_cache.warnings
        info = {"quotetrack": __version__, "model": model_id(model_name),
                "sources": source_names, "articles": report.n_articles, "mentions": report.n_mentions,
                "quotes": report.n_quotes, "speakers": report.n_speakers,
                "skipped": [reason for _, _, reason in report.problems], "input_problems": report.input_problems}
        store.write_dataset(out_dir, tables, info)
    report.seconds = time.perf_counter() - started
    return report


class _Rows:
    """Rows of a table gathered during a build, kept as Arrow record batches (a few hundred bytes
    a row) rather than Python dicts (a few kilobytes): the build's memory stays close to flat."""

    def __init__(self, table: str, flush_every: int = 2000) -> None:
        self.table, self.flush_every = table, flush_every
        self.batches: list = []
        self.pending: list[dict] = []

    def append(self, row: dict) -> None:
        self.pending.append(row)
        if len(self.pending) >= self.flush_every:
            self._flush()

    def extend(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.append(row)

    def _flush(self) -> None:
        if self.pending:
            self.batches.append(store.to_arrow(self.table, pd.DataFrame(self.pending)))
            self.pending = []

    def frame(self) -> pd.DataFrame:
        self._flush()
        if not self.batches:
            return store.empty_frame(self.table)
        return pa.concat_tables(self.batches).to_pandas()


def _article_row(article: Article, result: ExtractResult) -> dict:
    return {
        "article_id": article.article_id, "path": article.path, "outlet": article.outlet,
        "published": article.published, "date_source": article.date_source, "title": article.title,
        "url": article.url, "sha256": article.sha256 if article.text else None,
        "n_chars": len(article.text), "encoding": article.encoding if article.text else None, "status": result.status, "error": result.error,
        "warnings": "\n".join(article.warnings) or None, "n_mentions": len(result.mentions),
    }


def corpus_tables(articles: pd.DataFrame, mentions: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The corpus stage on plain tables: canonical speakers, quote clusters, the four tables."""
    if mentions.empty:
        mentions = store.empty_frame("mentions")
    mentions = assign_speakers(mentions)
    mentions["quote_id"] = cluster_quotes(mentions)
    mentions = mentions.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)
    quotes = quotes_table(mentions)
    speakers = speakers_table(mentions)
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    return {"articles": articles, "mentions": mentions, "quotes": quotes, "speakers": speakers}


def extract_files(paths: Iterable[str | os.PathLike], *, model: str | None = None,
                  manifest: str | os.PathLike | None = None,
                  on_warning: Callable[[str], None] | None = None,
                  kinds: Collection[str] | None = None) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Mentions of the articles at ``paths`` ("-" is standard input) with the mentions columns (no
    dataset written), and (article_id, reason) for each article that was skipped. ``on_warning``
    receives each article's warnings (an encoding guessed, no date found) and manifest problems
    (a manifest that cannot be used is reported there, and its files are read without it).
    ``kinds``: the mention kinds (direct, partial, indirect) returned, every kind when None."""
    model_name = resolve_model_name(model)
    rows: list[dict] = []
    problems: list[tuple[str, str]] = []
    articles: list[dict] = []
    told: set[str] = set()

    def tell(message: str) -> None:  # a manifest row's problem is also in its article's warnings: once
        if on_warning and message not in told:
            told.add(message)
            on_warning(message)

    inputs = read_articles(paths, manifest=manifest, on_problem=tell, on_warning=tell)
    for row, result in extract_many(inputs, model=model_name):
        articles.append(row)
        for warning in (row["warnings"] or "").splitlines():
            tell(warning)
        if result.status != "ok":
            problems.append((row["article_id"], result.error or result.status))
        rows.extend(m.to_dict() for m in result.mentions)
    tables = corpus_tables(pd.DataFrame(articles), pd.DataFrame(rows))
    mentions = mentions_of_kinds(tables["mentions"], kinds)
    return mentions[[c for c in store.SCHEMAS["mentions"].names]], problems
