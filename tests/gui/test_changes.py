"""Screens follow each other: what one screen writes, every other open screen shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.concurrency.stations import run_all, start
from ui.context import AppContext
from ui.main_window import MainWindow
from warehouse_app.kinds import BoxStatus, ConvoyStatus, PalletStatus
from warehouse_app.services import convoys
from warehouse_app.services.movements import Actor
from warehouse_app.services.scanning import Mode
from warehouse_app.storage.models import Box, ConvoyItem, Location, Pallet
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def window(qtbot: QtBot, demo: OpenedDatabase, actor: Actor) -> MainWindow:
    win = MainWindow(AppContext(demo, actor.volunteer_id, "Test Volunteer", "Test-PC"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def scan(qtbot: QtBot, window: MainWindow, code: str) -> None:
    window.scan_input.setFocus()
    for char in code:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def shown_location(window: MainWindow, box_id: int) -> str:
    view = window.stock_view
    row = view.model.row_of(box_id)
    assert row is not None
    return str(view.model.data(view.model.index(row, 9)))  # the Location column


def test_a_put_away_scan_shows_in_the_open_stock_browser(qtbot: QtBot, window: MainWindow) -> None:
    stock = window.stock_view
    window.show_page(stock)
    qtbot.waitUntil(lambda: stock.model.rowCount() > 0)
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    stock.show_box(box.id)
    target = Location.get(Location.name == "Sperrlager")
    assert shown_location(window, box.id) != "Sperrlager"

    window.show_page(window.scan_view)
    window.scan_view.set_mode(Mode.PUTAWAY)
    scan(qtbot, window, target.code)
    scan(qtbot, window, box.code)
    assert Box.get_by_id(box.id).location_id == target.id

    window.show_page(stock)  # no reload by hand: the browser knows the box moved
    assert shown_location(window, box.id) == "Sperrlager"
    assert stock.current_box_id() == box.id  # still the box the volunteer had chosen
    assert "Sperrlager" in stock.detail.values["place"].text()


def test_a_hidden_stock_browser_does_not_slow_the_scans(qtbot: QtBot, window: MainWindow) -> None:
    stock = window.stock_view
    window.show_page(stock)
    qtbot.waitUntil(lambda: stock.model.rowCount() > 0)
    reloads: list[int] = []
    stock.model.modelReset.connect(lambda: reloads.append(1))
    window.show_page(window.scan_view)
    window.scan_view.set_mode(Mode.PUTAWAY)
    scan(qtbot, window, Location.get(Location.name == "Sperrlager").code)
    for box in Box.select().where(Box.status == BoxStatus.IN_STOCK).limit(3):
        scan(qtbot, window, box.code)
    assert reloads == []  # three writes, no reload of a table nobody sees
    window.show_page(stock)
    assert reloads == [1]  # one, when it is shown again


def test_a_load_scan_shows_on_the_open_convoy_screen(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.convoy_view
    window.show_page(screen)
    qtbot.waitUntil(lambda: screen.list.count() > 0)
    convoy = convoys.get_convoy("2026-L")  # loading: one of its two pallets is on the truck
    assert convoy.status == ConvoyStatus.LOADING
    for row in range(screen.list.count()):
        if screen.list.item(row).text().startswith("2026-L"):
            screen.list.setCurrentRow(row)
    truck = convoys.vehicles(convoy)[0]
    waiting = (
        Pallet.select()
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.vehicle == truck.id, ConvoyItem.loaded == False)
        .get()
    )
    assert screen.tree.topLevelItem(0).text(3) == "1/2"

    window.show_page(window.scan_view)
    window.scan_view.set_mode(Mode.LOAD)
    scan(qtbot, window, truck.code)
    scan(qtbot, window, waiting.code)
    assert Pallet.get_by_id(waiting.id).status == PalletStatus.LOADED

    window.show_page(screen)
    assert screen.convoy is not None and screen.convoy.number == "2026-L"
    assert screen.tree.topLevelItem(0).text(3) == "2/2"
    problems = [screen.problems.item(r).text() for r in range(screen.problems.count())]
    assert not any("not loaded" in p for p in problems)


def test_a_correction_in_the_browser_shows_in_the_last_intakes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.stock.box_dialogs import CorrectBoxDialog

    intake = window.intake_view
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    intake.recent.add([box.id])
    stock = window.stock_view
    window.show_page(stock)
    qtbot.waitUntil(lambda: stock.model.rowCount() > 0)
    stock.show_box(box.id)

    def volunteer_corrects(dialog: CorrectBoxDialog) -> int:
        dialog.description_de.setText("Winterjacken, neu sortiert")
        dialog.reason.setText("label misread")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CorrectBoxDialog, "exec", volunteer_corrects)
    stock.correct_button.click()
    assert Box.get_by_id(box.id).description_de == "Winterjacken, neu sortiert"
    assert intake.recent.table.item(0, 3).text() == "Winterjacken, neu sortiert"


def test_another_stations_scan_shows_in_the_open_stock_browser_within_two_seconds(
    qtbot: QtBot, window: MainWindow, demo: OpenedDatabase, tmp_path: Path
) -> None:
    stock = window.stock_view
    window.show_page(stock)
    qtbot.waitUntil(lambda: stock.model.rowCount() > 0)
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    stock.show_box(box.id)
    target = Location.get(Location.name == "Sperrlager")
    assert shown_location(window, box.id) != "Sperrlager"

    dock = start(demo.target, "putaway", [target.code, box.code], tmp_path, "Dock-PC")
    [answers] = run_all([dock])  # the other station has committed and ended
    assert answers[-1].outcome == "ok"
    qtbot.waitUntil(lambda: shown_location(window, box.id) == "Sperrlager", timeout=2000)


def test_every_table_the_feed_watches_reaches_a_screen() -> None:
    from ui.remote_changes import TABLE_KINDS
    from warehouse_app.storage.change_feed import WATCHED_TABLES

    assert set(TABLE_KINDS) == set(WATCHED_TABLES)
