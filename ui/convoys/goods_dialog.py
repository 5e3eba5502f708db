"""Choosing goods for a convoy: pallets in the hall, filtered, earliest expiry first; the chosen
ones are reserved on a vehicle. The dialog reserves them itself and announces the change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import ChangeHub, Kind
from ui.formatting import number
from ui.formatting import number as number_text  # 'number' is the vehicle's, below
from ui.service_texts import error_text
from ui.translations import local_name
from ui.widgets.form_dialog import ErrorLabel
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys import ConvoyRecord


class GoodsDialog(QDialog):
    def __init__(
        self, convoy: ConvoyRecord, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.convoy = convoy
        self.changes = changes
        self.setWindowTitle(self.tr("Choose goods for %1").replace("%1", convoy.number))
        self.resize(1100, 700)
        self.association = QComboBox(objectName="goodsAssociation")
        self.association.addItem(self.tr("All owners"), None)
        for a in masterdata.associations():
            self.association.addItem(a.short_code, a.id)
        self.category = QComboBox(objectName="goodsCategory")
        self.category.addItem(self.tr("All categories"), None)
        for c in masterdata.categories():
            self.category.addItem(local_name(c.name_de, c.name_en, c.name_uk), c.id)
        self.location = QComboBox(objectName="goodsLocation")
        self.location.addItem(self.tr("All locations"), None)
        for loc in masterdata.locations():
            self.location.addItem(loc.name, loc.id)
        self.expiring = QComboBox(objectName="goodsExpiry")
        self.expiring.addItem(self.tr("Any expiry"), None)
        for months in (3, 6, 12):
            self.expiring.addItem(
                self.tr("expiring within %1 months").replace("%1", str(months)), months
            )
        self.vehicle = QComboBox(objectName="goodsVehicle")
        self.vehicle.addItem(self.tr("no vehicle yet"), None)
        for v in convoys.vehicles(convoy):
            self.vehicle.addItem(f"{v.number}: {v.truck_plate}", v.number)
        if self.vehicle.count() > 1:
            self.vehicle.setCurrentIndex(1)
        self.table = QTableWidget(0, 6, objectName="goodsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pallet"),
                self.tr("Place"),
                self.tr("Boxes"),
                self.tr("Gross kg"),
                self.tr("Earliest expiry"),
                self.tr("Owners"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(5):  # owners, last, take the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the button, arrows choose rows
        self.assign_button = QPushButton(
            self.tr("Put the selected pallets on the vehicle"), objectName="assignSelected"
        )
        self.error = ErrorLabel()
        # What the last assignment did, so the lead sees it took (the pallets leave the list).
        self.assigned = QLabel(objectName="assignedMessage", wordWrap=True)
        self.assigned.setStyleSheet("color: #1e7d32; font-weight: bold;")
        # Two rows: what to look for, then where it goes; one row was wider than 1366 px.
        filters = QHBoxLayout()
        for widget in (self.association, self.category, self.location, self.expiring):
            filters.addWidget(widget, 1)
        target = QHBoxLayout()
        target.addWidget(QLabel(self.tr("Vehicle:")))
        target.addWidget(self.vehicle, 1)
        target.addStretch(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(target)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.assigned)
        layout.addWidget(self.assign_button)
        layout.addWidget(buttons)
        for combo in (self.association, self.category, self.location, self.expiring):
            combo.currentIndexChanged.connect(self.refresh)
        self.assign_button.clicked.connect(self.assign_selected)
        self.refresh()

    def refresh(self) -> None:
        months = self.expiring.currentData()
        self.candidates = convoys.available_pallets(
            association_id=self.association.currentData(),
            category_id=self.category.currentData(),
            location_id=self.location.currentData(),
            expiry_before=dt.date.today() + dt.timedelta(days=31 * months) if months else None,
            keeps_until=self.convoy.planned_arrival,
        )
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            cells = (
                c.code,
                c.location,
                str(c.boxes),
                number(c.gross_kg),
                c.earliest_expiry.strftime("%d.%m.%Y") if c.earliest_expiry else "–",
                c.owners,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def assign_selected(self) -> bool:
        """Reserve the selected pallets on the chosen vehicle; False (and why) if refused."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [self.candidates[r] for r in rows]
        codes = [c.code for c in chosen]
        if not codes:
            return False
        number = self.vehicle.currentData()
        try:
            vehicle = convoys.get_vehicle(self.convoy, number) if number else None
            convoys.assign(self.convoy, vehicle=vehicle, pallets=codes)
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return False
        self.error.show_message("")
        gross = sum((c.gross_kg for c in chosen), Decimal(0))
        where = (
            self.tr("vehicle %1").replace("%1", str(number)) if number else self.tr("the convoy")
        )
        self.assigned.setText(
            self.tr("Reserved for %1 (pallets: %2, %3 kg gross): %4.")
            .replace("%1", where)
            .replace("%2", str(len(codes)))
            .replace("%3", number_text(gross))
            .replace("%4", ", ".join(codes[:6]) + (" …" if len(codes) > 6 else ""))
        )
        self.changes.announce(Kind.CONVOYS, origin=self)
        self.refresh()
        return True
