"""Today's expected drop-offs at the door: choosing one fills the intake form with what was
offered, so the volunteer only counts, weighs and prints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QWidget

from ui.translations import slot_time

if TYPE_CHECKING:
    from warehouse_app.services.appointments import AppointmentRow

# Read a moment after the window is up: the intake screen is the first a volunteer sees, and
# its start must not wait for the calendar.
FIRST_READ_MS = 250


class ExpectedDropOffs(QComboBox):
    chosen = Signal(object)  # an AppointmentRow, or None for "no appointment"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expectedDropOffs")
        self.rows: list[AppointmentRow] = []
        self.activated.connect(self._picked)
        self.addItem(self.tr("No appointment (%1 expected today)").replace("%1", "…"), None)
        self._first_read = QTimer(self, singleShot=True, interval=FIRST_READ_MS)
        self._first_read.timeout.connect(self.refresh)
        self._read = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._read:
            self._first_read.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._first_read.stop()  # hidden (or closed) before it read: read at the next show

    def refresh(self) -> None:
        from warehouse_app.services import appointments

        self._read = True
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

    def current(self) -> AppointmentRow | None:
        wanted = self.currentData()
        return next((a for a in self.rows if a.id == wanted), None)

    def choose(self, appointment_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(appointment_id)))
        self._picked()

    def _picked(self, _index: int = 0) -> None:
        self.chosen.emit(self.current())

    def arrival(self, appointment_id: int) -> str:
        """What arrived from the appointment so far, against what was offered."""
        from warehouse_app.services.appointments import appointment

        now = appointment(appointment_id)
        text = (
            self.tr("%1: offered %2 boxes, %3 kg; arrived %4 boxes, %5 kg.")
            .replace("%1", now.number)
            .replace("%2", str(now.offered_boxes or "–"))
            .replace("%3", now.offered_kg or "–")
            .replace("%4", str(now.arrived_boxes))
            .replace("%5", now.arrived_kg)
        )
        if now.offered_boxes and now.arrived_boxes != now.offered_boxes:
            more = now.arrived_boxes > now.offered_boxes
            text += " " + (
                self.tr("More boxes came than were offered.")
                if more
                else self.tr("Fewer boxes so far than were offered.")
            )
        return text
