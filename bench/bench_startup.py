"""Start-up until the main window is ready, against a bare PySide6 window in the same run.

Target: at most 2.5 × the bare window. Each start is a fresh process (imports included), the
two kinds alternate so both see the same machine state, and the median of the runs counts.

    python -m bench.bench_startup [--runs 7]
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import OUT, ensure_large_db

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hafenlager"))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def until_ready(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds until the window is ready, seconds until the process has ended): a first start
    of the day writes its backup after the window is up, and the smoke test waits for it."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    ready = None
    for line in process.stdout:
        if "main window ready" in line and ready is None:
            ready = time.perf_counter() - start
    process.wait()
    ended = time.perf_counter() - start
    assert process.returncode == 0 and ready is not None
    return ready, ended


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    db, _ = ensure_large_db()
    # An installed copy has its bytecode compiled; a checkout under PYTHONDONTWRITEBYTECODE
    # (CI images, some sandboxes) would recompile every changed module on every start.
    root = Path(__file__).resolve().parent.parent
    for package in ("warehouse_app", "ui", "reports"):
        compileall.compile_dir(root / package, quiet=1)
    data = OUT / "startup-data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HAFENLAGER_DATA_DIR": str(data),
    }
    app = [sys.executable, "-m", "ui", "--db", str(db), "--smoke-test"]
    bare = [sys.executable, "-c", BARE_WINDOW]

    bare_times, app_times, first_ready, first_ended = [], [], [], []
    for _ in range(args.runs):
        bare_times.append(timed(bare, env))
        app_times.append(timed(app, env))
    # The first start of a day also writes the daily backup (after the window is up).
    for _ in range(3):
        shutil.rmtree(db.parent / "backups", ignore_errors=True)
        ready, ended = until_ready(app, env)
        first_ready.append(ready)
        first_ended.append(ended)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    bare_median, app_median = statistics.median(bare_times), statistics.median(app_times)
    # Each pair runs back to back: the median of the pairs' ratios follows the machine's load
    # less than the ratio of the two medians does.
    pair_ratio = statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True))
    print(f"bare PySide6 window:          median {bare_median * 1000:6.0f} ms")
    print(
        f"Hafenlager, large database:   median {app_median * 1000:6.0f} ms "
        f"(ratio {app_median / bare_median:.2f}; median of {args.runs} paired ratios "
        f"{pair_ratio:.2f}; target <= 2.5)"
    )
    ready_median = statistics.median(first_ready)
    print(
        f"Hafenlager, first start of the day: window ready after {ready_median * 1000:.0f} ms "
        f"(ratio {ready_median / bare_median:.2f}; target <= 2.5), its daily backup written "
        f"after {statistics.median(first_ended) * 1000:.0f} ms"
    )
    print(f"peak RSS of a start-up process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
