"""`hafenlager backup` and `restore` on both engines; on PostgreSQL through pg_dump's custom
format, verified, restored in one transaction, and one line when something is missing."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests import postgres
from ui.cli.main import main
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage import pg_backup
from warehouse_app.storage.opening import OpenedDatabase
from warehouse_app.storage.schema import ALL_MODELS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(target: str, *, activity: bool = False) -> dict[str, int]:
    """Rows per table, read on a connection of its own (closed again). The activity log only
    when asked: a refused restore still logs who signed in for it."""
    tables = [
        m._meta.table_name for m in ALL_MODELS if activity or m._meta.table_name != "activity"
    ]
    if dbmod.sqlite_path(target) is not None:
        conn = sqlite3.connect(f"{Path(target).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
        finally:
            conn.close()
    db = dbmod.connect(target)
    try:
        return {t: int(db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        db.close()


def scan(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, target: str, *codes: str
) -> list[str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{c}\n" for c in codes)))
    code, out, err = run(capsys, "--db", target, "scan", "--mode", "putaway")
    assert code == 0, err
    return out.splitlines()


def where_is(capsys: pytest.CaptureFixture[str], target: str, box: str) -> str:
    code, out, _ = run(capsys, "--db", target, "list", "boxes", "--search", box, "--json")
    assert code == 0
    (found,) = [b for b in json.loads(out) if b["code"] == box]
    return str(found["location"])


def a_box_and_another_place(capsys: pytest.CaptureFixture[str], target: str) -> tuple[str, str]:
    code, out, _ = run(
        capsys, "--db", target, "list", "boxes", "--status", "in_stock", "--limit", "1", "--json"
    )
    assert code == 0
    (box,) = json.loads(out)
    code, out, _ = run(capsys, "--db", target, "list", "locations", "--json")
    place = next(p for p in json.loads(out) if p["name"] != box["location"])
    return str(box["code"]), str(place["code"])


def test_backup_then_restore_undoes_what_came_after(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo: OpenedDatabase,
    data_dir: Path,
) -> None:
    target, server = demo.target, demo.path is None
    dbmod.close()  # the fixture's connection: a restore refuses while a station is connected
    before = counts(target, activity=True)
    box, place = a_box_and_another_place(capsys, target)
    was = where_is(capsys, target, box)

    code, out, err = run(capsys, "--db", target, "backup")
    assert code == 0, err
    suffix = ".pgdump" if server else ".sqlite"
    # A server's backups go into this PC's data folder, a file's next to it.
    backups = (data_dir if server else Path(target).parent) / "backups"
    (made,) = backups.glob(f"hafenlager-manual-*{suffix}")
    assert out == f"Backup written to {made}\n"

    lines = scan(capsys, monkeypatch, target, place, box)
    assert lines[-1].startswith("OK") and where_is(capsys, target, box) != was
    assert counts(target)["movement"] == before["movement"] + 1

    code, out, err = run(capsys, "--db", target, "restore", str(made))
    assert code == 0, err
    assert out.count("\n") == 1 and "the previous database was saved as" in out
    after = counts(target, activity=True)
    # The restored database's own history says it came back: the copy's entries (with the
    # sign-in for a file's backup, which an admin makes) and the restore's.
    assert after.pop("activity") == before.pop("activity") + (1 if server else 2)
    assert after == before
    assert where_is(capsys, target, box) == was
    (saved,) = backups.glob(f"hafenlager-before-restore-*{suffix}")
    assert counts_in_backup(saved, server)["movement"] == before["movement"] + 1
    # After the restore the ids go on where the backup's ended: a scan writes again.
    assert scan(capsys, monkeypatch, target, place, box)[-1].startswith("OK")
    assert run(capsys, "--db", target, "check")[0] == 0


def counts_in_backup(path: Path, server: bool) -> dict[str, int]:
    if not server:
        return counts(str(path))
    # The dump of what was replaced, read with the standard tool: movement's COPY rows.
    done = subprocess.run(
        [pg_backup.find_tool("pg_restore"), "--data-only", "--table=movement", "--file=-", path],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = done.stdout.split("FROM stdin;\n", 1)[1].split("\n\\.\n", 1)[0]
    return {"movement": len(rows.splitlines())}


def test_a_server_backup_is_a_pg_dump_that_the_standard_tools_read(
    capsys: pytest.CaptureFixture[str], pg_server: str, pg_demo_template: str, tmp_path: Path
) -> None:
    target = postgres.create_database(pg_server, pg_demo_template)
    try:
        out_file = tmp_path / "usb" / "hall.pgdump"
        out_file.parent.mkdir()
        code, out, err = run(capsys, "--db", target, "backup", "--out", str(out_file))
        assert code == 0 and out == f"Backup written to {out_file}\n", err
        assert out_file.read_bytes()[:5] == b"PGDMP" and not list(tmp_path.glob("usb/*.part"))
        listing = subprocess.run(
            [pg_backup.find_tool("pg_restore"), "--list", out_file],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "TABLE DATA public box " in listing and "TABLE DATA public movement " in listing
        # A folder as --out: the usual name inside it.
        code, _, _ = run(capsys, "--db", target, "backup", "--out", str(out_file.parent))
        assert code == 0 and len(list(out_file.parent.glob("hafenlager-manual-*.pgdump"))) == 1
    finally:
        dbmod.close()
        postgres.drop_database(pg_server, target)


def test_without_pg_dump_backup_and_restore_say_so_in_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_server: str,
    pg_demo_template: str,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    target = postgres.create_database(pg_server, pg_demo_template)
    try:
        good = tmp_path / "good.pgdump"
        assert run(capsys, "--db", target, "backup", "--out", str(good))[0] == 0
        before = counts(target)
        empty = tmp_path / "no-tools"
        empty.mkdir()
        monkeypatch.setenv("HAFENLAGER_PG_BIN", str(empty))
        for argv in (("backup",), ("restore", str(good))):
            code, out, err = run(capsys, "--db", target, *argv)
            assert code == 1 and out == ""
            assert err.count("\n") == 1 and "postgresql-client" in err, err
            assert err.startswith("hafenlager: error: pg_")
        assert counts(target) == before
        assert not (data_dir / "backups").exists()
    finally:
        dbmod.close()
        postgres.drop_database(pg_server, target)


def test_the_tools_are_found_on_path_or_where_the_installers_put_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("HAFENLAGER_PG_BIN", raising=False)
    found = Path(pg_backup.find_tool("pg_dump"))
    assert found.name == "pg_dump" and found.is_file()
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH: the versioned folders
    assert Path(pg_backup.find_tool("pg_dump")).is_file()


def test_a_server_restore_refuses_what_it_cannot_take_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    pg_server: str,
    pg_demo_template: str,
    small_demo_template: Path,
    tmp_path: Path,
) -> None:
    target = postgres.create_database(pg_server, pg_demo_template)
    try:
        good = tmp_path / "good.pgdump"
        assert run(capsys, "--db", target, "backup", "--out", str(good))[0] == 0
        before = counts(target)
        cut = tmp_path / "cut.pgdump"
        cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        newer = _dump_of_a_newer_schema(pg_server, pg_demo_template, tmp_path)
        refusals = {
            small_demo_template: "is an SQLite backup",  # migrate-to is the way for those
            cut: "cannot be read",
            newer: "made by a newer Hafenlager (schema 999)",
            tmp_path / "missing.pgdump": "does not exist",
        }
        for source, says in refusals.items():
            code, out, err = run(capsys, "--db", target, "restore", str(source))
            assert code == 1 and out == "" and err.count("\n") == 1, err
            assert says in err
            assert counts(target) == before

        station = dbmod.connect(target)  # another station has the database open
        try:
            code, _, err = run(capsys, "--db", target, "restore", str(good))
        finally:
            station.close()
        assert code == 1 and err.count("\n") == 1
        assert "Hafenlager is still open on" in err and "close it there first" in err
        assert counts(target) == before
    finally:
        dbmod.close()
        postgres.drop_database(pg_server, target)


def _dump_of_a_newer_schema(server: str, template: str, tmp_path: Path) -> Path:
    newer = postgres.create_database(server, template)
    try:
        db = dbmod.connect(newer)
        db.execute_sql(
            "INSERT INTO schema_history (version, name, applied_at, app_version) "
            "VALUES (999, 'future', now(), '99.0')"
        )
        db.close()
        return pg_backup.dump_to(newer, tmp_path / "newer.pgdump")
    finally:
        postgres.drop_database(server, newer)


def test_an_sqlite_restore_refuses_a_server_dump(
    capsys: pytest.CaptureFixture[str], small_demo_template: Path, tmp_path: Path
) -> None:
    hall = tmp_path / "hall.sqlite"
    shutil.copyfile(small_demo_template, hall)
    dump = tmp_path / "server.pgdump"
    dump.write_bytes(b"PGDMP" + b"\x00" * 100)
    before = hall.read_bytes()
    code, _, err = run(capsys, "--db", str(hall), "restore", str(dump))
    assert code == 1 and err.count("\n") == 1 and "is a PostgreSQL backup" in err
    assert hall.read_bytes() == before


def test_a_restore_into_an_empty_server_database_needs_no_safety_dump(
    capsys: pytest.CaptureFixture[str],
    pg_server: str,
    pg_demo_template: str,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    source = postgres.create_database(pg_server, pg_demo_template)
    target = postgres.create_database(pg_server)
    try:
        dump = tmp_path / "hall.pgdump"
        assert run(capsys, "--db", source, "backup", "--out", str(dump))[0] == 0
        code, out, err = run(capsys, "--db", target, "restore", str(dump))
        assert code == 0, err
        assert out == f"Restored {dump} into {dbmod.describe(target)}\n"
        assert counts(target) == counts(source)
        assert not list((data_dir / "backups").glob("hafenlager-before-restore-*"))
        assert run(capsys, "--db", target, "check")[0] == 0
    finally:
        dbmod.close()
        postgres.drop_database(pg_server, source)
        postgres.drop_database(pg_server, target)
