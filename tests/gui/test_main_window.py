"""The app shell: scans on every screen, navigation by keyboard, settings, start-up."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import smoke_test
from ui.changes import ChangeHub
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings.view import RecordTable
from ui.signin.dialog import SignInDialog
from ui.stock.pallet_dialog import PalletDialog
from warehouse_app.kinds import BoxStatus
from warehouse_app.services import masterdata
from warehouse_app.services.movements import Actor
from warehouse_app.storage import pg_backup
from warehouse_app.storage.models import Box, Category, Location, Pallet
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def window(qtbot: QtBot, demo: OpenedDatabase, actor: Actor) -> MainWindow:
    win = MainWindow(AppContext(demo, actor.volunteer_id, "Test Volunteer", "Test-PC"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page(win.stock_view)
    qtbot.waitUntil(lambda: win.stock_view.model.rowCount() > 0)
    return win


def scan(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """What a keyboard-wedge scanner does: type into whatever has the focus, then Enter.

    Each key goes to the widget focused at that moment, as the window system delivers it.
    """
    for char in code:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.mark.sqlite_only  # the SQLite file itself
def test_status_bar_names_database_volunteer_and_station(
    window: MainWindow, demo: OpenedDatabase
) -> None:
    assert demo.target in window.db_label.text()
    assert "Test Volunteer" in window.who_label.text() and "Test-PC" in window.who_label.text()
    assert QApplication.focusWidget() is window.scan_input


def test_scanning_a_box_opens_it_in_the_stock_screen(qtbot: QtBot, window: MainWindow) -> None:
    box = Box.get(Box.status == BoxStatus.ON_PALLET)
    window.nav.setCurrentRow(6)  # on the settings screen
    window.scan_input.setFocus()
    scan(qtbot, window, box.code)
    assert window.pages.currentWidget() is window.stock_view
    assert window.stock_view.current_box_id() == box.id
    assert window.scan_feedback.text() == f"Box {box.code}"
    assert window.scan_input.text() == ""


def test_a_scan_typed_while_a_table_has_focus_still_arrives(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = Box.get(Box.status == BoxStatus.IN_STOCK)
    window.stock_view.table.setFocus()
    assert QApplication.focusWidget() is window.stock_view.table
    scan(qtbot, window, box.code)
    assert window.stock_view.current_box_id() == box.id


def test_typing_in_a_text_field_stays_there(qtbot: QtBot, window: MainWindow) -> None:
    window.stock_view.text.setFocus()
    qtbot.keyClicks(window.stock_view.text, "Reis")
    assert window.stock_view.text.text() == "Reis"
    assert window.scan_input.text() == ""


def test_a_bad_scan_says_what_is_wrong_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = Box.get()
    mistyped = box.code[:-2] + box.code[-1] + box.code[-2]
    if mistyped == box.code:
        mistyped = box.code[:-1] + str((int(box.code[-1]) + 1) % 10)
    scan(qtbot, window, mistyped)
    assert "check digit" in window.scan_feedback.text()
    assert "#b00020" in window.scan_feedback.styleSheet()
    scan(qtbot, window, "4006381333931")  # a retail EAN-13
    assert "product barcode" in window.scan_feedback.text()


def test_scanning_a_location_filters_the_stock_by_it(qtbot: QtBot, window: MainWindow) -> None:
    pallet = Pallet.get()
    location = Location.get_by_id(pallet.location_id)
    scan(qtbot, window, location.code)
    assert window.stock_view.location.currentData() == location.id
    rows = window.stock_view.model.rowCount()
    assert rows >= Box.select().where(Box.pallet == pallet.id).count() > 0


def test_the_pallet_dialog_lists_its_boxes_and_totals(qtbot: QtBot, demo: OpenedDatabase) -> None:
    pallet = Pallet.get()
    dialog = PalletDialog(pallet.id, "Test-PC", ChangeHub())
    qtbot.addWidget(dialog)
    boxes = Box.select().where(Box.pallet == pallet.id).count()
    assert dialog.findChild(QTableWidget, "palletBoxes").rowCount() == boxes
    summary = dialog.findChild(QLabel, "palletSummary").text()
    assert pallet.code in summary and f"{boxes} boxes" in summary


def test_every_screen_is_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    for number in range(1, 7):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == number - 1
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is window.scan_input


def test_editing_a_category_in_the_settings(qtbot: QtBot, window: MainWindow) -> None:
    table: RecordTable = window.settings_view.categories
    row = next(i for i, c in enumerate(table.records) if c.name_en == "Medicines")
    table.table.selectRow(row)
    dialog = table.open_dialog(table.records[row])
    qtbot.addWidget(dialog)
    dialog.widgets["hs_code"].setText("30-04")
    dialog.accept()
    assert "not an HS code" in dialog.error.text()
    assert Category.get(Category.name_en == "Medicines").hs_code == "3004.90"
    dialog.widgets["hs_code"].setText("3004.90")
    dialog.widgets["min_shelf_life_days"].setValue(210)
    dialog.accept()
    assert Category.get(Category.name_en == "Medicines").min_shelf_life_days == 210
    assert "210" in table.table.item(row, 6).text()


def test_hall_settings_are_saved(window: MainWindow) -> None:
    hall = window.settings_view.hall
    hall.fields["hall.sender_street"].setText("Speicherstraße 10")
    hall.save_button.click()
    assert masterdata.settings()["hall.sender_street"] == "Speicherstraße 10"
    hall.fields["hall.sender_name"].setText("  ")
    hall.save_button.click()
    assert "cannot be empty" in hall.message.text()
    assert masterdata.settings()["hall.sender_name"] == "Grenzenlose Wärme e.V."


def test_the_papers_languages_are_set_per_destination_country(window: MainWindow) -> None:
    from warehouse_app.papers import languages as document_languages

    hall = window.settings_view.hall
    assert hall.papers_country.currentText() == "UA"
    assert not hall.language_boxes["uk"].isEnabled()  # customs papers need uk and en
    hall.language_boxes["de"].setChecked(True)
    hall.cmr_file_copy.setChecked(True)
    hall.save_button.click()
    assert document_languages.languages_for("UA") == ("uk", "en", "de")
    assert masterdata.settings()["papers.cmr_file_copy"] == "yes"
    assert document_languages.languages_for("MD") == ("uk", "en")
    hall.papers_country.setCurrentText("M1")
    hall.save_button.click()
    assert "two letters" in hall.message.text()
    assert document_languages.all_settings() == {"UA": ("uk", "en", "de")}
    hall.papers_country.setCurrentText("UA")
    assert hall.language_boxes["de"].isChecked()


def test_backup_now_writes_a_backup(qtbot: QtBot, window: MainWindow, demo: OpenedDatabase) -> None:
    data = window.settings_view.data
    with qtbot.waitSignal(data.backup_finished, timeout=30_000):
        data.backup_button.click()  # written off the GUI thread
    assert "Backup written to" in data.message.text()
    # A file's backups lie next to it; a server's are pg_dumps in this PC's data folder.
    folder = demo.path.parent / "backups" if demo.path else pg_backup.default_folder()
    suffix = ".sqlite" if demo.path else ".pgdump"
    (made,) = folder.glob(f"hafenlager-manual-*{suffix}")
    assert str(made) in data.message.text()


def test_smoke_test_starts_the_real_program(small_demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite"
    shutil.copyfile(small_demo_template, db)
    done = smoke_test(db, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "main window ready" in done.stdout
    assert list((tmp_path / "backups").glob("hafenlager-auto-*.sqlite"))  # daily backup


def test_smoke_test_reports_a_bad_database_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    done = smoke_test(bad, tmp_path)
    assert done.returncode == 1
    assert "not a Hafenlager database" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.sqlite_only  # the SQLite file itself
def test_the_daily_backup_runs_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, demo: OpenedDatabase
) -> None:
    with qtbot.waitSignal(window.daily_backup_done, timeout=20_000) as blocker:
        assert window.start_daily_backup() is not None
    made = Path(blocker.args[0])
    assert made.parent == demo.path.parent / "backups" and made.exists()
    assert "Daily backup written" in window.statusBar().currentMessage()
    # The same day: nothing more to do, and no worker thread started for it.
    assert window.start_daily_backup() is None
    assert len(list(made.parent.glob("hafenlager-auto-*.sqlite"))) == 1


def test_a_volunteer_keeps_their_language(qtbot: QtBot, opened: OpenedDatabase) -> None:
    dialog = SignInDialog("", "Rampe")
    qtbot.addWidget(dialog)
    dialog.names.setCurrentText("Olena Shevchenko")
    dialog.pin.setText("3333")  # new here: her first sign-in sets her PIN
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    dialog.accept()
    assert dialog.volunteer_id is not None
    assert masterdata.volunteer_language(dialog.volunteer_id) == "uk"
    again = SignInDialog("Olena Shevchenko", "Rampe")
    qtbot.addWidget(again)
    assert again.language_code == "uk"
    again.names.setCurrentText("Someone New")
    assert again.language_code == "uk"  # an unknown name keeps the current choice


@pytest.mark.parametrize(
    ("language", "stock", "scan_hint"),
    [
        ("de", "Bestand", "Code scannen oder eintippen, dann Enter"),
        ("uk", "Запаси", "Скануйте або введіть код, потім Enter"),
    ],
)
def test_the_window_speaks_the_volunteers_language(
    qtbot: QtBot,
    qapp: QApplication,
    demo: OpenedDatabase,
    actor: Actor,
    language: str,
    stock: str,
    scan_hint: str,
) -> None:
    from PySide6.QtCore import QLocale

    from ui.translations import install_translations

    installed = install_translations(qapp, QLocale(language))
    try:
        assert installed, "the compiled translation is missing from resources/translations"
        win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
        qtbot.addWidget(win)
        assert win.nav.item(2).text() == stock
        assert win.scan_input.placeholderText() == scan_hint
        box = Box.get(Box.status == BoxStatus.ON_PALLET)
        win.stock_view.show_box(box.id)
        status_column = 11
        row = win.stock_view.model.row_of(box.id)
        shown = win.stock_view.model.index(row, status_column).data()
        assert shown == {"de": "auf Palette", "uk": "на піддоні"}[language]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_pallet_and_location_labels_queue_when_no_printer_is_set(
    qtbot: QtBot, window: MainWindow
) -> None:
    from warehouse_app.services import printqueue

    pallet = Pallet.get()
    dialog = PalletDialog(pallet.id, "Test-PC", ChangeHub())
    qtbot.addWidget(dialog)
    assert "No printer is set" in dialog.print_labels()
    assert "reprint list" in dialog.message.text()
    window.nav.setCurrentRow(6)
    tab = window.settings_view.locations
    tab.table.selectRow(0)
    assert "No printer is set" in tab.print_selected()
    jobs = printqueue.pending("Test-PC")
    assert [(j.document, j.subject) for j in jobs] == [
        ("pallet_labels", (pallet.code,)),
        ("location_labels", (tab.records[0].code,)),
    ]


def test_the_next_volunteer_types_their_name_over_the_last_one(
    qtbot: QtBot, opened: OpenedDatabase
) -> None:
    dialog = SignInDialog("Olena", "Halle-PC-1")
    qtbot.addWidget(dialog)
    line = dialog.names.lineEdit()
    assert line is not None and line.selectedText() == "Olena"
    qtbot.keyClicks(line, "Petro")
    assert dialog.names.currentText() == "Petro"


def test_the_number_of_boxes_shows_its_limit(qtbot: QtBot, opened: OpenedDatabase) -> None:
    from ui.context import AppContext
    from ui.intake.view import IntakeView

    view = IntakeView(AppContext(opened, None, "Olena", "Halle-PC-1"))
    qtbot.addWidget(view)
    view.box_count.lineEdit().selectAll()
    qtbot.keyClicks(view.box_count, "100000")
    assert view.box_count.value() <= 500 and "at most 500" in view.box_count.text()


@pytest.mark.parametrize("language", ["en", "de", "uk"])
def test_every_page_fits_the_halls_1366_px_screens_in_every_language(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, language: str
) -> None:
    from PySide6.QtCore import QLocale

    from ui.translations import install_translations

    installed = install_translations(qapp, QLocale(language))
    try:
        win = MainWindow(AppContext(demo, actor.volunteer_id, "T", "PC"))
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        pages = (
            win.intake_view,
            win.scan_view,
            win.stock_view,
            win.convoy_view,
            win.settings_view,
        )
        widths = {}
        for page in pages:
            win.show_page(page)  # built and shown: every page counts in the window's minimum
            qapp.processEvents()
            widths[page.objectName() or type(page).__name__] = page.minimumSizeHint().width()
        assert win.minimumSizeHint().width() <= 1366, widths
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_control_sheet_prints_from_the_settings(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import pypdfium2 as pdfium
    import zxingcpp

    from ui.printing.printer import FILE_PRINTER
    from warehouse_app.config import StationConfig
    from warehouse_app.services.scanning import CONTROL_TITLES

    printed = tmp_path / "sheet.pdf"
    config = StationConfig.load()
    config.sheet_printer, config.label_format = f"{FILE_PRINTER}{printed}", "a4-3475"
    config.save()
    window.nav.setCurrentRow(6)
    tab = window.settings_view.locations
    tab.control_button.click()
    assert tab.message.text() == "Control sheet printed."
    page = pdfium.PdfDocument(printed.read_bytes())[0].render(scale=300 / 72).to_pil()
    found = {r.text for r in zxingcpp.read_barcodes(page)}
    assert found == {control.code for control in CONTROL_TITLES}
    assert StationConfig.load().sheet_position == "14"  # 12 codes and the head test used
