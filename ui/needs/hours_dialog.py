"""The hall's drop-off opening hours: per weekday from and to, the slots' length and what a
slot takes. Slots booked or closed already keep what they had."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QTimeEdit, QWidget

from ui.service_texts import error_text
from ui.translations import screen_language
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import dropoff_hours
from warehouse_app.texts import QT_TRANSLATE_NOOP

UNITS = {
    "vehicles": QT_TRANSLATE_NOOP("HoursDialog", "vehicles"),
    "boxes": QT_TRANSLATE_NOOP("HoursDialog", "boxes"),
    "m3": QT_TRANSLATE_NOOP("HoursDialog", "m³"),
}


class HoursDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Drop-off opening hours"), parent)
        hours = dropoff_hours.opening_hours()
        by_day = {day: (a, b) for day, a, b in hours.windows}
        locale = QLocale(screen_language())
        self.days: list[tuple[int, QCheckBox, QTimeEdit, QTimeEdit]] = []
        for day in range(1, 8):
            opens, closes = by_day.get(day, (dt.time(10), dt.time(16)))
            open_box = QCheckBox(locale.dayName(day), objectName=f"day{day}")
            open_box.setChecked(day in by_day)
            start = QTimeEdit(QTime(opens.hour, opens.minute), objectName=f"opens{day}")
            end = QTimeEdit(QTime(closes.hour, closes.minute), objectName=f"closes{day}")
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            row = QHBoxLayout()
            row.addWidget(start)
            row.addWidget(end)
            self.form.addRow(open_box, row)
            self.days.append((day, open_box, start, end))
        self.minutes = QSpinBox(objectName="slotMinutes")
        self.minutes.setRange(10, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(hours.slot_minutes)
        self.minutes.setSuffix(" min")
        self.capacity = QSpinBox(objectName="slotCapacity")
        self.capacity.setRange(1, 1000)
        self.capacity.setValue(hours.capacity)
        self.unit = QComboBox(objectName="slotUnit")
        for value, label in UNITS.items():
            self.unit.addItem(self.tr(label), value)
        self.unit.setCurrentIndex(max(0, self.unit.findData(hours.unit)))
        takes = QHBoxLayout()
        takes.addWidget(self.capacity)
        takes.addWidget(self.unit)
        self.form.addRow(self.tr("Each slot lasts"), self.minutes)
        self.form.addRow(self.tr("Each slot takes"), takes)

    def hours_text(self) -> str:
        return ", ".join(
            f"{day} {start.time().toString('HH:mm')}-{end.time().toString('HH:mm')}"
            for day, box, start, end in self.days
            if box.isChecked()
        )

    def accept(self) -> None:
        try:
            dropoff_hours.save_opening_hours(
                self.hours_text(),
                self.minutes.value(),
                self.capacity.value(),
                str(self.unit.currentData()),
            )
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
