"""Making the large demo database (target: under a minute).

python -m bench.bench_demo
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HAFENLAGER_DATA_DIR"] = tmp
        from warehouse_app.demo import load_demo
        from warehouse_app.storage import engine as dbmod
        from warehouse_app.storage.checks import run_checks
        from warehouse_app.storage.models import Box, Movement, Pallet
        from warehouse_app.storage.opening import open_database

        start = time.perf_counter()
        opened = open_database(str(Path(tmp) / "large.sqlite"), daily_backup=False)
        load_demo("large")
        seconds = time.perf_counter() - start
        counts = (Box.select().count(), Pallet.select().count(), Movement.select().count())
        check_start = time.perf_counter()
        problems = run_checks(opened.db)
        check_seconds = time.perf_counter() - check_start
        dbmod.close()
    print(
        f"large demo: {counts[0]:,} boxes, {counts[1]:,} pallets, {counts[2]:,} movements "
        f"in {seconds:.1f} s (target < 60 s)"
    )
    print(f"hafenlager check on it: {check_seconds:.2f} s, {len(problems)} problems")


if __name__ == "__main__":
    main()
