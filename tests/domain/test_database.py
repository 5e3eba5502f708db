"""Opening databases: the right settings, and clear refusals that change nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from warehouse_app.config import database_target, default_database_path
from warehouse_app.errors import DatabaseOpenError, DatabaseTooNew, NotAHafenlagerDatabase
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage import migrations
from warehouse_app.storage.engine import BUSY_WAIT_MS
from warehouse_app.storage.models import Association, Category, Location, SchemaHistory
from warehouse_app.storage.opening import OpenedDatabase, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only  # the SQLite file itself
def test_new_database_is_created_seeded_and_configured(opened: OpenedDatabase) -> None:
    db = opened.db
    assert opened.created
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") == BUSY_WAIT_MS
    assert Category.select().count() >= 30
    assert {a.short_code for a in Association.select()} == {"GW", "BGH", "CUK", "WLA"}
    assert Location.select().where(Location.name == "Wareneingang").exists()
    blankets = Category.get(Category.name_en == "Sleeping bags")
    assert (blankets.hs_code, blankets.name_uk) == ("9404.30", "Спальні мішки")
    assert SchemaHistory.select().count() == migrations.CURRENT_VERSION


def test_default_database_lives_in_the_data_folder(data_dir: Path) -> None:
    assert database_target(None) == str(default_database_path())
    assert default_database_path().parent == data_dir


def test_env_var_and_option_choose_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAFENLAGER_DB", "/srv/env.sqlite")
    assert database_target(None) == "/srv/env.sqlite"
    assert database_target("/cli.sqlite") == "/cli.sqlite"


def test_sqlite_urls_are_understood(tmp_path: Path) -> None:
    target = f"sqlite:///{tmp_path}/by-url.sqlite"
    opened = open_database(target)
    try:
        assert opened.path == tmp_path / "by-url.sqlite"
        assert opened.path.exists()
    finally:
        dbmod.close()


def test_reopening_keeps_the_data(db_path: Path) -> None:
    open_database(str(db_path))
    Association.create(name="Neuer Verein", short_code="NV")
    dbmod.close()
    reopened = open_database(str(db_path))
    try:
        assert not reopened.created
        assert Association.select().where(Association.short_code == "NV").exists()
    finally:
        dbmod.close()


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Einkaufsliste: Reis, Mehl\n")
    before = digest(path)
    with pytest.raises(NotAHafenlagerDatabase, match="not a Hafenlager database"):
        open_database(str(path))
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAHafenlagerDatabase, match="restore"):
        open_database(str(path))
    assert digest(path) == before


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(str(db_path))
    SchemaHistory.create(version=99, name="future", app_version="9.0")
    dbmod.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew, match=r"newer Hafenlager \(schema 99"):
        open_database(str(db_path))
    assert digest(db_path) == before


def test_a_corrupted_database_gets_a_restore_hint(db_path: Path) -> None:
    open_database(str(db_path))
    dbmod.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wipe the schema page, keep the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError, match="restore"):
        open_database(str(db_path))


def test_read_only_is_detected_from_the_permission_check(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root on CI, and root ignores file modes: make the permission check say no.
    open_database(str(db_path))
    dbmod.close()
    real_access = os.access
    monkeypatch.setattr(
        dbmod.os,
        "access",
        lambda p, mode: False if Path(p) == db_path and mode == os.W_OK else real_access(p, mode),
    )
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(str(db_path))


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(str(tmp_path))


def test_engine_errors_are_explained() -> None:
    cases = {
        "database is locked": "locked by another program",
        "attempt to write a readonly database": "read-only",
        "database or disk is full": "disk",
        "file is not a database": "Restore the latest backup",
    }
    for engine_text, expected in cases.items():
        assert expected in dbmod.explain(pw.OperationalError(engine_text), "x.sqlite")


def test_locked_database_write_gives_a_clear_message(db_path: Path) -> None:
    open_database(str(db_path))
    dbmod.close()
    blocker = sqlite3.connect(db_path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        db = pw.SqliteDatabase(str(db_path), pragmas={"busy_timeout": 50}, timeout=0.05)
        with pytest.raises(DatabaseOpenError, match="locked"), dbmod.translate_errors("x"):
            db.execute_sql("INSERT INTO setting (key, value) VALUES ('a', 'b')")
    finally:
        blocker.rollback()
        blocker.close()


def test_the_log_file_is_turned_over_at_start_and_five_old_ones_are_kept(tmp_path: Path) -> None:
    from warehouse_app.log import BACKUPS, turn_over

    log = tmp_path / "hafenlager.log"
    for day in range(BACKUPS + 2):
        log.write_text(f"day {day}\n" + "x" * 50, encoding="utf-8")
        turn_over(log, max_bytes=40)
    assert not log.exists()  # turned over; the next record starts a new file
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"hafenlager.log.{n}" for n in range(1, BACKUPS + 1)]
    assert (tmp_path / "hafenlager.log.1").read_text(encoding="utf-8").startswith("day 6")
    small = tmp_path / "small.log"
    small.write_text("short", encoding="utf-8")
    turn_over(small, max_bytes=40)
    assert small.read_text(encoding="utf-8") == "short"
