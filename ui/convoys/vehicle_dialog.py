"""A truck for a convoy (or a donated vehicle from stock that drives itself)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyRecord


class VehicleDialog(FormDialog):
    def __init__(self, convoy: ConvoyRecord, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add vehicle to %1").replace("%1", convoy.number), parent)
        self.convoy = convoy
        self.carrier = QLineEdit(objectName="carrier")
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
            (self.tr("Truck plate"), self.truck),
            (self.tr("Trailer plate"), self.trailer),
            (self.tr("Drivers"), self.drivers),
            (self.tr("Payload kg"), self.payload),
            (self.tr("Pallet places"), self.places),
            (self.tr("Donated vehicle"), self.donated),
        ):
            self.form.addRow(label, widget)

    def accept(self) -> None:
        try:
            places = int(self.places.text() or "0")
            convoys.add_vehicle(
                self.convoy,
                payload_kg=self.payload.text(),
                pallet_places=places,
                carrier=self.carrier.text(),
                truck_plate=self.truck.text(),
                trailer_plate=self.trailer.text(),
                drivers="\n".join(d.strip() for d in self.drivers.text().split(";") if d.strip()),
                donated_box=self.donated.text().strip(),
                loading_length_m=self.loading_length.text(),
                loading_height_m=self.loading_height.text(),
            )
        except ValueError:
            self.error.show_message(self.tr("Pallet places is a whole number."))
            return
        except HafenlagerError as exc:
            self.error.show_message(str(exc))
            return
        super().accept()
