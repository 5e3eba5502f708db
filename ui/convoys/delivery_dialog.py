"""Confirming a vehicle's handover with the signed acceptance act; what came back returns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.service_texts import error_text
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys import ConvoyRecord, acts
from warehouse_app.services.convoys.discrepancies import Finding, parse_finding
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
        self.returned.setPlaceholderText(self.tr("codes of boxes refused: they come back"))
        self.missing = QLineEdit(objectName="missing")
        self.missing.setPlaceholderText(
            self.tr("codes of boxes the recipient did not find (code:quantity for a part)")
        )
        self.damaged = QLineEdit(objectName="damaged")
        self.damaged.setPlaceholderText(self.tr("codes of boxes that arrived damaged"))
        self.extra = QLineEdit(objectName="extra")
        self.extra.setPlaceholderText(self.tr("goods that came but are not on the papers"))
        self.act = QLineEdit(objectName="actFile")
        self.act.setPlaceholderText(self.tr("scan or photo of the signed act (PDF, JPG, PNG)"))
        browse = QPushButton(self.tr("Choose…"), objectName="chooseAct")
        browse.clicked.connect(self._choose_act)
        act_row = QHBoxLayout()
        act_row.addWidget(self.act, 1)
        act_row.addWidget(browse)
        self.form.addRow(self.tr("Vehicle"), self.vehicle)
        self.form.addRow(self.tr("Receipt"), self.receipt)
        self.form.addRow(self.tr("Signed act"), act_row)
        self.form.addRow(self.tr("Refused, came back"), self.returned)
        self.form.addRow(self.tr("Missing"), self.missing)
        self.form.addRow(self.tr("Damaged"), self.damaged)
        self.form.addRow(self.tr("Not on the papers"), self.extra)

    def findings(self) -> list[Finding]:
        """What the recipient found, as typed: codes split at spaces and commas."""

        def codes(edit: QLineEdit) -> list[str]:
            return edit.text().replace(",", " ").split()

        found = [Finding(c, "refused") for c in codes(self.returned)]
        found += [parse_finding(c, "missing") for c in codes(self.missing)]
        found += [parse_finding(c, "damaged") for c in codes(self.damaged)]
        if self.extra.text().strip():
            found.append(Finding(self.extra.text().strip(), "extra"))
        return found

    def _choose_act(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The signed acceptance act"),
            "",
            self.tr("Act (*.pdf *.jpg *.jpeg *.png)"),
        )
        if name:
            self.act.setText(name)

    def accept(self) -> None:
        try:
            vehicle = convoys.get_vehicle(self.convoy, self.vehicle.currentData() or 0)
            findings = self.findings()
            back = any(f.kind == "refused" for f in findings)
            dock = masterdata.find_location(RETURN_PLACE).id if back else None
            act = acts.read_act(Path(self.act.text().strip())) if self.act.text().strip() else None
            acts.deliver_with_act(
                vehicle,
                act,
                findings,
                receipt_reference=self.receipt.text(),
                actor=self.actor,
                return_location_id=dock,
            )
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
