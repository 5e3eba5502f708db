"""A full disk: one line for what cannot be written, and the work (and --out) goes on.

The disk is real: a 4 MB tmpfs mounted for the test (the suite runs as root here), filled
until only a few hundred KB are free, so SQLite gets ENOSPC ("database or disk is full") as
it would on the hall's PC."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from warehouse_app.storage import backup
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.opening import open_database

pytestmark = pytest.mark.sqlite_only
FREE_KB = 300  # room for the WAL of a reading command, not for a copy of the database


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        pytest.fail(
            f"this test needs root and mount to make a small real disk: {done.stderr.strip()}",
            pytrace=False,
        )
    try:
        yield mount_point
    finally:
        dbmod.close()
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave_kb: int = FREE_KB, name: str = "filler") -> None:
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    (folder / name).write_bytes(b"\x00" * max(0, free - leave_kb * 1024))


def hafenlager(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def hall_on_full_disk(small_demo_template: Path, full_disk: Path) -> Path:
    path = full_disk / "hall.sqlite"
    shutil.copyfile(small_demo_template, path)
    fill(full_disk)
    return path


def test_backup_out_to_another_disk_works_on_a_full_one(
    hall_on_full_disk: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "usb-stick" / "hall-copy.sqlite"
    done = hafenlager("--db", str(hall_on_full_disk), "backup", "--out", str(elsewhere))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Backup written to {elsewhere}\n" and done.stderr == ""
    assert backup.inspect_backup_file(elsewhere) > 0
    assert not (hall_on_full_disk.parent / "backups").exists()  # no daily backup tried


def test_a_backup_onto_the_full_disk_fails_in_one_line_and_leaves_nothing(
    hall_on_full_disk: Path,
) -> None:
    done = hafenlager("--db", str(hall_on_full_disk), "backup")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "disk is full" in done.stderr and "--out" in done.stderr
    assert list((hall_on_full_disk.parent / "backups").iterdir()) == []


def test_the_daily_backup_failing_on_a_full_disk_does_not_stop_a_command(
    hall_on_full_disk: Path, data_dir: Path
) -> None:
    done = hafenlager("--db", str(hall_on_full_disk), "convoy", "list")
    assert done.returncode == 0, done.stderr
    assert "2026-P" in done.stdout  # the demo's convoys, listed all the same
    assert "Traceback" not in done.stderr
    logged = (data_dir / "logs" / "hafenlager.log").read_text(encoding="utf-8")
    assert "daily backup failed" in logged and "disk is full" in logged
    assert list((hall_on_full_disk.parent / "backups").iterdir()) == []


def test_opening_on_a_full_disk_reports_the_failed_daily_backup(hall_on_full_disk: Path) -> None:
    opened = open_database(str(hall_on_full_disk))
    try:
        assert opened.backup_made is None
        assert opened.backup_problem is not None and "disk is full" in opened.backup_problem
        assert "\n" not in opened.backup_problem
        assert opened.db.execute_sql("SELECT COUNT(*) FROM box").fetchone()[0] == 500
    finally:
        dbmod.close()
    assert backup.backup_due(hall_on_full_disk.parent / "backups")  # tried again next start


def test_a_log_folder_on_a_full_disk_is_one_warning_not_a_traceback_per_record(
    small_demo_template: Path, full_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall = tmp_path / "hall.sqlite"
    shutil.copyfile(small_demo_template, hall)
    logs = full_disk / "data" / "logs"
    logs.mkdir(parents=True)
    (logs / "hafenlager.log").write_text("")
    fill(full_disk, leave_kb=0)
    monkeypatch.setenv("HAFENLAGER_DATA_DIR", str(full_disk / "data"))
    done = hafenlager("--db", str(hall), "convoy", "show", "2099-X")  # a refusal is logged
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and "2099-X" in lines[-1], done.stderr  # the refusal itself
    assert "log file" in lines[0] and "No space left" in lines[0]


def test_a_database_on_a_disk_too_full_for_its_journal_says_the_disk_is_full(
    hall_on_full_disk: Path,
) -> None:
    fill(hall_on_full_disk.parent, leave_kb=0, name="the-rest")
    done = hafenlager("--db", str(hall_on_full_disk), "convoy", "list")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "disk" in done.stderr and "full" in done.stderr
