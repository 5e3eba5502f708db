"""The drop-offs tab: the hall's calendar day by day, its slots with what is booked and free,
the appointments of the day, and the confirmation the donor gets (PDF, or a text to paste)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.service_texts import error_text
from ui.translations import screen_language, slot_time
from ui.widgets.date_edit import DateEdit
from ui.widgets.tables import read_only_rows
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import appointment_papers, appointments, offers
from warehouse_app.texts import QT_TRANSLATE_NOOP

UNITS = {
    "vehicles": QT_TRANSLATE_NOOP("DropOffsView", "vehicles"),
    "boxes": QT_TRANSLATE_NOOP("DropOffsView", "boxes"),
    "m3": QT_TRANSLATE_NOOP("DropOffsView", "m³"),
}
STATUS = {
    "booked": QT_TRANSLATE_NOOP("DropOffsView", "booked"),
    "arrived": QT_TRANSLATE_NOOP("DropOffsView", "arrived"),
    "missed": QT_TRANSLATE_NOOP("DropOffsView", "missed"),
    "cancelled": QT_TRANSLATE_NOOP("DropOffsView", "cancelled"),
}
SLOT_COLUMNS = (
    QT_TRANSLATE_NOOP("DropOffsView", "Slot"),
    QT_TRANSLATE_NOOP("DropOffsView", "Booked"),
    QT_TRANSLATE_NOOP("DropOffsView", "Free"),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("DropOffsView", "Time"),
    QT_TRANSLATE_NOOP("DropOffsView", "Number"),
    QT_TRANSLATE_NOOP("DropOffsView", "Who"),
    QT_TRANSLATE_NOOP("DropOffsView", "What"),
    QT_TRANSLATE_NOOP("DropOffsView", "Status"),
    QT_TRANSLATE_NOOP("DropOffsView", "Offered / arrived"),
)
LANGUAGES = (("de", "Deutsch"), ("uk", "Українська"), ("tr", "Türkçe"))


class DropOffsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.slots: list[appointments.SlotRow] = []
        self.rows: list[appointments.AppointmentRow] = []
        self.day = DateEdit(QDate.currentDate(), objectName="dropoffDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd.MM.yyyy")
        self.day.setLocale(QLocale(screen_language()))  # the weekday in the screens' language
        self.previous = QPushButton("◀", objectName="previousDay")
        self.next = QPushButton("▶", objectName="nextDay")
        self.today = QPushButton(self.tr("Today"), objectName="dropoffToday")
        self.hours_label = QLabel(objectName="openingHours")
        # The hours of a busy hall are long: wrapped and cut, never widening the window.
        self.hours_label.setWordWrap(True)
        self.hours_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hours_button = QPushButton(self.tr("Opening hours…"), objectName="hoursButton")
        self.slot_table = QTableWidget(0, len(SLOT_COLUMNS), objectName="slotTable")
        self.slot_table.setHorizontalHeaderLabels([self.tr(c) for c in SLOT_COLUMNS])
        self.table = QTableWidget(0, len(COLUMNS), objectName="appointmentTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for table in (self.slot_table, self.table):
            read_only_rows(table)
            table.horizontalHeader().setStretchLastSection(True)
        self.book_button = QPushButton(self.tr("Book an offer here…"), objectName="bookSlot")
        self.close_button = QPushButton(self.tr("Close slot"), objectName="closeSlot")
        self.move_button = QPushButton(self.tr("Move…"), objectName="moveAppointment")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelAppointment")
        self.missed_button = QPushButton(self.tr("Did not come"), objectName="missedAppointment")
        self.language = QComboBox(objectName="confirmationLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), objectName="confirmationPdf")
        self.text_button = QPushButton(self.tr("Copy text"), objectName="copyText")
        self.message = QLabel(objectName="dropoffMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        for widget in (self.previous, self.day, self.next, self.today):
            top.addWidget(widget)
        top.addWidget(self.hours_label, 1)
        top.addWidget(self.hours_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.slot_table, 1)
        # Stacked, not side by side: in German the two buttons alone took half the screen.
        left_layout.addWidget(self.book_button)
        left_layout.addWidget(self.close_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for widget in (self.move_button, self.cancel_button, self.missed_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        confirm = QHBoxLayout()
        confirm.addWidget(QLabel(self.tr("Confirmation for the donor:")))
        for widget in (self.language, self.pdf_button, self.text_button):
            confirm.addWidget(widget)
        confirm.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addLayout(confirm)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.day.dateChanged.connect(self.refresh)
        self.previous.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        self.next.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))
        self.today.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        self.hours_button.clicked.connect(lambda: self.edit_hours())
        self.book_button.clicked.connect(lambda: self.book_offer())
        self.close_button.clicked.connect(lambda: self.toggle_slot())
        self.move_button.clicked.connect(lambda: self.move_appointment())
        self.cancel_button.clicked.connect(lambda: self.cancel_appointment())
        self.missed_button.clicked.connect(lambda: self.cancel_appointment(missed=True))
        self.pdf_button.clicked.connect(lambda: self.save_confirmation())
        self.text_button.clicked.connect(lambda: self.copy_confirmation())
        self.slot_table.itemSelectionChanged.connect(self._enable)
        self.table.itemSelectionChanged.connect(self._enable)
        context.changes.changed.connect(self._changed)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _changed(self, change: Change) -> None:
        if change.touches(Kind.OFFERS, Kind.SETTINGS, Kind.BOXES):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def chosen_day(self) -> dt.date:
        value: dt.date = self.day.date().toPython()
        return value

    def refresh(self) -> None:
        from warehouse_app.services.dropoff_hours import opening_hours

        self._stale = False
        hours = opening_hours()
        self.hours_label.setText(
            self.tr("Open: %1; slots of %2 min, %3 %4 each")
            .replace("%1", self._hours_text(hours.windows))
            .replace("%2", str(hours.slot_minutes))
            .replace("%3", str(hours.capacity))
            .replace("%4", self.tr(UNITS.get(hours.unit, hours.unit)))
        )
        self.slots = appointments.day_slots(self.chosen_day())
        self.slot_table.setRowCount(len(self.slots))
        for row, s in enumerate(self.slots):
            unit = self.tr(UNITS.get(s.unit, s.unit))
            free = self.tr("closed") if s.closed else str(s.free)
            for column, text in enumerate(
                (
                    f"{slot_time(s.starts_at, with_date=False)}–"
                    f"{slot_time(s.ends_at, with_date=False)}",
                    f"{s.booked} / {s.capacity} {unit}",
                    free,
                )
            ):
                self.slot_table.setItem(row, column, QTableWidgetItem(text))
        self.rows = [a for s in self.slots for a in s.appointments]
        self.table.setRowCount(len(self.rows))
        for row, a in enumerate(self.rows):
            who = a.offered_by + (f" ({a.association})" if a.association else "")
            offered = self.tr("%1 boxes, %2 kg").replace("%1", str(a.offered_boxes or "–"))
            offered = offered.replace("%2", a.offered_kg or "–")
            if a.status == "arrived":
                offered += " → " + self.tr("%1 boxes, %2 kg").replace(
                    "%1", str(a.arrived_boxes)
                ).replace("%2", a.arrived_kg)
            for column, text in enumerate(
                (
                    slot_time(a.starts_at, with_date=False),
                    a.number,
                    who,
                    a.description or a.category,
                    self.tr(STATUS.get(a.status, a.status)),
                    offered,
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for table in (self.slot_table, self.table):
            table.resizeColumnsToContents()
        self._enable()

    def _hours_text(self, windows: tuple[tuple[int, dt.time, dt.time], ...]) -> str:
        locale = QLocale(screen_language())
        return ", ".join(
            f"{locale.dayName(day, QLocale.FormatType.ShortFormat)} {a:%H:%M}–{b:%H:%M}"
            for day, a, b in windows
        )

    def selected_slot(self) -> appointments.SlotRow | None:
        row = self.slot_table.currentRow()
        if not self.slot_table.selectedItems() or not 0 <= row < len(self.slots):
            return None
        found: appointments.SlotRow = self.slots[row]
        return found

    def selected(self) -> appointments.AppointmentRow | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.rows):
            return None
        found: appointments.AppointmentRow = self.rows[row]
        return found

    def select_appointment(self, number: str) -> None:
        for row, a in enumerate(self.rows):
            if a.number == number:
                self.table.selectRow(row)

    def _enable(self) -> None:
        slot = self.selected_slot()
        chosen = self.selected()
        booked = chosen is not None and chosen.status == "booked"
        self.book_button.setEnabled(slot is not None and slot.free > 0)
        self.close_button.setEnabled(slot is not None)
        if slot is not None:
            self.close_button.setText(
                self.tr("Open slot") if slot.closed else self.tr("Close slot")
            )
        for button in (self.move_button, self.cancel_button, self.missed_button):
            button.setEnabled(booked)
        for button in (self.pdf_button, self.text_button):
            button.setEnabled(booked)

    def _say(self, text: str, *, ok: bool = True) -> None:
        self.message.setStyleSheet("" if ok else "color: #b00020; font-weight: bold;")
        self.message.setText(text)

    def _write(self, work: object, text: str) -> bool:
        try:
            work()  # type: ignore[operator]
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return False
        self.context.changes.announce(Kind.OFFERS, origin=self)
        self.refresh()
        self._say(text)
        return True

    # --- actions ------------------------------------------------------------------------------
    def book_offer(self, offer_id: int | None = None) -> None:
        slot = self.selected_slot()
        if slot is None:
            return
        if offer_id is None:
            waiting = [o for o in offers.offers("accepted") if not o.appointment]
            if not waiting:
                self._say(
                    self.tr("No accepted offer waits for a slot: accept one first."), ok=False
                )
                return
            labels = [f"{o.id}: {o.offered_by} – {o.description or o.category}" for o in waiting]
            picked, ok = QInputDialog.getItem(
                self, self.tr("Book %1").replace("%1", slot_time(slot.starts_at)),
                self.tr("Which offer?"), labels, 0, False,
            )  # fmt: skip
            if not ok:
                return
            offer_id = waiting[labels.index(picked)].id
        chosen_offer = offer_id
        self._write(
            lambda: appointments.book(chosen_offer, slot.starts_at),
            self.tr("Booked: offer %1 at %2.")
            .replace("%1", str(offer_id))
            .replace("%2", slot_time(slot.starts_at)),
        )

    def toggle_slot(self) -> None:
        slot = self.selected_slot()
        if slot is not None:
            self._write(
                lambda: appointments.set_slot(slot.starts_at, closed=not slot.closed),
                (self.tr("Slot %1 opened.") if slot.closed else self.tr("Slot %1 closed.")).replace(
                    "%1", slot_time(slot.starts_at)
                ),
            )

    def move_appointment(self, starts_at: dt.datetime | None = None) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if starts_at is None:
            free = appointments.free_slots(chosen.load)
            labels = [slot_time(s.starts_at) for s in free]
            if not labels:
                self._say(self.tr("No other slot is free in the next three weeks."), ok=False)
                return
            picked, ok = QInputDialog.getItem(
                self, self.tr("Move %1").replace("%1", chosen.number),
                self.tr("To which slot?"), labels, 0, False,
            )  # fmt: skip
            if not ok:
                return
            starts_at = free[labels.index(picked)].starts_at
        target = starts_at
        self._write(
            lambda: appointments.move(chosen.id, target),
            self.tr("%1 moved to %2.")
            .replace("%1", chosen.number)
            .replace("%2", slot_time(target)),
        )

    def cancel_appointment(self, *, missed: bool = False) -> None:
        chosen = self.selected()
        if chosen is not None:
            text = self.tr("%1: did not come.") if missed else self.tr("%1 cancelled.")
            self._write(
                lambda: appointments.cancel(chosen.id, missed=missed),
                text.replace("%1", chosen.number),
            )

    def edit_hours(self) -> None:
        from ui.needs.hours_dialog import HoursDialog

        if HoursDialog(self).exec():
            self.context.changes.announce(Kind.SETTINGS, origin=self)
            self.refresh()
            self.say_hours_saved()

    def say_hours_saved(self) -> None:
        """Saved; and, in red, the booked donors the new hours no longer hold."""
        stranded = appointments.outside_hours()
        if not stranded:
            self._say(self.tr("Opening hours saved."))
            return
        self._say(
            self.tr(
                "Opening hours saved. %1 booked appointments lie outside them: move them and "
                "tell the donors: %2"
            )
            .replace("%1", str(len(stranded)))
            .replace("%2", ", ".join(f"{a.number} ({slot_time(a.starts_at)})" for a in stranded)),
            ok=False,
        )

    def save_confirmation(self, path: Path | None = None) -> Path | None:
        from reports.dropoff_confirmation import render_confirmation

        chosen = self.selected()
        if chosen is None:
            return None
        language = str(self.language.currentData())
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the confirmation"),
                f"{chosen.number}-{language}.pdf",
                "PDF (*.pdf)",
            )
            if not name:
                return None
            path = Path(name)
        try:
            path.write_bytes(
                render_confirmation(appointment_papers.confirmation(chosen.id), language)
            )
        except (HafenlagerError, OSError) as exc:
            self._say(
                self.tr("The confirmation was not saved: %1").replace("%1", error_text(exc)),
                ok=False,
            )
            return None
        self._say(self.tr("Confirmation saved: %1").replace("%1", str(path)))
        return path

    def copy_confirmation(self) -> str:
        from warehouse_app.papers.dropoff import confirmation_text

        chosen = self.selected()
        if chosen is None:
            return ""
        text = confirmation_text(
            appointment_papers.confirmation(chosen.id), str(self.language.currentData())
        )
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("The confirmation of %1 is copied: paste it into the e-mail or chat.")
                  .replace("%1", chosen.number))  # fmt: skip
        return text
