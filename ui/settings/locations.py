"""The hall's places with their codes; shelf labels are printed from here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from warehouse_app.config import StationConfig
from warehouse_app.services import masterdata


class LocationLabels(QWidget):
    """The hall's places with their codes; labels for shelves are printed from here."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationLabels")
        self.context = context
        self.records = masterdata.locations()
        self.table = QTableWidget(len(self.records), 3, objectName="locationsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Kind")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, loc in enumerate(self.records):
            for column, text in enumerate((loc.code, loc.name, loc.kind)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.print_button = QPushButton(
            self.tr("Print labels of the selected locations"), objectName="printLocationLabels"
        )
        self.print_button.clicked.connect(self.print_selected)
        # The scan control codes (modes, undo, yes) and the print-head test, for the scanners'
        # stations: a sheet is pinned beside each.
        self.control_button = QPushButton(
            self.tr("Print the control sheet"), objectName="printControlSheet"
        )
        self.control_button.clicked.connect(self.print_control_sheet)
        self.message = QLabel(objectName="locationMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.control_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def print_control_sheet(self) -> str:
        from ui.printing import jobs
        from warehouse_app.services.scanning.controls import CONTROL_TITLES

        codes = [control.code for control in CONTROL_TITLES]
        job_id = jobs.queue_labels(
            self.context.station, "control_sheet", codes, StationConfig.load().label_format
        )
        problem = jobs.print_job(job_id, self.context.changes)
        return self._printed(problem, self.tr("Control sheet printed."))

    def _printed(self, problem: str, done: str) -> str:
        self.message.setText(
            self.tr("The labels did not print: %1 They wait in the reprint list.").replace(
                "%1", problem
            )
            if problem
            else done
        )
        return problem

    def print_selected(self) -> str:
        from ui.printing import jobs

        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        codes = [self.records[row].code for row in rows]
        if not codes:
            self.message.setText(self.tr("Select one or more locations first."))
            return "nothing selected"
        job_id = jobs.queue_labels(
            self.context.station, "location_labels", codes, StationConfig.load().label_format
        )
        problem = jobs.print_job(job_id, self.context.changes)
        return self._printed(problem, self.tr("Location labels printed."))
