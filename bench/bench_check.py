"""`hafenlager check` on the large (50,000 boxes) and xl (200,000 boxes) demo halls.

Target: at most 5 s on 200,000 boxes. The whole command is timed, as the lead waits for it
(process start, imports, the page check, the keys, the rules, the summary). The baseline of the
same run is SQLite's own quick_check of the same file in a bare Python process: the least any
check that reads every page must take; the ratio says what the app's rules add to it.

    python -m bench.bench_check [--runs 3] [--sizes large xl]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import ensure_large_db

QUICK_CHECK = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], uri=True); "
    "assert c.execute('PRAGMA quick_check').fetchall() == [('ok',)]"
)


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", nargs="+", default=["large", "xl"])
    options = parser.parse_args()
    for size in options.sizes:
        path, made = ensure_large_db(size)
        if made is not None:
            print(f"made the {size} demo in {made:.0f} s")
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        check, full, baseline = [], [], []
        for _ in range(options.runs):  # alternating, so all three see the same machine state
            baseline.append(timed([sys.executable, "-c", QUICK_CHECK, uri]))
            check.append(timed([sys.executable, "-m", "ui", "--db", str(path), "check"]))
            full.append(timed([sys.executable, "-m", "ui", "--db", str(path), "check", "--full"]))
        base = statistics.median(baseline)
        for name, values in (("check", check), ("check --full", full)):
            median = statistics.median(values)
            target = "  (target <= 5 s: " + ("MET" if median <= 5 else "MISSED") + ")"
            print(
                f"{size:5s} {name:13s} median {median:5.2f} s  max {max(values):5.2f} s  "
                f"= {median / base:4.1f} x quick_check alone ({base:.2f} s)"
                + (target if size == "xl" and name == "check" else "")
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
