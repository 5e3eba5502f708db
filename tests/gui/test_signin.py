"""Signing in at a station: a name and a PIN, the first admin of a new hall, the lock."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ui.app import choose_worker
from ui.signin.dialog import SignInDialog
from ui.signin.first_admin import FirstAdminDialog
from warehouse_app.access.roles import Role
from warehouse_app.config import StationConfig
from warehouse_app.services import people
from warehouse_app.storage.opening import OpenedDatabase


def shown_dialog(qtbot: QtBot, last_name: str = "") -> SignInDialog:
    dialog = SignInDialog(last_name, "Halle-PC-1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def attempt(qtbot: QtBot, dialog: SignInDialog, name: str, pin: str) -> None:
    dialog.names.setCurrentText(name)
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    dialog.accept()


def test_the_right_pin_signs_in_with_the_persons_role(qtbot: QtBot, demo: OpenedDatabase) -> None:
    dialog = shown_dialog(qtbot)
    assert "Mykola Petrenko" in [dialog.names.itemText(i) for i in range(dialog.names.count())]
    attempt(qtbot, dialog, "Mykola Petrenko", "2222")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.person is not None and dialog.person.role is Role.LEAD
    assert dialog.volunteer_name == "Mykola Petrenko" and dialog.station_name == "Halle-PC-1"
    assert dialog.pin.text() == ""  # the PIN does not stay in the widget


def test_a_wrong_pin_is_said_in_red_and_the_pin_typed_again(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    dialog = shown_dialog(qtbot)
    attempt(qtbot, dialog, "Katrin Vogel", "1112")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.person is None
    assert dialog.error.isVisible() and "Wrong PIN" in dialog.error.text()
    assert "#b00020" in dialog.error.styleSheet()
    assert dialog.pin.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pin)
    attempt(qtbot, dialog, "Katrin Vogel", "1111")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_pin_field_is_masked_and_takes_digits_only(qtbot: QtBot, demo: OpenedDatabase) -> None:
    dialog = shown_dialog(qtbot)
    assert dialog.pin.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.pin, "12ab34-5678999")
    assert dialog.pin.text() == "12345678999"  # digits only


def test_a_label_scanned_into_a_locked_stations_pin_is_no_wrong_pin(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    from warehouse_app.storage.models import Box, Volunteer

    dialog = shown_dialog(qtbot)
    box = Box.select().order_by(Box.id).first()
    for _ in range(6):  # more scans than the misses that would pause Olena's sign-in
        attempt(qtbot, dialog, "Olena Shevchenko", str(box.code))
        assert "That was a label, not a PIN" in dialog.error.text()
    assert Volunteer.get(Volunteer.name == "Olena Shevchenko").failed_pins == 0
    attempt(qtbot, dialog, "Olena Shevchenko", "3333")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_five_wrong_pins_pause_the_sign_in(qtbot: QtBot, demo: OpenedDatabase) -> None:
    dialog = shown_dialog(qtbot)
    for _ in range(5):
        attempt(qtbot, dialog, "Olena Shevchenko", "9999")
        assert "Wrong PIN" in dialog.error.text()
    attempt(qtbot, dialog, "Olena Shevchenko", "3333")  # the right one, too late
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Too many wrong PINs" in dialog.error.text() and "wait" in dialog.error.text()
    assert dialog.pin.text() == ""


def test_a_name_nobody_has_signs_up_as_a_volunteer(qtbot: QtBot, demo: OpenedDatabase) -> None:
    dialog = shown_dialog(qtbot)
    attempt(qtbot, dialog, "  Petro   Bondar ", "5678")
    assert dialog.person is not None and dialog.person.role is Role.VOLUNTEER
    assert dialog.person.name == "Petro Bondar" and dialog.person.has_pin


def test_a_name_and_a_station_are_needed(qtbot: QtBot, demo: OpenedDatabase) -> None:
    dialog = shown_dialog(qtbot)
    attempt(qtbot, dialog, "", "1111")
    assert "Type your name" in dialog.error.text()
    dialog.station.setText(" ")
    attempt(qtbot, dialog, "Katrin Vogel", "1111")
    assert "workstation" in dialog.error.text() and dialog.person is None


def test_the_new_halls_first_start_creates_its_admin(
    qtbot: QtBot, new_hall: OpenedDatabase
) -> None:
    assert people.needs_first_admin()
    dialog = FirstAdminDialog("Halle-PC-1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Anna Schmidt")
    qtbot.keyClicks(dialog.pin, "4711")
    qtbot.keyClicks(dialog.pin_again, "4712")
    dialog.accept()
    assert "differ" in dialog.error.text() and dialog.pin.text() == ""
    assert people.needs_first_admin()
    qtbot.keyClicks(dialog.pin, "47")
    qtbot.keyClicks(dialog.pin_again, "47")
    dialog.accept()
    assert "4 to 6 digits" in dialog.error.text()
    qtbot.keyClicks(dialog.pin, "4711")
    qtbot.keyClicks(dialog.pin_again, "4711")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.person is not None and dialog.person.role is Role.ADMIN
    assert not people.needs_first_admin()
    # The admin signs in with it from now on.
    again = shown_dialog(qtbot)
    attempt(qtbot, again, "Anna Schmidt", "4711")
    assert again.person is not None and again.person.role is Role.ADMIN


def answer_the_start(qtbot: QtBot, fill: object) -> None:
    """Fill the start's modal dialog once it is up (its exec() waits for it)."""

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, later)
            return
        fill(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, later)


def test_the_start_asks_a_new_hall_for_its_admin(qtbot: QtBot, new_hall: OpenedDatabase) -> None:
    def fill(dialog: FirstAdminDialog) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        dialog.name.setText("Anna Schmidt")
        dialog.pin.setText("4711")
        dialog.pin_again.setText("4711")
        dialog.station.setText("Rampe")
        dialog.accept()

    answer_the_start(qtbot, fill)
    context = choose_worker(new_hall, smoke_test=False)
    assert context is not None and context.volunteer_name == "Anna Schmidt"
    assert context.role is Role.ADMIN and context.station == "Rampe"
    assert StationConfig.load().last_volunteer == "Anna Schmidt"


def test_the_start_signs_in_on_a_hall_with_people(qtbot: QtBot, demo: OpenedDatabase) -> None:
    config = StationConfig.load()
    config.terminal_mode = "on"
    config.save()

    def fill(dialog: SignInDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.names.setCurrentText("Mykola Petrenko")
        dialog.pin.setText("2222")
        dialog.accept()

    answer_the_start(qtbot, fill)
    context = choose_worker(demo, smoke_test=False)
    assert context is not None and context.role is Role.LEAD
    assert context.volunteer_id == people.find_person("Mykola Petrenko").id  # type: ignore[union-attr]
    assert context.terminal  # the station's own setting


def test_a_busy_database_is_said_in_red_and_counts_no_miss(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    """Another station holds the lock (a real process): the sign-in waits its budget, says so
    in red, records nothing; once the lock is gone the same PIN signs in."""
    from tests.locking import write_lock_held
    from warehouse_app.storage.models import Volunteer

    dialog = shown_dialog(qtbot)
    with write_lock_held(demo.target):
        attempt(qtbot, dialog, "Mykola Petrenko", "0000")
        assert "busy" in dialog.error.text() and "#b00020" in dialog.error.styleSheet()
        assert dialog.result() != QDialog.DialogCode.Accepted
    assert Volunteer.get(Volunteer.name == "Mykola Petrenko").failed_pins == 0
    attempt(qtbot, dialog, "Mykola Petrenko", "2222")
    assert dialog.result() == QDialog.DialogCode.Accepted
