"""`hafenlager needs match` for a 200-line needs list on the large demo, on SQLite and on
PostgreSQL.

Target: ≤ 300 ms for the match itself (every line shared out the hall's free stock). The
baseline, in the same run: counting the same lines' free stock one query per line, without
sharing it out (what a first version would do). The machine's load average is printed with
the figures: on two cores another engineer's test run doubles them.

    python -m bench.bench_needs [--lines 200] [--runs 9] [--engine sqlite|postgresql|both]
        [--pg-server URL]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.common import ensure_large_db
from bench.stations_common import PG_SERVER, percentile

TARGET_MS = 300


@contextlib.contextmanager
def copy_of_demo(engine: str, workdir: Path, server: str) -> Iterator[str]:
    """A fresh copy of the large demo, opened; dropped (or deleted with workdir) afterwards."""
    from warehouse_app.storage import engine as dbmod
    from warehouse_app.storage.opening import open_database

    if engine == "sqlite":
        source, _ = ensure_large_db()
        target = workdir / "needs.sqlite"
        shutil.copyfile(source, target)
        open_database(str(target), daily_backup=False)
        yield target.name
        dbmod.close()
        return
    from bench.stations_common import pg_template
    from tests import postgres

    url = postgres.create_database(server, pg_template(server, "large"))
    try:
        open_database(url, daily_backup=False)
        yield "PostgreSQL (a copy of the large demo)"
    finally:
        dbmod.close()
        postgres.drop_database(server, url)


def ensure_indexes() -> None:
    """A demo made before schema 8 gained box_free_stock (the cached file and the PostgreSQL
    template are named by the schema and app version, which that did not change) gets it
    here, so the figures are those of a hall made by this code."""
    from warehouse_app.storage import sort_indexes
    from warehouse_app.storage.models import database_proxy

    name = sort_indexes.FREE_STOCK[0]
    if name not in {i.name for i in database_proxy.get_indexes("box")}:
        print(f"  (the demo had no {name}: made it now)")
        sort_indexes.install(database_proxy.obj)


def run(engine: str, lines: int, runs: int, server: str) -> None:
    from warehouse_app.imports.needs_list import import_needs
    from warehouse_app.kinds import BoxStatus
    from warehouse_app.services import needs
    from warehouse_app.storage.models import Box, Category, Recipient

    with tempfile.TemporaryDirectory() as tmp, copy_of_demo(engine, Path(tmp), server) as name:
        ensure_indexes()
        categories = list(Category.select().where(Category.is_vehicle == False))
        sheet = Path(tmp) / "needs.csv"
        rows = ["Kategorie;Menge;Priorität;Benötigt bis"]
        for n in range(lines):
            c = categories[n % len(categories)]
            rows.append(f"{c.name_de};{50 + n};{('dringend', 'normal', 'bis')[n % 3]};")
        sheet.write_text("\n".join(rows).replace(";bis;", ";nice to have;") + "\n")
        recipient = str(Recipient.get().name)
        done = import_needs(sheet, recipient)
        assert done.list_id is not None, done.problems
        needs.match(done.list_id)  # the first run reads the pages into the cache
        times, base = [], []
        for _ in range(runs):
            start = time.perf_counter()
            matched = needs.match(done.list_id)
            times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            for n in range(lines):
                c = categories[n % len(categories)]
                Box.select().where(
                    Box.category == c.id,
                    Box.status.in_([BoxStatus.IN_STOCK.value, BoxStatus.ON_PALLET.value]),
                ).count()
            base.append((time.perf_counter() - start) * 1000)
    took, baseline = statistics.median(times), statistics.median(base)
    missing = sum(1 for m in matched if m.missing)
    print(
        f"[{engine}] needs match, {lines} lines on {name}: median {took:.0f} ms, "
        f"p90 {percentile(times, 0.9):.0f} ms (target <= {TARGET_MS} ms: "
        f"{'MET' if took <= TARGET_MS else 'NOT MET'}); {missing} lines still short"
    )
    print(
        f"[{engine}] baseline, one count per line, nothing shared out: median {baseline:.0f} ms, "
        f"p90 {percentile(base, 0.9):.0f} ms; ratio {took / baseline:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--pg-server", default=PG_SERVER)
    args = parser.parse_args()
    one, five, fifteen = os.getloadavg()
    print(f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores")
    for engine in ("sqlite", "postgresql") if args.engine == "both" else (args.engine,):
        run(engine, args.lines, args.runs, args.pg_server)


if __name__ == "__main__":
    main()
