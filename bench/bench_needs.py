"""`hafenlager needs match` for a 200-line needs list on the large demo.

Target: ≤ 300 ms for the match itself (every line shared out the hall's free stock). The
baseline, in the same run: counting the same lines' free stock one query per line, without
sharing it out (what a first version would do).

    python -m bench.bench_needs [--lines 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import ensure_large_db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source, _ = ensure_large_db()
    from warehouse_app.kinds import BoxStatus
    from warehouse_app.services import needs
    from warehouse_app.storage.models import Box, Category, Recipient
    from warehouse_app.storage.opening import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "needs.sqlite"
        shutil.copyfile(source, db)
        open_database(str(db), daily_backup=False)
        categories = list(Category.select().where(Category.is_vehicle == False))
        sheet = Path(tmp) / "needs.csv"
        rows = ["Kategorie;Menge;Priorität;Benötigt bis"]
        for n in range(args.lines):
            c = categories[n % len(categories)]
            rows.append(f"{c.name_de};{50 + n};{('dringend', 'normal', 'bis')[n % 3]};")
        sheet.write_text("\n".join(rows).replace(";bis;", ";nice to have;") + "\n")
        recipient = str(Recipient.get().name)
        done = needs.import_needs(sheet, recipient)
        assert done.list_id is not None, done.problems
        times, base = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            matched = needs.match(done.list_id)
            times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            for n in range(args.lines):
                c = categories[n % len(categories)]
                Box.select().where(
                    Box.category == c.id,
                    Box.status.in_([BoxStatus.IN_STOCK.value, BoxStatus.ON_PALLET.value]),
                ).count()
            base.append((time.perf_counter() - start) * 1000)
    took, baseline = statistics.median(times), statistics.median(base)
    missing = sum(1 for m in matched if m.missing)
    print(
        f"needs match, {args.lines} lines on {db.name}: median {took:.0f} ms "
        f"(target <= 300 ms: {'MET' if took <= 300 else 'NOT MET'}); {missing} lines still short"
    )
    print(
        f"baseline, one count per line, nothing shared out: median {baseline:.0f} ms; "
        f"ratio {took / baseline:.2f}"
    )


if __name__ == "__main__":
    main()
