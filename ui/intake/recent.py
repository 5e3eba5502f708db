"""The last intakes of this session: correct a box, reprint its label, print the donation's
goods received note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.formatting import number
from ui.widgets.tables import read_only_rows
from warehouse_app.config import StationConfig
from warehouse_app.services import printqueue

if TYPE_CHECKING:
    from ui.intake.donor_receipt_dialog import DonorReceiptDialog


class RecentIntakes(QGroupBox):
    # What to tell the volunteer: the text, and True (done) / False (refused).
    said = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Last intakes"), parent)
        self.context = context
        self.open_donation: int | None = None  # the intake form's, for the receipt button
        self.table = QTableWidget(0, 5, objectName="recentIntakes")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Box"),
                self.tr("Owner"),
                self.tr("Contents"),
                self.tr("Gross kg"),
            ]
        )
        read_only_rows(self.table)
        self.correct_button = QPushButton(self.tr("C&orrect…"), objectName="correctRecent")
        self.reprint_button = QPushButton(self.tr("&Reprint label"), objectName="reprintRecent")
        self.receipt_button = QPushButton(
            self.tr("Goods received note…"), objectName="receiptButton"
        )
        self.donor_button = QPushButton(self.tr("Donor's receipt…"), objectName="donorReceipt")
        buttons = QGridLayout()  # two a row: the column beside the form is narrow
        shown = (self.correct_button, self.reprint_button, self.receipt_button, self.donor_button)
        for n, button in enumerate(shown):
            buttons.addWidget(button, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.correct_button.clicked.connect(self.correct_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.donor_button.clicked.connect(lambda: self.donor_receipt())
        context.changes.changed.connect(self._changed)

    def add(self, box_ids: list[int]) -> None:
        from warehouse_app.services import stock  # loaded on first use (start-up)

        rows = stock.box_rows(box_ids)
        for box_id in box_ids:
            row = rows[box_id]
            detail = stock.box_detail(box_id)
            self.table.insertRow(0)
            cells = (
                row.code,
                f"{detail.box_number}/{detail.box_count}",
                row.owner_code,
                row.description_de,
                number(row.gross_kg),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, box_id)
                self.table.setItem(0, column, item)
        self.table.selectRow(0)

    def _changed(self, change: Change) -> None:
        """A box listed here was corrected (here or elsewhere): show its new texts."""
        if not change.touches(Kind.BOXES) or not self.table.rowCount():
            return
        from warehouse_app.services import stock

        shown = {
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole): r
            for r in range(self.table.rowCount())
        }
        wanted = change.ids.get(Kind.BOXES) or frozenset(shown)
        for box_id, row in stock.box_rows([i for i in shown if i in wanted]).items():
            self.table.item(shown[box_id], 3).setText(row.description_de)
            self.table.item(shown[box_id], 4).setText(number(row.gross_kg))

    def selected_box(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def correct_selected(self) -> None:
        from ui.stock.box_dialogs import CorrectBoxDialog
        from warehouse_app.services import stock

        box_id = self.selected_box()
        if box_id is None:
            return
        if CorrectBoxDialog(stock.box_detail(box_id), self.context.actor, self).exec():
            self.context.changes.announce(Kind.BOXES, ids={Kind.BOXES: [box_id]})

    def reprint_selected(self) -> None:
        from ui.printing import jobs
        from warehouse_app.services import stock

        box_id = self.selected_box()
        if box_id is None:
            return
        code = stock.box_rows([box_id])[box_id].code
        job_id = jobs.queue_labels(
            self.context.station, "box_labels", [code], StationConfig.load().label_format
        )
        problem = jobs.print_job(job_id, self.context.changes)
        self.said.emit(problem or self.tr("Label printed."), not problem)

    def print_receipt(self) -> None:
        from ui.printing import jobs
        from warehouse_app.services import stock

        box_id = self.selected_box()
        donation_id = stock.box_detail(box_id).donation_id if box_id else self.open_donation
        if donation_id is None:
            self.said.emit(self.tr("Save a box first: the note lists a donation's boxes."), False)
            return
        job_id = printqueue.enqueue(self.context.station, "receipt", donation_id)
        problem = jobs.print_job(job_id, self.context.changes)
        self.said.emit(problem or self.tr("Goods received note printed."), not problem)

    def donor_receipt(self) -> DonorReceiptDialog | None:
        """The donor's receipt of the selected box's donation (or the open one)."""
        from ui.intake.donor_receipt_dialog import DonorReceiptDialog
        from warehouse_app.services import stock

        box_id = self.selected_box()
        donation_id = stock.box_detail(box_id).donation_id if box_id else self.open_donation
        if donation_id is None:
            self.said.emit(self.tr("Save a box first: the receipt is for a donation."), False)
            return None
        dialog = DonorReceiptDialog(donation_id, parent=self)
        if dialog.exec() and dialog.number:
            self.said.emit(self.tr("Donor's receipt %1 saved.").replace("%1", dialog.number), True)
        return dialog
