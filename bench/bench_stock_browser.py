"""The stock browser on the large demo database, through the real widgets.

Targets: every filter or sort change shows its first rows within 100 ms; scrolling through
all 50,000 rows stays smooth (each step well under a 60 Hz frame); the GUI's peak memory at
most 300 MB. A change is timed from the user's action until the table has repainted.

    python -m bench.bench_stock_browser
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import ensure_large_db, summary

SEARCHES = ("Konserven", "unfisch", "schlafsack", "пальний", "Reis 1 kg")


def _typed_search(view: object, measure: Callable[[Callable[[], None]], float]) -> None:
    """A typed search, from the last key to the first rows painted, the view's pause after the
    last key counted (the search field's own timer runs it); and the same searches in the
    service with and without the trigram index."""
    from PySide6.QtWidgets import QApplication

    from warehouse_app.services import stock
    from warehouse_app.storage import search_index

    def typed(text: str) -> None:
        done: list[bool] = []

        def reset() -> None:
            done.append(True)

        view.model.modelReset.connect(reset)  # type: ignore[attr-defined]
        view.text.setText(text)  # type: ignore[attr-defined]
        while not done:
            QApplication.processEvents()
        view.model.modelReset.disconnect(reset)  # type: ignore[attr-defined]

    gui = [measure(lambda t=text: typed(t)) for text in SEARCHES * 3]
    view.reset_filters()  # type: ignore[attr-defined]
    print(
        f"typed search, last key to first rows painted, the pause counted: {summary(gui)}  "
        "(target ≤ 150 ms)"
    )

    def service(indexed: bool) -> list[float]:
        original = search_index.has_index
        if not indexed:
            search_index.has_index = lambda db: False  # type: ignore[assignment]
        try:
            times = []
            for text in SEARCHES * 3:
                start = time.perf_counter()
                stock.box_ids(stock.BoxFilter(text=text), stock.SortColumn.RECEIVED)
                times.append((time.perf_counter() - start) * 1000)
            return times
        finally:
            search_index.has_index = original  # type: ignore[assignment]

    with_index, without = service(True), service(False)
    ratio = statistics.median(with_index) / statistics.median(without)
    print(
        f"  the search alone: with the trigram index {summary(with_index)}; reading every box "
        f"(LIKE, the baseline) {summary(without)}; ratio {ratio:.2f}"
    )


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="large", choices=["large", "xl"])
    db, _ = ensure_large_db(parser.parse_args().size)
    print(f"demo: {db.name}")
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from warehouse_app.kinds import BoxStatus
    from warehouse_app.services import masterdata
    from warehouse_app.storage.opening import open_database

    app = make_application()
    opened = open_database(str(db), daily_backup=False)
    volunteer = masterdata.volunteer_by_name("Bench")
    window = MainWindow(AppContext(opened, volunteer, "Bench", "Bench-PC"))
    window.resize(1600, 1000)
    view = window.stock_view
    table = view.table

    def settle() -> None:
        QApplication.processEvents()
        table.viewport().repaint()

    window.show()
    QApplication.processEvents()
    start = time.perf_counter()
    window.show_page(view)  # the stock page: built and shown on first use
    QApplication.processEvents()
    while not view.model.rowCount():
        QApplication.processEvents()
    settle()
    print(f"stock page opened to first rows painted: {(time.perf_counter() - start) * 1000:.0f} ms")

    def measure(action: Callable[[], None]) -> float:
        start = time.perf_counter()
        action()
        settle()
        assert view.model.rowCount() >= 0
        return (time.perf_counter() - start) * 1000

    changes: list[tuple[str, Callable[[], None]]] = []
    for column in range(view.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            changes.append(
                (
                    f"sort column {column} {order.name}",
                    lambda c=column, o=order: table.sortByColumn(c, o),
                )
            )
    combos = [
        (view.association, "owner"),
        (view.category, "category"),
        (view.location, "location"),
        (view.status, "status"),
    ]
    for combo, name in combos:
        for index in (1, 2, 0):
            changes.append(
                (f"filter {name} #{index}", lambda cb=combo, i=index: cb.setCurrentIndex(i))
            )
    changes.append(
        (
            "expiry before",
            lambda: (
                view.expiry.setDate(QDate.currentDate().addMonths(3)),
                view.expiry_on.setChecked(True),
            ),
        )
    )
    changes.append(("expiry off", lambda: view.expiry_on.setChecked(False)))
    for text in ("Reis", "Спальний", "1000", ""):
        changes.append(
            (f"search {text!r}", lambda t=text: (view.text.setText(t), view.apply_filter()))
        )
    changes.append(
        (
            "status on pallet",
            lambda: view.status.setCurrentIndex(view.status.findData(BoxStatus.ON_PALLET)),
        )
    )
    changes.append(("reset", view.reset_filters))

    timings = []
    slowest = ("", 0.0)
    for name, action in changes:
        ms = measure(action)
        timings.append(ms)
        if ms > slowest[1]:
            slowest = (name, ms)
    print(f"filter/sort change to first rows painted: {summary(timings)}  (target < 100 ms)")
    print(f"  slowest: {slowest[0]} {slowest[1]:.1f} ms")
    _typed_search(view, measure)

    view.reset_filters()
    table.sortByColumn(9, Qt.SortOrder.AscendingOrder)  # location: the costliest sort
    settle()
    rows = view.model.rowCount()
    scrollbar = table.verticalScrollBar()
    steps = []
    start_all = time.perf_counter()
    position = 0
    while position < scrollbar.maximum():
        position = min(scrollbar.maximum(), position + scrollbar.pageStep())
        t = time.perf_counter()
        scrollbar.setValue(position)
        settle()
        steps.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - start_all
    print(
        f"scrolling all {rows:,} rows page by page ({len(steps)} pages in {total:.1f} s): "
        f"{summary(steps)}  (target: under 16 ms a page)"
    )
    baseline = _baseline_scroll(table)
    print(
        f"baseline, Qt's own QStandardItemModel with the same columns, same view size: "
        f"{summary(baseline)}"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this GUI process: {peak_mb:.0f} MB  (target <= 300 MB)")
    print(f"run at {dt.datetime.now():%Y-%m-%d %H:%M}")
    window.close()
    app.processEvents()


def _baseline_scroll(like: object) -> list[float]:
    """Scrolling a table filled in C++ (no Python per cell): the floor for painting alone."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    assert isinstance(like, QTableView)
    rows, columns = 2000, like.model().columnCount()
    model = QStandardItemModel(rows, columns)
    sample = [like.model().index(0, c).data() or "" for c in range(columns)]
    for r in range(rows):
        for c in range(columns):
            model.setItem(r, c, QStandardItem(str(sample[c])))
    view = QTableView()
    view.setModel(model)
    view.resize(like.size())
    view.setFont(like.font())
    view.verticalHeader().setDefaultSectionSize(like.verticalHeader().defaultSectionSize())
    for c in range(columns):
        view.setColumnWidth(c, like.columnWidth(c))
    view.show()
    QApplication.processEvents()
    bar = view.verticalScrollBar()
    steps = []
    position = 0
    while position < bar.maximum():
        position = min(bar.maximum(), position + bar.pageStep())
        t = time.perf_counter()
        bar.setValue(position)
        QApplication.processEvents()
        view.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
    view.close()
    return steps


if __name__ == "__main__":
    main()
