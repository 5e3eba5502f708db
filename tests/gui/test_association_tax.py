"""An association's tax exemption is kept with the association in the settings: both saved or
neither, and the donors' receipts use it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.changes import ChangeHub
from ui.settings.records import AssociationSource, RecordTable
from warehouse_app.services import donor_receipts
from warehouse_app.storage.models import Association
from warehouse_app.storage.opening import OpenedDatabase


def test_the_exemption_is_saved_with_the_association_or_not_at_all(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    table = RecordTable(AssociationSource(), "associations", ChangeHub())
    qtbot.addWidget(table)
    row = next(i for i, r in enumerate(table.records) if r.short_code == "CUK")
    dialog = table.open_dialog(table.records[row])
    qtbot.addWidget(dialog)
    for name, value in (
        ("contact", "Mehmet Demir, 0231 55"),
        ("address", "Münsterstr. 1, 44145 Dortmund"),
        ("tax_office", "Finanzamt Dortmund-West"),
        ("tax_number", "315/5999/0042"),
        ("exemption_date", "14.13.2024"),  # no 13th month
        ("assessment_period", "2023"),
        ("purpose", "der Hilfe für Opfer von Katastrophen"),
    ):
        dialog.widgets[name].setText(value)
    dialog.accept()
    assert "14.05.2024" in dialog.error.text()  # the form says how to type the date
    assert Association.get(Association.short_code == "CUK").contact == ""  # nothing saved
    assert donor_receipts.tax_data("CUK")["tax_office"] == ""
    dialog.widgets["exemption_date"].setText("14.05.2024")
    dialog.accept()
    assert Association.get(Association.short_code == "CUK").contact == "Mehmet Demir, 0231 55"
    assert donor_receipts.tax_data("CUK")["exemption_date"] == "2024-05-14"
    shown = next(r for r in table.records if r.short_code == "CUK")
    assert shown.exemption_date == "14.05.2024" and shown.tax_office == "Finanzamt Dortmund-West"
