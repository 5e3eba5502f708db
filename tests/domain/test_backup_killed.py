"""A daily backup killed half-way (power cut, kill -9): its .part is no backup, and goes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from warehouse_app.storage import backup
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.opening import open_database

MORNING = dt.datetime(2026, 11, 22, 8, 0)
PADDING_MB = 200

# One daily backup, in a process of its own (the test kills it).
BACKUP = """
import datetime as dt, sys
from pathlib import Path
from warehouse_app.storage import backup
from warehouse_app.storage.opening import open_database
opened = open_database(sys.argv[1], daily_backup=False)
backup.auto_backup(opened.db, Path(sys.argv[2]), dt.datetime.fromisoformat(sys.argv[3]))
"""


def padded_demo(template: Path, tmp_path: Path) -> Path:
    """The small demo with 200 MB more: a backup that takes long enough to be cut off."""
    path = tmp_path / "big.sqlite"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE test_padding (b BLOB)")
        raw.execute(f"INSERT INTO test_padding VALUES (zeroblob({PADDING_MB} * 1024 * 1024))")
    return path


def kill_mid_backup(database: Path, folder: Path) -> Path:
    """Start the backup, kill -9 it once its .part holds some MB; the .part it left."""
    part = folder / f"{backup.AUTO_PREFIX}{backup.timestamp(MORNING)}.sqlite.part"
    process = subprocess.Popen(
        [sys.executable, "-c", BACKUP, str(database), str(folder), MORNING.isoformat()]
    )
    try:
        deadline = time.monotonic() + 120
        while not (part.exists() and part.stat().st_size > 10 << 20):
            assert process.poll() is None, "the backup ended before it could be killed"
            assert time.monotonic() < deadline, "the backup never started writing"
            time.sleep(0.002)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    return part


def test_a_killed_backup_is_not_todays_and_the_next_one_cleans_up(
    small_demo_template: Path, tmp_path: Path
) -> None:
    database = padded_demo(small_demo_template, tmp_path)
    folder = tmp_path / "backups"
    part = kill_mid_backup(database, folder)
    assert part.exists() and part.stat().st_size < (PADDING_MB << 20)  # cut off half-way
    assert not list(folder.glob("*.sqlite"))
    assert backup.backup_due(folder, MORNING + dt.timedelta(minutes=5))

    # The next start of the day (another minute, another name) makes the day's backup.
    later = MORNING + dt.timedelta(minutes=5)
    opened = open_database(str(database), now=later)
    try:
        assert opened.backup_made is not None and opened.backup_problem is None
    finally:
        dbmod.close()
    assert sorted(p.name for p in folder.iterdir()) == [opened.backup_made.name]
    assert backup.inspect_backup_file(opened.backup_made) > 0
    assert not backup.backup_due(folder, later)
