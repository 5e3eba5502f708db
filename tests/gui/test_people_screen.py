"""Settings › People: the admin adds people, changes their role, association and PIN."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.settings.people import PeopleSettings
from warehouse_app.access.roles import Role
from warehouse_app.services import masterdata, people, signin
from warehouse_app.storage.opening import OpenedDatabase


def screen_for(qtbot: QtBot, demo: OpenedDatabase, name: str) -> PeopleSettings:
    found = people.find_person(name)
    assert found is not None
    screen = PeopleSettings(AppContext(demo, found.id, found.name, "Halle-PC-1"))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def row_of(screen: PeopleSettings, name: str) -> list[str]:
    for row in range(screen.table.rowCount()):
        if screen.table.item(row, 0).text() == name:
            return [screen.table.item(row, c).text() for c in range(screen.table.columnCount())]
    raise AssertionError(f"{name} is not listed")


@pytest.fixture
def screen(qtbot: QtBot, demo: OpenedDatabase) -> PeopleSettings:
    return screen_for(qtbot, demo, "Katrin Vogel")


def test_the_list_shows_role_association_pin_and_activity(screen: PeopleSettings) -> None:
    assert row_of(screen, "Katrin Vogel") == [
        "Katrin Vogel",
        "admin",
        "(the whole hall)",
        "yes",
        "yes",
    ]
    assert row_of(screen, "Iryna Koval")[1:3] == ["lead", "BGH"]
    assert row_of(screen, "Mehmet Yılmaz")[3] == "no"  # sets a PIN at the first sign-in


def test_the_admin_adds_a_lead_who_signs_in_with_their_pin(
    qtbot: QtBot, screen: PeopleSettings
) -> None:
    dialog = screen.add_dialog()
    dialog.name.setText("Petro Bondar")
    dialog.role.setCurrentIndex(dialog.role.findData("lead"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "needs a PIN" in dialog.error.text() and not dialog.error.isHidden()
    assert people.find_person("Petro Bondar") is None  # nothing written
    qtbot.keyClicks(dialog.pin, "5555")
    dialog.association.setCurrentIndex(dialog.association.findData("BGH"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert row_of(screen, "Petro Bondar")[1:4] == ["lead", "BGH", "yes"]
    assert "Saved Petro Bondar" in screen.message.text()
    assert signin.sign_in("Petro Bondar", "5555", "Halle-PC-1").role is Role.LEAD


def test_the_admin_changes_a_role_and_who_still_works_here(screen: PeopleSettings) -> None:
    screen.select("Olena Shevchenko")
    dialog = screen.edit_dialog()
    assert dialog is not None and dialog.active.isChecked()
    dialog.role.setCurrentIndex(dialog.role.findData("lead"))  # she has a PIN already
    dialog.active.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert row_of(screen, "Olena Shevchenko")[1:] == ["lead", "(the whole hall)", "yes", "no"]
    olena = people.find_person("Olena Shevchenko")
    assert olena is not None and olena.role is Role.LEAD and not olena.active


def test_the_last_admin_cannot_be_removed(screen: PeopleSettings) -> None:
    for change in ("role", "active"):
        screen.select("Katrin Vogel")
        dialog = screen.edit_dialog()
        assert dialog is not None
        if change == "role":
            dialog.role.setCurrentIndex(dialog.role.findData("volunteer"))
        else:
            dialog.active.setChecked(False)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "last admin" in dialog.error.text()
        assert "#b00020" in dialog.error.styleSheet()
    katrin = people.find_person("Katrin Vogel")
    assert katrin is not None and katrin.role is Role.ADMIN and katrin.active


def test_a_forgotten_pin_is_reset(qtbot: QtBot, screen: PeopleSettings) -> None:
    screen.select("Olena Shevchenko")
    dialog = screen.pin_dialog()
    assert dialog is not None
    qtbot.keyClicks(dialog.pin, "7777")
    qtbot.keyClicks(dialog.pin_again, "7778")
    dialog.accept()
    assert "differ" in dialog.error.text() and dialog.pin.text() == ""
    dialog.accept()  # nothing typed: said, not saved as if it were
    assert "4 to 6 digits" in dialog.error.text()
    qtbot.keyClicks(dialog.pin, "7777")
    qtbot.keyClicks(dialog.pin_again, "7777")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert signin.sign_in("Olena Shevchenko", "7777", "Halle-PC-1").name == "Olena Shevchenko"


def test_a_lead_is_refused_in_red(qtbot: QtBot, demo: OpenedDatabase) -> None:
    screen = screen_for(qtbot, demo, "Mykola Petrenko")
    dialog = screen.add_dialog()
    dialog.name.setText("Petro Bondar")
    dialog.accept()
    assert "Managing people needs" in dialog.error.text()
    assert people.find_person("Petro Bondar") is None


def test_choosing_nobody_says_so(screen: PeopleSettings) -> None:
    screen.table.clearSelection()
    screen.table.setCurrentCell(-1, -1)
    assert screen.edit_dialog() is None and "Choose a person" in screen.message.text()


def test_the_idle_lock_is_a_hall_setting(screen: PeopleSettings) -> None:
    assert screen.idle.value() == 10
    screen.idle.setValue(0)
    assert screen.idle.text() == "never"
    screen.idle.setValue(5)
    screen.save_idle_lock()
    assert masterdata.settings()["idle_lock_minutes"] == "5"
