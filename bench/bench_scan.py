"""Scanning through the real widgets on (a copy of) the large demo database.

Targets: scan to feedback (lookup, committed write, everything the scan changed painted) median
under 10 ms and 99th percentile under 30 ms over 1,000 scans in each of look up, put away and
pack, with the scan sounds on and never the same box twice; a burst of 20 scans a second for
30 seconds with every scan processed, in order, none lost.

A scan is typed into the main window's scan field as a keyboard-wedge scanner does (the code,
then Enter) and timed until the window has painted what it changed: the answer, the history,
the toolbar, the pallet's totals. The baseline of the same run is an empty scan (Enter on an
empty field): the same widgets answer and paint, without any database work.

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
    parser.add_argument("--quiet", action="store_true", help="without the sounds (comparison)")
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

        # The sounds are part of what a scan costs: a player is started for each answer, as
        # on the hall's PCs (offscreen, the app keeps quiet; here it is made to play).
        import shutil as _shutil

        from ui.scan.sounds import SoundPlayer

        view.sounds.enabled = not args.quiet
        view.sounds.backend = SoundPlayer._backend(_shutil.which)
        print(f"sounds: {view.sounds.backend or 'QApplication.beep'}")

        def type_scan(code: str) -> None:
            field.setText(code)  # the characters; Enter is the event that triggers the work
            enter = QKeyEvent(
                QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
            )
            QApplication.sendEvent(field, enter)
            # Every widget the scan changed asked for a paint: they all happen here.
            QApplication.processEvents()

        def timed_scans(codes: list[str]) -> list[float]:
            times = []
            for code in codes:
                start = time.perf_counter()
                type_scan(code)
                times.append((time.perf_counter() - start) * 1000)
            return times

        n = args.scans
        in_stock = [
            b.code
            for b in Box.select(Box.code)
            .where(Box.status == BoxStatus.IN_STOCK)
            .order_by(Box.id)
            .limit(3 * n + 200)
        ]
        # Never the same box twice: each mode has boxes of its own.
        for_lookup, for_putaway, for_pack = in_stock[:n], in_stock[n : 2 * n], in_stock[2 * n :]
        shelves = [loc.code for loc in Location.select().where(Location.kind == "shelf")]
        target = "target median <= 10 ms, p99 <= 30 ms"

        # 0. The baseline: a code with a wrong check digit, refused, sounded and painted like
        # any answer, without the database.
        view.set_mode(Mode.LOOKUP)
        typo = in_stock[0][:-1] + str((int(in_stock[0][-1]) + 1) % 10)
        base = timed_scans([typo] * n)
        base_median = sorted(base)[len(base) // 2]
        print(f"{'a typo (baseline), answer painted:':38s}  {summary(base)}")

        def report(name: str, times: list[float], extra: str = "") -> None:
            ratio = sorted(times)[len(times) // 2] / base_median
            print(f"{name:38s}  {summary(times)}  = {ratio:4.1f} x baseline  {extra}{target}")

        # 1. Look up: every scan a read.
        report("look up, scan to everything painted:", timed_scans(for_lookup))

        # 2. Put away: every scan a committed write (synchronous=FULL) with its movement.
        view.set_mode(Mode.PUTAWAY)
        type_scan(shelves[0])
        before = Movement.select().count()
        writes = timed_scans(for_putaway)
        written = Movement.select().count() - before
        report("put away, committed + painted:", writes, f"({written} movements)  ")

        # 3. Pack: boxes onto pallets of 30 (a new pallet each time, not timed), with totals.
        from warehouse_app.services.scanning import Control

        view.set_mode(Mode.PACK)
        packs: list[float] = []
        before = Movement.select().count()
        for start_at in range(0, n, 30):
            type_scan(Control.NEW_PALLET.code)
            packs.extend(timed_scans(for_pack[start_at : start_at + 30]))
            type_scan(Control.CLOSE_PALLET.code)
        written = Movement.select().count() - before
        report("pack, committed + totals painted:", packs[:n], f"({written} movements)  ")
        view.set_mode(Mode.PUTAWAY)

        # 3. Burst: 20 scans a second, fed by a timer, for N seconds.
        type_scan(shelves[1])
        queue = list(for_putaway[: 20 * args.burst_seconds])
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
