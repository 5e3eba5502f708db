"""The stock browser through its widgets: filters, sorting, details, corrections, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.stock.box_dialogs import CorrectBoxDialog, DisposeBoxDialog
from ui.stock.model import StockTableModel
from ui.stock.view import StockView
from warehouse_app.kinds import BoxStatus
from warehouse_app.services import stock
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Box, Movement
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def context(demo: OpenedDatabase, actor: Actor) -> AppContext:
    return AppContext(demo, actor.volunteer_id, "Test Volunteer", actor.station)


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> StockView:
    widget = StockView(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def test_the_table_model_keeps_qt_model_rules(
    qtmodeltester: ModelTester, demo: OpenedDatabase
) -> None:
    model = StockTableModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's views walked along the index, as the browser walks 200,000 boxes."""
    from warehouse_app.services import stock_walk

    monkeypatch.setattr(stock_walk, "SMALL_VIEW", 5)
    monkeypatch.setattr(stock_walk, "FIRST_CHUNK", 20)


def test_a_walked_view_keeps_qt_model_rules(
    qtmodeltester: ModelTester, demo: OpenedDatabase, walked: None
) -> None:
    model = StockTableModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.sort(9, Qt.SortOrder.DescendingOrder)  # location: walked in pieces
    qtmodeltester.check(model, force_py=True)


def test_a_large_view_counts_first_and_reads_the_rows_as_the_table_reaches_them(
    qtbot: QtBot, context: AppContext, walked: None
) -> None:
    view = StockView(context)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # expiry
    expected = stock.box_ids(view.model.current_filter, stock.SortColumn.EXPIRY, False)
    model = view.model
    assert model.rowCount() == len(expected)  # the scroll bar is right at once
    assert len(model._ids) < len(expected)  # but only the first rows were read
    view.table.scrollToBottom()
    qtbot.wait(10)
    view.table.viewport().repaint()
    last = model.rowCount() - 1
    assert model.box_id_at(last) == expected[-1]
    code = model.data(model.index(last, 0))
    assert code == Box.get_by_id(expected[-1]).code
    assert model.ordered_ids == expected  # what an export writes


def test_a_scanned_box_far_down_a_large_view_is_found_and_selected(
    qtbot: QtBot, context: AppContext, walked: None
) -> None:
    view = StockView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    oldest = stock.box_ids(view.model.current_filter, stock.SortColumn.RECEIVED, True)[-1]
    assert oldest not in view.model._ids  # not read yet: the view opens on the newest
    view.show_box(oldest)
    assert view.current_box_id() == oldest
    assert view.detail.values["code"].text() == Box.get_by_id(oldest).code


def test_the_browser_opens_on_the_hall_and_owner_cells_carry_the_colour(view: StockView) -> None:
    model = view.model
    in_hall = Box.select().where(Box.status.in_(["in_stock", "on_pallet", "loaded"])).count()
    assert 0 < in_hall < Box.select().count()  # the demo has shipped and disposed boxes too
    assert model.rowCount() == in_hall
    assert view.count.text() == f"Boxes in view: {in_hall}"
    view.status.setCurrentIndex(view.status.findData(None))  # "All statuses"
    assert model.rowCount() == Box.select().count() == 500
    index = model.index(0, StockTableModel.OWNER_COLUMN)
    row = model.row_at(0)
    assert row is not None
    assert model.data(index) == row.owner_code
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).name().upper() == row.owner_colour


def test_the_expiry_date_filters_only_while_it_is_ticked(qtbot: QtBot, view: StockView) -> None:
    from PySide6.QtCore import QDate

    everything = view.model.rowCount()
    with qtbot.assertNotEmitted(view.model.modelReset):
        view.expiry.setDate(QDate.currentDate().addMonths(3))  # not ticked: no reload
    view.expiry_on.setChecked(True)
    limit = view.expiry.date().toPython()
    expiring = len(stock.box_ids(stock.BoxFilter(expiry_before=limit)))
    assert view.model.rowCount() == expiring < everything
    with qtbot.waitSignal(view.model.modelReset):
        view.expiry.setDate(QDate.currentDate().addYears(10))  # ticked: filters at once
    assert view.model.rowCount() > expiring


