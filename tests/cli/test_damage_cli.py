"""`hafenlager check` reads a file without changing it, and a damaged file gets one line."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli.main import main
from warehouse_app.storage import engine as dbmod

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """Garbage over three pages in the middle of the file, as a failing disk leaves it."""
    pages = path.stat().st_size // 4096
    with path.open("r+b") as fh:
        fh.seek(pages // 2 * 4096)
        fh.write(random.Random(7).randbytes(3 * 4096))


@pytest.fixture
def hall(small_demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hall.sqlite"
    shutil.copyfile(small_demo_template, path)
    return path


def test_check_of_a_damaged_file_is_one_line_and_changes_nothing(hall: Path) -> None:
    damage(hall)
    before = sha256(hall)
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(hall), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout.count("\n") == 1 and done.stderr == ""
    assert done.stdout.startswith(f"DAMAGED: {hall} is damaged")
    assert "hafenlager restore" in done.stdout and str(hall.parent / "backups") in done.stdout
    assert sha256(hall) == before


def test_check_names_the_newest_backup_to_restore(
    capsys: pytest.CaptureFixture[str], hall: Path
) -> None:
    assert run(capsys, "--db", str(hall), "backup")[0] == 0
    (made,) = (hall.parent / "backups").glob("hafenlager-manual-*.sqlite")
    dbmod.close()
    damage(hall)
    code, out, _ = run(capsys, "--db", str(hall), "check")
    assert code == 3 and f"'hafenlager restore {made}'" in out


def test_check_of_a_sound_file_changes_none_of_its_bytes(
    capsys: pytest.CaptureFixture[str], hall: Path
) -> None:
    before = sha256(hall)  # a WAL-mode database, as the app leaves it
    code, out, _ = run(capsys, "--db", str(hall), "check")
    assert code == 0 and out.startswith(f"OK: {hall} (")
    assert sha256(hall) == before
    assert not (hall.parent / "backups").exists()  # check makes no daily backup either


def test_check_of_a_backup_file_changes_none_of_its_bytes(
    capsys: pytest.CaptureFixture[str], hall: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "saved.sqlite"
    assert run(capsys, "--db", str(hall), "backup", "--out", str(copy))[0] == 0
    dbmod.close()
    before = sha256(copy)
    code, out, _ = run(capsys, "--db", str(copy), "check")
    assert code == 0 and out.startswith("OK:")
    assert sha256(copy) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("saved")) == [
        "saved.sqlite"
    ]


def test_check_of_an_older_schema_says_so_and_does_not_migrate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", old)
    before = sha256(old)
    code, out, _ = run(capsys, "--db", str(old), "check")
    note, result = out.splitlines()
    assert code == 0
    assert "schema 1, older" in note and "upgrade it" in note and "next normal start" in note
    assert result == f"OK: {old} (no damage found)"
    assert sha256(old) == before
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_history").fetchone() == (1,)


def test_check_of_a_damaged_older_schema_still_finds_the_damage(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = tmp_path / "v1.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", old)
    damage(old)
    before = sha256(old)
    code, out, _ = run(capsys, "--db", str(old), "check")
    assert code == 3 and out.count("\n") == 1 and "is damaged" in out
    assert sha256(old) == before


def test_check_of_a_missing_file_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "typo.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "check")
    assert code == 1 and err.count("\n") == 1 and "There is no database" in err
    assert not missing.exists()


def test_check_as_json_lists_the_damage(capsys: pytest.CaptureFixture[str], hall: Path) -> None:
    import json

    damage(hall)
    code, out, _ = run(capsys, "--db", str(hall), "check", "--json")
    assert code == 3 and [p["rule"] for p in json.loads(out)] == ["damaged"]


def test_a_command_on_a_damaged_file_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], hall: Path
) -> None:
    damage(hall)
    code, out, err = run(capsys, "--db", str(hall), "list", "boxes")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "is damaged" in err and "hafenlager restore" in err
    assert str(hall.parent / "backups") in err


def test_restore_replaces_a_damaged_file_it_can_still_open(
    capsys: pytest.CaptureFixture[str], hall: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.sqlite"
    assert run(capsys, "--db", str(hall), "backup", "--out", str(good))[0] == 0
    assert run(capsys, "--db", str(hall), "list", "boxes")[0] == 0  # today's backup: made
    dbmod.close()
    damage(hall)  # opens again today (no second check), but its pages are bad
    damaged = hall.read_bytes()
    code, _, err = run(capsys, "--db", str(hall), "restore", str(good))
    assert code == 0, err
    (saved,) = (hall.parent / "backups").glob("hafenlager-before-restore-*.sqlite")
    assert saved.read_bytes() == damaged  # kept as it was, for whoever looks into it
    assert run(capsys, "--db", str(hall), "check")[0] == 0
