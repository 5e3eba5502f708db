"""Backups: daily at start, verified, rotated, consistent; restore refuses what it should."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from warehouse_app.errors import DatabaseOpenError, HafenlagerError, NotAHafenlagerDatabase
from warehouse_app.storage import backup, migrations
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.models import Association, Box
from warehouse_app.storage.opening import OpenedDatabase, open_database

pytestmark = pytest.mark.sqlite_only  # the file and its copies


def damage(path: Path) -> None:
    """Garbage over three pages in the middle of the file, as a failing disk leaves it."""
    pages = path.stat().st_size // 4096
    with path.open("r+b") as fh:
        fh.seek(pages // 2 * 4096)
        fh.write(random.Random(7).randbytes(3 * 4096))


def damaged_demo(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "damaged.sqlite"
    shutil.copyfile(template, path)
    damage(path)
    return path


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


def test_the_last_14_days_and_the_newest_of_each_week_are_kept(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "bk"
    manual = backup.backup_to(opened.db, folder / "hafenlager-manual-keep.sqlite")
    start = dt.datetime(2026, 10, 1, 8, 0)  # a Thursday
    for day in range(20):
        backup.auto_backup(opened.db, folder, start + dt.timedelta(days=day))
    kept = sorted(p.name for p in folder.glob("hafenlager-auto-*.sqlite"))
    # Days 7..20, and Sunday 4 October: the newest of the week of 28 September.
    assert kept == [f"hafenlager-auto-202610{d:02d}-080000.sqlite" for d in (4, *range(7, 21))]
    assert manual.exists()


def test_starting_the_app_makes_the_daily_backup(db_path: Path) -> None:
    open_database(str(db_path))  # creating the database: nothing to back up yet
    dbmod.close()
    opened = open_database(str(db_path))
    try:
        assert opened.backup_made is not None
        assert opened.backup_made.parent == db_path.parent / "backups"
        assert opened.backup_problem is None
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


# --- verification: a bad copy never takes a backup's name ----------------------------------
def test_a_copy_of_a_damaged_database_is_kept_aside_and_refused(
    small_demo_template: Path, tmp_path: Path
) -> None:
    source = damaged_demo(small_demo_template, tmp_path)
    db = dbmod.connect(str(source))  # the plain engine: opening would refuse it
    try:
        dest = tmp_path / "out" / "hafenlager-manual-1.sqlite"
        with pytest.raises(DatabaseOpenError, match="not kept: it is damaged") as refused:
            backup.backup_to(db, dest)
    finally:
        dbmod.close()
    aside = tmp_path / "out" / "hafenlager-damaged-manual-1.sqlite"
    assert str(aside) in str(refused.value) and "\n" not in str(refused.value)
    assert aside.exists() and not dest.exists()
    assert not list(dest.parent.glob("*.part*"))


def test_a_copy_without_schema_history_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "other.sqlite"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    db = pw.SqliteDatabase(str(plain))
    try:
        with pytest.raises(DatabaseOpenError, match="schema_history"):
            backup.backup_to(db, tmp_path / "bk" / "copy.sqlite")
    finally:
        db.close()
    assert [p.name for p in (tmp_path / "bk").iterdir()] == ["hafenlager-damaged-copy.sqlite"]


# --- quick_check: at start and before the daily backup -------------------------------------
def test_the_daily_backup_never_copies_a_damaged_database(
    small_demo_template: Path, tmp_path: Path
) -> None:
    source = damaged_demo(small_demo_template, tmp_path)
    folder = tmp_path / "backups"
    good = folder / "hafenlager-auto-20261121-080000.sqlite"
    folder.mkdir()
    shutil.copyfile(small_demo_template, good)
    db = dbmod.connect(str(source))
    try:
        with pytest.raises(DatabaseOpenError, match="no daily backup was made") as refused:
            backup.auto_backup(db, folder, dt.datetime(2026, 11, 22, 8, 0))
    finally:
        dbmod.close()
    assert f"hafenlager restore {good}" in str(refused.value)
    assert sorted(p.name for p in folder.iterdir()) == [good.name]  # nothing new, none lost


def test_a_damaged_database_is_refused_at_start_in_one_line(
    small_demo_template: Path, tmp_path: Path
) -> None:
    source = damaged_demo(small_demo_template, tmp_path)
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(str(source), daily_backup=False)
    message = str(refused.value)
    assert "is damaged" in message and "hafenlager restore" in message
    assert str(tmp_path / "backups") in message and "\n" not in message
    assert not (tmp_path / "backups").exists()  # no backup of the damage either


def test_the_start_check_runs_once_a_day_with_the_daily_backup(
    small_demo_template: Path, tmp_path: Path
) -> None:
    # quick_check reads the whole file (0.1 s to 1 s on the large demo): not on every start.
    source = tmp_path / "hall.sqlite"
    shutil.copyfile(small_demo_template, source)
    morning = dt.datetime.now().replace(hour=8, minute=0)
    assert open_database(str(source), now=morning).backup_made is not None
    dbmod.close()
    damage(source)
    opened = open_database(str(source), now=morning + dt.timedelta(hours=1))
    dbmod.close()
    assert opened.backup_made is None  # today's backup exists: no check, no copy
    with pytest.raises(DatabaseOpenError, match="is damaged"):
        open_database(str(source), now=morning + dt.timedelta(days=1))


# --- killed backups -----------------------------------------------------------------------
def test_a_left_over_part_file_is_not_todays_backup(opened: OpenedDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    folder.mkdir()
    now = dt.datetime(2026, 11, 22, 9, 0)
    part = folder / "hafenlager-auto-20261122-080000.sqlite.part"
    part.write_bytes(backup.SQLITE_HEADER + b"\x00" * 1000)  # what a killed backup leaves
    (folder / "hafenlager-auto-20261122-080000.sqlite.part-journal").write_bytes(b"\x00" * 512)
    assert backup.backup_due(folder, now)
    made = backup.auto_backup(opened.db, folder, now)
    assert made is not None and not backup.backup_due(folder, now)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]


def test_a_part_file_being_written_is_left_alone(tmp_path: Path) -> None:
    part = tmp_path / "hafenlager-auto-20261122-080000.sqlite.part"
    writer = sqlite3.connect(part)
    try:
        writer.execute("CREATE TABLE t (x)")
        writer.execute("BEGIN EXCLUSIVE")  # as another station's backup holds it
        assert backup.remove_stale_parts(tmp_path) == []
        assert part.exists()
    finally:
        writer.close()
    assert backup.remove_stale_parts(tmp_path) == [part]


def test_other_programs_part_files_are_not_touched(tmp_path: Path) -> None:
    download = tmp_path / "photo.sqlite.part"
    download.write_bytes(b"half a download")
    assert backup.remove_stale_parts(tmp_path) == []
    assert download.exists()


def test_the_day_check_starts_before_the_database_is_opened_and_is_the_one_used(
    small_demo_template: Path, tmp_path: Path
) -> None:
    from warehouse_app.storage.opening import start_day_check

    good = tmp_path / "good.sqlite"
    shutil.copyfile(small_demo_template, good)
    check = start_day_check(str(good))  # no backup yet today: due
    assert check is not None
    opened = open_database(str(good), daily_backup=False, check_beside=True, started=check)
    try:
        assert opened.page_check is check
        opened.refuse_if_damaged()  # a sound file: nothing said
    finally:
        dbmod.close()
    open_database(str(good)).db.close()  # writes the day's backup
    assert start_day_check(str(good)) is None  # the next start of the day checks nothing

    (tmp_path / "other hall").mkdir()  # a folder of its own: no backup there today
    damaged = damaged_demo(small_demo_template, tmp_path / "other hall")
    check = start_day_check(str(damaged))
    assert check is not None
    opened = open_database(str(damaged), daily_backup=False, check_beside=True, started=check)
    with pytest.raises(DatabaseOpenError, match="damaged"):
        opened.refuse_if_damaged()
    dbmod.close()
    assert start_day_check(str(tmp_path / "missing.sqlite")) is None
