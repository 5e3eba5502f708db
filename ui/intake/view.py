"""Intake: receive donations box by box, fast, by keyboard; one key saves and prints.

The association stays until changed; the category is found by typing (most used first); the
Ukrainian description is prefilled from the category. Ten identical boxes are one entry.
A label that cannot print never loses the box: it waits in the reprint list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.intake.expected import ExpectedDropOffs
from ui.intake.recent import RecentIntakes
from ui.intake.reprint_list import ReprintList
from ui.intake.vehicle_fields import VehicleFields
from ui.service_texts import error_text
from ui.status_names import unit_label
from warehouse_app.config import StationConfig
from warehouse_app.errors import HafenlagerError, ValidationError
from warehouse_app.kinds import Unit
from warehouse_app.services import masterdata
from warehouse_app.services.intake import (
    MAX_BOXES_PER_ENTRY,
    IntakeEntry,
    NeedsConfirmation,
    packaging_kg,
    receive,
    receiving_location_id,
)
from warehouse_app.services.plausibility import BOXES_WITHOUT_ASKING
from warehouse_app.validation import parse_expiry

if TYPE_CHECKING:
    from ui.intake.import_dialog import ImportDialog
    from warehouse_app.imports.donations import Imported
    from warehouse_app.services.appointments import AppointmentRow


class IntakeView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeView")
        self.context = context
        self.donation_id: int | None = None
        self.appointment: AppointmentRow | None = None  # the drop-off being received
        self.expected = ExpectedDropOffs()
        self.last_progress: QProgressDialog | None = None  # the last long job's bar
        self._prefilled_uk = ""

        self.association = QComboBox(objectName="association")
        for a in masterdata.associations(active_only=True):
            self.association.addItem(f"{a.short_code} – {a.name}", a.id)
        self.delivered_by = QLineEdit(objectName="delivered_by")
        self.delivered_by.setPlaceholderText(self.tr("Donor (optional)"))
        self.donation_label = QLabel(objectName="donationLabel")
        self.new_donation = QPushButton(self.tr("New donation"), objectName="newDonation")
        self.import_button = QPushButton(self.tr("Import list…"), objectName="importList")
        self.template_button = QPushButton(self.tr("List template…"), objectName="listTemplate")

        self.categories = {c.id: c for c in masterdata.categories_by_use()}
        self.category = QComboBox(objectName="category")
        self.category.setEditable(True)
        # "Busse (Diesel) / Автобуси (дизельні) / Buses (diesel)": sized to its longest item
        # the combo alone was 1,048 px wide; the list pops up as wide as it needs.
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(24)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in self.categories.values():
            self.category.addItem(f"{c.name_de} / {c.name_uk} / {c.name_en}", c.id)
        completer = QCompleter(self.category.model(), self.category)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.category.setCompleter(completer)
        self.category.setCurrentIndex(-1)
        line = self.category.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Type to find a category"))

        self.description_de = QLineEdit(objectName="description_de")
        self.description_uk = QLineEdit(objectName="description_uk")
        self.description_en = QLineEdit(objectName="description_en")
        self.description_en.setPlaceholderText(self.tr("optional"))
        self.quantity = QLineEdit(objectName="quantity")
        self.unit = QComboBox(objectName="unit")
        for unit in Unit:
            self.unit.addItem(unit_label(unit.value), unit.value)
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
        self.vehicle = VehicleFields()
        self.vehicle.setVisible(False)
        self.location = QComboBox(objectName="location")
        for loc in masterdata.locations(active_only=True):
            self.location.addItem(loc.name, loc.id)
        self.location.setCurrentIndex(max(0, self.location.findData(receiving_location_id())))
        self.box_count = QSpinBox(objectName="box_count")
        self.box_count.setRange(1, MAX_BOXES_PER_ENTRY)
        # The limit in sight: a spin box silently turns 100000 into its maximum.
        self.box_count.setSuffix(self.tr(" (at most %1)").replace("%1", str(MAX_BOXES_PER_ENTRY)))
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
        # A whole list at once, on a row of its own: beside the donor's name it squeezed that
        # field to nothing at 1366 px in Ukrainian.
        list_row = QHBoxLayout()
        list_row.addWidget(self.import_button)
        list_row.addWidget(self.template_button)
        list_row.addStretch(1)
        form.addRow("", list_row)
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
        form.addRow(self.vehicle)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("Number of identical &boxes"), self.box_count)
        entry = QWidget(objectName="intakeEntry")
        left = QVBoxLayout(entry)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addStretch(1)
        # On a 768 px screen the form (with a vehicle's fields) is taller than the page:
        # it scrolls, top down, and its width never does.
        form_area = QScrollArea(objectName="intakeForm")
        form_area.setWidget(entry)
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_area.setMinimumWidth(entry.minimumSizeHint().width())

        self.recent = RecentIntakes(context)
        self.reprints = ReprintList(context.station, context.changes)
        self.recent.said.connect(self._say_from)
        self.reprints.said.connect(self._say_from)
        right = QVBoxLayout()
        # Beside the form, not in it: one more row pushed the save button off a 768 px screen.
        right.addWidget(QLabel(self.tr("Expected today")))
        right.addWidget(self.expected)
        right.addWidget(self.recent, 3)
        right.addWidget(self.reprints, 2)

        # The save button and its answer stay in sight below the form, which scrolls.
        column = QVBoxLayout()
        column.addWidget(form_area, 1)
        column.addWidget(self.save_button)
        column.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 3)
        layout.addLayout(right, 2)

        self.expected.chosen.connect(self.receive_appointment)
        context.changes.changed.connect(self._offers_changed)
        self.category.currentIndexChanged.connect(self._category_chosen)
        self.association.currentIndexChanged.connect(self._close_donation)
        self.new_donation.clicked.connect(self._close_donation)
        self.import_button.clicked.connect(lambda: self.import_list())
        self.template_button.clicked.connect(lambda: self.save_template())
        self.used.toggled.connect(self.wear.setEnabled)
        self.save_button.clicked.connect(self.save_and_print)
        for key in (Qt.Key.Key_F9, QKeySequence("Ctrl+Return")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_and_print)
        self._close_donation()

    # --- the form -------------------------------------------------------------------
    def receive_appointment(self, booked: AppointmentRow | None) -> None:
        """Fill the form with what the appointment's offer said is coming."""
        private = booked is not None and booked.association_id is None
        if booked is not None:
            # A citizen's drop-off belongs to no association yet: the volunteer chooses whose.
            self.association.setCurrentIndex(
                self.association.findData(booked.association_id) if not private else -1
            )
            if booked.category_id is not None:
                self.category.setCurrentIndex(max(0, self.category.findData(booked.category_id)))
            if booked.description:
                self.description_de.setText(booked.description)
            self.delivered_by.setText(booked.offered_by)
        self._close_donation()
        self.appointment = booked
        self.expected.setCurrentIndex(max(0, self.expected.findData(booked.id if booked else None)))
        if private and booked is not None:
            self._say(
                self.tr(
                    "%1 brings it without an association: choose whose goods they are."
                ).replace("%1", booked.offered_by),
                ok=None,
            )

    def _offers_changed(self, change: Change) -> None:
        if change.touches(Kind.OFFERS):  # booked, moved or cancelled at another desk
            self.expected.refresh()

    def _close_donation(self) -> None:
        if self.donation_id is not None:  # its drop-off was received into the closed one
            self.appointment = None
            self.expected.setCurrentIndex(0)
        self.donation_id = self.recent.open_donation = None
        self.donation_label.setText(self.tr("The next save starts a new donation."))

    def continue_donation(self, donation_id: int) -> None:
        """The next save adds to donation_id."""
        self.donation_id = self.recent.open_donation = donation_id
        self.donation_label.setText(
            self.tr("Donation %1 is open: the next save adds to it.").replace(
                "%1", str(donation_id)
            )
        )

    def _category_chosen(self) -> None:
        category = self.categories.get(self.category.currentData())
        self.vehicle.setVisible(bool(category is not None and category.is_vehicle))
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
            vehicle=self.vehicle.facts() if self.vehicle.isVisibleTo(self) else None,
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
                received = receive(
                    self.entry(),
                    self.context.actor,
                    donation_id=self.donation_id,
                    appointment_id=self._arriving(),
                )
            except NeedsConfirmation as question:
                if not self.confirm(error_text(question)):
                    self._refuse(question)
                    return []
                received = receive(
                    self.entry(heavy_confirmed=True),
                    self.context.actor,
                    donation_id=self.donation_id,
                    appointment_id=self._arriving(),
                )
        except ValidationError as exc:
            self._refuse(exc)
            return []
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return []
        booked = self.appointment
        self.continue_donation(received.donation_id)
        self.appointment = booked
        self._print_labels(received.codes, received.box_ids)
        self._reset_for_next()
        if booked is not None:
            self._compare(booked.id)
        return list(received.box_ids)

    def _compare(self, appointment_id: int) -> None:
        """What arrived so far against what was offered, under the save's own message."""
        self.message.setText(self.message.text() + "\n" + self.expected.arrival(appointment_id))
        self.expected.refresh()

    def _arriving(self) -> int | None:
        # The appointment is recorded with the donation it starts; later saves add to that.
        return self.appointment.id if self.appointment and self.donation_id is None else None

    def _print_labels(self, codes: Sequence[str], box_ids: Sequence[int]) -> None:
        """Print the labels of boxes just saved, say so, and show the boxes."""
        from ui.printing import jobs  # Qt's print module loads on the first print

        job_id = jobs.queue_labels(
            self.context.station, "box_labels", list(codes), StationConfig.load().label_format
        )
        saved = (
            self.tr("Saved %1 box(es): %2.")
            .replace("%1", str(len(codes)))
            .replace("%2", ", ".join(codes[:3]) + (" …" if len(codes) > 3 else ""))
        )
        problem = jobs.print_job(job_id, self.context.changes, self._progress(len(codes)))
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
        self.recent.add(list(box_ids))
        self.context.changes.announce(Kind.BOXES, origin=self, ids={Kind.BOXES: list(box_ids)})

    def import_list(self, path: Path | None = None) -> ImportDialog | None:
        """A donation list from a spreadsheet, for the association chosen above: its preview,
        then all its rows as one donation with their labels (None when nothing was opened)."""
        from ui.intake.import_dialog import ImportDialog

        owner = self.association.currentData()
        if owner is None:
            self._say(self.tr("Choose the association that owns the goods first."), ok=False)
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a donation list"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            dialog = ImportDialog(path, int(owner), self.context.actor, self)
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return None
        dialog.imported.connect(self._imported)
        dialog.open()
        return dialog

    def save_template(self, path: Path | None = None) -> Path | None:
        """The donation list template (XLSX, German and Ukrainian) for an association to fill."""
        from warehouse_app.imports.template import write_template

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the list template"), "Spendenliste.xlsx", "Excel (*.xlsx)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            write_template("donations", path)
        except OSError as exc:
            self._say(
                self.tr("The template was not saved: %1").replace("%1", exc.strerror or str(exc)),
                ok=False,
            )
            return None
        self._say(self.tr("Template saved to %1.").replace("%1", str(path)), ok=True)
        return path

    def _imported(self, done: Imported) -> None:
        self._close_donation()  # the list is a donation of its own
        self._print_labels(done.codes, done.box_ids)

    def _progress(self, labels: int) -> Callable[[int, int], bool] | None:
        """For a long job, a bar with Cancel while the pages go to the printer (a job of a few
        labels prints before a bar could be read)."""
        if labels <= BOXES_WITHOUT_ASKING:
            return None
        dialog = QProgressDialog(
            self.tr("Printing %1 labels…").replace("%1", str(labels)), self.tr("Cancel"), 0, 0, self
        )
        dialog.setObjectName("labelProgress")
        dialog.setWindowTitle(self.tr("Printing"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self.last_progress = dialog

        def report(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)  # a modal dialog's setValue lets the window repaint
            if done >= total:
                dialog.close()
            return not dialog.wasCanceled()

        return report

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please check"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _reset_for_next(self) -> None:
        """Keep association, category and texts (the next box is often alike); clear sizes."""
        for field in (self.quantity, self.net_kg, self.gross_kg, self.serial):
            field.clear()
        self.vehicle.clear()  # a vehicle's make and year belong to that vehicle only
        self.box_count.setValue(1)
        self.quantity.setFocus()

    def _refuse(self, exc: ValidationError) -> None:
        self._say(error_text(exc), ok=False)
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

    def _say_from(self, text: str, ok: bool | None) -> None:
        self._say(text, ok=ok)
