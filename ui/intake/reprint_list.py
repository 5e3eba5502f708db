"""The reprint list of this station: labels and notes that did not print wait here, to be
printed again, previewed, saved as PDF or removed. It follows the change signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, ChangeHub, Kind
from ui.formatting import short_datetime
from ui.service_texts import translated
from ui.widgets.tables import read_only_rows
from warehouse_app.services import printqueue


class ReprintList(QGroupBox):
    # What to tell the volunteer: the text, and True (done) / False (refused) / None (waiting).
    said = Signal(str, object)

    def __init__(self, station: str, changes: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reprint list (labels that did not print)"), parent)
        self.station = station
        self.changes = changes
        self.table = QTableWidget(0, 3, objectName="reprintList")
        self.table.setHorizontalHeaderLabels([self.tr("Waiting"), self.tr("Why"), self.tr("What")])
        read_only_rows(self.table)
        self.print_again = QPushButton(self.tr("&Print again"), objectName="printAgain")
        self.save_pdf = QPushButton(self.tr("Save as P&DF…"), objectName="savePdf")
        self.preview = QPushButton(self.tr("Pre&view…"), objectName="previewJob")
        self.cancel_job = QPushButton(self.tr("Remove"), objectName="cancelJob")
        # Two by two: four buttons in a row need 715 px in Ukrainian (the screen has 1,366).
        buttons = QGridLayout()
        for n, button in enumerate(
            (self.print_again, self.preview, self.save_pdf, self.cancel_job)
        ):
            buttons.addWidget(button, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.print_again.clicked.connect(self.print_selected_job)
        self.save_pdf.clicked.connect(self.save_selected_job)
        self.preview.clicked.connect(self.preview_selected_job)
        self.cancel_job.clicked.connect(self.cancel_selected_job)
        changes.changed.connect(self._changed)
        self._jobs: list[printqueue.Job] = []
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.touches(Kind.PRINT_JOBS):
            self.refresh()

    def refresh(self) -> None:
        self._jobs = printqueue.pending(self.station)
        self.table.setRowCount(len(self._jobs))
        for row, job in enumerate(self._jobs):
            what = (
                self.tr("receipt of donation %1").replace("%1", str(job.subject))
                if job.document == "receipt"
                else ", ".join(job.subject)
                if isinstance(job.subject, tuple)
                else ""
            )
            when = short_datetime(job.created_at)[-5:]
            for column, text in enumerate((when, translated(job.error), what)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected_job(self) -> int | None:
        row = self.table.currentRow()
        return self._jobs[row].id if 0 <= row < len(self._jobs) else None

    def print_selected_job(self) -> None:
        from ui.printing import jobs  # Qt's print module loads on the first print

        job_id = self._selected_job()
        if job_id is not None:
            problem = jobs.print_job(job_id, self.changes)
            self.said.emit(problem or self.tr("Printed."), not problem)

    def save_selected_job(self) -> Path | None:
        job_id = self._selected_job()
        if job_id is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / f"hafenlager-{job_id}.pdf"),
            "PDF (*.pdf)",
        )
        if not name:
            return None
        from reports.documents import job_pdf

        path = Path(name)
        path.write_bytes(job_pdf(printqueue.get(job_id)))
        printqueue.mark_printed(job_id)
        self.changes.announce(Kind.PRINT_JOBS, origin=self)
        self.said.emit(self.tr("Saved as %1").replace("%1", str(path)), True)
        return path

    def preview_selected_job(self) -> None:
        from ui.printing import jobs

        job_id = self._selected_job()
        if job_id is not None:
            jobs.preview_dialog(job_id, self).exec()

    def cancel_selected_job(self) -> None:
        job_id = self._selected_job()
        if job_id is not None:
            printqueue.cancel(job_id)
            self.changes.announce(Kind.PRINT_JOBS, origin=self)
