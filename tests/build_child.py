"""A `quotetrack` command run in a child process that stops at a chosen point of a build, so that a
test can kill, interrupt or race it there, without guessing at timing.

    python tests/build_child.py POINT quotetrack-arguments...

POINT is where the child prints "ready" (on standard output) and waits:
  article:N        after extracting the chunk holding its N-th article (in each worker process,
                   with --jobs)
  before-swap      with the new dataset complete in its staging folder, before it is swapped in
  after-exchange   right after the atomic exchange, before the old dataset is removed
  between-renames  in the two-rename swap (no renameat2), the old dataset moved aside, the new
                   one not yet in place

In the main process it waits for a line on standard input (then goes on), so a signal finds it
there; in a worker process it waits until it is terminated. SIGUSR1 prints every thread's stack
(to standard error): the test's watchdog sends it before killing a child that hangs.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def wait_here() -> None:
    # one write: two workers that reach the point together must not interleave ("readyready")
    sys.stdout.flush()
    os.write(sys.stdout.fileno(), b"ready\n")
    if os.getpid() == MAIN_PID:
        sys.stdin.readline()
    else:  # a pool worker: its standard input is /dev/null and Ctrl-C is ignored there
        while True:
            signal.pause()


def install(point: str) -> None:
    from quotetrack import pipeline, store

    if point.startswith("article:"):
        stop_at = int(point.split(":")[1])
        original = pipeline.extract_chunk
        seen = [0]

        def extract_chunk(articles, nlp):
            results = original(articles, nlp)
            seen[0] += len(results)
            if seen[0] >= stop_at and seen[0] - len(results) < stop_at:
                wait_here()
            return results

        pipeline.extract_chunk = extract_chunk
    elif point == "before-swap":
        original_swap = store._swap_into_place

        def swap(staging, target):
            wait_here()
            original_swap(staging, target)

        store._swap_into_place = swap
    elif point == "after-exchange":
        original_exchange = store._rename_exchange

        def exchange(a, b):
            done = original_exchange(a, b)
            assert done, "renameat2(RENAME_EXCHANGE) is not available here"
            wait_here()
            return done

        store._rename_exchange = exchange
    elif point == "between-renames":
        original_rename = os.rename
        store._rename_exchange = lambda a, b: False

        def rename(src, dst, *args, **kwargs):
            original_rename(src, dst, *args, **kwargs)
            if Path(dst).name.startswith(f".{Path(src).name}.old-"):
                wait_here()

        os.rename = rename
    else:
        raise SystemExit(f"unknown stopping point {point!r}")


if __name__ == "__main__":
    import faulthandler

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # the test's watchdog asks where a hung child is
    # as in a terminal: a process started in the background of a shell without job control (a CI
    # script, `cmd &`) inherits SIGINT ignored, and Python then leaves Ctrl-C ignored
    signal.signal(signal.SIGINT, signal.default_int_handler)
    MAIN_PID = os.getpid()
    install(sys.argv[1])
    from quotetrack.cli import main

    main(sys.argv[2:], prog_name="quotetrack")
