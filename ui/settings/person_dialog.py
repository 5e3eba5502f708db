"""Adding a person, changing their role, association or whether they still work here, and
giving them a new PIN: each through services.people, its refusal said in the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from ui.service_texts import error_text
from ui.signin.dialog import pin_field
from ui.widgets.form_dialog import FormDialog
from warehouse_app.access.pins import check_pin
from warehouse_app.access.roles import ROLE_NAMES, Role
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata, people
from warehouse_app.services.movements import Actor
from warehouse_app.services.people import Person


def role_name(role: Role) -> str:
    return QCoreApplication.translate("service", ROLE_NAMES[role])


class PersonDialog(FormDialog):
    """A new person (editing None), or one person's role, association and activity."""

    def __init__(
        self, actor: Actor, editing: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Change %1").replace("%1", editing.name)
            if editing
            else self.tr("Add a person"),
            parent,
        )
        self.setObjectName("personDialog")
        self.setMinimumWidth(520)
        self.actor = actor
        self.editing = editing
        self.name = QLineEdit(objectName="personName")
        self.role = QComboBox(objectName="personRole")
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        self.association = QComboBox(objectName="personAssociation")
        self.association.addItem(self.tr("(the whole hall)"), "")
        for info in masterdata.associations(active_only=True):
            self.association.addItem(f"{info.short_code} – {info.name}", info.short_code)
        self.pin = pin_field("personPin")
        self.active = QCheckBox(self.tr("Works here"), objectName="personActive")
        if editing is None:
            self.form.addRow(self.tr("&Name"), self.name)
        else:
            self.form.addRow(self.tr("Name"), QLabel(editing.name))
            self.role.setCurrentIndex(max(0, self.role.findData(editing.role.value)))
            found = self.association.findData(editing.association)
            if found < 0:  # an association no longer active stays as it is
                self.association.addItem(editing.association, editing.association)
                found = self.association.count() - 1
            self.association.setCurrentIndex(found)
            self.active.setChecked(editing.active)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("&Association"), self.association)
        hint = QLabel(
            self.tr(
                "A board member of an association sees that association's goods only. "
                "A lead or an admin needs a PIN; a volunteer without one sets it at the "
                "first sign-in."
            ),
            wordWrap=True,
        )
        if editing is None:
            self.form.addRow(self.tr("&PIN"), self.pin)
        else:
            self.form.addRow("", self.active)
        self.form.addRow("", hint)
        self.person: Person | None = None

    def accept(self) -> None:
        role = str(self.role.currentData())
        association = str(self.association.currentData() or "")
        try:
            if self.editing is None:
                self.person = people.add_person(
                    self.actor, self.name.text(), role, self.pin.text(), association
                )
            else:
                self.person = people.update_person(
                    self.actor,
                    self.editing.id,
                    role=role,
                    association=association,
                    active=self.active.isChecked(),
                )
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            self.pin.clear()
            return
        self.pin.clear()
        super().accept()


class PinDialog(FormDialog):
    """A new PIN for someone who forgot theirs (typed twice: nobody sees it)."""

    def __init__(self, actor: Actor, person: Person, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New PIN for %1").replace("%1", person.name))
        self.setObjectName("pinDialog")
        self.setMinimumWidth(480)
        self.actor = actor
        self.target = person
        self.pin = pin_field("newPin")
        self.pin_again = pin_field("newPinAgain")
        self.form.addRow(self.tr("New &PIN"), self.pin)
        self.form.addRow(self.tr("PIN &again"), self.pin_again)
        self.form.addRow(
            "",
            QLabel(
                self.tr("Tell the person their PIN in private; they can sign in with it at once."),
                wordWrap=True,
            ),
        )
        self.person: Person | None = None

    def accept(self) -> None:
        pin = self.pin.text()
        if pin != self.pin_again.text():
            self._refused(self.tr("The two PINs differ: type the same PIN twice."))
            return
        try:
            # An empty PIN would change nothing and look saved: said at once instead.
            self.person = people.update_person(self.actor, self.target.id, pin=check_pin(pin))
        except HafenlagerError as exc:
            self._refused(error_text(exc))
            return
        self.pin.clear()
        self.pin_again.clear()
        super().accept()

    def _refused(self, text: str) -> None:
        self.error.show_message(text)
        self.pin.clear()
        self.pin_again.clear()
        self.pin.setFocus()
