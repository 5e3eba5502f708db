"""Starting the GUI: application, translations, database, who signs in, main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui import gc_guard
from ui.application import current_application
from ui.context import AppContext
from ui.service_texts import error_text
from ui.translations import install_translations
from warehouse_app.config import StationConfig
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata
from warehouse_app.storage.opening import OpenedDatabase, open_database

if TYPE_CHECKING:
    from ui.signin.dialog import SignInDialog
    from ui.signin.first_admin import FirstAdminDialog
    from warehouse_app.storage.backup import PageCheck

DEFAULT_VOLUNTEER = "Volunteer"
BACKUP_AFTER_MS = 1500  # the daily backup starts this long after the window is shown


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Hafenlager")
    app.setOrganizationName("Grenzenlose Wärme e.V.")
    app.setFont(hall_font(app.font()))
    install_translations(app, QLocale.system())
    gc_guard.install(app)
    return app


def hall_font(base: QFont) -> QFont:
    """Large, clear type: the screen is read standing, from a step away."""
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.25)
    return font


def run_gui(
    target: str,
    *,
    smoke_test: bool = False,
    demo: str | None = None,
    day_check: PageCheck | None = None,
) -> int:
    from ui.errors import install_excepthook
    from warehouse_app.log import setup_logging

    setup_logging()
    app = make_application()
    install_excepthook()
    try:
        # The daily backup runs after the window is up (see MainWindow.start_daily_backup).
        # The day's page check reads the whole file: it runs while the window is built.
        opened = open_database(target, daily_backup=False, check_beside=True, started=day_check)
        if demo:
            from reports.papers_set import final_papers
            from warehouse_app.demo import load_demo_if_empty

            load_demo_if_empty(demo, papers=final_papers)
    except HafenlagerError as exc:
        return _fatal(app, error_text(exc), smoke_test)
    return _run_window(app, opened, smoke_test=smoke_test)


def _run_window(app: QApplication, opened: OpenedDatabase, *, smoke_test: bool) -> int:
    # The screens' modules load while the day's page check reads the file (no database
    # work): the check's answer is waited for before anything can write.
    from ui.main_window import MainWindow

    try:
        opened.refuse_if_damaged()  # nobody works on a damaged file
    except HafenlagerError as exc:
        return _fatal(app, error_text(exc), smoke_test)
    context = choose_worker(opened, smoke_test=smoke_test)
    if context is None:
        return 0
    language = masterdata.volunteer_language(context.volunteer_id) if context.volunteer_id else ""
    window = MainWindow(context, language=language)
    window.show()
    if smoke_test:
        # Ready means: shown, events processed, the scan field has the focus.
        QTimer.singleShot(0, lambda: _finish_smoke_test(app, window))
    else:
        # The first start of a day writes its backup a moment after the window is up and
        # painted: started at once, its thread took the CPU from the window's first paint
        # (the window came 150 ms later on the large demo).
        QTimer.singleShot(BACKUP_AFTER_MS, window.start_daily_backup)
    code = app.exec()
    from ui.operations import wait_for_operations

    # A backup (or papers) still being written when the window closes is finished, not cut
    # off half-way, while the window that asked for it still exists.
    wait_for_operations()
    return code


def choose_worker(opened: OpenedDatabase, *, smoke_test: bool) -> AppContext | None:
    """Who works at this station: the sign-in (on a new hall, the creation of its admin)."""
    config = StationConfig.load()
    terminal = config.terminal_mode == "on"
    if smoke_test:
        # The start is checked, not a person: nobody signs in, the last name is recorded.
        name = config.last_volunteer or DEFAULT_VOLUNTEER
        volunteer_id = masterdata.volunteer_by_name(name)
        language = masterdata.volunteer_language(volunteer_id)
        if language:
            install_translations(current_application(), QLocale(language))
        return AppContext(opened, volunteer_id, name, config.station, terminal=terminal)
    from warehouse_app.services import people

    dialog: SignInDialog | FirstAdminDialog
    if people.needs_first_admin():
        from ui.signin.first_admin import FirstAdminDialog

        dialog = FirstAdminDialog(config.station)
    else:
        from ui.signin.dialog import SignInDialog

        dialog = SignInDialog(config.last_volunteer, config.station)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    config.last_volunteer = dialog.volunteer_name
    config.station = dialog.station_name
    config.save()
    if dialog.language_code:
        install_translations(current_application(), QLocale(dialog.language_code))
    return AppContext(
        opened, dialog.volunteer_id, dialog.volunteer_name, dialog.station_name, terminal=terminal
    )


def _finish_smoke_test(app: QApplication, window: object) -> None:
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    ready = window.isVisible() and window.scan_input.isEnabled()
    print("smoke test: main window ready" if ready else "smoke test: window not ready", flush=True)
    window.start_daily_backup()  # written before the process ends (see wait_for_operations)
    app.exit(0 if ready else 1)


def _fatal(app: QApplication, message: str, smoke_test: bool) -> int:
    print(f"hafenlager: error: {message}", file=sys.stderr)
    if not smoke_test:
        QMessageBox.critical(None, app.translate("app", "Hafenlager cannot start"), message)
    return 1