def test_filters_narrow_the_table(qtbot: QtBot, view: StockView) -> None:
    view.status.setCurrentIndex(view.status.findData(BoxStatus.ON_PALLET))
    on_pallet = Box.select().where(Box.status == BoxStatus.ON_PALLET).count()
    assert view.model.rowCount() == on_pallet
    word = next(  # QTest types ASCII only (Cyrillic search: the service tests)
        w
        for b in Box.select().where(Box.status == BoxStatus.ON_PALLET)
        for w in b.description_de.split()
        if w.isascii() and w.isalpha() and len(w) > 4
    )
    qtbot.keyClicks(view.text, word)
    qtbot.waitUntil(lambda: view.model.rowCount() < on_pallet)
    assert view.model.rowCount() > 0
    for row in range(view.model.rowCount()):
        assert word.casefold() in view.model.data(view.model.index(row, 3)).casefold()
        assert view.model.data(view.model.index(row, 11)) == "on pallet"
    view.reset.click()
    in_hall = Box.select().where(Box.status.in_(["in_stock", "on_pallet", "loaded"])).count()
    assert view.model.rowCount() == in_hall and view.text.text() == ""


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, view: StockView) -> None:
    view.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # net kg
    weights = [view.model.row_at(r).net_kg for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert weights == sorted(weights)


def test_showing_a_box_selects_it_and_fills_the_details(view: StockView) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    view.text.setText("nothing matches this")
    view.apply_filter()
    view.show_box(box.id)
    assert view.current_box_id() == box.id
    assert view.detail.values["code"].text() == box.code
    assert view.detail.values["place"].text().startswith(f"pallet {box.pallet.code}")
    assert view.detail.history.rowCount() == Movement.select().where(Movement.box == box.id).count()
    assert view.correct_button.isEnabled() and view.dispose_button.isEnabled()


def test_correct_dialog_saves_and_the_row_updates(
    qtbot: QtBot, view: StockView, context: AppContext
) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    view.show_box(box.id)
    dialog = CorrectBoxDialog(stock.box_detail(box.id), context.actor, view)
    qtbot.addWidget(dialog)
    dialog.quantity.setText("0")
    dialog.reason.setText("recount")
    dialog.accept()
    assert not dialog.error.isHidden() and "more than 0" in dialog.error.text()
    assert dialog.result() == 0
    dialog.quantity.setText("3")
    dialog.accept()
    assert dialog.result() == 1
    view._box_changed(box.id)
    assert view.detail.values["quantity"].text().startswith("3 ")
    assert view.detail.history.item(view.detail.history.rowCount() - 1, 1).text() == "corrected"


def test_dispose_needs_a_reason(qtbot: QtBot, view: StockView, context: AppContext) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    dialog = DisposeBoxDialog(stock.box_detail(box.id), context.actor, view)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "reason" in dialog.error.text()
    assert Box.get_by_id(box.id).status == BoxStatus.IN_STOCK
    dialog.reason.setText("crushed")
    dialog.accept()
    assert Box.get_by_id(box.id).status == BoxStatus.DISPOSED


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_rows_in_view(
    qtbot: QtBot, view: StockView, tmp_path: Path, suffix: str
) -> None:
    view.status.setCurrentIndex(view.status.findData(BoxStatus.ON_PALLET))
    expected = view.model.rowCount()
    path = tmp_path / f"view{suffix}"
    with qtbot.waitSignal(view.export_finished, timeout=20_000) as blocker:
        view.export_to(path)
    assert blocker.args == [expected]
    if suffix == ".csv":
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    else:
        lines = [str(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    assert len(lines) == expected + 1
    assert "Contents (Ukrainian)" in lines[0]
    assert view.count.text().startswith(f"{expected} boxes exported")


def test_expiry_location_and_status_are_in_sight_at_1366_px(view: StockView) -> None:
    header = view.table.horizontalHeader()
    shown = [
        view.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal) for v in range(6)
    ]
    assert shown == ["Code", "Owner", "Category", "Expiry", "Location", "Status"]
    view.resize(1366 - 200, 700)  # the page beside the navigation
    view.show()
    for column in StockTableModel.AT_A_GLANCE:
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= (
            view.table.viewport().width()
        ), view.model.headerData(column, Qt.Orientation.Horizontal)
