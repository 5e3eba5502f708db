"""The Activity page: the log filtered by person, station, days, kind and code, newest first;
the chosen entry's changes (field: before → after); the view saved as an Excel sheet.

A lead's screen (Permission.ACTIVITY): the service refuses anyone else, and the page says so
in red. It reads the log again whenever it is shown, on Refresh (F5), and on every filter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.activity.detail import ActivityDetail
from ui.activity.model import ActivityTableModel
from ui.context import AppContext
from ui.operations import Failure, Operation
from ui.service_texts import error_text, translated
from ui.widgets.date_edit import DateEdit
from ui.widgets.filter_grid import filter_grid
from warehouse_app.codes import strip_scanner_noise
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import activity_query, people
from warehouse_app.services.activity_query import ActivityEntry, ActivityFilter
from warehouse_app.texts import Text

TYPING_PAUSE_MS = 300  # a code typed by hand filters after this pause; a scan on its Enter
_RED = "color: #b00020;"


class ActivityPage(QWidget):
    # Emitted on the GUI thread when an export ends: rows written, or -1 (failed).
    export_finished = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("activityPage")
        self.model = ActivityTableModel(self)

        self.person = QComboBox(objectName="activityPerson")
        self.station = QComboBox(objectName="activityStation")
        self.kind = QComboBox(objectName="activityKind")
        self.from_on = QCheckBox(self.tr("&From"), objectName="activityFromOn")
        self.date_from = DateEdit(objectName="activityFrom")
        self.to_on = QCheckBox(self.tr("&To"), objectName="activityToOn")
        self.date_to = DateEdit(objectName="activityTo")
        for edit, check in ((self.date_from, self.from_on), (self.date_to, self.to_on)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filter)
            edit.dateChanged.connect(self._date_changed)
        self.code = QLineEdit(objectName="activityCode")
        self.code.setPlaceholderText(self.tr("Scan or type a box, pallet or convoy code"))
        self.code.setClearButtonEnabled(True)
        self.code.setMinimumWidth(260)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), objectName="activityRefresh")
        self.export_button = QPushButton(self.tr("Export XLSX…"), objectName="activityExport")
        self.reset_button = QPushButton(self.tr("&Reset filters"), objectName="activityReset")
        for combo, width in ((self.person, 240), (self.station, 170), (self.kind, 190)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.setMaximumWidth(width)
        self.kind.addItem(self.tr("All kinds"), None)
        for value, name in activity_query.kind_names():
            self.kind.addItem(QCoreApplication.translate("service", name), value)

        filters = filter_grid(
            (
                (self.tr("&Person"), self.person),
                (self.tr("&Station"), self.station),
                (self.tr("&Kind"), self.kind),
                (self.tr("&Code"), self.code),
            )
        )
        days = QHBoxLayout()
        for widget in (self.from_on, self.date_from, self.to_on, self.date_to):
            days.addWidget(widget)
        days.addStretch(1)
        filters.addLayout(days, 2, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.refresh_button)
        filters.addLayout(buttons, 2, 3)
        filters.setColumnStretch(3, 1)

        self.table = QTableView(objectName="activityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 155, 90, 115, 95)):
            self.table.setColumnWidth(column, width)

        self.detail = ActivityDetail()
        # The detail below the table: the table keeps the whole width, and its last column,
        # what happened, is the one a lead reads.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 170])

        self.message = QLabel(objectName="activityMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._code_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._code_timer.timeout.connect(self.apply_filter)
        self.code.textEdited.connect(self._code_timer.start)
        self.code.returnPressed.connect(self.apply_filter)  # a scanner's Enter: at once
        for combo in (self.person, self.station, self.kind):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.reset_button.clicked.connect(self.reset_filters)
        self.export_button.clicked.connect(self.export_view)
        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._count_shown)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._export_task: Operation | None = None
        self._export_path = Path()
        self._filling = False
        self._sized = False

    # --- loading --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # What happened since it was last looked at: the log grows with every scan, so the
        # page follows no change signal and reads it again whenever it is opened.
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Read the choices and the log again, keeping the filters and the chosen entry."""
        current = self.current_entry()
        self._fill_choices()
        self.apply_filter()
        if current is not None:
            self.select_entry(current.id)

    def _fill_choices(self) -> None:
        """The people and stations to choose from, keeping what is chosen."""
        self._filling = True
        try:
            person, station = self.person.currentData(), self.station.currentData()
            self.person.clear()
            self.person.addItem(self.tr("Everybody"), None)
            for p in people.people():
                self.person.addItem(p.name if p.active else f"{p.name} †", p.id)
            self.person.setCurrentIndex(max(0, self.person.findData(person)))
            self.station.clear()
            self.station.addItem(self.tr("All stations"), None)
            try:
                for name in activity_query.stations(self.context.actor):
                    self.station.addItem(name, name)
            except HafenlagerError:
                pass  # refused: apply_filter says so
            self.station.setCurrentIndex(max(0, self.station.findData(station)))
        finally:
            self._filling = False

    def current_filter(self) -> ActivityFilter:
        kind = self.kind.currentData()
        return ActivityFilter(
            person_id=self.person.currentData(),
            station=self.station.currentData() or "",
            date_from=self._day(self.date_from) if self.from_on.isChecked() else None,
            date_to=self._day(self.date_to) if self.to_on.isChecked() else None,
            kinds=(kind,) if kind else (),
            code=strip_scanner_noise(self.code.text()),
        )

    @staticmethod
    def _day(edit: DateEdit) -> dt.date:
        day = edit.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _date_changed(self) -> None:
        if self.from_on.isChecked() or self.to_on.isChecked():
            self.apply_filter()

    def apply_filter(self) -> None:
        if self._filling:
            return
        self._code_timer.stop()  # a code still waiting for its pause is this one
        try:
            self.model.set_filter(self.context.actor, self.current_filter())
        except HafenlagerError as exc:
            self.model.clear()
            self._say(error_text(exc), error=True)

    def reset_filters(self) -> None:
        self._filling = True
        for combo in (self.person, self.station, self.kind):
            combo.setCurrentIndex(0)
        self.from_on.setChecked(False)
        self.to_on.setChecked(False)
        self.code.clear()
        self._filling = False
        self.apply_filter()

    def show_code(self, code: str) -> None:
        """What was done to this box, pallet or convoy (a scan, or another screen's link)."""
        self.code.setText(code)
        self.apply_filter()

    def _after_reset(self) -> None:
        self.detail.clear()
        self._count_shown()
        if self.model.rowCount() and not self._sized:
            # Sized once, by the first page in this language: later pages do not shift them.
            self._sized = True
            # At most so wide that the summary keeps half the table on a 1366 px screen.
            for column, most in enumerate((175, 190, 130, 150, 130)):
                self.table.resizeColumnToContents(column)
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, min(max(width + 8, 70), most))

    def _count_shown(self) -> None:
        n = self.model.rowCount()
        more = self.tr(" (scroll down for older ones)") if self.model.has_more else ""
        self._say(self.tr("%1 entries shown").replace("%1", str(n)) + more)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(_RED if error else "")
        self.message.setText(text)

    # --- the chosen entry -----------------------------------------------------------
    def current_entry(self) -> ActivityEntry | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _current_changed(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.detail.clear()
        else:
            self.detail.show_entry(entry)

    # --- export ---------------------------------------------------------------------
    def export_view(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the activity log"),
            str(Path.home() / f"hafenlager-activity-{dt.date.today():%Y-%m-%d}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Operation:
        """Every entry of the filter (not only those read so far), off the GUI thread."""
        flt, actor = self.current_filter(), self.context.actor
        headers = [QCoreApplication.translate("service", h) for h in activity_query.COLUMNS]

        def text(value: str) -> str:
            return (
                translated(value)
                if isinstance(value, Text)
                else QCoreApplication.translate("service", value)
            )

        def work(report: object) -> int:
            return activity_query.write_xlsx(
                activity_query.iter_entries(actor, flt), path, headers=headers, text=text
            )

        self._export_path = path
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        self._export_task = Operation(
            self,
            work,
            on_success=self._export_done,
            on_failure=self._export_failed,
            name=f"activity export to {path.name}",
        ).start()
        return self._export_task

    def _export_done(self, count: int) -> None:
        self.export_button.setEnabled(True)
        self._say(
            self.tr("%1 entries exported to %2")
            .replace("%1", str(count))
            .replace("%2", str(self._export_path))
        )
        self.export_finished.emit(count)

    def _export_failed(self, failure: Failure) -> None:
        self.export_button.setEnabled(True)
        self._say(failure.message, error=True)
        self.export_finished.emit(-1)
