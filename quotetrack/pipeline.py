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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, store
from .corpus.dedup import cluster_quotes, quotes_table
from .corpus.speakers import assign_speakers, speakers_table
from .errors import BuildError
from .extract import extract_article
from .ingest import read_articles
from .nlp import load_model, model_fingerprint, resolve_model_name
from .records import Article, ExtractResult

DEFAULT_SOURCE = "data/articles"


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

    @property
    def n_ok(self) -> int:
        return self.n_articles - len(self.problems)


def extract_one(article: Article, nlp) -> ExtractResult:
    """The per-article stage with its failures caught: a bug on one article never stops a build."""
    if article.status != "ok":
        return ExtractResult(article.article_id, status=article.status, error=article.error)
    try:
        return ExtractResult(article.article_id, extract_article(article, nlp))
    except ValueError as exc:
        if "[E088]" not in str(exc):  # spaCy's "text exceeds nlp.max_length"
            return _failed(article, exc)
        return ExtractResult(
            article.article_id, status="skipped",
            error=f"{article.path or article.article_id}: a paragraph is too long for the parser (over "
                  f"{nlp.max_length:,} characters in one piece); break the text into paragraphs with blank lines",
        )
    except Exception as exc:  # noqa: BLE001 - recorded per article, with where it happened
        return _failed(article, exc)


def _failed(article: Article, exc: Exception) -> ExtractResult:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return ExtractResult(
        article.article_id, status="error",
        error=f"{article.path or article.article_id}: extraction failed ({type(exc).__name__}: {exc} "
              f"at {Path(where.filename).name}:{where.lineno}); please report it with this article",
    )


# -- parallel extraction ----------------------------------------------------------------------------
_worker_nlp = None


def _init_worker(model: str) -> None:
    global _worker_nlp
    # Ctrl-C is the parent's to handle (no traceback from each worker); SIGTERM, which the parent
    # sends to end its workers, ends them whatever handler the parent had installed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_nlp = load_model(model)


def _work(article: Article) -> tuple[dict, ExtractResult]:
    return _process(article, _worker_nlp)


def _process(article: Article, nlp) -> tuple[dict, ExtractResult]:
    """(the article's row, its result): the parent never holds article texts, so memory stays flat."""
    result = extract_one(article, nlp)
    return _article_row(article, result), result


def extract_many(articles: Iterable[Article], *, model: str, jobs: int = 1) -> Iterator[tuple[dict, ExtractResult]]:
    """(article row, result) for each article, in input order."""
    if jobs <= 1:
        nlp = load_model(model)
        for article in articles:
            yield _process(article, nlp)
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(model,)) as pool:
        results = pool.imap(_work_chunk, _chunks(articles, 4))
        while True:
            try:
                chunk = results.next(timeout=0.25)
            except multiprocessing.TimeoutError:
                # wake up now and then: Ctrl-C may be delivered to one of the pool's threads, and is
                # raised in the main thread only when it runs Python code again
                continue
            except StopIteration:
                return
            yield from chunk


def _work_chunk(articles: list[Article]) -> list[tuple[dict, ExtractResult]]:
    return [_work(article) for article in articles]


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
          manifest: str | os.PathLike | None = None, jobs: int = 1, model: str | None = None,
          strict: bool = False, progress: Callable[[dict, ExtractResult], None] | None = None) -> BuildReport:
    """Build the dataset from article files and folders into ``out`` (default data/dataset).

    Articles that cannot be used and manifest problems are in the report; with ``strict`` they
    raise BuildError instead and the dataset is not replaced. A build that fails, is interrupted
    or killed leaves the dataset as it was.
    """
    started = time.perf_counter()
    sources = [str(s) for s in (sources or [DEFAULT_SOURCE])]
    out_dir = store.data_dir(out)
    model_name = resolve_model_name(model)
    report = BuildReport(out=out_dir)
    with store.build_lock(out_dir):
        store.prepare_target(out_dir)
        article_rows, mention_rows = [], []
        articles = read_articles(sources, manifest=manifest, on_problem=report.input_problems.append)
        for row, result in extract_many(articles, model=model_name, jobs=jobs):
            report.n_articles += 1
            report.warnings.extend(w for w in (row["warnings"] or "").splitlines() if w not in report.input_problems)
            if result.status != "ok":
                report.problems.append((row["article_id"], row["path"], result.error or result.status))
            article_rows.append(row)
            mention_rows.extend(m.to_dict() for m in result.mentions)
            if progress:
                progress(row, result)
        if report.n_articles == 0:
            raise BuildError(f"no articles found in {', '.join(sources)}; give .txt, .html or .jsonl files "
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
        tables = corpus_tables(pd.DataFrame(article_rows), pd.DataFrame(mention_rows))
        report.n_mentions = len(tables["mentions"])
        report.n_quotes = len(tables["quotes"])
        report.n_speakers = len(tables["speakers"])
        info = {"quotetrack": __version__, "model": model_fingerprint(load_model(model_name)),
                "sources": sources, "articles": report.n_articles, "mentions": report.n_mentions,
                "quotes": report.n_quotes, "speakers": report.n_speakers,
                "skipped": [reason for _, _, reason in report.problems], "input_problems": report.input_problems}
        store.write_dataset(out_dir, tables, info)
    report.seconds = time.perf_counter() - started
    return report


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
                  on_warning: Callable[[str], None] | None = None) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Mentions of the articles at ``paths`` ("-" is standard input) with the mentions columns (no
    dataset written), and (article_id, reason) for each article that was skipped. ``on_warning``
    receives each article's warnings (an encoding guessed, no date found) and manifest problems
    (a manifest that cannot be used is reported there, and its files are read without it)."""
    model_name = resolve_model_name(model)
    rows, problems, articles = [], [], []
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
    mentions = tables["mentions"]
    return mentions[[c for c in store.SCHEMAS["mentions"].names]], problems
