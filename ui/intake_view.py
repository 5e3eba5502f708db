"""Intake: receive donations box by box, fast, by keyboard; one key saves and prints.

The association stays until changed; the category is found by typing (most used first); the
Ukrainian description is prefilled from the category. Ten identical boxes are one entry.
A label that cannot print never loses the box: it waits in the reprint list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.formatting import short_datetime
from warehouse_app.config import StationConfig
from warehouse_app.errors import HafenlagerError, ValidationError
from warehouse_app.kinds import Unit
from warehouse_app.services import masterdata, printqueue
from warehouse_app.services.intake import (
    IntakeEntry,
    NeedsConfirmation,
    packaging_kg,
    receive,
    receiving_location_id,
)
from warehouse_app.validation import parse_expiry


class IntakeView(QWidget):
    # Emitted after boxes were saved: their ids (the stock screen refreshes on it).
    boxes_received = Signal(list)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeView")
        self.context = context
        self.donation_id: int | None = None
        self._prefilled_uk = ""

        self.association = QComboBox(objectName="association")
        for a in masterdata.associations(active_only=True):
            self.association.addItem(f"{a.short_code} – {a.name}", a.id)
        self.delivered_by = QLineEdit(objectName="delivered_by")
        self.delivered_by.setPlaceholderText(self.tr("Donor (optional)"))
        self.donation_label = QLabel(objectName="donationLabel")
        self.new_donation = QPushButton(self.tr("New donation"), objectName="newDonation")

        self.categories = {c.id: c for c in masterdata.categories_by_use()}
        self.category = QComboBox(objectName="category")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in self.categories.values():
            self.category.addItem(f"{c.name_de} / {c.name_uk} / {c.name_en}", c.id)
        completer = QCompleter(self.category.model(), self.category)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.category.setCompleter(completer)
        self.category.setCurrentIndex(-1)
        self.category.lineEdit().setPlaceholderText(self.tr("Type to find a category"))

        self.description_de = QLineEdit(objectName="description_de")
        self.description_uk = QLineEdit(objectName="description_uk")
        self.description_en = QLineEdit(objectName="description_en")
        self.description_en.setPlaceholderText(self.tr("optional"))
        self.quantity = QLineEdit(objectName="quantity")
        self.unit = QComboBox(objectName="unit")
        for unit in Unit:
            self.unit.addItem(unit.value, unit.value)
        self.net_kg = QLineEdit(objectName="net_kg")
        self.gross_kg = QLineEdit(objectName="gross_kg")
        self.gross_kg.setPlaceholderText(
            self.tr("net + %1 kg packaging").replace("%1", f"{packaging_kg().normalize():f}")
        )
        self.value = QLineEdit(objectName="value_per_unit_eur")
        self.used = QCheckBox(self.tr("Used"), objectName="used")
        self.wear = QSpinBox(objectName="wear_percent")
        self.wear.setRange(0, 100)
        self.wear.setSuffix(" %")
        self.wear.setEnabled(False)
        self.expiry = QLineEdit(objectName="expiry_date")
        self.expiry.setPlaceholderText(self.tr("31.12.2027 or 12.2027"))
        self.origin = QLineEdit("DE", objectName="origin_country")
        self.origin.setMaxLength(2)
        self.serial = QLineEdit(objectName="serial_or_vin")
        self.location = QComboBox(objectName="location")
        for loc in masterdata.locations(active_only=True):
            self.location.addItem(loc.name, loc.id)
        self.location.setCurrentIndex(max(0, self.location.findData(receiving_location_id())))
        self.box_count = QSpinBox(objectName="box_count")
        self.box_count.setRange(1, 500)
        self.save_button = QPushButton(
            self.tr("Save and print labels (F9)"), objectName="saveAndPrint"
        )
        self.save_button.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 8px;")
        self.message = QLabel(objectName="intakeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 13pt;")

        form = QFormLayout()
        donation_row = QHBoxLayout()
        donation_row.addWidget(self.delivered_by, 1)
        donation_row.addWidget(self.new_donation)
        form.addRow(self.tr("&Association"), self.association)
        form.addRow(self.tr("Delivered by"), donation_row)
        form.addRow("", self.donation_label)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("Contents (&German)"), self.description_de)
        form.addRow(self.tr("Contents (&Ukrainian)"), self.description_uk)
        form.addRow(self.tr("Contents (English)"), self.description_en)
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity, 1)
        quantity_row.addWidget(self.unit)
        quantity_label = QLabel(self.tr("&Quantity per box"))
        quantity_label.setBuddy(self.quantity)
        form.addRow(quantity_label, quantity_row)
        form.addRow(self.tr("&Net kg per box"), self.net_kg)
        form.addRow(self.tr("Gross kg per box"), self.gross_kg)
        form.addRow(self.tr("Value per unit (EUR)"), self.value)
        used_row = QHBoxLayout()
        used_row.addWidget(self.used)
        used_row.addWidget(self.wear)
        used_row.addStretch(1)
        form.addRow(self.tr("Condition"), used_row)
        form.addRow(self.tr("&Expiry date"), self.expiry)
        form.addRow(self.tr("Country of origin"), self.origin)
        form.addRow(self.tr("Serial number or VIN"), self.serial)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("Number of identical &boxes"), self.box_count)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.save_button)
        left.addWidget(self.message)
        left.addStretch(1)

        self.recent = QTableWidget(0, 5, objectName="recentIntakes")
        self.recent.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Box"),
                self.tr("Owner"),
                self.tr("Contents"),
                self.tr("Gross kg"),
            ]
        )
        self._table_defaults(self.recent)
        self.correct_button = QPushButton(self.tr("C&orrect…"), objectName="correctRecent")
        self.reprint_button = QPushButton(self.tr("&Reprint label"), objectName="reprintRecent")
        self.receipt_button = QPushButton(
            self.tr("Goods received note…"), objectName="receiptButton"
        )
        recent_buttons = QHBoxLayout()
        for button in (self.correct_button, self.reprint_button, self.receipt_button):
            recent_buttons.addWidget(button)
        self.pending = QTableWidget(0, 3, objectName="reprintList")
        self.pending.setHorizontalHeaderLabels(
            [self.tr("Waiting"), self.tr("Why"), self.tr("What")]
        )
        self._table_defaults(self.pending)
        self.print_again = QPushButton(self.tr("&Print again"), objectName="printAgain")
        self.save_pdf = QPushButton(self.tr("Save as &PDF…"), objectName="savePdf")
        self.preview = QPushButton(self.tr("Pre&view…"), objectName="previewJob")
        self.cancel_job = QPushButton(self.tr("Remove"), objectName="cancelJob")
        pending_buttons = QHBoxLayout()
        for button in (self.print_again, self.preview, self.save_pdf, self.cancel_job):
            pending_buttons.addWidget(button)

        recent_box = QGroupBox(self.tr("Last intakes"))
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent, 1)
        recent_layout.addLayout(recent_buttons)
        pending_box = QGroupBox(self.tr("Reprint list (labels that did not print)"))
        pending_layout = QVBoxLayout(pending_box)
        pending_layout.addWidget(self.pending, 1)
        pending_layout.addLayout(pending_buttons)
        right = QVBoxLayout()
        right.addWidget(recent_box, 3)
        right.addWidget(pending_box, 2)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.category.currentIndexChanged.connect(self._category_chosen)
        self.association.currentIndexChanged.connect(self._close_donation)
        self.new_donation.clicked.connect(self._close_donation)
        self.used.toggled.connect(self.wear.setEnabled)
        self.save_button.clicked.connect(self.save_and_print)
        for key in (Qt.Key.Key_F9, QKeySequence("Ctrl+Return")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_and_print)
        self.correct_button.clicked.connect(self.correct_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.print_again.clicked.connect(self.print_selected_job)
        self.save_pdf.clicked.connect(self.save_selected_job)
        self.preview.clicked.connect(self.preview_selected_job)
        self.cancel_job.clicked.connect(self.cancel_selected_job)
        self._close_donation()
        self.refresh_pending()

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    # --- the form -------------------------------------------------------------------
    def _close_donation(self) -> None:
        self.donation_id = None
        self.donation_label.setText(self.tr("The next save starts a new donation."))

    def _category_chosen(self) -> None:
        category = self.categories.get(self.category.currentData())
        if category is None:
            return
        # Prefill what the category knows, but never overwrite what a volunteer typed.
        if not self.description_uk.text() or self.description_uk.text() == self._prefilled_uk:
            self.description_uk.setText(category.name_uk)
            self._prefilled_uk = category.name_uk
        if not self.description_de.text():
            self.description_de.setText(category.name_de)
        self.unit.setCurrentIndex(max(0, self.unit.findData(category.default_unit)))
        self.value.setPlaceholderText(f"{category.default_value_eur:.2f}")
        self.expiry.setPlaceholderText(
            self.tr("required: 31.12.2027 or 12.2027")
            if category.expiry_required
            else self.tr("31.12.2027 or 12.2027")
        )

    def entry(self, *, heavy_confirmed: bool = False) -> IntakeEntry:
        return IntakeEntry(
            association_id=self.association.currentData(),
            category_id=self.category.currentData() if self.category.currentIndex() >= 0 else None,
            description_de=self.description_de.text(),
            description_uk=self.description_uk.text(),
            description_en=self.description_en.text(),
            quantity=self.quantity.text(),
            unit=str(self.unit.currentData()),
            net_kg=self.net_kg.text(),
            gross_kg=self.gross_kg.text() or None,
            value_per_unit_eur=self.value.text() or None,
            used=self.used.isChecked(),
            wear_percent=self.wear.value() if self.used.isChecked() else 0,
            expiry_date=parse_expiry(self.expiry.text()),
            origin_country=self.origin.text(),
            serial_or_vin=self.serial.text(),
            location_id=self.location.currentData(),
            box_count=self.box_count.value(),
            delivered_by=self.delivered_by.text(),
            heavy_confirmed=heavy_confirmed,
        )

    def save_and_print(self) -> list[int]:
        """Save the entry, then print its labels; returns the new box ids ([] if refused)."""
        self._clear_marks()
        try:
            try:
                received = receive(self.entry(), self.context.actor, donation_id=self.donation_id)
            except NeedsConfirmation as question:
                if not self.confirm(str(question)):
                    self._refuse(question)
                    return []
                received = receive(
                    self.entry(heavy_confirmed=True),
                    self.context.actor,
                    donation_id=self.donation_id,
                )
        except ValidationError as exc:
            self._refuse(exc)
            return []
        except HafenlagerError as exc:
            self._say(str(exc), ok=False)
            return []
        self.donation_id = received.donation_id
        self.donation_label.setText(
            self.tr("Donation %1 is open: the next save adds to it.").replace(
                "%1", str(received.donation_id)
            )
        )
        from ui import label_printing

        job_id = label_printing.queue_labels(
            self.context.station,
            "box_labels",
            list(received.codes),
            StationConfig.load().label_format,
        )
        saved = (
            self.tr("Saved %1 box(es): %2.")
            .replace("%1", str(len(received.codes)))
            .replace(
                "%2", ", ".join(received.codes[:3]) + (" …" if len(received.codes) > 3 else "")
            )
        )
        problem = self.print_job(job_id)
        if problem:
            self._say(
                saved
                + " "
                + self.tr("The labels did not print: %1 They wait in the reprint list.").replace(
                    "%1", problem
                ),
                ok=None,
            )
        else:
            self._say(saved + " " + self.tr("Labels printed."), ok=True)
        self._add_recent(received.box_ids)
        self._reset_for_next()
        self.boxes_received.emit(list(received.box_ids))
        return list(received.box_ids)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please check"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _reset_for_next(self) -> None:
        """Keep association, category and texts (the next box is often alike); clear sizes."""
        for field in (self.quantity, self.net_kg, self.gross_kg, self.serial):
            field.clear()
        self.box_count.setValue(1)
        self.quantity.setFocus()

    def _refuse(self, exc: ValidationError) -> None:
        self._say(str(exc), ok=False)
        widget = self.findChild(QWidget, exc.field or "")
        if widget is not None:
            widget.setStyleSheet("border: 2px solid #b00020;")
            widget.setFocus()

    def _clear_marks(self) -> None:
        for widget in self.findChildren(QWidget):
            if widget.styleSheet() == "border: 2px solid #b00020;":
                widget.setStyleSheet("")

    def _say(self, text: str, *, ok: bool | None) -> None:
        colour = {True: "#1e7d32", False: "#b00020", None: "#a15c00"}[ok]
        self.message.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {colour};")
        self.message.setText(text)

    # --- printing -------------------------------------------------------------------
    def print_job(self, job_id: int) -> str:
        """Print a queued job; returns "" when printed, else the reason (the job stays)."""
        from ui import label_printing  # Qt's print module loads on the first print

        problem = label_printing.print_job(job_id)
        self.refresh_pending()
        return problem

    def refresh_pending(self) -> None:
        jobs = printqueue.pending(self.context.station)
        self._jobs = jobs
        self.pending.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            what = (
                self.tr("receipt of donation %1").replace("%1", str(job.subject))
                if job.document == "receipt"
                else ", ".join(job.subject)
                if isinstance(job.subject, tuple)
                else ""
            )
            when = short_datetime(job.created_at)[-5:]
            for column, text in enumerate((when, job.error, what)):
                self.pending.setItem(row, column, QTableWidgetItem(text))

    def _selected_job(self) -> int | None:
        row = self.pending.currentRow()
        return self._jobs[row].id if 0 <= row < len(self._jobs) else None

    def print_selected_job(self) -> None:
        job_id = self._selected_job()
        if job_id is not None:
            problem = self.print_job(job_id)
            self._say(problem or self.tr("Printed."), ok=not problem)

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
        self.refresh_pending()
        self._say(self.tr("Saved as %1").replace("%1", str(path)), ok=True)
        return path

    def preview_selected_job(self) -> None:
        from ui import label_printing

        job_id = self._selected_job()
        if job_id is not None:
            label_printing.preview_dialog(job_id, self).exec()

    def cancel_selected_job(self) -> None:
        job_id = self._selected_job()
        if job_id is not None:
            printqueue.cancel(job_id)
            self.refresh_pending()

    # --- last intakes ---------------------------------------------------------------
    def _add_recent(self, box_ids: list[int]) -> None:
        from warehouse_app.services import stock  # loaded on first use (start-up)

        rows = stock.box_rows(box_ids)
        for box_id in box_ids:
            row = rows[box_id]
            self.recent.insertRow(0)
            detail = stock.box_detail(box_id)
            cells = (
                row.code,
                f"{detail.box_number}/{detail.box_count}",
                row.owner_code,
                row.description_de,
                f"{row.gross_kg.normalize():f}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, box_id)
                self.recent.setItem(0, column, item)
        self.recent.selectRow(0)

    def _selected_box(self) -> int | None:
        item = self.recent.item(self.recent.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def correct_selected(self) -> None:
        from warehouse_app.services import stock  # loaded on first use (start-up)

        box_id = self._selected_box()
        if box_id is None:
            return
        from ui.box_dialogs import CorrectBoxDialog

        if CorrectBoxDialog(stock.box_detail(box_id), self.context.actor, self).exec():
            row = stock.box_rows([box_id])[box_id]
            self.recent.item(self.recent.currentRow(), 3).setText(row.description_de)
            self.recent.item(self.recent.currentRow(), 4).setText(f"{row.gross_kg.normalize():f}")

    def reprint_selected(self) -> None:
        from warehouse_app.services import stock  # loaded on first use (start-up)

        box_id = self._selected_box()
        if box_id is None:
            return
        code = stock.box_rows([box_id])[box_id].code
        from ui import label_printing

        job_id = label_printing.queue_labels(
            self.context.station, "box_labels", [code], StationConfig.load().label_format
        )
        problem = self.print_job(job_id)
        self._say(problem or self.tr("Label printed."), ok=not problem)

    def print_receipt(self) -> None:
        from warehouse_app.services import stock  # loaded on first use (start-up)

        box_id = self._selected_box()
        donation_id = stock.box_detail(box_id).donation_id if box_id else self.donation_id
        if donation_id is None:
            self._say(self.tr("Save a box first: the note lists a donation's boxes."), ok=False)
            return
        job_id = printqueue.enqueue(self.context.station, "receipt", donation_id)
        problem = self.print_job(job_id)
        self._say(problem or self.tr("Goods received note printed."), ok=not problem)
