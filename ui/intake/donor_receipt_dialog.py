"""The donor's receipt for a donation (Bestätigung über Sachzuwendungen): who gave it, where the
goods come from, how their value was set; saved as a PDF to print and sign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLineEdit, QWidget

from ui.service_texts import error_text
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.texts import QT_TRANSLATE_NOOP

# In the official template's order. None is chosen at first: the volunteer asks the donor,
# and what the donor answers decides how the gift is valued (a preselected "private" would be
# ticked on receipts of goods that came out of a business).
ORIGINS = {
    "business": QT_TRANSLATE_NOOP("DonorReceiptDialog", "business property"),
    "private": QT_TRANSLATE_NOOP("DonorReceiptDialog", "private property"),
    "unknown": QT_TRANSLATE_NOOP("DonorReceiptDialog", "the donor did not say"),
}


class DonorReceiptDialog(FormDialog):
    def __init__(
        self, donation_id: int, delivered_by: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Donor's receipt for donation %1").replace("%1", str(donation_id)), parent
        )
        self.donation_id = donation_id
        self.saved: Path | None = None
        self.number = ""
        self.donor = QLineEdit(delivered_by, objectName="donorName")
        self.address = QLineEdit(objectName="donorAddress")
        self.address.setPlaceholderText(self.tr("street, postcode, town"))
        self.origin = QComboBox(objectName="donorOrigin")
        for value, label in ORIGINS.items():
            self.origin.addItem(self.tr(label), value)
        self.origin.setCurrentIndex(-1)
        self.origin.setPlaceholderText(self.tr("ask the donor and choose"))
        self.documents = QCheckBox(self.tr("invoices or an appraisal set the value"))
        self.valuation = QLineEdit(objectName="valuation")
        self.valuation.setPlaceholderText(self.tr("how the value was set (optional)"))
        self.donor.setMinimumWidth(self.donor.fontMetrics().averageCharWidth() * 40)
        self.form.addRow(self.tr("Donor"), self.donor)
        self.form.addRow(self.tr("Donor's address"), self.address)
        self.form.addRow(self.tr("The goods come from"), self.origin)
        self.form.addRow("", self.documents)
        self.form.addRow(self.tr("Valuation"), self.valuation)

    def save_to(self, path: Path) -> bool:
        """Issue the receipt (its number kept for reprints) and write it; False when refused."""
        from reports.donor_receipt import render_donor_receipt
        from warehouse_app.services import donor_receipts

        if not self._origin_chosen():
            return False
        try:
            issued = donor_receipts.issue(
                self.donation_id,
                donor_name=self.donor.text(),
                donor_address=self.address.text(),
                origin=str(self.origin.currentData()),
                documents=self.documents.isChecked(),
                valuation=self.valuation.text(),
            )
            path.write_bytes(render_donor_receipt(issued))
        except (HafenlagerError, OSError) as exc:
            self.error.show_message(error_text(exc))
            return False
        self.saved, self.number = path, issued.number
        return True

    def _origin_chosen(self) -> bool:
        if self.origin.currentIndex() >= 0:
            return True
        self.error.show_message(
            self.tr(
                "Ask the donor where the goods come from (private or business property) and "
                "choose the answer; choose 'the donor did not say' if they would not say."
            )
        )
        self.origin.setFocus()
        return False

    def accept(self) -> None:
        if not self._origin_chosen():
            return  # before the file dialog: nothing to save yet
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the donor's receipt"),
            f"Zuwendungsbestaetigung-{self.donation_id}.pdf",
            "PDF (*.pdf)",
        )
        if name and self.save_to(Path(name)):
            super().accept()
