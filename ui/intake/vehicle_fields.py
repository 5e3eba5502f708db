"""What the donation letter names of a donated vehicle, asked at intake only for a vehicle
category: make, model, model year, fuel and first registration (the VIN is the serial field)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from warehouse_app.errors import ValidationError
from warehouse_app.services.vehicles import FUELS, VehicleFacts
from warehouse_app.validation import parse_expiry


class VehicleFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="vehicleFields")
        self.make = QLineEdit(objectName="make")
        self.model = QLineEdit(objectName="model")
        self.year = QSpinBox(objectName="model_year")
        self.year.setRange(1899, dt.date.today().year + 1)
        self.year.setSpecialValueText(self.tr("unknown"))  # the minimum: not given
        self.year.setValue(self.year.minimum())
        self.fuel = QComboBox(objectName="fuel")
        self.fuel.addItem(self.tr("unknown"), "")
        names = {
            "diesel": self.tr("diesel"),
            "petrol": self.tr("petrol"),
            "electric": self.tr("electric"),
            "hybrid": self.tr("hybrid"),
            "gas": self.tr("gas"),
        }
        for fuel in FUELS:
            self.fuel.addItem(names[fuel], fuel)
        self.first_registered = QLineEdit(objectName="first_registered")
        self.first_registered.setPlaceholderText(self.tr("03.2009 (optional)"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Make"), self.make)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Model year"), self.year)
        form.addRow(self.tr("Fuel"), self.fuel)
        form.addRow(self.tr("First registration"), self.first_registered)

    def facts(self) -> VehicleFacts:
        """The facts as typed; a first registration that is no date is refused by its field."""
        try:
            registered = parse_expiry(self.first_registered.text())
        except ValidationError:
            raise ValidationError(
                self.tr("Type the first registration like 03.2009 or 15.03.2009."),
                "first_registered",
            ) from None
        year = self.year.value()
        return VehicleFacts(
            make=self.make.text(),
            model=self.model.text(),
            model_year=None if year == self.year.minimum() else year,
            fuel=str(self.fuel.currentData() or ""),
            first_registered=registered.replace(day=1) if registered else None,
        )

    def clear(self) -> None:
        for edit in (self.make, self.model, self.first_registered):
            edit.clear()
        self.year.setValue(self.year.minimum())
        self.fuel.setCurrentIndex(0)
