"""The scan screen through the real scan field: colours, confirmations, undo, stocktake."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.locking import write_lock_held
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.scan.sounds import SoundPlayer
from warehouse_app.kinds import BoxStatus
from warehouse_app.services.movements import Actor
from warehouse_app.services.scanning import Control, Mode, Outcome
from warehouse_app.storage.models import Box, Location, Pallet
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def window(qtbot: QtBot, demo: OpenedDatabase, actor: Actor) -> MainWindow:
    win = MainWindow(AppContext(demo, actor.volunteer_id, "Test Volunteer", "Test-PC"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page(win.scan_view)
    win.scan_input.setFocus()
    return win


def scan(qtbot: QtBot, code: str) -> None:
    """A keyboard-wedge scanner: keys into whatever has the focus, then Enter."""
    for char in code:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def panel_colour(window: MainWindow) -> str:
    return window.scan_view.result_panel.styleSheet().split(";")[0]


def test_put_away_by_scanning_turns_green_and_moves_the_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.scan_view
    view.mode_buttons[Mode.PUTAWAY].click()
    target = Location.get(Location.name == "Sperrlager")
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    scan(qtbot, target.code)
    assert "Sperrlager" in view.target.text()
    scan(qtbot, box.code)
    assert Box.get_by_id(box.id).location_id == target.id
    assert "#2e7d32" in panel_colour(window)
    assert view.result_panel.text().startswith(f"Box {box.code} → Sperrlager")
    assert view.history.count() == 4  # mode, location, box (newest first) + initial mode


def test_a_wrong_scan_is_red_and_says_what_was_expected(qtbot: QtBot, window: MainWindow) -> None:
    view = window.scan_view
    view.mode_buttons[Mode.PUTAWAY].click()
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    scan(qtbot, box.code)
    assert "#c62828" in panel_colour(window)
    assert "scan the location first" in view.result_panel.text()
    scan(qtbot, "4006381333931")
    assert "product barcode" in view.result_panel.text()


def test_moving_a_box_from_another_pallet_needs_a_yes(qtbot: QtBot, window: MainWindow) -> None:
    view = window.scan_view
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    other = Pallet.get(Pallet.id != box.pallet_id)
    scan(qtbot, Control.PACK.code)
    assert view.mode_buttons[Mode.PACK].isChecked()
    scan(qtbot, other.code)
    scan(qtbot, box.code)
    assert "#f9a825" in panel_colour(window) and not view.confirm_button.isHidden()
    view.confirm_button.click()
    assert Box.get_by_id(box.id).pallet_id == other.id
    assert other.code in view.totals.text()
    view.undo_button.click()
    assert Box.get_by_id(box.id).pallet_id == box.pallet_id


def test_stocktake_from_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    view = window.scan_view
    view.mode_buttons[Mode.STOCKTAKE].click()
    first = Box.get(Box.status == BoxStatus.IN_STOCK)
    place = Location.get_by_id(first.location_id)
    scan(qtbot, place.code)
    scan(qtbot, first.code)
    view.finish_button.click()
    assert "missing" in view.result_panel.text()
    view.apply_button.click()
    assert "quarantine" in view.report.text()


def test_the_history_keeps_the_last_twenty(qtbot: QtBot, window: MainWindow) -> None:
    box = Box.get()
    for _ in range(25):
        scan(qtbot, box.code)
    assert window.scan_view.history.count() == 20


def test_a_modes_prompt_is_grey_and_only_a_taken_scan_is_green(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.scan_view
    view.mode_buttons[Mode.PUTAWAY].click()
    assert "#eeeeee" in view.result_panel.styleSheet()  # the prompt: no colour of an outcome
    scan(qtbot, Location.get(Location.name == "Sperrlager").code)
    assert "#2e7d32" in view.result_panel.styleSheet()  # taken: green


def test_answers_come_in_the_volunteers_language(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor
) -> None:
    from PySide6.QtCore import QLocale

    from ui.translations import install_translations

    installed = install_translations(qapp, QLocale("uk"))
    try:
        win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
        qtbot.addWidget(win)
        win.show_page(win.scan_view)
        view = win.scan_view
        view.mode_buttons[Mode.PUTAWAY].click()
        first = Box.get(Box.status == BoxStatus.IN_STOCK)
        view.handle_scan(first.code)  # a box before the location: its kind is named in Ukrainian
        assert view.result_panel.text() == f"{first.code} – це ящик: спершу скануйте місце."
        view.handle_scan(Location.get(Location.name == "Sperrlager").code)
        assert view.result_panel.text().startswith("Розміщення на Sperrlager")
        expired = Box.get(Box.status == BoxStatus.IN_STOCK)
        Box.update(expiry_date="2020-01-01").where(Box.id == expired.id).execute()
        view.handle_scan(expired.code)
        # Put away names what the box holds, and how long it keeps.
        amount = f"{expired.quantity.normalize():f} {expired.unit}"
        assert view.result_panel.text() == (
            f"Ящик {expired.code} → Sperrlager · {expired.description_de} · {amount} "
            "Термін минув 01.01.2020!"
        )
        view.handle_scan("4006381333931")
        assert "штрихкод товару" in view.result_panel.text()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_closing_a_pallet_prints_its_manifest(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdfium2 as pdfium
    from PySide6.QtWidgets import QInputDialog

    from reports.documents import job_pdf
    from warehouse_app.services import printqueue

    view = window.scan_view
    view.mode_buttons[Mode.PACK].click()
    view.new_pallet_button.click()
    boxes = list(Box.select().where(Box.status == BoxStatus.IN_STOCK).order_by(Box.id).limit(3))
    for box in boxes:
        scan(qtbot, box.code)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (185, True))  # measured
    open_pallet = view.session.pallet_id
    view.close_pallet_button.click()
    assert "The manifest waits in the reprint list" in view.result_panel.text()
    assert str(Pallet.get_by_id(open_pallet).height_m) == "1.85"
    (job,) = [j for j in printqueue.pending("Test-PC") if j.document == "pallet_manifest"]
    text = pdfium.PdfDocument(job_pdf(job))[0].get_textpage().get_text_range()
    assert all(box.code in text for box in boxes)
    assert "Palettenliste / Пакувальний лист піддона" in text
    total = sum(b.gross_kg for b in boxes) + 25
    assert f"{total.normalize():f}".replace(".", ",") in text


class RecordedSounds(SoundPlayer):
    """The station's speaker: what it was asked to play (offscreen has no sound device)."""

    def __init__(self) -> None:
        super().__init__(enabled=False)
        self.played: list[Outcome] = []

    def play(self, outcome: Outcome) -> None:
        self.played.append(outcome)


