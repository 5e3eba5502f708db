"""Settings › People: who works in the hall, in which role, for which association; and how
soon an unattended station locks."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.service_texts import error_text
from ui.settings.person_dialog import PersonDialog, PinDialog, role_name
from ui.signin.idle import SETTING, idle_minutes
from ui.widgets.tables import read_only_rows
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata, people
from warehouse_app.services.people import Person

Dialog = TypeVar("Dialog", PersonDialog, PinDialog)


class PeopleSettings(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleSettings")
        self.context = context
        self.records: list[Person] = []
        self._stale = False
        self.table = QTableWidget(0, 5, objectName="peopleTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Association"),
                self.tr("PIN set"),
                self.tr("Works here"),
            ]
        )
        read_only_rows(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = QPushButton(self.tr("&Add…"), objectName="addPerson")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="editPerson")
        self.pin_button = QPushButton(self.tr("Reset &PIN…"), objectName="resetPin")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.pin_button.clicked.connect(self.reset_pin)
        self.idle = QSpinBox(objectName="idleLockMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(idle_minutes())
        self.idle_button = QPushButton(self.tr("&Save"), objectName="saveIdleLock")
        self.idle_button.clicked.connect(self.save_idle_lock)
        self.message = QLabel(objectName="peopleMessage", wordWrap=True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.pin_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(self.tr("Lock a station after this long without input:")))
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.idle_button)
        idle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(idle_row)
        context.changes.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        self.records = people.people()
        yes, no = self.tr("yes"), self.tr("no")
        self.table.setRowCount(len(self.records))
        for row, person in enumerate(self.records):
            cells = (
                person.name,
                role_name(person.role),
                person.association or self.tr("(the whole hall)"),
                yes if person.has_pin else no,
                yes if person.active else no,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def current(self) -> Person | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def select(self, name: str) -> None:
        for row, person in enumerate(self.records):
            if person.name == name:
                self.table.selectRow(row)

    # Each dialog is made here and opened by the button; a test fills it and accepts it.
    def add_dialog(self) -> PersonDialog:
        return self._saving(PersonDialog(self.context.actor, None, self))

    def edit_dialog(self) -> PersonDialog | None:
        person = self.current()
        if person is None:
            self._say(self.tr("Choose a person in the list first."), ok=False)
            return None
        return self._saving(PersonDialog(self.context.actor, person, self))

    def pin_dialog(self) -> PinDialog | None:
        person = self.current()
        if person is None:
            self._say(self.tr("Choose a person in the list first."), ok=False)
            return None
        return self._saving(PinDialog(self.context.actor, person, self))

    def add(self) -> None:
        self.add_dialog().exec()

    def edit(self) -> None:
        dialog = self.edit_dialog()
        if dialog is not None:
            dialog.exec()

    def reset_pin(self) -> None:
        dialog = self.pin_dialog()
        if dialog is not None:
            dialog.exec()

    def _saving(self, dialog: Dialog) -> Dialog:
        dialog.accepted.connect(lambda: self._saved(dialog))
        return dialog

    def _saved(self, dialog: PersonDialog | PinDialog) -> None:
        person = dialog.person
        # Who may do what changed: the main window shows the pages for it.
        self.context.changes.announce(Kind.SETTINGS, origin=self)
        self.refresh()
        if person is not None:
            self.select(person.name)
            self._say(self.tr("Saved %1.").replace("%1", person.name), ok=True)

    def save_idle_lock(self) -> None:
        try:
            masterdata.save_settings({SETTING: str(self.idle.value())})
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return
        self.context.changes.announce(Kind.SETTINGS, origin=self)
        self._say(self.tr("Saved."), ok=True)

    def _changed(self, change: Change) -> None:
        if change.origin is self or not change.touches(Kind.SETTINGS):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # reloaded when shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {'#1e7d32' if ok else '#b00020'}; font-weight: bold;")
        self.message.setText(text)
