"""The receiving mode at the other end: the recipient scans each pallet and box of a convoy
against its receiving kit, on a laptop with no connection to the hall, and sees what is
expected, what arrived, what is missing and what is extra; "Finish" writes the receipt the hall
imports. Shown in Ukrainian unless the laptop asks for another language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.scan_input import ScanInput
from warehouse_app.papers.receiving_kit import Check, Kit

_GREEN, _RED, _GREY = QColor("#1e7d32"), QColor("#b00020"), QColor("#777777")


class ReceivingWindow(QWidget):
    def __init__(self, kit: Kit, kit_sha256: str, by: str, receipt: Path) -> None:
        super().__init__()
        self.setObjectName("receivingWindow")
        self.kit = kit
        self.check = Check(kit, kit_sha256, by)
        self.receipt = receipt
        self.setWindowTitle(self.tr("Receiving convoy %1").replace("%1", kit.convoy))
        self.scan = ScanInput()
        self.scan.scanned.connect(self.handle_scan)
        self.counts = {
            name: QLabel("0", objectName=f"count_{name}")
            for name in ("expected", "arrived", "missing", "extra")
        }
        grid = QGridLayout()
        for column, (name, label) in enumerate(
            (
                ("expected", self.tr("Expected boxes")),
                ("arrived", self.tr("Arrived")),
                ("missing", self.tr("Missing")),
                ("extra", self.tr("Not on the list")),
            )
        ):
            grid.addWidget(QLabel(label), 0, column)
            self.counts[name].setStyleSheet("font-size: 22pt; font-weight: bold;")
            grid.addWidget(self.counts[name], 1, column)
        self.history = QListWidget(objectName="receivingHistory")
        self.finish = QPushButton(self.tr("Finish and save the receipt"), objectName="finish")
        self.finish.clicked.connect(lambda: self.save_receipt())
        self.message = QLabel(objectName="receivingMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Scan each pallet and box of the convoy.")))
        layout.addWidget(self.scan)
        layout.addLayout(grid)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.finish)
        self._count()

    def handle_scan(self, code: str) -> str:
        kind, code = self.check.scan(code)
        box = self.kit.box(code)
        pallet = next((p for p in self.kit.pallets if p.code == code), None)
        texts = {
            "pallet": self.tr("Pallet %1: %2 boxes arrived").replace("%1", code).replace(
                "%2", str(len(pallet.boxes) if pallet else 0)
            ),
            "box": self.tr("Box %1: %2").replace("%1", code).replace(
                "%2", f"{box.category_uk}: {box.description_uk}" if box else ""
            ),
            "again": self.tr("%1 was scanned already").replace("%1", code),
            "extra": self.tr("%1 is not on the convoy's list: noted as extra").replace("%1", code),
        }  # fmt: skip
        item = QListWidgetItem(texts[kind])
        item.setForeground({"extra": _RED, "again": _GREY}.get(kind, _GREEN))
        self.history.insertItem(0, item)
        self._count()
        return kind

    def _count(self) -> None:
        boxes = [c for c, kind in self.kit.expected().items() if kind == "box"]
        values = {
            "expected": len(boxes),
            "arrived": sum(1 for c in boxes if c in self.check.arrived),
            "missing": len(self.check.missing()),
            "extra": len(self.check.extra),
        }
        for name, value in values.items():
            self.counts[name].setText(str(value))

    def save_receipt(self) -> bool:
        try:
            self.receipt.write_text(self.check.receipt_json(), encoding="utf-8")
        except OSError as exc:
            self.message.setStyleSheet("color: #b00020; font-weight: bold;")
            self.message.setText(
                self.tr("The receipt was not saved: %1").replace("%1", exc.strerror or str(exc))
            )
            return False
        self.message.setStyleSheet("color: #1e7d32; font-weight: bold;")
        self.message.setText(
            self.tr("Receipt saved: %1. Send it to the hall.").replace("%1", str(self.receipt))
        )
        return True
