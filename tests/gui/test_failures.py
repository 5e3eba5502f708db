"""What nobody foresaw still ends in a sentence for the volunteer and a traceback in the log."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import smoke_test
from ui.context import AppContext
from ui.stock.view import StockView
from warehouse_app.log import log_path, setup_logging
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase


@pytest.mark.sqlite_only  # the SQLite file itself
def test_a_failing_background_task_logs_its_traceback_and_tells_the_volunteer(
    qtbot: QtBot,
    demo: OpenedDatabase,
    actor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setup_logging()
    # A weight another program wrote as text, on the oldest box: the table shows the newest.
    with sqlite3.connect(demo.target) as raw:
        raw.execute("UPDATE box SET net_kg = 'heavy' WHERE id = (SELECT MIN(id) FROM box)")
    view = StockView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    with qtbot.waitSignal(view.export_finished, timeout=30_000) as finished:
        view.export_to(tmp_path / "stock.xlsx")
    assert finished.args == [-1]
    assert len(told) == 1 and "Something went wrong" in told[0] and str(log_path()) in told[0]
    logged = log_path().read_text(encoding="utf-8")
    assert "export to stock.xlsx failed" in logged and "Traceback" in logged
    assert not (tmp_path / "stock.xlsx").exists() and not (tmp_path / "stock.xlsx.part").exists()


def test_an_uncaught_exception_is_logged_and_shown(qtbot: QtBot) -> None:
    from ui.errors import install_excepthook

    setup_logging()
    shown: list[str] = []
    saved = sys.excepthook
    install_excepthook(shown.append)
    try:
        try:
            raise LookupError("a slot that broke")
        except LookupError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = saved
    assert shown and str(log_path()) in shown[0]
    logged = log_path().read_text(encoding="utf-8")
    assert "LookupError: a slot that broke" in logged and "Traceback" in logged


def test_the_first_start_of_a_day_ends_without_a_traceback(
    small_demo_template: Path, tmp_path: Path
) -> None:
    # Big enough that the daily backup is still running when the smoke test closes the window.
    db = tmp_path / "big.sqlite"
    shutil.copyfile(small_demo_template, db)
    with sqlite3.connect(db) as raw:
        raw.execute("CREATE TABLE test_padding (b BLOB)")
        raw.execute("INSERT INTO test_padding VALUES (zeroblob(120 * 1024 * 1024))")
    done = smoke_test(db, tmp_path)
    assert done.returncode == 0 and "main window ready" in done.stdout
    assert "Traceback" not in done.stderr and "RuntimeError" not in done.stderr, done.stderr
    # The backup was finished, not cut off: a whole database, padding and all.
    (made,) = (tmp_path / "backups").glob("hafenlager-auto-*.sqlite")
    with sqlite3.connect(made) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT length(b) FROM test_padding").fetchone() == (120 << 20,)


def test_the_first_start_of_a_day_refuses_a_damaged_file_its_check_finds_beside_the_window(
    small_demo_template: Path, tmp_path: Path
) -> None:
    """The day's page check runs while the window is built; damage found, nobody works on the
    file: one line, exit 1, no backup of the damage, the file unchanged."""
    import hashlib

    from tests.cli.test_damage_cli import damage

    db = tmp_path / "hall.sqlite"
    shutil.copyfile(small_demo_template, db)
    damage(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = smoke_test(db, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "main window ready" not in done.stdout
    assert "is damaged" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not list((tmp_path / "backups").glob("hafenlager-auto-*.sqlite"))
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
