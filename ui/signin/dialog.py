"""Signing in: name, PIN, language and station, checked by services.signin.

The same dialog locks the window (Ctrl+L, or after minutes without input): then the station
stays as it is and the dialog cannot be closed, only signed in at or Hafenlager closed."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.language_chooser import language_chooser
from ui.service_texts import error_text
from ui.widgets.form_dialog import ErrorLabel
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata, people, signin
from warehouse_app.services.people import Person


def pin_field(object_name: str) -> QLineEdit:
    """A masked field that takes digits only. It holds a whole label's code too: a scan into
    a locked station's PIN is then told apart from a PIN (services: access.pins.check_pin)
    rather than cut to a wrong one."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{LONGEST}}}")))
    edit.setMaxLength(LONGEST)
    return edit


LONGEST = 16  # digits a scanner may type: a label's code, with room to spare


def clean(text: str) -> str:
    return " ".join(text.split())


class SignInDialog(QDialog):
    """Who is working: a person of the hall, with their PIN. The result is `person`."""

    def __init__(
        self,
        last_name: str,
        station: str,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.locked = locked
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Locked: sign in to go on") if locked else self.tr("Sign in"))
        self.setMinimumWidth(520)
        self.names = QComboBox(objectName="volunteerName")
        self.names.setEditable(True)
        self.names.addItems([p.name for p in people.people(active_only=True)])
        self.names.setCurrentText(last_name)
        line = self.names.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Your name"))
        self.pin = pin_field("pin")
        self.pin.setPlaceholderText(self.tr("Your PIN (digits)"))
        self.language = language_chooser("")
        self.names.currentTextChanged.connect(self._preselect_language)
        self._preselect_language(last_name)
        self.station = QLineEdit(station, objectName="stationName")
        self.station.setReadOnly(locked)  # the PC stays where it is
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.names)
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Station"), self.station)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        self.ok_button.setObjectName("signIn")
        buttons.accepted.connect(self.accept)
        if locked:
            close = buttons.addButton(
                self.tr("Close Hafenlager"), QDialogButtonBox.ButtonRole.RejectRole
            )
            close.setObjectName("closeApp")
            close.clicked.connect(self.close_app)
        hint = (
            self.tr("This station is locked. Pick your name and type your PIN.")
            if locked
            else self.tr(
                "Pick your name and type your PIN. New here? Type your name and choose a PIN."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(hint, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.person: Person | None = None
        self.quit_requested = False
        # The last person's name is selected: the next one types theirs over it, or, when
        # it is theirs, goes on to the PIN.
        if last_name:
            self.pin.setFocus()
        line.selectAll()

    def accept(self) -> None:
        station = clean(self.station.text())
        if not station:
            self._refused(self.tr("Give this workstation a name, for example Halle-PC-1."))
            return
        if not clean(self.names.currentText()):
            self._refused(self.tr("Type your name, so your work is recorded under it."))
            self.names.setFocus()
            return
        try:
            found = signin.sign_in(self.names.currentText(), self.pin.text(), station)
            if self.language_code != found.language:
                masterdata.set_volunteer_language(found.id, self.language_code)
        except HafenlagerError as exc:
            self._refused(error_text(exc))
            return
        self.person = found
        self.pin.clear()  # a PIN never stays in a widget longer than needed
        self.error.show_message("")
        super().accept()

    def reject(self) -> None:
        if not self.locked:  # a locked window opens only with a PIN
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            return  # Escape must not unlock the window
        super().keyPressEvent(event)

    def close_app(self) -> None:
        """The lock's way out: Hafenlager closes (the caller does it), nothing unlocks."""
        self.quit_requested = True
        super().reject()

    def _refused(self, text: str) -> None:
        self.error.show_message(text)
        self.pin.clear()
        self.pin.setFocus()

    def _preselect_language(self, name: str) -> None:
        known = masterdata.language_of(name) if name.strip() else None
        if known is not None:  # a new name keeps whatever is chosen
            self.language.setCurrentIndex(max(0, self.language.findData(known)))

    @property
    def language_code(self) -> str:
        return str(self.language.currentData() or "")

    @property
    def volunteer_id(self) -> int | None:
        return self.person.id if self.person is not None else None

    @property
    def volunteer_name(self) -> str:
        return self.person.name if self.person is not None else clean(self.names.currentText())

    @property
    def station_name(self) -> str:
        return clean(self.station.text())
