"""Start-up time of the command line (`make bench`): what a user waits for on `--help` and on each TAB.

Measures, each in a fresh process, the best of five wall times of:
1. `quotetrack --help`;
2. bash completion of a command name (`quotetrack l<TAB>`);
3. bash completion of a speaker name (`quotetrack list --speaker Ki<TAB>`), which reads the
   dataset's speakers (a small one written here);
and, from `python -X importtime -c "import quotetrack.cli"`, the import time of the command line and
its heaviest imports, and which of pandas, pyarrow, spaCy and matplotlib it pulls in (none should be).
Takes a few seconds. Prints a table and writes bench-results/startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: what --help and completion of commands and options must stay under (issue 16, point 9)
TARGET_S = 0.2
HEAVY = ("pandas", "pyarrow", "spacy", "matplotlib")


def command() -> list[str]:
    """The installed `quotetrack` script beside this Python (what a user runs), else `python -m quotetrack`."""
    script = Path(sys.executable).with_name("quotetrack")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "quotetrack"]


def best_wall_time(args: list[str], env: dict[str, str], runs: int) -> tuple[float, str]:
    """The shortest of ``runs`` wall times of ``args`` (seconds), and its standard output."""
    best, out = float("inf"), ""
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **env}, cwd=ROOT)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
        best, out = min(best, elapsed), done.stdout
    return best, out


def completion_env(words: str, data: Path) -> dict[str, str]:
    """click's bash completion protocol for the command line ``words`` (the cursor after the last one)."""
    return {"_QUOTETRACK_COMPLETE": "bash_complete", "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split(" ")) - 1), "QUOTETRACK_DATA": str(data)}


def write_small_dataset(folder: Path) -> Path:
    """A dataset of three speakers, written without parsing any article (no spaCy model needed)."""
    import pandas as pd

    from quotetrack.store import write_dataset

    names = ["John Kirby", "Basem Naim", "Majed Al-Ansari"]
    speakers = pd.DataFrame({"speaker_id": [n.lower().replace(" ", "-") for n in names], "name": names,
                             "kind": "person", "aliases": [[n] for n in names]})
    return write_dataset(folder / "dataset", {"speakers": speakers})


def import_profile(top: int) -> dict:
    """`import quotetrack.cli` under -X importtime: its cumulative time, the ``top`` imports that
    took longest (cumulative, at any depth), and which of the heavy packages it loads."""
    probe = f"import sys, quotetrack.cli; print(*[m for m in {HEAVY!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    cumulative: dict[str, int] = {}
    for line in done.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if len(fields) == 3 and fields[1].strip().isdigit():
            cumulative[fields[2].strip()] = int(fields[1])
    heaviest = sorted(cumulative.items(), key=lambda item: -item[1])[:top]
    return {"import_quotetrack_cli_ms": round(cumulative["quotetrack.cli"] / 1000, 1),
            "heaviest_imports_ms": {name: round(us / 1000, 1) for name, us in heaviest},
            "heavy_packages_imported": done.stdout.split()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command; the best is kept")
    args = parser.parse_args()

    qt = command()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="qt-startup-") as tmp:
        data = write_small_dataset(Path(tmp))
        results["help_s"], _ = best_wall_time([*qt, "--help"], {}, args.runs)
        results["complete_command_s"], _ = best_wall_time(qt, completion_env("quotetrack l", data), args.runs)
        results["complete_speaker_s"], offered = best_wall_time(
            qt, completion_env("quotetrack list --speaker Ki", data), args.runs)
        if "Kirby" not in offered:
            raise RuntimeError(f"completion of a speaker offered {offered!r}, not John Kirby")
    results = {key: round(value, 3) for key, value in results.items()}
    results.update(import_profile(top=6))
    results["target_s"] = TARGET_S
    results["help_and_commands_within_target"] = max(results["help_s"], results["complete_command_s"]) < TARGET_S

    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "startup.json").write_text(json.dumps(results, indent=2) + "\n")
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:{width}}  {value}")


if __name__ == "__main__":
    main()
