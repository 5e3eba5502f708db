"""Scanning through the real widgets on (a copy of) the large demo database.

Targets: scan to feedback (lookup, committed write, screen updated) median under 10 ms and 99th
percentile under 30 ms over 1,000 scans; a burst of 20 scans a second for 30 seconds with every
scan processed, in order, none lost.

A scan is typed into the main window's scan field as a keyboard-wedge scanner does (the code,
then Enter) and timed until the answer panel has repainted.

    python -m bench.bench_scan [--burst-seconds 30]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import ensure_large_db, summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--burst-seconds", type=int, default=30)
    args = parser.parse_args()
    source, _ = ensure_large_db()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "large.sqlite"
        shutil.copyfile(source, db)
        from PySide6.QtCore import QEventLoop, Qt, QTimer
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        from ui.app import make_application
        from ui.context import AppContext
        from ui.main_window import MainWindow
        from warehouse_app.kinds import BoxStatus
        from warehouse_app.services import masterdata
        from warehouse_app.services.scanning import Mode
        from warehouse_app.storage.models import Box, Location, Movement
        from warehouse_app.storage.opening import open_database

        app = make_application()
        opened = open_database(str(db), daily_backup=False)
        volunteer = masterdata.volunteer_by_name("Bench")
        window = MainWindow(AppContext(opened, volunteer, "Bench", "Bench-PC"))
        window.resize(1600, 1000)
        window.show()
        window.show_page(window.scan_view)
        app.processEvents()
        view = window.scan_view
        field = window.scan_input

        def type_scan(code: str) -> None:
            field.setText(code)  # the characters; Enter is the event that triggers the work
            enter = QKeyEvent(
                QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
            )
            QApplication.sendEvent(field, enter)
            view.result_panel.repaint()

        boxes = [
            b.code
            for b in Box.select(Box.code)
            .where(Box.status == BoxStatus.IN_STOCK)
            .order_by(Box.id)
            .limit(args.scans + 200)
        ]
        shelves = [loc.code for loc in Location.select().where(Location.kind == "shelf")]

        # 1. Look up: every scan a read.
        view.set_mode(Mode.LOOKUP)
        lookups = []
        for code in boxes[: args.scans]:
            start = time.perf_counter()
            type_scan(code)
            lookups.append((time.perf_counter() - start) * 1000)
        print(f"look up, scan to answer painted:        {summary(lookups)}")

        # 2. Put away: every scan a committed write (synchronous=FULL) with its movement.
        view.set_mode(Mode.PUTAWAY)
        type_scan(shelves[0])
        writes = []
        before = Movement.select().count()
        for code in boxes[: args.scans]:
            start = time.perf_counter()
            type_scan(code)
            writes.append((time.perf_counter() - start) * 1000)
        written = Movement.select().count() - before
        print(
            f"put away, scan to committed + painted:  {summary(writes)}  "
            f"({written} movements written)  target median < 10 ms, p99 < 30 ms"
        )

        # 3. Burst: 20 scans a second, fed by a timer, for N seconds.
        type_scan(shelves[1])
        queue = list(boxes[: 20 * args.burst_seconds])
        if len(queue) < 20 * args.burst_seconds:
            queue = (queue * (20 * args.burst_seconds // max(1, len(queue)) + 1))[
                : 20 * args.burst_seconds
            ]
        answered: list[str] = []
        view.answered.connect(lambda result: answered.append(result.scanned))
        timer = QTimer(interval=50)
        position = {"next": 0}

        def feed() -> None:
            if position["next"] >= len(queue):
                timer.stop()
                loop.quit()
                return
            type_scan(queue[position["next"]])
            position["next"] += 1

        loop = QEventLoop()
        timer.timeout.connect(feed)
        start = time.perf_counter()
        timer.start()
        loop.exec()
        seconds = time.perf_counter() - start
        in_order = answered == queue
        print(
            f"burst: {len(queue)} scans at 20/s in {seconds:.1f} s: {len(answered)} answered, "
            f"in order: {in_order}, lost: {len(queue) - len(answered)}"
        )
        window.close()


if __name__ == "__main__":
    main()
