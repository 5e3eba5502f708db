"""The first start of a new hall: whoever starts it becomes its admin, with a PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from ui.signin.dialog import clean, pin_field
from ui.widgets.form_dialog import ErrorLabel
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata, people
from warehouse_app.services.people import Person


class FirstAdminDialog(QDialog):
    """Create the hall's admin: a name and a PIN typed twice. The result is `person`."""

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Create the hall's admin"))
        self.setMinimumWidth(520)
        self.name = QLineEdit(objectName="adminName")
        self.name.setPlaceholderText(self.tr("Your name"))
        self.pin = pin_field("pin")
        self.pin_again = pin_field("pinAgain")
        self.language = language_chooser("")
        self.station = QLineEdit(station, objectName="stationName")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("PIN &again"), self.pin_again)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Station"), self.station)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create admin"))
        self.ok_button.setObjectName("createAdmin")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "This hall has nobody yet. You become its admin: you add the other people "
                    "and give them their roles. Choose a PIN of 4 to 6 digits and keep it to "
                    "yourself."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.person: Person | None = None

    def accept(self) -> None:
        station = clean(self.station.text())
        if not station:
            self.error.show_message(
                self.tr("Give this workstation a name, for example Halle-PC-1.")
            )
            return
        if self.pin.text() != self.pin_again.text():
            self._refused(self.tr("The two PINs differ: type the same PIN twice."))
            return
        try:
            made = people.create_first_admin(self.name.text(), self.pin.text(), station)
            if self.language_code:
                masterdata.set_volunteer_language(made.id, self.language_code)
        except HafenlagerError as exc:
            self._refused(error_text(exc))
            return
        self.person = made
        self.pin.clear()
        self.pin_again.clear()
        super().accept()

    def _refused(self, text: str) -> None:
        self.error.show_message(text)
        self.pin.clear()
        self.pin_again.clear()
        self.pin.setFocus()

    @property
    def language_code(self) -> str:
        return str(self.language.currentData() or "")

    @property
    def volunteer_id(self) -> int | None:
        return self.person.id if self.person is not None else None

    @property
    def volunteer_name(self) -> str:
        return self.person.name if self.person is not None else clean(self.name.text())

    @property
    def station_name(self) -> str:
        return clean(self.station.text())
