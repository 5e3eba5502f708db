"""Shared by the benchmarks: the large demo database, made once and reused."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def ensure_large_db(size: str = "large") -> tuple[Path, float | None]:
    """The large (or xl) demo database; returns (path, seconds it took to make, or None if
    reused).

    Named by the schema and the app's version: a demo made by older code is made again."""
    from warehouse_app import __version__
    from warehouse_app.storage.migrations import CURRENT_VERSION

    os.environ.setdefault("HAFENLAGER_DATA_DIR", str(OUT / "data"))
    large_db = OUT / f"{size}-v{CURRENT_VERSION}-{__version__}.sqlite"
    if large_db.exists():
        return large_db, None
    from warehouse_app.demo import load_demo
    from warehouse_app.storage import engine as dbmod
    from warehouse_app.storage.opening import open_database

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = large_db.with_suffix(".part")
    for leftover in OUT.glob(f"{size}.part*"):
        leftover.unlink()
    start = time.perf_counter()
    opened = open_database(str(tmp), daily_backup=False)
    from reports.papers_set import final_papers

    load_demo(size, papers=final_papers)
    seconds = time.perf_counter() - start
    opened.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close()
    tmp.replace(large_db)
    return large_db, seconds


def summary(values_ms: list[float]) -> str:
    ordered = sorted(values_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {statistics.median(ordered):7.1f} ms   p99 {p99:7.1f} ms   "
        f"max {ordered[-1]:7.1f} ms   (n={len(ordered)})"
    )
