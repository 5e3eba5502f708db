"""Today's expected drop-offs at the door: choosing one fills the intake form with what was
offered, so the volunteer only counts, weighs and prints."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ui.translations import slot_time
from warehouse_app.services import appointments


class ExpectedDropOffs(QComboBox):
    chosen = Signal(object)  # an AppointmentRow, or None for "no appointment"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expectedDropOffs")
        self.rows: list[appointments.AppointmentRow] = []
        self.activated.connect(self._picked)
        self.refresh()

    def refresh(self) -> None:
        keep = self.current()
        self.rows = appointments.expected_today()
        self.blockSignals(True)
        self.clear()
        self.addItem(
            self.tr("No appointment (%1 expected today)").replace("%1", str(len(self.rows))), None
        )
        for a in self.rows:
            who = a.offered_by + (f" ({a.association})" if a.association else "")
            self.addItem(
                f"{slot_time(a.starts_at, with_date=False)} {a.number} – {who}: "
                f"{a.description or a.category}",
                a.id,
            )
        self.setCurrentIndex(max(0, self.findData(keep.id if keep else None)))
        self.blockSignals(False)

    def current(self) -> appointments.AppointmentRow | None:
        wanted = self.currentData()
        return next((a for a in self.rows if a.id == wanted), None)

    def choose(self, appointment_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(appointment_id)))
        self._picked()

    def _picked(self, _index: int = 0) -> None:
        self.chosen.emit(self.current())
