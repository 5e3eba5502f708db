"""Choosing goods for a convoy: pallets in the hall, filtered, earliest expiry first; the chosen
ones are reserved on a vehicle. Or "From needs list…": the goods that would fill the convoy from
one of its recipient's needs lists, urgent first, proposed and reserved at once. Each dialog
reserves itself and announces the change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QColor
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
from ui.status_names import unit_label
from ui.translations import local_name
from ui.widgets.form_dialog import ErrorLabel
from ui.widgets.tables import read_only_rows
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys import ConvoyRecord, LineProposal, Proposal
from warehouse_app.texts import QT_TRANSLATE_NOOP

PRIORITIES = {
    "urgent": QT_TRANSLATE_NOOP("NeedsFillDialog", "urgent"),
    "normal": QT_TRANSLATE_NOOP("NeedsFillDialog", "normal"),
    "nice": QT_TRANSLATE_NOOP("NeedsFillDialog", "nice to have"),
}
_RED = QColor("#b00020")


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
        self.needs_button = QPushButton(self.tr("From needs list…"), objectName="fromNeeds")
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
        target.addStretch(1)
        target.addWidget(self.needs_button)
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
        self.needs_button.clicked.connect(self.from_needs)
        self.needs_button.setEnabled(bool(convoys.lists_for(convoy)))
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

    def needs_dialog(self) -> NeedsFillDialog:
        """The "From needs list…" dialog, for the vehicle chosen here (or any)."""
        return NeedsFillDialog(self.convoy, self.vehicle.currentData(), self.changes, self)

    def from_needs(self) -> None:
        dialog = self.needs_dialog()
        if dialog.exec() and dialog.reserved is not None:
            done = dialog.reserved
            self.assigned.setText(
                self.tr("Reserved from needs list %1: %2 pallets, %3 loose boxes, %4 kg gross.")
                .replace("%1", str(done.list_id))
                .replace("%2", str(done.pallets))
                .replace("%3", str(len(done.takes) - done.pallets))
                .replace("%4", number_text(done.gross_kg))
            )
            self.refresh()


class NeedsFillDialog(QDialog):
    """A needs list chosen, the goods that would fill the convoy from it, and Reserve: what the
    lead saw is reserved, or (another station took some of it meanwhile) nothing, and the new
    proposal is shown."""

    def __init__(
        self,
        convoy: ConvoyRecord,
        vehicle_number: int | None,
        changes: ChangeHub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.convoy = convoy
        self.changes = changes
        self.proposal: Proposal | None = None
        self.reserved: Proposal | None = None
        self.setWindowTitle(self.tr("Fill %1 from a needs list").replace("%1", convoy.number))
        self.resize(1000, 600)
        self.lists = QComboBox(objectName="needsListChoice")
        for list_id, recipient, title in convoys.lists_for(convoy):
            self.lists.addItem(
                self.tr("%1, list %2: %3")
                .replace("%1", recipient.split(" / ")[0])
                .replace("%2", str(list_id))
                .replace("%3", title),
                list_id,
            )
        self.vehicle = QComboBox(objectName="needsVehicle")
        self.vehicle.addItem(self.tr("any vehicle with room"), None)
        for v in convoys.vehicles(convoy):
            self.vehicle.addItem(f"{v.number}: {v.truck_plate}", v.number)
        self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(vehicle_number)))
        self.table = QTableWidget(0, 7, objectName="proposalTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("What"),
                self.tr("Priority"),
                self.tr("Requested"),
                self.tr("On the convoy"),
                self.tr("Taken now"),
                self.tr("Still missing"),
            ]
        )
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(objectName="proposalSummary", wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.error = ErrorLabel()
        self.reserve_button = QPushButton(self.tr("Reserve"), objectName="reserveProposal")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.reserve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Needs list:")))
        choice.addWidget(self.lists, 2)
        choice.addWidget(QLabel(self.tr("Vehicle:")))
        choice.addWidget(self.vehicle, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.lists.currentIndexChanged.connect(self.propose)
        self.vehicle.currentIndexChanged.connect(self.propose)
        self.reserve_button.clicked.connect(self.reserve)
        self.propose()

    def _vehicle(self) -> convoys.VehicleRecord | None:
        number = self.vehicle.currentData()
        return convoys.get_vehicle(self.convoy, number) if number else None

    def propose(self) -> None:
        """Show what the chosen list would put on the convoy (nothing is reserved yet)."""
        self.proposal = None
        self.table.setRowCount(0)
        self.summary.setText("")
        self.reserve_button.setEnabled(False)
        list_id = self.lists.currentData()
        if list_id is None:
            self.error.show_message(
                self.tr(
                    "No needs list of this convoy's recipient yet: import one on the Needs page."
                )
            )
            return
        try:
            proposal = convoys.propose(self.convoy, list_id, self._vehicle())
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        self.error.show_message("")
        self.proposal = proposal
        self.table.setRowCount(len(proposal.lines))
        for row, line in enumerate(proposal.lines):
            unit = unit_label(line.unit)
            missing = f"{number(line.missing)} {unit}" if line.missing else ""
            if line.missing and line.room_ran_out:
                missing += " " + self.tr("(no room left)")
            if line.on_mixed_pallets:
                missing += " " + self.tr("(%1 more on pallets with other goods)").replace(
                    "%1", f"{number(line.on_mixed_pallets)} {unit}"
                )
            cells = (
                str(line.line_number),
                self._what(line),
                self.tr(PRIORITIES.get(line.priority, line.priority)),
                f"{number(line.requested)} {unit}",
                f"{number(line.carried)} {unit}" if line.carried else "",
                f"{number(line.taken)} {unit}" if line.taken else "",
                missing,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 6 and line.missing:
                    cell.setForeground(_RED)
                if column == 5 and line.codes:  # which pallets and boxes, by their codes
                    cell.setToolTip(", ".join(line.codes))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        text = (
            self.tr(
                "Takes pallets: %1, loose boxes: %2, %3 kg gross. After it: %4 of %5 kg, "
                "%6 of %7 pallet places."
            )
            .replace("%1", str(proposal.pallets))
            .replace("%2", str(len(proposal.takes) - proposal.pallets))
            .replace("%3", number(proposal.gross_kg))
            .replace("%4", number(proposal.kg_after))
            .replace("%5", number(proposal.payload_kg))
            .replace("%6", str(proposal.places_after))
            .replace("%7", str(proposal.pallet_places))
        )
        if proposal.sets_recipient:
            text += " " + self.tr(
                "The convoy has no recipient yet: reserving makes it %1."
            ).replace("%1", proposal.recipient)
        if not proposal.takes:
            text = self.tr("Nothing in the hall can go for this list now.")
        self.summary.setText(text)
        self.reserve_button.setEnabled(bool(proposal.takes))

    @staticmethod
    def _what(line: LineProposal) -> str:
        """A line without its own words says its category, in the volunteer's language."""
        category = line.category
        if not line.description or line.description == category.de:
            return local_name(category.de, str(category), category.uk) or line.description
        return line.description

    def reserve(self) -> bool:
        """Reserve what is shown; refused (another station was quicker): say why, show anew."""
        if self.proposal is None:
            return False
        proposal = self.proposal
        try:
            self.reserved = convoys.fill(
                self.convoy, proposal.list_id, self._vehicle(), expected=proposal
            )
        except HafenlagerError as exc:
            message = error_text(exc)
            self.propose()
            self.error.show_message(message)
            return False
        self.changes.announce(Kind.CONVOYS, origin=self)
        self.accept()
        return True
