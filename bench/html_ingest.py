"""Time of reading a saved web page (quotetrack.ingest.html.parse_html) on the test fixtures.

    python -m bench.html_ingest                 # best of 200 runs per page, in milliseconds
    python -m bench.html_ingest --repeat 50

Each page's text is read once; the time is the best of ``--repeat`` calls of parse_html on it
(extraction, coverage check and metadata date; no file reading).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from quotetrack.errors import InputError
from quotetrack.ingest.html import parse_html

PAGES = sorted((Path(__file__).resolve().parents[1] / "tests" / "data").glob("*/*.html"))


def best_ms(html: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            parse_html(html, "page.html")
        except InputError:  # a page without article text is timed too
            pass
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    total = 0.0
    for path in PAGES:
        html = path.read_text(encoding="utf-8")
        ms = best_ms(html, args.repeat)
        total += ms
        print(f"{path.name:32} {len(html):>7,} chars {ms:8.3f} ms")
    print(f"{'total':32} {'':>13} {total:8.3f} ms")


if __name__ == "__main__":
    main()