def test_a_scan_while_another_station_holds_the_database_is_red_and_not_saved(
    qtbot: QtBot, window: MainWindow, demo: OpenedDatabase
) -> None:
    view = window.scan_view
    view.sounds = RecordedSounds()
    view.mode_buttons[Mode.PUTAWAY].click()
    target = Location.get(Location.name == "Sperrlager")
    box = Box.get(Box.status == BoxStatus.IN_STOCK, Box.location != target)
    scan(qtbot, target.code)
    scan(qtbot, "GARBAGE")  # a red answer first: the busy answer must not look like a refusal
    with write_lock_held(demo.target):
        scan(qtbot, box.code)
        assert "#c62828" in panel_colour(window)
        assert "busy" in view.result_panel.text() and "not saved" in view.result_panel.text()
        assert view.sounds.played[-1] is Outcome.ERROR
        newest = view.history.line(0)
        assert box.code in newest.text and "not saved" in newest.text
        assert newest.background.name() == "#c62828"
    assert Box.get_by_id(box.id).location_id == box.location_id  # nothing was written
    scan(qtbot, box.code)  # the other station is done: the same scan goes through
    assert "#2e7d32" in panel_colour(window)
    assert Box.get_by_id(box.id).location_id == target.id


def test_ctrl_z_in_the_scan_field_undoes_the_last_scan_and_says_what(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.scan_view
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    pallet = Pallet.get_by_id(box.pallet_id)
    other = Pallet.get(Pallet.id != box.pallet_id, Pallet.status == "in_stock")
    scan(qtbot, Control.PACK.code)
    scan(qtbot, other.code)
    scan(qtbot, box.code)
    view.confirm_button.click()
    assert Box.get_by_id(box.id).pallet_id == other.id
    window.scan_input.setFocus()
    qtbot.keyClick(window.scan_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Box.get_by_id(box.id).pallet_id == pallet.id
    said = view.result_panel.text()
    assert said.startswith(f"Undone: box {box.code} is back at {pallet.code}")
    assert window.scan_feedback.text() == said  # the toolbar no longer shows the undone scan
    # With text in the field, Ctrl+Z undoes the typing, not a scan.
    qtbot.keyClicks(window.scan_input, "123")
    qtbot.keyClick(window.scan_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.result_panel.text() == said and window.scan_input.text() != "123"
