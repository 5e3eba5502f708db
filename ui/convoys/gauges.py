"""A convoy's capacity: a bar per vehicle (and for the convoy), green, amber near a limit, red
over it, with kg, pallet places and boxes written on it."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QProgressBar, QVBoxLayout, QWidget

from ui.formatting import number
from warehouse_app.services.convoys import Gauge


class CapacityGauges(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Capacity"), parent)
        self.bars = QVBoxLayout(self)

    def clear(self) -> None:
        while self.bars.count():
            item = self.bars.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_gauges(self, gauges: tuple[Gauge, ...]) -> None:
        self.clear()
        for gauge in gauges:
            bar = QProgressBar(objectName=f"gauge_{gauge.label}")
            bar.setRange(0, 1000)
            bar.setValue(min(1000, int(gauge.kg_share * 1000)))
            places = (
                (f" · {gauge.pallets}/{gauge.pallet_places} " + self.tr("pallet places"))
                if gauge.pallet_places
                else ""
            )
            # The services call the total "convoy"; a vehicle's bar is its number and plate.
            label = self.tr("Whole convoy") if gauge.label == "convoy" else gauge.label
            bar.setFormat(
                f"{label}: {number(gauge.gross_kg)} / {number(gauge.payload_kg)} kg"
                f"{places} · {gauge.boxes} " + self.tr("boxes")
            )
            over = gauge.over_payload or gauge.over_places
            near = gauge.kg_share > 0.9 or (
                gauge.pallet_places and gauge.pallets > 0.9 * gauge.pallet_places
            )
            colour = "#c62828" if over else ("#f9a825" if near else "#2e7d32")
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            self.bars.addWidget(bar)
