"""The door's donor's receipt: the volunteer must ask where the goods come from and choose the
answer (nothing is chosen for them), and the receipt ticks the box of that answer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.intake.donor_receipt_dialog import DonorReceiptDialog
from ui.translations import install_translations
from warehouse_app.services import donor_receipts
from warehouse_app.storage.models import Association, Donation
from warehouse_app.storage.opening import OpenedDatabase


def test_the_door_makes_the_volunteer_choose_the_goods_origin(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, tmp_path: Path
) -> None:
    install_translations(qapp, QLocale("en"))
    donation = Donation.select().order_by(Donation.id).first()
    code = Association.get_by_id(donation.association_id).short_code
    donor_receipts.save_tax_data(
        code, address="Speicherstr. 10, 44147 Dortmund", tax_office="Finanzamt Dortmund-Ost",
        tax_number="317/5730/1234", exemption_date=dt.date(2024, 5, 14),
        assessment_period="2023", purpose="der Hilfe",
    )  # fmt: skip
    dialog = DonorReceiptDialog(donation.id, "Erika Muster")
    qtbot.addWidget(dialog)
    dialog.address.setText("Hauptstr. 1, 44135 Dortmund")
    assert dialog.origin.currentIndex() == -1  # no answer given for the donor
    assert [dialog.origin.itemData(i) for i in range(dialog.origin.count())] == [
        "business", "private", "unknown",
    ]  # fmt: skip  # the template's order
    target = tmp_path / "receipt.pdf"
    assert not dialog.save_to(target)
    assert "Ask the donor where the goods come from" in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog) and not target.exists()
    assert donor_receipts.register(code) == []  # no number used up
    dialog.accept()  # OK without a choice: refused before any file is asked for
    assert dialog.result() == 0 and "Ask the donor" in dialog.error.text()

    dialog.origin.setCurrentIndex(dialog.origin.findData("business"))
    assert dialog.save_to(target) and dialog.number.startswith(f"{code}-")
    text = " ".join(pypdfium2.PdfDocument(target)[0].get_textpage().get_text_range().split())
    assert "☒ Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betrieb" in text
    assert "☐ Der Zuwendende hat trotz Aufforderung" in text
