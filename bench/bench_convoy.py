"""The convoy screen and services on the large demo convoy (5 semitrailers, 165 pallets,
about 6,600 boxes), on a copy of the large demo database.

Targets: the convoy screen opens the large convoy in under 300 ms (selection to painted);
assigning a pallet updates all gauges in under 50 ms; the readiness check under 200 ms.

    python -m bench.bench_convoy
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import ensure_large_db, summary


def main() -> None:
    source, _ = ensure_large_db()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "large.sqlite"
        shutil.copyfile(source, db)
        from PySide6.QtWidgets import QApplication

        from ui.app import make_application
        from ui.context import AppContext
        from ui.convoys.view import ConvoyView
        from warehouse_app.services import convoys, masterdata
        from warehouse_app.storage.opening import open_database

        app = make_application()
        opened = open_database(str(db), daily_backup=False)
        view = ConvoyView(AppContext(opened, masterdata.volunteer_by_name("Bench"), "B", "B"))
        view.resize(1600, 1000)
        view.show()
        app.processEvents()
        rows = {view.list.item(r).text().split(" ")[0]: r for r in range(view.list.count())}
        opens = []
        for _ in range(5):
            view.list.setCurrentRow(rows["2026-P"])
            app.processEvents()
            start = time.perf_counter()
            view.list.setCurrentRow(rows["2026-XL"])
            app.processEvents()
            view.repaint()
            opens.append((time.perf_counter() - start) * 1000)
        convoy = convoys.get_convoy("2026-XL")
        print(
            f"convoy screen, large convoy selected to painted: {summary(opens)}  (target < 300 ms)"
        )
        gauge = convoys.gauges(convoy)[-1]
        print(f"  ({gauge.pallets} pallets, {gauge.boxes} boxes, {gauge.gross_kg} kg)")

        candidates = convoys.available_pallets(keeps_until=convoy.planned_arrival)
        assigns = []
        for candidate in candidates[:20]:
            start = time.perf_counter()
            assert view.assign_pallets([candidate.code], None), view.message.text()
            app.processEvents()
            assigns.append((time.perf_counter() - start) * 1000)
        print(
            f"assign a pallet and update every gauge on screen: {summary(assigns)}  "
            "(target < 50 ms)"
        )

        checks = []
        for _ in range(5):
            start = time.perf_counter()
            problems = convoys.readiness(convoy)
            checks.append((time.perf_counter() - start) * 1000)
        print(
            f"readiness check of the large convoy: median {statistics.median(checks):.0f} ms, "
            f"max {max(checks):.0f} ms ({len(problems)} problems)  (target < 200 ms)"
        )
        view.close()
        QApplication.processEvents()


if __name__ == "__main__":
    main()
