"""An offer, new or edited while it is still coming: who offers, what, about how much, and when
they can bring it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from ui.formatting import number
from ui.service_texts import error_text
from ui.status_names import unit_label
from ui.translations import local_name, slot_time
from ui.widgets.date_edit import DateEdit
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import Unit
from warehouse_app.services import masterdata, offer_needs, offers


class OfferDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None = None, editing: offers.OfferRow | None = None
    ) -> None:
        super().__init__(
            self.tr("New offer")
            if editing is None
            else self.tr("Offer %1").replace("%1", str(editing.id)),
            parent,
        )
        self.editing = editing
        self.saved_id: int | None = None
        self.offered_by = QLineEdit(objectName="offeredBy")
        self.contact = QLineEdit(objectName="offerContact")
        self.contact.setPlaceholderText(self.tr("phone or e-mail"))
        self.association = QComboBox(objectName="offerAssociation")
        self.association.addItem(self.tr("(a citizen, no association)"), None)
        for a in masterdata.associations(active_only=True):
            self.association.addItem(f"{a.short_code} – {a.name}", a.id)
        self.category = QComboBox(objectName="offerCategory")
        self.category.addItem(self.tr("(not sure)"), None)
        for c in masterdata.categories(active_only=True):
            self.category.addItem(local_name(c.name_de, c.name_en, c.name_uk), c.id)
        self.description = QLineEdit(objectName="offerDescription")
        self.quantity = QLineEdit(objectName="offerQuantity")
        self.unit = QComboBox(objectName="offerUnit")
        for unit in Unit:
            self.unit.addItem(unit_label(unit.value), unit.value)
        self.weight = QLineEdit(objectName="offerWeight")
        self.boxes = QLineEdit(objectName="offerBoxes")
        self.vin = QLineEdit(objectName="offerVin")
        self.vin.setPlaceholderText(self.tr("only for a vehicle"))
        self.dated = QCheckBox(self.tr("only between"), objectName="offerDated")
        self.available_from = DateEdit(QDate.currentDate(), objectName="availableFrom")
        self.available_until = DateEdit(
            QDate.currentDate().addDays(30), objectName="availableUntil"
        )
        for edit in (self.available_from, self.available_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.dated.toggled.connect(self.available_from.setEnabled)
        self.dated.toggled.connect(self.available_until.setEnabled)
        self.notes = QLineEdit(objectName="offerNotes")
        amount = QHBoxLayout()
        amount.addWidget(self.quantity, 1)
        amount.addWidget(self.unit)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.available_from)
        dates.addWidget(self.available_until)
        self.offered_by.setMinimumWidth(self.offered_by.fontMetrics().averageCharWidth() * 40)
        for label, field in (
            (self.tr("Offered by"), self.offered_by),
            (self.tr("Contact"), self.contact),
            (self.tr("Association"), self.association),
            (self.tr("Category"), self.category),
            (self.tr("Description"), self.description),
        ):
            self.form.addRow(label, field)
        self.form.addRow(self.tr("Quantity"), amount)
        for label, field in (
            (self.tr("Weight (kg, about)"), self.weight),
            (self.tr("Boxes"), self.boxes),
            (self.tr("VIN"), self.vin),
        ):
            self.form.addRow(label, field)
        self.form.addRow(self.tr("Available"), dates)
        self.form.addRow(self.tr("Notes"), self.notes)
        if editing is not None:
            self._fill(editing)

    def _fill(self, o: offers.OfferRow) -> None:
        self.offered_by.setText(o.offered_by)
        self.contact.setText(o.contact)
        for combo, value in ((self.category, o.category_id), (self.unit, o.unit)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if o.association:
            found = [a.id for a in masterdata.associations() if a.short_code == o.association]
            if found:
                self.association.setCurrentIndex(max(0, self.association.findData(found[0])))
        self.description.setText(o.description)
        self.quantity.setText(number(o.quantity) if o.quantity is not None else "")
        self.weight.setText(number(o.weight_kg) if o.weight_kg is not None else "")
        self.boxes.setText(str(o.boxes) if o.boxes is not None else "")
        self.vin.setText(o.vin)
        if o.available_from or o.available_until:
            self.dated.setChecked(True)
            if o.available_from:
                self.available_from.setDate(QDate(o.available_from))
            if o.available_until:
                self.available_until.setDate(QDate(o.available_until))
        self.notes.setText(o.notes)

    def entry(self) -> offers.OfferInput:
        def decimal_or_text(text: str) -> Decimal | str | None:
            return text.strip().replace(",", ".") or None

        return offers.OfferInput(
            offered_by=self.offered_by.text(),
            contact=self.contact.text(),
            association_id=self.association.currentData(),
            category_id=self.category.currentData(),
            description=self.description.text(),
            quantity=decimal_or_text(self.quantity.text()),
            unit=str(self.unit.currentData()),
            weight_kg=decimal_or_text(self.weight.text()),
            boxes=self.boxes.text().strip() or None,
            vin=self.vin.text(),
            available_from=self.available_from.date().toPython()
            if self.dated.isChecked()
            else None,
            available_until=(
                self.available_until.date().toPython() if self.dated.isChecked() else None
            ),
            notes=self.notes.text(),
        )

    def accept(self) -> None:
        try:
            if self.editing is None:
                self.saved_id = offers.add_offer(self.entry())
            else:
                offers.update_offer(self.editing.id, self.entry())
                self.saved_id = self.editing.id
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()


class AcceptDialog(FormDialog):
    """Accept an offer against a need line (or as general stock), and book its drop-off slot."""

    def __init__(self, offer: offers.OfferRow, parent: QWidget | None = None) -> None:
        from warehouse_app.services import appointments

        super().__init__(self.tr("Accept offer %1").replace("%1", str(offer.id)), parent)
        self.offer = offer
        self.booked: appointments.AppointmentRow | None = None
        self.need = QComboBox(objectName="acceptNeed")
        self.need.addItem(self.tr("General stock (no need line)"), None)
        for c in offer_needs.need_lines_for(offer.category_id):
            self.need.addItem(
                self.tr("%1, %2, line %3: %4 %5 %6")
                .replace("%1", c.recipient)
                .replace("%2", c.list_title)
                .replace("%3", str(c.line_number))
                .replace("%4", c.description)
                .replace("%5", number(c.quantity))
                .replace("%6", unit_label(c.unit)),
                c.line_id,
            )
        self.need.setCurrentIndex(max(0, self.need.findData(offer.need_line_id)))
        self.slot = QComboBox(objectName="acceptSlot")
        self.slot.addItem(self.tr("No slot yet"), None)
        for s in appointments.free_slots():
            self.slot.addItem(
                self.tr("%1 (%2 free)")
                .replace("%1", slot_time(s.starts_at))
                .replace("%2", str(s.free)),
                s.starts_at,
            )
        if offer.appointment:
            self.slot.setEnabled(False)
            self.slot.setToolTip(self.tr("Booked already: move it on the Drop-offs tab."))
        elif self.slot.count() > 1:
            self.slot.setCurrentIndex(1)  # the next free slot: what the coordinator offers first
        self.form.addRow(self.tr("For"), self.need)
        self.form.addRow(self.tr("Drop-off slot"), self.slot)

    def accept(self) -> None:
        from warehouse_app.services import appointments

        try:
            if self.slot.isEnabled() and self.slot.currentData() is not None:
                # Both or neither: a slot taken meanwhile leaves the offer undecided.
                self.booked = appointments.accept_and_book(
                    self.offer.id, self.need.currentData(), self.slot.currentData()
                )
            else:
                offers.accept(self.offer.id, self.need.currentData())
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
