"""A truck for a convoy (or a donated vehicle from stock that drives itself), new or edited
until departure."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.formatting import number
from ui.service_texts import error_text
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyRecord, VehicleRecord


class VehicleDialog(FormDialog):
    def __init__(
        self,
        convoy: ConvoyRecord,
        parent: QWidget | None = None,
        editing: VehicleRecord | None = None,
    ) -> None:
        title = (
            self.tr("Add vehicle to %1").replace("%1", convoy.number)
            if editing is None
            else self.tr("Vehicle %1 of %2")
            .replace("%1", str(editing.number))
            .replace("%2", convoy.number)
        )
        super().__init__(title, parent)
        self.convoy = convoy
        self.editing = editing
        self.carrier = QLineEdit(objectName="carrier")
        self.carrier_address = QLineEdit(objectName="carrier_address")
        self.carrier_address.setPlaceholderText(self.tr("street, postcode, town, country"))
        self.truck = QLineEdit(objectName="truck_plate")
        self.trailer = QLineEdit(objectName="trailer_plate")
        self.drivers = QLineEdit(objectName="drivers")
        self.drivers.setPlaceholderText(self.tr("Name: passport number; Name: passport number"))
        self.payload = QLineEdit("24000", objectName="payload_kg")
        self.places = QLineEdit("33", objectName="pallet_places")
        self.loading_length = QLineEdit("13.6", objectName="loading_length_m")
        self.loading_height = QLineEdit("2.7", objectName="loading_height_m")
        self.donated = QLineEdit(objectName="donated_box")
        self.donated.setPlaceholderText(self.tr("box code of a donated vehicle (optional)"))
        for label, widget in (
            (self.tr("Carrier"), self.carrier),
            (self.tr("Carrier's address"), self.carrier_address),
            (self.tr("Truck plate"), self.truck),
            (self.tr("Trailer plate"), self.trailer),
            (self.tr("Drivers"), self.drivers),
            (self.tr("Payload kg"), self.payload),
            (self.tr("Pallet places"), self.places),
            (self.tr("Loading length m"), self.loading_length),
            (self.tr("Loading height m"), self.loading_height),
        ):
            # A carrier's name and address, the drivers' passports: read whole, not their middle.
            widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 40)
            self.form.addRow(label, widget)
        if editing is None:
            self.form.addRow(self.tr("Donated vehicle"), self.donated)
        else:
            self._fill(editing)

    def _fill(self, vehicle: VehicleRecord) -> None:
        for edit, value in (
            (self.carrier, vehicle.carrier),
            (self.carrier_address, vehicle.carrier_address),
            (self.truck, vehicle.truck_plate),
            (self.trailer, vehicle.trailer_plate),
            (self.drivers, "; ".join(vehicle.drivers.splitlines())),
            (self.payload, number(vehicle.payload_kg)),
            (self.places, str(vehicle.pallet_places)),
            (self.loading_length, number(vehicle.loading_length_m)),
            (self.loading_height, number(vehicle.loading_height_m)),
        ):
            edit.setText(value)

    def accept(self) -> None:
        try:
            places = int(self.places.text() or "0")
        except ValueError:
            self.error.show_message(self.tr("Pallet places is a whole number."))
            return
        drivers = "\n".join(d.strip() for d in self.drivers.text().split(";") if d.strip())
        try:
            if self.editing is not None:
                convoys.set_vehicle(
                    self.editing,
                    payload_kg=self.payload.text(),
                    pallet_places=places,
                    carrier=self.carrier.text(),
                    carrier_address=self.carrier_address.text(),
                    truck_plate=self.truck.text(),
                    trailer_plate=self.trailer.text(),
                    drivers=drivers,
                    loading_length_m=self.loading_length.text(),
                    loading_height_m=self.loading_height.text(),
                )
            else:
                convoys.add_vehicle(
                    self.convoy,
                    payload_kg=self.payload.text(),
                    pallet_places=places,
                    carrier=self.carrier.text(),
                    carrier_address=self.carrier_address.text(),
                    truck_plate=self.truck.text(),
                    trailer_plate=self.trailer.text(),
                    drivers=drivers,
                    donated_box=self.donated.text().strip(),
                    loading_length_m=self.loading_length.text(),
                    loading_height_m=self.loading_height.text(),
                )
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
