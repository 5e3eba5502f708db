"""What a scanned pallet holds: its totals, its boxes and its history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import ChangeHub
from ui.formatting import number
from ui.status_names import unit_label
from warehouse_app.services import stock


class PalletDialog(QDialog):
    def __init__(
        self, pallet_id: int, station: str, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("palletDialog")
        (pallet,) = stock.pallet_rows(pallet_id)
        self.setWindowTitle(self.tr("Pallet %1").replace("%1", pallet.code))
        self.resize(900, 600)
        ids = stock.box_ids(stock.BoxFilter(pallet_id=pallet_id), stock.SortColumn.CODE, False)
        rows = list(stock.iter_box_rows(ids))
        owners = sorted({r.owner_code for r in rows})
        summary = QLabel(
            self.tr("%1 · %2 · %3 boxes · net %4 kg · gross %5 kg with tare · owners: %6")
            .replace("%1", pallet.code)
            .replace("%2", pallet.location or pallet.status)
            .replace("%3", str(pallet.boxes))
            .replace("%4", number(pallet.net_kg))
            .replace("%5", number(pallet.gross_kg))
            .replace("%6", ", ".join(owners) or "–")
        )
        summary.setObjectName("palletSummary")
        summary.setWordWrap(True)
        summary.setStyleSheet("font-size: 14pt; font-weight: bold;")
        table = QTableWidget(len(rows), 6, objectName="palletBoxes")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Owner"),
                self.tr("Contents"),
                self.tr("Quantity"),
                self.tr("Gross kg"),
                self.tr("Expiry"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for n, r in enumerate(rows):
            cells = (
                r.code,
                r.owner_code,
                f"{r.description_de} / {r.description_uk}",
                f"{number(r.quantity)} {unit_label(r.unit)}",
                number(r.gross_kg),
                r.expiry_date.strftime("%d.%m.%Y") if r.expiry_date else "",
            )
            for column, text in enumerate(cells):
                table.setItem(n, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button = buttons.addButton(
            self.tr("Print pallet labels (2)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("printPalletLabels")
        self.print_button.clicked.connect(self.print_labels)
        self.message = QLabel(objectName="palletMessage")
        self.message.setWordWrap(True)
        self._code = pallet.code
        self._station = station
        self._changes = changes
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def print_labels(self) -> str:
        """Queue and print the pallet's two labels; returns "" or why they wait."""
        from ui.printing import jobs
        from warehouse_app.config import StationConfig

        job_id = jobs.queue_labels(
            self._station, "pallet_labels", [self._code], StationConfig.load().pallet_format
        )
        problem = jobs.print_job(job_id, self._changes)
        self.message.setText(
            self.tr("The labels did not print: %1 They wait in the reprint list.").replace(
                "%1", problem
            )
            if problem
            else self.tr("Pallet labels printed.")
        )
        return problem
