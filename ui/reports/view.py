"""The Reports page: choose a report, its groups, period and association; the figures in a
sortable table; saved as PDF, Excel or CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.operations import Failure, Operation, Report
from ui.reports.expiring_actions import ExpiringActions
from ui.reports.model import PAGE, ReportModel
from ui.service_texts import error_text
from ui.widgets.date_edit import DateEdit
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata
from warehouse_app.services.reporting import GroupBy, ReportFilter, ReportKind
from warehouse_app.services.reporting.records import INTAKE_GROUPS, STOCK_GROUPS
from warehouse_app.services.reporting.tables import (
    ReportTable,
    report_sheet,
    report_table,
    save_bytes,
    save_table,
)


class ReportsView(QWidget):
    # Emitted on the GUI thread when a save has ended: True when the file was written.
    save_finished = Signal(bool)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("reportsView")
        self._stale = False
        self._saving: Operation | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for kind, title in (
            (ReportKind.RECEIVED, self.tr("Received")),
            (ReportKind.SHIPPED, self.tr("Shipped")),
            (ReportKind.STOCK, self.tr("Stock on hand")),
            (ReportKind.EXPIRING, self.tr("Expired and expiring")),
        ):
            self.kind.addItem(title, kind.value)
        group_titles = {
            GroupBy.ASSOCIATION: self.tr("Association"),
            GroupBy.MONTH: self.tr("Month"),
            GroupBy.QUARTER: self.tr("Quarter"),
            GroupBy.YEAR: self.tr("Year"),
            GroupBy.CATEGORY: self.tr("Category"),
            GroupBy.COUNTRY: self.tr("Country"),
            GroupBy.RECIPIENT: self.tr("Recipient"),
            GroupBy.CONVOY: self.tr("Convoy"),
        }
        self.groups: dict[GroupBy, QCheckBox] = {}
        groups_row = QHBoxLayout()
        groups_row.addWidget(QLabel(self.tr("Group by:")))
        for group, title in group_titles.items():
            box = QCheckBox(title)
            box.setObjectName(f"groupBy_{group.value}")
            box.setChecked(group in (GroupBy.ASSOCIATION, GroupBy.MONTH))
            box.toggled.connect(self.reload)
            self.groups[group] = box
            groups_row.addWidget(box)
        groups_row.addStretch(1)
        today = QDate.currentDate()
        self.start = DateEdit(today.addYears(-1).addDays(1))
        self.end = DateEdit(today)
        for edit, name in ((self.start, "reportFrom"), (self.end, "reportTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self.reload)
        self.days = QSpinBox()
        self.days.setObjectName("reportDays")
        self.days.setRange(0, 3650)
        self.days.setValue(30)
        self.days.valueChanged.connect(self.reload)
        self.association = QComboBox()
        self.association.setObjectName("reportAssociation")
        self.association.addItem(self.tr("All associations"), None)
        for info in masterdata.associations():
            self.association.addItem(f"{info.short_code} – {info.name}", (info.id, info.short_code))
        self.association.currentIndexChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Report:")))
        choose.addWidget(self.kind)
        self.period_label = QLabel(self.tr("From:"))
        choose.addWidget(self.period_label)
        choose.addWidget(self.start)
        self.to_label = QLabel(self.tr("to:"))
        choose.addWidget(self.to_label)
        choose.addWidget(self.end)
        self.days_label = QLabel(self.tr("Days ahead:"))
        choose.addWidget(self.days_label)
        choose.addWidget(self.days)
        choose.addWidget(self.association, 1)
        self.model = ReportModel()
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Columns fit the first page (and the total, below), not every one of thousands of
        # rows: sizing them must not format what nobody looks at.
        self.table.horizontalHeader().setResizeContentsPrecision(PAGE)
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.save = QPushButton(self.tr("Save as PDF/Excel/CSV…"))
        self.save.setObjectName("saveReport")
        self.save.clicked.connect(self._save_clicked)
        self.city = QPushButton(self.tr("City's monthly sheet…"), objectName="citySheet")
        self.city.setToolTip(self.tr("The month of the 'to' date, on one A4 page or as Excel"))
        self.city.clicked.connect(self._city_clicked)
        self.expiring = ExpiringActions(self, self, context.actor, context.changes)
        foot = QHBoxLayout()
        foot.addWidget(self.message, 1)
        foot.addWidget(self.expiring.dispose_button)
        foot.addWidget(self.expiring.convoy_button)
        foot.addWidget(self.city)
        foot.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(groups_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)
        context.changes.changed.connect(self._changed)
        self._kind_changed()

    # --- what is asked ------------------------------------------------------------------
    def current_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        allowed = {
            ReportKind.RECEIVED: INTAKE_GROUPS,
            ReportKind.SHIPPED: tuple(GroupBy),
            ReportKind.STOCK: STOCK_GROUPS,
            ReportKind.EXPIRING: (),
        }[kind]
        for group, box in self.groups.items():
            box.setVisible(group in allowed)
        flows = kind in (ReportKind.RECEIVED, ReportKind.SHIPPED)
        for widget in (self.period_label, self.start, self.to_label, self.end):
            widget.setVisible(flows)
        self.days.setVisible(kind == ReportKind.EXPIRING)
        self.days_label.setVisible(kind == ReportKind.EXPIRING)
        self.expiring.show_for(kind == ReportKind.EXPIRING)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.reload()

    def selected_codes(self) -> list[str]:
        """The box codes of the selected rows of the expiring list (its first column)."""
        if self.current_kind() != ReportKind.EXPIRING or self.model.table is None:
            return []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [str(self.model.data(self.model.index(row, 0))) for row in rows]

    def say(self, text: str, *, ok: bool) -> None:
        self._say(text, ok=ok)

    def chosen_groups(self) -> list[GroupBy]:
        """The ticked groups this report knows (the others are hidden, not unticked)."""
        return [g for g, box in self.groups.items() if box.isChecked() and not box.isHidden()]

    def _filters(self) -> ReportFilter:
        chosen = self.association.currentData()
        if chosen is None:
            return ReportFilter()
        return ReportFilter(association_id=chosen[0], association_code=chosen[1])

    def build_table(self) -> ReportTable:
        start: dt.date = self.start.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.end.date().toPython()  # type: ignore[assignment]
        return report_table(
            self.current_kind(),
            self.chosen_groups(),
            start,
            end,
            self._filters(),
            days=self.days.value(),
        )

    # --- showing --------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            table = self.build_table()
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return
        self.model.set_table(table)
        self.table.resizeColumnsToContents()
        self._fit_total()
        self._say(self.tr("Rows: %1").replace("%1", str(len(table.rows))), ok=True)
        self._stale = False

    def _fit_total(self) -> None:
        """Widen the columns the bold total (the largest figures, the last row) needs."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, text in enumerate(self.model.total_texts):
            wanted = metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth()
            if wanted > self.table.columnWidth(column):
                self.table.setColumnWidth(column, wanted)

    def _changed(self, change: Change) -> None:
        if change.touches(Kind.BOXES, Kind.PALLETS, Kind.CONVOYS, Kind.MASTER_DATA):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # --- saving ---------------------------------------------------------------------------
    def _save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            f"report-{self.current_kind().value}.pdf",
            self.tr("PDF (*.pdf);;Excel (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> Operation | None:
        """The report as shown, written to path (.pdf, .xlsx or .csv) off the GUI thread."""
        table = self.model.table
        if table is None:
            return None

        def work(_report: Report) -> Path:
            if path.suffix.lower() == ".pdf":
                from reports.report_pdf import render_report  # loads reportlab

                save_bytes(path, render_report(report_sheet(table)))
            else:
                save_table(table, path)
            return path

        return self._start_saving(path, work)

    def _city_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the city's monthly sheet"),
            f"Monatsbericht-{self.end.date().toString('yyyy-MM')}.pdf",
            self.tr("PDF (*.pdf);;Excel (*.xlsx)"),
        )
        if name:
            self.save_city(Path(name))

    def save_city(self, path: Path) -> Operation | None:
        """The city's sheet of the month the 'to' date lies in (.pdf or .xlsx): this month,
        unless the lead chose another; written off the GUI thread."""
        picked = self.end.date()
        month = dt.date(picked.year(), picked.month(), 1)

        def work(_report: Report) -> Path:
            from warehouse_app.services.reporting.city import city_sheet, write_city_xlsx

            sheet = city_sheet(month)
            if path.suffix.lower() == ".xlsx":
                write_city_xlsx(sheet, path)
            else:
                from reports.city_sheet import render_city_sheet  # loads reportlab

                save_bytes(path, render_city_sheet(sheet))
            return path

        return self._start_saving(path, work)

    def _start_saving(self, path: Path, work: Callable[[Report], Path]) -> Operation | None:
        """One file at a time: the save buttons wait while it is written."""
        if self._saving is not None:
            return None
        self.save.setEnabled(False)
        self.city.setEnabled(False)
        self._say(self.tr("Saving %1…").replace("%1", str(path)), ok=True)
        self._saving = Operation(
            self,
            work,
            on_success=self._saved,
            on_failure=self._save_failed,
            name=f"saving the report {path.name}",
        ).start()
        return self._saving

    def _save_ended(self) -> None:
        self._saving = None
        self.save.setEnabled(True)
        self.city.setEnabled(True)

    def _saved(self, path: object) -> None:
        self._save_ended()
        self._say(self.tr("Saved %1.").replace("%1", str(path)), ok=True)
        self.save_finished.emit(True)

    def _save_failed(self, failure: Failure) -> None:
        self._save_ended()
        self._say(failure.message, ok=False)
        self.save_finished.emit(False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("" if ok else "color: #b00020; font-weight: bold;")
        self.message.setText(text)
