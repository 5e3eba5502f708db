"""The Reports page: a report chosen, grouped and filtered on screen shows the service's
figures, sorts by a clicked header with the total kept last, and saves as PDF, Excel and CSV."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.reports.view import ReportsView
from ui.translations import install_translations
from warehouse_app.services.movements import Actor
from warehouse_app.services.reporting import GroupBy, ReportKind, stock_on_hand
from warehouse_app.storage.opening import OpenedDatabase


def save(qtbot: QtBot, view: ReportsView, method: Callable[[Path], Any], path: Path) -> bool:
    """Start a save as the button does, see the buttons wait, and wait for its end."""
    operation = method(path)
    assert operation is not None
    assert not view.save.isEnabled() and not view.city.isEnabled()
    assert view.message.text() == f"Saving {path}…" or operation.finished
    qtbot.waitUntil(lambda: operation.finished, timeout=30_000)
    assert view.save.isEnabled() and view.city.isEnabled()
    return "b00020" not in view.message.styleSheet()


def test_the_reports_page_shows_sorts_and_saves(
    qtbot: QtBot,
    qtmodeltester: Any,
    qapp: QApplication,
    demo: OpenedDatabase,
    actor: Actor,
    tmp_path: Path,
) -> None:
    install_translations(qapp, QLocale("en"))
    win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.nav.setCurrentRow(5)  # Ctrl+6: the Reports page is built when first shown
    view = win.reports_view
    assert isinstance(view, ReportsView) and win.pages.currentWidget() is view
    qtmodeltester.check(view.model)

    view.kind.setCurrentIndex(view.kind.findData(ReportKind.STOCK.value))
    assert view.groups[GroupBy.MONTH].isHidden()  # stock has no months
    view.groups[GroupBy.CATEGORY].setChecked(False)
    expected = stock_on_hand([GroupBy.ASSOCIATION])
    model = view.model
    assert model.rowCount() == len(expected.rows) + 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Association"
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Total"
    assert model.index(last, 1).data() == str(expected.totals.boxes)

    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # most boxes first
    counts = [int(model.index(r, 1).data()) for r in range(last)]
    assert counts == sorted(counts, reverse=True)
    assert model.index(last, 0).data() == "Total"

    view.kind.setCurrentIndex(view.kind.findData(ReportKind.RECEIVED.value))
    assert not view.groups[GroupBy.MONTH].isHidden()
    for suffix in ("pdf", "xlsx", "csv"):
        path = tmp_path / f"received.{suffix}"
        assert save(qtbot, view, view.save_to, path), view.message.text()
        assert path.stat().st_size > 0
        assert view.message.text() == f"Saved {path}."
    assert (tmp_path / "received.pdf").read_bytes().startswith(b"%PDF")
    assert not save(qtbot, view, view.save_to, tmp_path / "received.txt")
    assert ".pdf, .xlsx or .csv" in view.message.text()
    assert win.minimumSizeHint().width() <= 1366


def test_the_citys_sheet_is_saved_from_the_reports_page(
    qtbot: Any, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    from warehouse_app.storage.models import Convoy

    view = ReportsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    departed = Convoy.select().where(Convoy.departed_at.is_null(False)).first()
    view.end.setDate(QDate(departed.departed_at.date()))
    assert save(qtbot, view, view.save_city, tmp_path / "Monat.pdf")
    assert (tmp_path / "Monat.pdf").read_bytes().startswith(b"%PDF")
    assert save(qtbot, view, view.save_city, tmp_path / "Monat.xlsx")
    assert (tmp_path / "Monat.xlsx").read_bytes().startswith(b"PK")
    assert not save(qtbot, view, view.save_city, tmp_path / "missing" / "Monat.pdf")
    assert "b00020" in view.message.styleSheet()  # the failure is said in red
    assert "Cannot write" in view.message.text()


def test_the_expiring_list_disposes_or_puts_boxes_on_a_convoy(
    qtbot: Any, demo: OpenedDatabase, actor: Actor
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from warehouse_app.kinds import BoxStatus
    from warehouse_app.storage.models import Box, ConvoyItem

    view = ReportsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.kind.setCurrentIndex(view.kind.findData(ReportKind.EXPIRING.value))
    view.days.setValue(365)
    view.reload()
    assert not view.expiring.dispose_button.isHidden()
    rows = list(view.model._rows)
    loose = [n for n, r in enumerate(rows) if not r[11] and r[8] > 10]  # no pallet, 10+ days
    assert len(rows) >= 3 and loose, "the demo has expiring loose boxes"

    def select(*numbers: int) -> None:
        view.table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for n in numbers:
            view.table.selectionModel().select(view.model.index(n, 0), flags)

    keep = rows[loose[0]][0]
    gone = [r[0] for n, r in enumerate(rows[:3]) if n != loose[0]][:2]
    select(*[n for n, r in enumerate(rows) if r[0] in gone])
    assert view.selected_codes() == gone
    assert view.expiring.dispose("expired") == 2
    assert {b.status for b in Box.select().where(Box.code.in_(gone))} == {BoxStatus.DISPOSED}
    assert all(r[0] not in gone for r in view.model._rows)  # the list was read again
    n = next(i for i, r in enumerate(view.model._rows) if r[0] == keep)
    select(n)
    view.expiring.put_on_convoy("2026-P")
    assert ConvoyItem.select().join(Box).where(Box.code == keep).exists()  # it keeps that long
    assert "1 boxes reserved for 2026-P" in view.message.text()
    select(n)
    view.expiring.put_on_convoy("2026-L")  # another convoy: it is reserved for 2026-P
    assert "b00020" in view.message.styleSheet() and "2026-P" in view.message.text()
    select()
    assert view.expiring.dispose("expired") == 0 and "Choose the boxes" in view.message.text()


@pytest.mark.sqlite_only
def test_a_save_into_a_folder_that_cannot_be_written_is_said_in_red_and_leaves_no_file(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    view = ReportsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    # A "folder" that is a file cannot be written into, even by root (CI runs as root); as
    # anyone else, a folder without write rights (a network share) too.
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    folders = [blocked]
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        folders.append(locked)
    try:
        for folder in folders:
            for suffix in ("pdf", "xlsx", "csv"):
                path = folder / f"report.{suffix}"
                assert not save(qtbot, view, view.save_to, path)
                assert "b00020" in view.message.styleSheet()
                assert view.message.text().startswith(f"Cannot write {path}: ")
                assert "went wrong" not in view.message.text()
            assert not save(qtbot, view, view.save_city, folder / "Monat.pdf")
            assert view.message.text().startswith(f"Cannot write {folder / 'Monat.pdf'}: ")
        assert sorted(p.name for p in tmp_path.rglob("*") if "report" in p.name) == []
        assert not any(p.suffix == ".part" for p in tmp_path.rglob("*"))
    finally:
        if len(folders) > 1:
            folders[1].chmod(0o700)
