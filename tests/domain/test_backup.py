"""Backups: daily at start, rotated, consistent; restore refuses what it should."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from warehouse_app.errors import HafenlagerError, NotAHafenlagerDatabase
from warehouse_app.storage import backup, migrations
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.models import Association, Box
from warehouse_app.storage.opening import OpenedDatabase, open_database


def test_backup_is_a_complete_standalone_hafenlager_database(
    demo: OpenedDatabase, tmp_path: Path
) -> None:
    # Uncommitted-to-the-main-file data sits in the WAL; the backup must still hold it.
    Association.create(name="Letzte Änderung e.V.", short_code="LAE")
    dest = backup.backup_to(demo.db, tmp_path / "out" / "copy.sqlite")
    assert backup.inspect_backup_file(dest) == migrations.CURRENT_VERSION
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("SELECT COUNT(*) FROM box").fetchone()[0] == Box.select().count()
        assert conn.execute("SELECT 1 FROM association WHERE short_code='LAE'").fetchone()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert not list(dest.parent.glob("*.part"))


def test_at_most_one_automatic_backup_a_day(opened: OpenedDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    morning = dt.datetime(2026, 11, 22, 8, 0)
    assert backup.auto_backup(opened.db, folder, morning) is not None
    assert backup.auto_backup(opened.db, folder, morning + dt.timedelta(hours=5)) is None
    assert backup.auto_backup(opened.db, folder, morning + dt.timedelta(days=1)) is not None
    assert len(list(folder.glob("hafenlager-auto-*.sqlite"))) == 2


def test_only_the_last_14_automatic_backups_are_kept(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "bk"
    manual = backup.backup_to(opened.db, folder / "hafenlager-manual-keep.sqlite")
    start = dt.datetime(2026, 10, 1, 8, 0)
    for day in range(20):
        backup.auto_backup(opened.db, folder, start + dt.timedelta(days=day))
    kept = sorted(p.name for p in folder.glob("hafenlager-auto-*.sqlite"))
    assert len(kept) == 14
    assert kept[0].startswith("hafenlager-auto-20261007")  # days 7..20 remain
    assert manual.exists()


def test_starting_the_app_makes_the_daily_backup(db_path: Path) -> None:
    open_database(str(db_path))  # creating the database: nothing to back up yet
    dbmod.close()
    opened = open_database(str(db_path))
    try:
        assert opened.backup_made is not None
        assert opened.backup_made.parent == db_path.parent / "backups"
    finally:
        dbmod.close()


def test_backup_into_an_unwritable_place_fails_cleanly(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(HafenlagerError, match="backup"):
        backup.backup_to(opened.db, blocker / "copy.sqlite")


def test_inspect_refuses_files_that_are_not_hafenlager_backups(tmp_path: Path) -> None:
    text = tmp_path / "a.sqlite"
    text.write_text("hello")
    with pytest.raises(NotAHafenlagerDatabase):
        backup.inspect_backup_file(text)
    other = tmp_path / "b.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAHafenlagerDatabase):
        backup.inspect_backup_file(other)
    with pytest.raises(HafenlagerError, match="does not exist"):
        backup.inspect_backup_file(tmp_path / "missing.sqlite")
