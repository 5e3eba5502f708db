"""Shared by the benchmarks: the large demo database, made once and reused."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
LARGE_DB = OUT / "large.sqlite"


def ensure_large_db() -> tuple[Path, float | None]:
    """The large demo database; returns (path, seconds it took to make, or None if reused)."""
    os.environ.setdefault("HAFENLAGER_DATA_DIR", str(OUT / "data"))
    if LARGE_DB.exists():
        return LARGE_DB, None
    from warehouse_app.demo import load_demo
    from warehouse_app.storage import engine as dbmod
    from warehouse_app.storage.opening import open_database

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = LARGE_DB.with_suffix(".part")
    for leftover in OUT.glob("large.part*"):
        leftover.unlink()
    start = time.perf_counter()
    opened = open_database(str(tmp), daily_backup=False)
    load_demo("large")
    seconds = time.perf_counter() - start
    opened.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close()
    tmp.replace(LARGE_DB)
    return LARGE_DB, seconds


def summary(values_ms: list[float]) -> str:
    ordered = sorted(values_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {statistics.median(ordered):7.1f} ms   p99 {p99:7.1f} ms   "
        f"max {ordered[-1]:7.1f} ms   (n={len(ordered)})"
    )
