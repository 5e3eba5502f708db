"""What each role sees: the pages, the buttons that need more, the lock and the terminal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import MainWindow
from warehouse_app.access.roles import Role
from warehouse_app.config import StationConfig
from warehouse_app.kinds import BoxStatus
from warehouse_app.services import masterdata, people, stock
from warehouse_app.storage.models import Box
from warehouse_app.storage.opening import OpenedDatabase

VOLUNTEER_PAGES = ["intake", "scan", "stock"]


def context_for(demo: OpenedDatabase, name: str, *, terminal: bool = False) -> AppContext:
    found = people.find_person(name)
    assert found is not None
    return AppContext(demo, found.id, found.name, "Halle-PC-1", terminal=terminal)


def window_for(qtbot: QtBot, context: AppContext, **options: float) -> MainWindow:
    win = MainWindow(context, **options)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # the shortcuts work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def shown_pages(win: MainWindow) -> list[str]:
    return [name for row, name in enumerate(win.page_names) if not win.nav.item(row).isHidden()]


def test_a_volunteer_sees_no_convoys_needs_reports_or_settings(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    win = window_for(qtbot, context_for(demo, "Olena Shevchenko"))
    assert shown_pages(win) == VOLUNTEER_PAGES
    assert "volunteer" in win.who_label.text()
    convoys = win.page_names.index("convoys")
    qtbot.keyClick(win, Qt.Key(Qt.Key.Key_1 + convoys), Qt.KeyboardModifier.ControlModifier)
    win.nav.setCurrentRow(win.page_names.index("settings"))
    assert win.pages.currentWidget() is win.intake_view  # neither page opens
    win.nav.setCurrentRow(win.page_names.index("stock"))
    assert win.pages.currentWidget() is win.stock_view


def test_a_lead_sees_the_convoys_but_not_the_settings(qtbot: QtBot, demo: OpenedDatabase) -> None:
    win = window_for(qtbot, context_for(demo, "Mykola Petrenko"))
    shown = shown_pages(win)
    assert {"convoys", "needs", "reports"} <= set(shown) and "settings" not in shown


def test_the_admin_sees_every_page(qtbot: QtBot, demo: OpenedDatabase) -> None:
    win = window_for(qtbot, context_for(demo, "Katrin Vogel"))
    assert shown_pages(win) == win.page_names
    assert win.settings_view.people is not None  # the People tab


def test_the_activity_page_is_a_leads(qtbot: QtBot, demo: OpenedDatabase) -> None:
    lead = window_for(qtbot, context_for(demo, "Mykola Petrenko"))
    assert "activity" in shown_pages(lead)
    lead.nav.setCurrentRow(lead.page_names.index("activity"))
    assert type(lead.pages.currentWidget()).__name__ == "ActivityPage"
    volunteer = window_for(qtbot, context_for(demo, "Olena Shevchenko"))
    assert "activity" not in shown_pages(volunteer)


def test_a_volunteers_stock_screen_greys_out_correct_and_dispose(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    win = window_for(qtbot, context_for(demo, "Olena Shevchenko"))
    view = win.stock_view
    win.show_page(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.show_box(Box.get(Box.status == BoxStatus.IN_STOCK).id)  # the page enables them
    for button in (view.correct_button, view.dispose_button):
        assert not button.isEnabled()
        assert "Needs a lead" in button.toolTip()
    assert view.export_button.isEnabled()  # what a volunteer may do stays


def test_a_refused_disposal_and_departure_are_said_in_red(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    """Reached anyway (the buttons are greyed out): the service refuses, the screen says so."""
    from ui.convoys.view import ConvoyView
    from ui.stock.box_dialogs import DisposeBoxDialog
    from warehouse_app.kinds import ConvoyStatus
    from warehouse_app.storage.models import Convoy

    context = context_for(demo, "Olena Shevchenko")
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    dialog = DisposeBoxDialog(stock.box_detail(box.id), context.actor)
    qtbot.addWidget(dialog)
    dialog.reason.setText("broken")
    dialog.accept()
    assert "Disposal needs a lead" in dialog.error.text() and not dialog.error.isHidden()
    assert Box.get_by_id(box.id).status == BoxStatus.IN_STOCK
    view = ConvoyView(context)
    qtbot.addWidget(view)
    convoy = Convoy.get(Convoy.status != ConvoyStatus.DEPARTED)
    with qtbot.waitSignal(view.departure_finished, timeout=20_000) as blocker:
        view.start_departure(convoy.number)
    assert "Departure needs a lead" in blocker.args[0]
    assert "#b00020" in view.message.styleSheet()
    assert Convoy.get_by_id(convoy.id).status == convoy.status


def sign_in_at_the_lock(qtbot: QtBot, win: MainWindow, name: str, pin: str) -> None:
    dialog = win.station_lock.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.names.setCurrentText(name)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_ctrl_l_switches_to_the_next_person(qtbot: QtBot, demo: OpenedDatabase) -> None:
    win = window_for(qtbot, context_for(demo, "Katrin Vogel"))
    convoy_view = win.convoy_view  # built for the admin
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.locked and not win.centralWidget().isVisible()
    dialog = win.station_lock.dialog
    assert dialog is not None and dialog.station.isReadOnly()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert win.locked  # no way round the PIN
    sign_in_at_the_lock(qtbot, win, "Olena Shevchenko", "1111")  # Katrin's PIN, not hers
    assert win.locked and "Wrong PIN" in dialog.error.text()
    sign_in_at_the_lock(qtbot, win, "Olena Shevchenko", "3333")
    assert not win.locked and win.centralWidget().isVisible()
    olena = people.find_person("Olena Shevchenko")
    assert olena is not None
    assert win.context.volunteer_id == olena.id and win.context.actor.volunteer_id == olena.id
    assert win.context.volunteer_name == "Olena Shevchenko" and win.context.role is Role.VOLUNTEER
    assert "Olena Shevchenko" in win.who_label.text()
    assert shown_pages(win) == VOLUNTEER_PAGES
    assert win._lazy["convoys"].page is None  # the admin's convoy screen is gone
    qtbot.waitUntil(lambda: not shiboken_alive(convoy_view))


def shiboken_alive(widget: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_the_same_person_signs_back_in_where_they_were(qtbot: QtBot, demo: OpenedDatabase) -> None:
    win = window_for(qtbot, context_for(demo, "Mykola Petrenko"))
    win.show_page(win.convoy_view)
    built = win.convoy_view
    win.switch_button.click()
    sign_in_at_the_lock(qtbot, win, "Mykola Petrenko", "2222")
    assert not win.locked and win.convoy_view is built
    assert win.pages.currentWidget() is built


def test_the_station_locks_after_a_quiet_spell(qtbot: QtBot, demo: OpenedDatabase) -> None:
    win = window_for(qtbot, context_for(demo, "Mykola Petrenko"), idle_seconds=1.0)
    win.station_lock.start_watching(0)
    for _ in range(6):  # someone scanning: no lock
        qtbot.wait(300)
        qtbot.keyClick(win.scan_input, "1")
        assert not win.locked
    qtbot.waitUntil(lambda: win.locked, timeout=5_000)
    assert not win.centralWidget().isVisible()
    sign_in_at_the_lock(qtbot, win, "Mykola Petrenko", "2222")
    assert not win.locked
    assert win.station_lock.watch.watching  # and it watches again
    qtbot.waitUntil(lambda: win.locked, timeout=5_000)


def test_idle_lock_minutes_come_from_the_hall_setting(qtbot: QtBot, demo: OpenedDatabase) -> None:
    win = window_for(qtbot, context_for(demo, "Katrin Vogel"))
    assert win.station_lock.watch.seconds == 10 * 60  # the default
    masterdata.save_settings({"idle_lock_minutes": "0"})
    other = window_for(qtbot, context_for(demo, "Katrin Vogel"))
    other.station_lock.start_watching(0)
    qtbot.wait(50)
    assert not other.station_lock.watch.watching  # 0: never locks


def test_a_volunteer_terminal_shows_the_volunteers_pages_to_a_lead(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    win = window_for(qtbot, context_for(demo, "Mykola Petrenko", terminal=True))
    assert shown_pages(win) == VOLUNTEER_PAGES
    assert "volunteer terminal" in win.who_label.text()
    # Its admin keeps the settings (to switch the mode off), still no lead's screen.
    admin = window_for(qtbot, context_for(demo, "Katrin Vogel", terminal=True))
    assert shown_pages(admin) == [*VOLUNTEER_PAGES, "settings"]


def test_the_station_setting_turns_the_terminal_mode_on_at_once(
    qtbot: QtBot, demo: OpenedDatabase
) -> None:
    win = window_for(qtbot, context_for(demo, "Katrin Vogel"))
    station = win.settings_view.station
    station.terminal.setChecked(True)
    station.save()
    assert StationConfig.load().terminal_mode == "on"
    assert win.context.terminal
    assert "convoys" not in shown_pages(win) and "settings" in shown_pages(win)
    station.terminal.setChecked(False)
    station.save()
    assert StationConfig.load().terminal_mode == "off"
    assert shown_pages(win) == win.page_names
    assert QApplication.instance() is not None
