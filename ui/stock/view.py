"""The stock browser: filters, the lazily filled box table, the detail panel, exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.operations import Failure, Operation
from ui.status_names import status_label
from ui.stock.box_detail import BoxDetailPanel
from ui.stock.model import StockTableModel
from ui.widgets.date_edit import DateEdit
from ui.widgets.filter_grid import filter_grid
from warehouse_app.kinds import BoxStatus
from warehouse_app.services import masterdata, stock
from warehouse_app.services.stock import BoxFilter

IN_HALL_CHOICE = "in_hall"  # the status filter's first choice


SEARCH_PAUSE_MS = 60


class StockView(QWidget):
    # Emitted on the GUI thread when an export ends: rows written, or -1 (cancelled, failed).
    export_finished = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("stockView")
        self.model = StockTableModel(self)
        self._loaded = False

        self.association = QComboBox(objectName="filterAssociation")
        self.category = QComboBox(objectName="filterCategory")
        self.location = QComboBox(objectName="filterLocation")
        self.status = QComboBox(objectName="filterStatus")
        self.expiry_on = QCheckBox(self.tr("Expires before"), objectName="filterExpiryOn")
        self.expiry = DateEdit(objectName="filterExpiry")
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("dd.MM.yyyy")
        self.expiry.setDate(QDate.currentDate().addMonths(6))
        self.expiry.setEnabled(False)
        self.text = QLineEdit(objectName="filterText")
        self.text.setPlaceholderText(self.tr("Code or words (German, Ukrainian, English)"))
        self.text.setClearButtonEnabled(True)
        self.reset = QPushButton(self.tr("&Reset filters"), objectName="resetFilters")
        self._fill_filter_choices()
        # Long category names must not squeeze the search field.
        for combo, width in (
            (self.association, 230),
            (self.category, 260),
            (self.location, 170),
            (self.status, 150),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setMaximumWidth(width)
        self.text.setMinimumWidth(220)

        filters = filter_grid(
            (
                (self.tr("O&wner"), self.association),
                (self.tr("&Category"), self.category),
                (self.tr("&Location"), self.location),
                (self.tr("S&tatus"), self.status),
            )
        )
        # Expiry, search and reset on a second row: in one row the page needed more than the
        # 1,366 px of the hall's screens in Ukrainian.
        filters.addWidget(self.expiry_on, 2, 0)
        filters.addWidget(self.expiry, 3, 0)
        search_label = QLabel(self.tr("Searc&h"))
        search_label.setBuddy(self.text)
        filters.addWidget(search_label, 2, 1)
        filters.addWidget(self.text, 3, 1, 1, 2)
        filters.addWidget(self.reset, 3, 3)

        self.table = QTableView(objectName="stockTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(
            (110, 84, 160, 250, 250, 100, 80, 85, 110, 140, 100, 100, 110)
        ):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(len(StockTableModel.COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        # Expiry, location and status right after the category: on a 1366 px screen they were
        # behind the contents, out of sight. Only the view's order changes, not the model's.
        for place, column in enumerate(StockTableModel.AT_A_GLANCE, start=3):
            header.moveSection(header.visualIndex(column), place)

        self.detail = BoxDetailPanel()
        self.count = QLabel(objectName="stockCount")
        self.count.setStyleSheet("font-weight: bold;")
        self.correct_button = QPushButton(self.tr("C&orrect…"), objectName="correctBox")
        self.dispose_button = QPushButton(self.tr("&Dispose…"), objectName="disposeBox")
        self.export_button = QPushButton(self.tr("&Export view…"), objectName="exportView")
        for button in (self.correct_button, self.dispose_button):
            button.setEnabled(False)

        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.dispose_button)
        actions.addWidget(self.export_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        # Typing in the search field filters after a short pause, not on every letter (a
        # scanner types a code in a few ms): short enough that the rows follow the typing.
        self._text_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._text_timer.start)
        for combo in (self.association, self.category, self.location, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.expiry_on.toggled.connect(self.expiry.setEnabled)
        self.expiry_on.toggled.connect(self.apply_filter)
        self.expiry.dateChanged.connect(self._expiry_changed)
        self.reset.clicked.connect(self.reset_filters)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.correct_button.clicked.connect(self.correct_current)
        self.dispose_button.clicked.connect(self.dispose_current)
        self.export_button.clicked.connect(self.export_view)
        self._export_task: Operation | None = None
        self._stale = False
        context.changes.changed.connect(self._changed)
        self._export_progress: QProgressDialog | None = None
        self._export_path = Path()

    # --- loading --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if not self._loaded:
            # The rows load after the window has painted: the window is ready for a scan
            # (which loads them at once if it comes first) before the 50,000 ids are read.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._first_load))

    def _first_load(self) -> None:
        if not self._loaded:
            self.apply_filter()

    def _fill_filter_choices(self) -> None:
        self.association.addItem(self.tr("All owners"), None)
        for a in masterdata.associations():
            self.association.addItem(f"{a.short_code} – {a.name}", a.id)
        self.category.addItem(self.tr("All categories"), None)
        for c in masterdata.categories():
            self.category.addItem(f"{c.name_de} / {c.name_uk}", c.id)
        self.location.addItem(self.tr("All locations"), None)
        for loc in masterdata.locations():
            self.location.addItem(loc.name, loc.id)
        # The browser opens on what is in the hall: shipped and disposed boxes are history.
        self.status.addItem(self.tr("In the hall"), IN_HALL_CHOICE)
        self.status.addItem(self.tr("All statuses"), None)
        for status in BoxStatus:
            self.status.addItem(status_label(status.value), status.value)

    def current_filter(self) -> BoxFilter:
        expiry = self.expiry.date().toPython() if self.expiry_on.isChecked() else None
        status = self.status.currentData()  # Qt hands the enum back as its plain string
        assert expiry is None or isinstance(expiry, dt.date)
        return BoxFilter(
            association_id=self.association.currentData(),
            category_id=self.category.currentData(),
            location_id=self.location.currentData(),
            status=BoxStatus(status) if status and status != IN_HALL_CHOICE else None,
            in_hall=status == IN_HALL_CHOICE,
            expiry_before=expiry,
            text=self.text.text(),
        )

    def _expiry_changed(self) -> None:
        # The date only filters while "Expires before" is ticked: no reload for nothing.
        if self.expiry_on.isChecked():
            self.apply_filter()

    def apply_filter(self) -> None:
        self._text_timer.stop()  # a search still waiting for its pause is this one
        self._loaded = True
        self.model.set_filter(self.current_filter())

    def reset_filters(self) -> None:
        widgets = (
            self.association,
            self.category,
            self.location,
            self.status,
            self.expiry_on,
            self.text,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.association, self.category, self.location, self.status):
            combo.setCurrentIndex(0)
        self.expiry_on.setChecked(False)
        self.expiry.setEnabled(False)
        self.text.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def _changed(self, change: Change) -> None:
        """Another screen (or station) wrote: show the boxes as they are now."""
        if change.origin is self or not self._loaded:
            return
        if not change.touches(Kind.BOXES, Kind.PALLETS, Kind.LOCATIONS, Kind.MASTER_DATA):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown: a scan must not wait for this table

    def refresh(self) -> None:
        """Read the view again with the same filters, keeping the chosen box and the scroll."""
        self._stale = False
        current = self.current_box_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.reload()
        self.table.verticalScrollBar().setValue(scroll)
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def filter_location(self, location_id: int) -> None:
        self.reset_filters()
        self.location.setCurrentIndex(max(0, self.location.findData(location_id)))

    def _after_reset(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("Boxes in view: %1").replace("%1", f"{n:,}".replace(",", ".")))
        self.detail.clear()
        self._set_actions(None)

    # --- the current box ------------------------------------------------------------
    def show_box(self, box_id: int) -> None:
        """Select a box (a scan or a search result), clearing filters that hide it."""
        if not self._loaded:
            self.apply_filter()
        row = self.model.row_of(box_id)
        if row is None:
            self.reset_filters()
            row = self.model.row_of(box_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_box_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.box_id_at(index.row()) if index.isValid() else None

    def _current_changed(self) -> None:
        box_id = self.current_box_id()
        if box_id is None:
            self.detail.clear()
            self._set_actions(None)
            return
        detail = stock.box_detail(box_id)
        self.detail.show_detail(detail)
        self._set_actions(detail.row.status)

    def _set_actions(self, status: str | None) -> None:
        editable = status in (BoxStatus.IN_STOCK, BoxStatus.ON_PALLET)
        self.correct_button.setEnabled(editable)
        self.dispose_button.setEnabled(editable)

    def correct_current(self) -> None:
        box_id = self.current_box_id()
        if box_id is None:
            return
        from ui.stock.box_dialogs import CorrectBoxDialog

        dialog = CorrectBoxDialog(stock.box_detail(box_id), self.context.actor, self)
        if dialog.exec():
            self._box_changed(box_id)

    def dispose_current(self) -> None:
        box_id = self.current_box_id()
        if box_id is None:
            return
        from ui.stock.box_dialogs import DisposeBoxDialog

        dialog = DisposeBoxDialog(stock.box_detail(box_id), self.context.actor, self)
        if dialog.exec():
            self._box_changed(box_id)

    def _box_changed(self, box_id: int) -> None:
        self.model.refresh_box(box_id)
        self._current_changed()
        self.context.changes.announce(Kind.BOXES, origin=self, ids={Kind.BOXES: [box_id]})

    # --- export ---------------------------------------------------------------------
    def export_view(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the boxes in view"),
            str(Path.home() / f"hafenlager-{dt.date.today():%Y-%m-%d}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Operation:
        ids = self.model.ordered_ids
        headers = [
            self.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(self.model.columnCount())
        ] + [self.tr("Owner colour")]
        columns = StockTableModel.COLUMNS

        from warehouse_app.exports import write_table

        def work(report: Callable[[int], bool]) -> int:
            rows = (
                [fmt(row) for _, _, fmt in columns] + [row.owner_colour]
                for row in stock.iter_box_rows(ids)
            )
            return write_table(path, headers, rows, report)

        progress = QProgressDialog(
            self.tr("Exporting %1 boxes…").replace("%1", str(len(ids))),
            self.tr("Cancel"),
            0,
            len(ids),
            self,
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setMinimumDuration(300)
        progress.canceled.connect(self._cancel_export)
        self._export_progress, self._export_path = progress, path
        self._export_task = Operation(
            self,
            work,
            on_success=self._export_done,
            on_failure=self._export_failed,
            on_progress=progress.setValue,
            name=f"export to {path.name}",
        ).start()
        return self._export_task

    def _cancel_export(self) -> None:
        if self._export_task is not None:
            self._export_task.cancel()

    def _close_export_progress(self) -> None:
        if self._export_progress is not None:
            self._export_progress.reset()
            self._export_progress.deleteLater()
            self._export_progress = None

    def _export_done(self, count: int) -> None:
        self._close_export_progress()
        if count >= 0:
            self.count.setText(
                self.tr("%1 boxes exported to %2")
                .replace("%1", str(count))
                .replace("%2", str(self._export_path))
            )
        self.export_finished.emit(count)

    def _export_failed(self, failure: Failure) -> None:
        self._close_export_progress()
        QMessageBox.warning(self, self.tr("Export failed"), failure.message)
        self.export_finished.emit(-1)
