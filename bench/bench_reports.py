"""Each report on the large demo (a year and a half, 50,000 boxes): on screen (the service's
table) ≤ 300 ms and as PDF ≤ 2 s, beside a plain COUNT(*) over the boxes measured in the same
run. `python -m bench.bench_reports [--db URL] [-n 7]`."""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from bench.common import ensure_large_db

SCREEN_MS, PDF_MS = 300.0, 2000.0


def _times(work: Callable[[], object], n: int) -> list[float]:
    work()  # warm: the first call pays for imports and the page cache
    result = []
    for _ in range(n):
        start = time.perf_counter()
        work()
        result.append((time.perf_counter() - start) * 1000)
    return result


def _line(name: str, values: list[float], base: float, limit: float | None) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    median = statistics.median(ordered)
    verdict = "" if limit is None else ("ok" if p90 <= limit else f"OVER {limit:.0f} ms")
    return (
        f"{name:34s} median {median:8.1f} ms  p90 {p90:8.1f} ms  "
        f"x{median / base:7.1f} baseline  {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="database URL (default: the large demo, SQLite)")
    parser.add_argument("-n", type=int, default=7)
    args = parser.parse_args()
    target = args.db or str(ensure_large_db()[0])
    from reports.report_pdf import render_report
    from warehouse_app.services.reporting import GroupBy, ReportFilter, ReportKind
    from warehouse_app.services.reporting.tables import report_sheet, report_table
    from warehouse_app.storage.models import Association, Box
    from warehouse_app.storage.opening import open_database

    open_database(target, daily_backup=False)
    from warehouse_app.services import station_session
    from warehouse_app.services.movements import Actor

    station_session.begin(Actor(None, "bench"))  # the reports are read as the hall, unscoped
    base = statistics.median(_times(lambda: Box.select().count(), args.n))
    print(f"{'baseline: SELECT COUNT(*) FROM box':34s} median {base:8.1f} ms")
    a, m, c = GroupBy.ASSOCIATION, GroupBy.MONTH, GroupBy.CATEGORY
    owner = Association.get(Association.short_code == "GW")
    gw = ReportFilter(association_id=owner.id, association_code="GW")
    cases: list[tuple[str, Callable[[], object]]] = [
        ("received by association,month", lambda: report_table(ReportKind.RECEIVED, [a, m])),
        ("received by category,quarter", lambda: report_table("received", [c, "quarter"])),
        ("shipped by association,month", lambda: report_table(ReportKind.SHIPPED, [a, m])),
        ("shipped by convoy,category", lambda: report_table("shipped", ["convoy", c])),
        ("stock by association,category", lambda: report_table(ReportKind.STOCK, [a, c])),
        ("expiring 30 days", lambda: report_table(ReportKind.EXPIRING, days=30)),
        # Cut to one association: each shared pallet's whole gross is read for its share.
        ("shipped by month, association GW", lambda: report_table("shipped", [m], filters=gw)),
    ]
    for name, work in cases:
        print(_line(f"screen: {name}", _times(work, args.n), base, SCREEN_MS))
    print(
        _line("screen: expiring, table shown", _times(_shown(cases[5][1]), args.n), base, SCREEN_MS)
    )
    for name, work in cases:
        # The query and the drawing, as a "Save as PDF" takes them.
        def pdf(work: Callable[[], object] = work) -> bytes:
            return render_report(report_sheet(work()))  # type: ignore[arg-type]

        print(_line(f"pdf:    {name}", _times(pdf, max(3, args.n // 2)), base, PDF_MS))


def _shown(work: Callable[[], object]) -> Callable[[], object]:
    """The report as the Reports page shows it: the table read, the model set, the first
    screen painted (the lazy model formats its first page only)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from ui.reports.model import ReportModel

    app = QApplication.instance() or QApplication([])
    model = ReportModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1340, 620)
    view.horizontalHeader().setResizeContentsPrecision(64)

    def show() -> object:
        model.set_table(work())  # type: ignore[arg-type]
        view.resizeColumnsToContents()
        view.viewport().grab()
        app.processEvents()
        return model

    return show


if __name__ == "__main__":
    main()
