"""Speed and memory of quotetrack's per-article stage and builds (`make bench`).

Measures, in separate processes so that each figure is its own:
1. words/s of quotetrack's extraction (every statement, and quotations only: indirect speech
   costs the parse of the paragraphs that may hold it) and of textacy's direct_quotations over
   the same model's full pipeline, on the same texts (PolNeAR dev when ../shared is there, else
   the seeds repeated), three runs each taking turns: the ratios of the best, and each one's peak
   memory; textacy once more with quotetrack's matrix products (numpy's BLAS, not BLIS: see
   quotetrack/nlp.py), so that the lead owed to the backend shows apart;
2. a build of the corpus ten times over with --jobs 1 and --jobs 2 (no cache), three runs each
   taking turns: the speed-up of the best runs;
3. a cold build and an unchanged rebuild (cache on) of the same, three times: the speed-up of the
   best runs;
4. peak memory (the whole process tree) of builds of 1k and 10k small articles: it must not grow
   with the number of articles.
Prints a table and writes bench-results/throughput.json (with --speed-only: part 1 alone, into
bench-results/throughput-speed.json).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_POLNEAR = ROOT.parent / "shared" / "polnear"


# -- the texts ------------------------------------------------------------------------------------
def corpus_texts(polnear: Path) -> tuple[str, list[str]]:
    folder = polnear / "data" / "dev" / "text"
    if folder.is_dir():
        return "PolNeAR dev", [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    return "seed articles x17", seeds * 17


def small_articles(texts: list[str], n: int, seed: int = 7) -> list[str]:
    """n short articles of three paragraphs each (one with a quote), drawn from ``texts``."""
    rng = random.Random(seed)
    paragraphs = [p for t in texts for p in t.split("\n") if len(p.split()) > 8]
    quoted = [p for p in paragraphs if '"' in p or "“" in p]
    return ["\n\n".join([rng.choice(paragraphs), rng.choice(quoted), rng.choice(paragraphs)]) for _ in range(n)]


# -- measuring a child process ------------------------------------------------------------------------
def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run(args: list[str], env: dict | None = None) -> dict:
    """Run a command; its wall time and the peak memory of its process tree (sampled)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=ROOT)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{err[-2000:]}")
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak / 2**20, "stdout": out}


# -- the measurements (each one runs in a child: `python throughput.py --child KIND FOLDER`) ---------------
def child_quotetrack(folder: Path, *, indirect: bool = True) -> None:
    from quotetrack.extract import extract_articles
    from quotetrack.ingest import read_articles
    from quotetrack.nlp import load_model

    nlp = load_model()
    articles = list(read_articles([folder]))
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    n = 0
    for i in range(0, len(articles), 32):
        for result in extract_articles(articles[i : i + 32], nlp, indirect=indirect):
            n += 0 if isinstance(result, Exception) else len(result)
    print(json.dumps({"words": words, "seconds": time.perf_counter() - started, "quotes": n}))


def child_quotations(folder: Path) -> None:
    child_quotetrack(folder, indirect=False)


def child_textacy(folder: Path, *, numpy_matmul: bool = False) -> None:
    import contextlib

    import spacy
    from textacy.extract import direct_quotations

    from quotetrack.nlp import one_blas_thread, resolve_model_name, use_numpy_matmul

    nlp = spacy.load(resolve_model_name())
    if numpy_matmul:
        use_numpy_matmul(nlp)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    n = 0
    with one_blas_thread() if numpy_matmul else contextlib.nullcontext():
        for doc in nlp.pipe(texts):
            try:
                n += len(list(direct_quotations(doc)))
            except ValueError:
                pass  # textacy gives up on an odd number of quote marks
    print(json.dumps({"words": words, "seconds": time.perf_counter() - started, "quotes": n}))


def child_textacy_numpy_matmul(folder: Path) -> None:
    child_textacy(folder, numpy_matmul=True)


