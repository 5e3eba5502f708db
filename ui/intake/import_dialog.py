"""Import a donation list: what each column holds (recognised, or chosen here), the first rows,
and every problem by row and column; Import saves all rows as one donation, or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.service_texts import error_text, translated
from warehouse_app.errors import HafenlagerError
from warehouse_app.imports import donations
from warehouse_app.imports.columns import field_of
from warehouse_app.imports.sheets import Table, read_table
from warehouse_app.services.movements import Actor
from warehouse_app.texts import QT_TRANSLATE_NOOP

PREVIEW_ROWS = 12
# What a column can hold, as the volunteer reads it.
FIELD_NAMES = {
    "category": QT_TRANSLATE_NOOP("ImportDialog", "Category"),
    "hs_code": QT_TRANSLATE_NOOP("ImportDialog", "HS code"),
    "description_de": QT_TRANSLATE_NOOP("ImportDialog", "Contents (German)"),
    "description_uk": QT_TRANSLATE_NOOP("ImportDialog", "Contents (Ukrainian)"),
    "description_en": QT_TRANSLATE_NOOP("ImportDialog", "Contents (English)"),
    "quantity": QT_TRANSLATE_NOOP("ImportDialog", "Quantity per box"),
    "unit": QT_TRANSLATE_NOOP("ImportDialog", "Unit"),
    "box_count": QT_TRANSLATE_NOOP("ImportDialog", "Number of boxes"),
    "net_kg": QT_TRANSLATE_NOOP("ImportDialog", "Net kg per box"),
    "gross_kg": QT_TRANSLATE_NOOP("ImportDialog", "Gross kg per box"),
    "expiry": QT_TRANSLATE_NOOP("ImportDialog", "Best before"),
    "value": QT_TRANSLATE_NOOP("ImportDialog", "Value per unit (EUR)"),
    "origin": QT_TRANSLATE_NOOP("ImportDialog", "Country of origin"),
    "serial": QT_TRANSLATE_NOOP("ImportDialog", "Serial number or VIN"),
}
NOT_IMPORTED = ""


class ImportDialog(QDialog):
    imported = Signal(object)  # donations.Imported

    def __init__(
        self, path: Path, association_id: int, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a donation list"))
        self.setObjectName("importDialog")
        self.sheet: Table = read_table(path)  # a file it cannot read is refused by the caller
        self.association_id, self.actor = association_id, actor
        self._plan: donations.ImportPlan | None = None

        rows = len(self.sheet.rows)
        self.summary = QLabel(
            self.tr("%1: %2 rows. Check what each column holds, then Check.")
            .replace("%1", path.name)
            .replace("%2", str(rows))
        )
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(min(rows, PREVIEW_ROWS) + 1, len(self.sheet.headers))
        self.preview.setObjectName("importPreview")
        self.preview.setHorizontalHeaderLabels(list(self.sheet.headers))
        self.preview.setVerticalHeaderLabels(
            ["", *(str(self.sheet.row_number(i)) for i in range(min(rows, PREVIEW_ROWS)))]
        )
        self.choices: list[QComboBox] = []
        for column, heading in enumerate(self.sheet.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for name, label in FIELD_NAMES.items():
                combo.addItem(self.tr(label), name)
            combo.setCurrentIndex(max(0, combo.findData(field_of(heading) or NOT_IMPORTED)))
            combo.currentIndexChanged.connect(self._changed)
            self.preview.setCellWidget(0, column, combo)
            self.choices.append(combo)
            for row in range(min(rows, PREVIEW_ROWS)):
                cell = self.sheet.rows[row][column]
                self.preview.setItem(row + 1, column, QTableWidgetItem(_shown(cell)))
        self.preview.resizeColumnsToContents()
        self.unusual = QCheckBox(self.tr("Accept unusual figures (I have checked them)"))
        self.unusual.toggled.connect(self._changed)
        self.problems = QListWidget(objectName="importProblems")
        self.problems.setWordWrap(True)  # a long problem reads whole, not behind a scroll bar
        self.check_button = QPushButton(self.tr("&Check"), objectName="checkImport")
        self.import_button = QPushButton(self.tr("&Import"), objectName="doImport")
        self.import_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.do_import)
        cancel.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unusual, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.resize(1100, 620)

    def columns(self) -> dict[str, str]:
        """Every heading with what the volunteer says it holds ("" for not imported)."""
        return {
            heading: str(combo.currentData())
            for heading, combo in zip(self.sheet.headers, self.choices, strict=True)
        }

    def _changed(self) -> None:
        self._plan = None
        self.import_button.setEnabled(False)

    def check(self) -> donations.ImportPlan | None:
        self.problems.clear()
        try:
            plan = donations.plan_table(
                self.sheet,
                self.association_id,
                columns=self.columns(),
                accept_unusual=self.unusual.isChecked(),
                today=dt.date.today(),
            )
        except HafenlagerError as exc:
            self._refused(error_text(exc))
            return None
        self._plan = plan if plan.ok else None
        if plan.ok:
            self.summary.setText(
                self.tr("Ready: %1 rows, %2 boxes, one donation. Import saves them all.")
                .replace("%1", str(len(plan.entries)))
                .replace("%2", str(plan.boxes))
            )
            self.summary.setStyleSheet("color: #1e7d32; font-weight: bold;")
        else:
            for problem in plan.problems:
                where = self.tr("Row %1").replace("%1", str(problem.row))
                if problem.column:
                    where += f", {problem.column}"
                self.problems.addItem(f"{where}: {translated(problem.message)}")
            self._refused(
                self.tr(
                    "%1 problem(s): nothing will be imported until they are corrected."
                ).replace("%1", str(len(plan.problems)))
            )
        self.import_button.setEnabled(plan.ok)
        return plan

    def _refused(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
        self.import_button.setEnabled(False)

    def do_import(self) -> None:
        plan = self._plan or self.check()
        if plan is None or not plan.ok:
            return
        try:
            done = donations.save(plan, self.actor)
        except HafenlagerError as exc:  # busy, or another station changed the categories
            self._refused(error_text(exc))
            return
        self.imported.emit(done)
        self.accept()


def _shown(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime | dt.date):
        return f"{cell:%d.%m.%Y}"
    return str(cell)
