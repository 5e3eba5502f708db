"""Intake and labels on (a copy of) the large demo database.

Targets: saving one box and having its label PDF ready under 100 ms (printer excluded);
1,000 box labels as one A4 PDF under 2 seconds.

    python -m bench.bench_labels
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import ensure_large_db, summary


def main() -> None:
    source, _ = ensure_large_db()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "large.sqlite"
        shutil.copyfile(source, db)
        from reports.documents import labels_pdf
        from warehouse_app.services import labeldata, masterdata
        from warehouse_app.services.intake import IntakeEntry, receive
        from warehouse_app.services.movements import Actor
        from warehouse_app.storage.models import Box
        from warehouse_app.storage.opening import open_database

        open_database(str(db), daily_backup=False)
        actor = Actor(masterdata.volunteer_by_name("Bench"), "Bench-PC")
        entry = IntakeEntry(
            association_id=masterdata.find_association("BGH").id,
            category_id=masterdata.find_category("Sleeping bags").id,
            description_de="Schlafsack, Winter",
            description_uk="Спальний мішок, зимовий",
            quantity="6",
            unit="pcs",
            net_kg="8",
        )
        labels_pdf(labeldata.box_labels([Box.get().id]), "thermal-100x150-203")  # warm fonts
        for format_name in ("thermal-100x150-203", "a4-3424"):
            timings = []
            for _ in range(100):
                start = time.perf_counter()
                received = receive(entry, actor)
                pdf = labels_pdf(labeldata.box_labels(list(received.box_ids)), format_name)
                timings.append((time.perf_counter() - start) * 1000)
                assert pdf.startswith(b"%PDF")
            print(
                f"save one box + its label PDF ({format_name}): {summary(timings)}  "
                "(target < 100 ms)"
            )

        ids = [b.id for b in Box.select(Box.id).order_by(Box.id).limit(1000)]
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            pdf = labels_pdf(labeldata.box_labels(ids), "a4-3475")
            runs.append(time.perf_counter() - start)
        print(
            f"1,000 box labels as one A4 PDF (a4-3475, 42 sheets, {len(pdf) // 1024} KB): "
            f"median {statistics.median(runs):.2f} s, max {max(runs):.2f} s  (target < 2 s)"
        )


if __name__ == "__main__":
    main()
