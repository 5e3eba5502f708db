"""A new convoy, or the details of a planned one (the aid code and MRN often come late)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.service_texts import error_text
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys, recipients
from warehouse_app.services.convoys import ConvoyRecord


class ConvoyDialog(FormDialog):
    """On success, number holds the convoy's number (new or edited)."""

    def __init__(self, parent: QWidget | None = None, editing: ConvoyRecord | None = None) -> None:
        super().__init__(self.tr("New convoy") if editing is None else editing.number, parent)
        self.editing = editing
        self.number_edit = QLineEdit(objectName="number")
        self.name = QLineEdit(objectName="name")
        self.recipient = QComboBox(objectName="recipient")
        for r in recipients.recipients(active_only=True):
            self.recipient.addItem(r.name, r.name)
        self.place = QLineEdit(objectName="delivery_place")
        self.border = QLineEdit(objectName="border_crossing")
        self.departure = self.date_edit(7)
        self.arrival = self.date_edit(9)
        self.aid_code = QLineEdit(objectName="aid_code")
        self.aid_valid = self.date_edit(60)
        self.mrn = QLineEdit(objectName="export_mrn")
        self.mrn.setPlaceholderText(self.tr("ATLAS export MRN, when the customs office gave one"))
        for label, widget in (
            (self.tr("Number"), self.number_edit),
            (self.tr("Name"), self.name),
            (self.tr("Recipient"), self.recipient),
            (self.tr("Delivery place"), self.place),
            (self.tr("Border crossing"), self.border),
            (self.tr("Departure"), self.departure),
            (self.tr("Arrival"), self.arrival),
            (self.tr("Aid code"), self.aid_code),
            (self.tr("Aid code valid until"), self.aid_valid),
            (self.tr("Export MRN"), self.mrn),
        ):
            self.form.addRow(label, widget)
        self.number = ""
        if editing is not None:
            self._fill(editing)

    def _fill(self, convoy: ConvoyRecord) -> None:
        self.number_edit.setText(convoy.number)
        self.number_edit.setReadOnly(True)
        self.name.setText(convoy.name)
        if convoy.recipient:
            self.recipient.setCurrentIndex(max(0, self.recipient.findData(convoy.recipient)))
        self.place.setText(convoy.delivery_place)
        self.border.setText(convoy.border_crossing)
        self.aid_code.setText(convoy.aid_code)
        self.mrn.setText(convoy.export_mrn)
        for edit, value in (
            (self.departure, convoy.planned_departure),
            (self.arrival, convoy.planned_arrival),
            (self.aid_valid, convoy.aid_code_valid_until),
        ):
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))

    def accept(self) -> None:
        try:
            if self.editing is not None:
                convoys.update_convoy(
                    self.editing,
                    name=self.name.text(),
                    recipient=self.recipient.currentData() or "",
                    delivery_place=self.place.text(),
                    border_crossing=self.border.text(),
                    planned_departure=self.departure.date().toPython(),
                    planned_arrival=self.arrival.date().toPython(),
                    aid_code=self.aid_code.text(),
                    aid_code_valid_until=self.aid_valid.date().toPython(),
                    export_mrn=self.mrn.text(),
                )
                self.number = self.editing.number
            else:
                convoys.create_convoy(
                    self.number_edit.text(),
                    name=self.name.text(),
                    recipient=self.recipient.currentData() or "",
                    delivery_place=self.place.text(),
                    border_crossing=self.border.text(),
                    departure=self.departure.date().toPython(),  # type: ignore[arg-type]
                    arrival=self.arrival.date().toPython(),  # type: ignore[arg-type]
                    aid_code=self.aid_code.text(),
                    aid_code_valid_until=self.aid_valid.date().toPython(),  # type: ignore[arg-type]
                    export_mrn=self.mrn.text(),
                )
                self.number = " ".join(self.number_edit.text().split())
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
