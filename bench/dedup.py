"""Benchmark of quote clustering: time, peak memory, pairwise precision and recall.

    python -m bench.dedup                       # 25k, 50k, 100k and 200k mentions (make bench-dedup)
    python -m bench.dedup --sizes 25000 --seed 3
    python -m bench.dedup --sizes 3000,5000 --indirect 0.3   # 30% of the mentions indirect

Each size is generated here (bench/generate.py, with the truth), written to a temporary Parquet
file and clustered by a fresh Python process: "RSS MB" is that process's peak resident memory
(loading the table and clustering it, nothing else), "alloc MB" the peak of what one clustering
run allocates (tracemalloc). The time is the best of ``--repeat`` runs. Precision and recall count pairs of mentions:
a pair is right when both are the same statement in the truth and in the clusters.

The baseline is the quootstrap-style rule "share any 8-word shingle" (same speaker, same date
window, words lowercased without punctuation), for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from .generate import generate_mentions

SIZES = (25_000, 50_000, 100_000, 200_000)
SHINGLE_WORDS = 8


def pairwise_scores(truth: pd.Series, predicted: pd.Series) -> tuple[float, float]:
    """(precision, recall) over pairs of mentions put together."""

    def pairs(sizes: np.ndarray) -> int:
        return int((sizes * (sizes - 1) // 2).sum())

    both = pairs(pd.DataFrame({"t": truth.to_numpy(), "p": predicted.to_numpy()}).groupby(["t", "p"]).size().to_numpy())
    found, true = pairs(predicted.value_counts().to_numpy()), pairs(truth.value_counts().to_numpy())
    return both / found if found else 1.0, both / true if true else 1.0


def shingle_baseline(mentions: pd.DataFrame, *, window_days: int) -> pd.Series:
    """Clusters of mentions by one speaker, within the window, that share any 8-word shingle."""
    from quotetrack.corpus.blocking import MISSING_DAY, pairs_within
    from quotetrack.corpus.dedup import Clusters

    published = pd.to_datetime(mentions["published"])
    days = published.to_numpy(dtype="datetime64[D]").astype(np.int64)
    days[published.isna().to_numpy()] = MISSING_DAY
    keys, members = {}, []
    for row, (speaker, text) in enumerate(zip(mentions["speaker_id"], mentions["text"])):
        if not isinstance(speaker, str):
            continue
        words = re.findall(r"\w+", text.lower())
        for start in range(max(1, len(words) - SHINGLE_WORDS + 1)):
            key = (speaker, " ".join(words[start:start + SHINGLE_WORDS]))
            members.append((keys.setdefault(key, len(keys)), row))
    key_codes, rows = (np.array(column, dtype=np.int64) for column in zip(*members))
    codes = pairs_within(key_codes, rows, days, window=window_days, cap=len(mentions))
    clusters = Clusters(len(mentions))
    clusters.union_pairs(codes // len(mentions), codes % len(mentions))
    return pd.Series(clusters.roots(), index=mentions.index)


def _cluster_file(path: str, window_days: int, repeat: int) -> None:
    """Child process: load the mentions, cluster them ``repeat`` times and report the best time (the
    run least slowed by other work on the machine), then once more under tracemalloc for the
    memory the clustering itself allocates at its peak; and the process's peak RSS. JSON out."""
    import tracemalloc

    from quotetrack import cluster_quotes

    mentions = pd.read_parquet(path)
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        quote_ids = cluster_quotes(mentions, window_days=window_days)
        seconds.append(time.perf_counter() - started)
    quote_ids.to_frame().to_parquet(path + ".ids")
    tracemalloc.start()
    cluster_quotes(mentions, window_days=window_days)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": min(seconds), "peak_mb": peak / 1024, "traced_mb": traced_peak / 2**20}))


def run(size: int, *, seed: int, window_days: int, repeat: int, workdir: Path, indirect: float = 0.0) -> dict:
    mentions = generate_mentions(size, seed=seed)
    if indirect:  # reported speech: clustered with the quotations, without changing their ids
        drawn = np.random.default_rng(seed).random(len(mentions))
        mentions["kind"] = np.where(drawn < indirect, "indirect", "direct")
    path = workdir / f"mentions-{size}.parquet"
    mentions.drop(columns=["statement", "version"]).to_parquet(path)
    done = subprocess.run([sys.executable, "-m", "bench.dedup", "--cluster-file", str(path), "--window", str(window_days),
                           "--repeat", str(repeat)],
                          capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    predicted = pd.read_parquet(str(path) + ".ids")["quote_id"]
    result["precision"], result["recall"] = pairwise_scores(mentions["statement"], predicted)
    started = time.perf_counter()
    baseline = shingle_baseline(mentions, window_days=window_days)
    result["baseline_seconds"] = time.perf_counter() - started
    result["baseline_precision"], result["baseline_recall"] = pairwise_scores(mentions["statement"], baseline)
    result.update(size=size, statements=int(mentions["statement"].nunique()),
                  speakers=int(mentions["speaker_id"].nunique()))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated mention counts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--indirect", type=float, default=0.0, help="share of the mentions made indirect (default 0)")
    parser.add_argument("--window", type=int, default=None, help="date window in days (default: quotetrack's)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per size; the best time is kept (default 5)")
    parser.add_argument("--cluster-file", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from quotetrack.corpus.dedup import DEFAULT_WINDOW_DAYS

    window = DEFAULT_WINDOW_DAYS if args.window is None else args.window
    if args.cluster_file:
        _cluster_file(args.cluster_file, window, args.repeat)
        return 0
    print(f"quote clustering benchmark: seed {args.seed}, window {window} days, {args.indirect:.0%} indirect, "
          f"{os.cpu_count()} cores, best time of {args.repeat} runs")
    header = (f"{'mentions':>9} {'statements':>10} {'speakers':>8} {'time s':>7} {'RSS MB':>7} {'alloc MB':>8} "
              f"{'precision':>9} {'recall':>6} | {'8-shingle P':>11} {'R':>6}")
    print(header)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as workdir:
        for size in (int(s) for s in args.sizes.split(",")):
            r = run(size, seed=args.seed, window_days=window, repeat=args.repeat, workdir=Path(workdir),
                    indirect=args.indirect)
            results.append(r)
            print(f"{r['size']:>9} {r['statements']:>10} {r['speakers']:>8} {r['seconds']:>7.2f} {r['peak_mb']:>7.0f} "
                  f"{r['traced_mb']:>8.0f} {r['precision']:>9.4f} {r['recall']:>6.4f} | "
                  f"{r['baseline_precision']:>11.4f} {r['baseline_recall']:>6.4f}", flush=True)
    if len(results) > 1:
        print(f"time({results[-1]['size']}) / time({results[0]['size']}) = "
              f"{results[-1]['seconds'] / results[0]['seconds']:.1f} for {results[-1]['size'] / results[0]['size']:.0f}x the mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
