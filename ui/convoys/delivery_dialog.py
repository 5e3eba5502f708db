"""Confirming a vehicle's handover with the signed acceptance act; what came back returns."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.service_texts import error_text
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.services.movements import Actor

RETURN_PLACE = "Wareneingang"  # goods that come back are received again at the door


class DeliveryDialog(FormDialog):
    def __init__(self, convoy: ConvoyRecord, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Confirm delivery"), parent)
        self.convoy = convoy
        self.actor = actor
        self.vehicle = QComboBox(objectName="deliveryVehicle")
        for v in convoys.vehicles(convoy, waiting_for_delivery=True):
            self.vehicle.addItem(f"{v.number}: {v.truck_plate}", v.number)
        self.receipt = QLineEdit(objectName="receipt")
        self.receipt.setPlaceholderText(self.tr("number of the signed acceptance act"))
        self.returned = QLineEdit(objectName="returned")
        self.returned.setPlaceholderText(self.tr("codes of boxes that came back (optional)"))
        self.form.addRow(self.tr("Vehicle"), self.vehicle)
        self.form.addRow(self.tr("Receipt"), self.receipt)
        self.form.addRow(self.tr("Came back"), self.returned)

    def accept(self) -> None:
        try:
            vehicle = convoys.get_vehicle(self.convoy, self.vehicle.currentData() or 0)
            returned = self.returned.text().replace(",", " ").split()
            dock = masterdata.find_location(RETURN_PLACE).id if returned else None
            convoys.deliver(
                vehicle,
                receipt_reference=self.receipt.text(),
                actor=self.actor,
                returned=returned,
                return_location_id=dock,
            )
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
