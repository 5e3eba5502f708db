"""The Activity page (issue 16): a lead filters the log by person and by a scanned code,
scrolls back through older entries page by page, sees what an edit changed, and saves the
view as an Excel sheet; a volunteer is told the page is a lead's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN
from ui.activity.page import ActivityPage
from ui.context import AppContext
from ui.translations import install_translations
from warehouse_app.access.roles import Role
from warehouse_app.services import activity_log, people, signin
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase
from warehouse_app.storage.transactions import run_in_transaction
from warehouse_app.texts import say


def fill(lead: Actor, volunteer: Actor, n: int) -> None:
    """n put-away entries by the volunteer, one box in ten being B-00007."""

    def work() -> None:
        for i in range(n):
            code = "B-00007" if i % 10 == 0 else f"B-{i:05d}"
            activity_log.record(
                volunteer,
                ActivityKind.MOVEMENT,
                say("Put away {code} on {place}.", code=code, place="A-01"),
                subject="box",
                code=code,
            )
        activity_log.record(lead, ActivityKind.CONVOY, "Planned K-2026-003.", code="K-2026-003")

    run_in_transaction(work)


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, opened: OpenedDatabase) -> ActivityPage:
    """A lead's Activity page at 1366 x 768 over 451 entries of a hall's day."""
    install_translations(qapp, QLocale("en"))
    admin_person = people.find_person(ADMIN)
    assert admin_person is not None
    admin = Actor(admin_person.id, "Office")
    lead = people.add_person(admin, "Mykola Petrenko", Role.LEAD, pin="2222")
    volunteer = people.add_person(admin, "Olena Shevchenko", "volunteer")
    signin.sign_in("Mykola Petrenko", "2222", "Gate-PC")
    people.update_person(admin, volunteer.id, role="lead", pin="3333")
    fill(Actor(lead.id, "Gate-PC"), Actor(volunteer.id, "Scan-1"), 446)
    widget = ActivityPage(AppContext(opened, lead.id, "Mykola Petrenko", "Gate-PC"))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def test_filter_by_person_and_by_a_scanned_code(qtbot: QtBot, page: ActivityPage) -> None:
    assert page.model.rowCount() == 200 and page.model.has_more
    assert page.model.index(0, 1).data() == "Mykola Petrenko"  # the newest: the convoy
    assert page.model.index(0, 3).data() == "Convoy"
    assert "200 entries shown" in page.message.text()
    assert page.station.findText("Scan-1") >= 0 and page.station.findText("Gate-PC") >= 0

    page.person.setCurrentIndex(page.person.findText("Olena Shevchenko"))
    assert page.model.rowCount() == 200
    people_shown = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert people_shown == {"Olena Shevchenko"}
    assert page.model.index(0, 5).data() == "Put away B-00445 on A-01."

    page.reset_filters()
    page.code.setFocus()
    qtbot.keyClicks(page.code, "b-00007")  # typed by hand, in small letters
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    assert page.model.rowCount() == 46  # B-00007 itself, and the one box in ten
    assert {page.model.index(r, 4).data() for r in range(46)} == {"B-00007"}
    assert "46 entries shown" in page.message.text() and "scroll" not in page.message.text()

    page.person.setCurrentIndex(page.person.findText("Mykola Petrenko"))
    assert page.model.rowCount() == 0  # filters combine: the lead never moved that box


def test_scrolling_to_the_end_fetches_the_older_entries(
    qtbot: QtBot, qtmodeltester: ModelTester, page: ActivityPage
) -> None:
    assert page.model.rowCount() == 200
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 451)
    assert not page.model.has_more
    ids = [page.model.entry_at(r).id for r in range(451)]  # type: ignore[union-attr]
    assert ids == sorted(set(ids), reverse=True)
    # The oldest entry: the lead added by the admin.
    assert page.model.index(450, 5).data() == "Added Mykola Petrenko as lead."
    qtmodeltester.check(page.model)


def test_the_detail_shows_what_an_edit_changed(qtbot: QtBot, page: ActivityPage) -> None:
    page.kind.setCurrentIndex(page.kind.findData(ActivityKind.PERSON.value))
    assert page.model.rowCount() == 3
    page.table.selectRow(0)  # the newest: Olena made a lead
    assert page.detail.title.text() == "Changed Olena Shevchenko."
    assert page.detail.who.text() == ADMIN and page.detail.where.text() == "Office"
    changes = [page.detail.changes.item(i).text() for i in range(page.detail.changes.count())]
    assert "role: volunteer → lead" in changes and "PIN: … → …" in changes
    page.table.selectRow(2)
    added = [page.detail.changes.item(i).text() for i in range(page.detail.changes.count())]
    assert "role: – → lead" in added and "association: – → –" in added

    # Refresh (F5) reads what happened meanwhile and keeps the chosen entry.
    page.table.selectRow(1)
    chosen = page.current_entry()
    people.add_person(Actor(people.find_person(ADMIN).id, "Office"), "Jonas Weber", "volunteer")  # type: ignore[union-attr]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert page.model.rowCount() == 4
    assert page.current_entry() == chosen


def test_the_export_writes_every_entry_of_the_filter(
    qtbot: QtBot, page: ActivityPage, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    page.person.setCurrentIndex(page.person.findText("Olena Shevchenko"))
    path = tmp_path / "activity.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=20000) as done:
        page.export_to(path)
    assert done.args == [446]  # all of hers, not only the 200 read so far
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:5] == ("No.", "When", "Person", "Station", "Kind")
    assert len(rows) == 447
    newest = rows[1]
    assert isinstance(newest[0], int) and isinstance(newest[1], dt.datetime)
    assert newest[2:5] == ("Olena Shevchenko", "Scan-1", "Movement")
    assert newest[7] == "Put away B-00445 on A-01."
    assert "446 entries exported" in page.message.text()


def test_a_volunteer_is_told_the_page_is_a_leads(
    qtbot: QtBot, qapp: QApplication, opened: OpenedDatabase
) -> None:
    install_translations(qapp, QLocale("en"))
    admin = people.find_person(ADMIN)
    assert admin is not None
    volunteer = people.add_person(Actor(admin.id, "Office"), "Fatma Demir", "volunteer")
    widget = ActivityPage(AppContext(opened, volunteer.id, "Fatma Demir", "Scan-1"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: "needs a lead" in widget.message.text())
    assert widget.model.rowCount() == 0
    assert "Reading the activity log needs a lead" in widget.message.text()
