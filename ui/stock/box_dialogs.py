"""Correcting and disposing a box: each needs a reason, which goes into the box's history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import number
from ui.service_texts import error_text
from ui.status_names import unit_label
from ui.widgets.date_edit import DateEdit
from ui.widgets.form_dialog import ErrorLabel
from warehouse_app.errors import HafenlagerError, ValidationError
from warehouse_app.services import masterdata
from warehouse_app.services.corrections import BoxCorrection, correct_box, dispose_box
from warehouse_app.services.movements import Actor
from warehouse_app.services.stock import BoxDetail


class CorrectBoxDialog(QDialog):
    def __init__(self, detail: BoxDetail, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctBoxDialog")
        self.detail = detail
        self.actor = actor
        r = detail.row
        self.setWindowTitle(self.tr("Correct box %1").replace("%1", r.code))

        self.owner = QComboBox(objectName="owner")
        for a in masterdata.associations():
            self.owner.addItem(f"{a.short_code} – {a.name}", a.id)
        self.owner.setCurrentIndex(self.owner.findData(detail.owner_id))
        self.category = QComboBox(objectName="category")
        for c in masterdata.categories():
            self.category.addItem(f"{c.name_de} / {c.name_uk}", c.id)
        self.category.setCurrentIndex(self.category.findData(detail.category_id))
        self.description_de = QLineEdit(r.description_de, objectName="description_de")
        self.description_uk = QLineEdit(r.description_uk, objectName="description_uk")
        self.description_en = QLineEdit(detail.description_en, objectName="description_en")
        self.quantity = QLineEdit(number(r.quantity), objectName="quantity")
        self.net_kg = QLineEdit(number(r.net_kg), objectName="net_kg")
        self.gross_kg = QLineEdit(number(r.gross_kg), objectName="gross_kg")
        self.value = QLineEdit(number(detail.value_per_unit_eur), objectName="value_per_unit_eur")
        self.used = QCheckBox(self.tr("Used goods"), objectName="used")
        self.used.setChecked(detail.used)
        self.wear = QSpinBox(objectName="wear_percent")
        self.wear.setRange(0, 100)
        self.wear.setSuffix(" %")
        self.wear.setValue(detail.wear_percent)
        self.has_expiry = QCheckBox(self.tr("Has an expiry date"), objectName="has_expiry")
        self.expiry = DateEdit(objectName="expiry_date")
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("dd.MM.yyyy")
        self.has_expiry.setChecked(r.expiry_date is not None)
        self.expiry.setEnabled(r.expiry_date is not None)
        self.expiry.setDate(QDate(r.expiry_date) if r.expiry_date else QDate.currentDate())
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        self.origin = QLineEdit(detail.origin_country, objectName="origin_country")
        self.origin.setMaxLength(2)
        self.serial = QLineEdit(detail.serial_or_vin, objectName="serial_or_vin")
        self.location = QComboBox(objectName="location")
        self.location.addItem(self.tr("(on its pallet)"), None)
        for loc in masterdata.locations(active_only=True):
            self.location.addItem(loc.name, loc.id)
        self.location.setCurrentIndex(max(0, self.location.findData(detail.location_id)))
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("Why is this corrected? (kept in the history)"))
        self.error = ErrorLabel()

        form = QFormLayout()
        for label, widget in (
            (self.tr("Owner"), self.owner),
            (self.tr("Category"), self.category),
            (self.tr("Contents (German)"), self.description_de),
            (self.tr("Contents (Ukrainian)"), self.description_uk),
            (self.tr("Contents (English)"), self.description_en),
            (self.tr("Quantity (%1)").replace("%1", unit_label(r.unit)), self.quantity),
            (self.tr("Net kg"), self.net_kg),
            (self.tr("Gross kg"), self.gross_kg),
            (self.tr("Value per unit (EUR)"), self.value),
            ("", self.used),
            (self.tr("Wear"), self.wear),
            ("", self.has_expiry),
            (self.tr("Expiry date"), self.expiry),
            (self.tr("Country of origin"), self.origin),
            (self.tr("Serial number or VIN"), self.serial),
            (self.tr("Location"), self.location),
            (self.tr("Reason"), self.reason),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.changes: list[str] = []

    def correction(self) -> BoxCorrection:
        expiry = self.expiry.date().toPython() if self.has_expiry.isChecked() else None
        assert expiry is None or isinstance(expiry, dt.date)
        return BoxCorrection(
            owner_id=self.owner.currentData(),
            category_id=self.category.currentData(),
            description_de=self.description_de.text(),
            description_uk=self.description_uk.text(),
            description_en=self.description_en.text(),
            quantity=self.quantity.text(),
            net_kg=self.net_kg.text(),
            gross_kg=self.gross_kg.text(),
            value_per_unit_eur=self.value.text(),
            used=self.used.isChecked(),
            wear_percent=self.wear.value(),
            expiry_date=expiry,
            origin_country=self.origin.text(),
            serial_or_vin=self.serial.text(),
            location_id=self.location.currentData(),
        )

    def accept(self) -> None:
        try:
            self.changes = correct_box(
                self.detail.row.id, self.correction(), self.reason.text(), self.actor
            )
        except ValidationError as exc:
            self.error.show_message(error_text(exc))
            widget = self.findChild(QWidget, exc.field) if exc.field else None
            if widget is not None:
                widget.setFocus()
            return
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()


class DisposeBoxDialog(QDialog):
    def __init__(self, detail: BoxDetail, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disposeBoxDialog")
        self.detail = detail
        self.actor = actor
        r = detail.row
        self.setWindowTitle(self.tr("Dispose of box %1").replace("%1", r.code))
        question = QLabel(
            self.tr("Box %1 (%2) leaves the stock for good. It stays in the history.")
            .replace("%1", r.code)
            .replace("%2", r.description_de)
        )
        question.setWordWrap(True)
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("Reason, for example: spoiled, broken"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        dispose = buttons.addButton(self.tr("Dispose"), QDialogButtonBox.ButtonRole.AcceptRole)
        dispose.setObjectName("confirmDispose")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            dispose_box(self.detail.row.id, self.reason.text(), self.actor)
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