def write_folder(texts: list[str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        (folder / f"a{n:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def build(folder: Path, out: Path, *options: str, cache: Path | None = None) -> dict:
    env = {"QUOTETRACK_CACHE": str(cache)} if cache else {}
    return run([sys.executable, "-m", "quotetrack", "build", str(folder), "--out", str(out), *options], env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--quick", action="store_true", help="smaller corpora (a smoke run, not the targets)")
    parser.add_argument("--speed-only", action="store_true",
                        help="only part 1, the words/s of quotetrack vs textacy (a few minutes, not the builds)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        children = {"quotetrack": child_quotetrack, "quotetrack-quotations": child_quotations, "textacy": child_textacy,
                    "textacy-numpy-matmul": child_textacy_numpy_matmul}
        children[args.child[0]](Path(args.child[1]))
        return

    label, texts = corpus_texts(args.polnear)
    results: dict = {"corpus": label, "articles": len(texts), "words": sum(len(t.split()) for t in texts)}
    with tempfile.TemporaryDirectory(prefix="qt-bench-") as tmp:
        tmp = Path(tmp)
        folder = write_folder(texts, tmp / "corpus")
        me = [sys.executable, str(Path(__file__).resolve()), "--child"]
        # this 2-core VM's speed drifts by up to a quarter between identical runs: each comparison
        # takes turns, three runs a side, and compares the best runs (as timeit does)
        repeats = 1 if args.quick else 3
        # the best speed and the highest peak memory of each
        for _ in range(repeats):
            for kind in ("quotetrack", "quotetrack-quotations", "textacy", "textacy-numpy-matmul"):
                measured = run([*me, kind, str(folder)])
                figures = json.loads(measured["stdout"])
                best = results.setdefault(kind, {"words_per_s": 0, "quotes": figures["quotes"], "peak_rss_mb": 0})
                best["words_per_s"] = max(best["words_per_s"], round(figures["words"] / figures["seconds"]))
                best.setdefault("runs", []).append(round(figures["words"] / figures["seconds"]))
                best["peak_rss_mb"] = max(best["peak_rss_mb"], round(measured["peak_rss_mb"]))
        # "quotetrack" reads every statement (quotations and indirect speech), as a build does
        for kind, key in (("quotetrack", "speedup_vs_textacy"), ("quotetrack-quotations", "quotations_speedup_vs_textacy")):
            results[key] = round(results[kind]["words_per_s"] / results["textacy"]["words_per_s"], 2)
        # the same ratio against textacy given quotetrack's own matrix products (nlp.use_numpy_matmul):
        # how much of the lead is reading less text rather than the faster backend
        results["speedup_vs_textacy_numpy_matmul"] = round(
            results["quotetrack"]["words_per_s"] / results["textacy-numpy-matmul"]["words_per_s"], 2)
        if args.speed_only:
            report(results, "throughput-speed.json")
            return

        # builds of the corpus ten times over (a build has fixed costs, Python's start, the
        # imports, loading the model, that a small corpus would put first): --jobs 1 vs 2 without
        # the cache; then a cold build and the same input again, with the cache
        copies = 3 if args.quick else 10
        archive = write_folder(texts * copies, tmp / "archive")
        results["build_articles"] = len(texts) * copies
        runs: dict[str, list[float]] = {"1": [], "2": []}
        for _ in range(repeats):
            for jobs, times in runs.items():
                times.append(build(archive, tmp / f"ds{jobs}", "--jobs", jobs, "--no-cache")["seconds"])
        results["build_jobs1_s"] = [round(t, 1) for t in runs["1"]]
        results["build_jobs2_s"] = [round(t, 1) for t in runs["2"]]
        results["jobs2_speedup"] = round(min(runs["1"]) / min(runs["2"]), 2)
        # each run: a cold build into an empty cache, then the same input again; best of each
        cold, warm = [], []
        for k in range(repeats):
            cold.append(build(archive, tmp / f"ds-cached{k}", cache=tmp / f"cache{k}")["seconds"])
            warm.append(build(archive, tmp / f"ds-cached{k}", cache=tmp / f"cache{k}")["seconds"])
        results["cold_build_s"] = [round(t, 1) for t in cold]
        results["unchanged_rebuild_s"] = [round(t, 2) for t in warm]
        results["rebuild_speedup"] = round(min(cold) / min(warm), 1)

        # memory does not grow with the number of articles
        for n in ((200, 1000) if args.quick else (1000, 10000)):
            small = write_folder(small_articles(texts, n), tmp / f"small{n}")
            measured = build(small, tmp / f"ds-small{n}", "--jobs", "2", "--no-cache")
            results[f"peak_rss_mb_{n}_articles"] = round(measured["peak_rss_mb"])
            results[f"build_{n}_articles_s"] = round(measured["seconds"], 1)
    report(results, "throughput.json")


def report(results: dict, name: str) -> None:
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / name).write_text(json.dumps(results, indent=2) + "\n")
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:{width}}  {value}")


if __name__ == "__main__":
    main()
