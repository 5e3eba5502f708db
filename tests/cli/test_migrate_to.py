"""`hafenlager migrate-to URL`: the SQLite hall copied into an empty PostgreSQL database, every
table and every row, in one transaction; refused or rolled back leaves the server as it was."""

from __future__ import annotations

import io
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from tests import postgres
from tests.cli.test_postgres_backup import a_box_and_another_place, counts, run, where_is
from ui.cli.main import main
from warehouse_app.storage import engine as dbmod
from warehouse_app.storage.schema import ALL_MODELS


@pytest.fixture
def hall(small_demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hall.sqlite"
    shutil.copyfile(small_demo_template, path)
    return path


@pytest.fixture
def empty_server_db(pg_server: str) -> Iterator[str]:
    url = postgres.create_database(pg_server)
    yield url
    dbmod.close()
    postgres.drop_database(pg_server, url)


def rows(target: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table as the models read it (SQLite's and PostgreSQL's types alike)."""
    db = (
        pw.SqliteDatabase(target)
        if dbmod.sqlite_path(target) is not None
        else dbmod.connect(target)
    )
    try:
        found = {}
        for model in ALL_MODELS:
            fields = model._meta.sorted_fields
            query = model.select(*fields).order_by(*fields).tuples()
            # psycopg2 hands a blob (an archived paper) back as a memoryview, sqlite3 as bytes.
            found[model._meta.table_name] = [
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                for row in query.execute(db)
            ]
        return found
    finally:
        db.close()


def objects_in(url: str) -> int:
    """Tables, sequences, indexes, functions in the database's public schema."""
    db = dbmod.connect(url)
    try:
        return int(
            db.execute_sql(
                "SELECT (SELECT COUNT(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace)"
                " + (SELECT COUNT(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)"
            ).fetchone()[0]
        )
    finally:
        db.close()


def test_migrate_to_copies_every_row_and_the_copy_works(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hall: Path,
    empty_server_db: str,
) -> None:
    url = empty_server_db
    expected = counts(str(hall), activity=True)
    code, out, err = run(capsys, "--db", str(hall), "migrate-to", url)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Copied {hall} into {dbmod.describe(url)}:"
    printed = dict(line.split() for line in lines[1:-1])
    assert printed == {table: str(n) for table, n in expected.items()}
    assert lines[-1].startswith(f"All {len(ALL_MODELS)} tables agree ({sum(expected.values())} ")

    assert counts(url, activity=True) == expected
    assert rows(url) == rows(str(hall))
    code, out, _ = run(capsys, "--db", url, "check")
    assert code == 0 and out.startswith(f"OK: {dbmod.describe(url)} (")

    # The stations work on the copy: a scan writes a movement, with the next id.
    box, place = a_box_and_another_place(capsys, url)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{place}\n{box}\n"))
    code, out, err = run(capsys, "--db", url, "scan", "--mode", "putaway")
    assert code == 0 and out.splitlines()[-1].startswith("OK"), out + err
    assert where_is(capsys, url, box) != where_is(capsys, str(hall), box)
    assert counts(url)["movement"] == expected["movement"] + 1
    code, _, _ = run(capsys, "--db", url, "check")
    assert code == 0


def test_migrate_to_a_database_that_holds_tables_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], hall: Path, pg_server: str, pg_demo_template: str
) -> None:
    url = postgres.create_database(pg_server, pg_demo_template)
    try:
        before = rows(url)
        code, out, err = run(capsys, "--db", str(hall), "migrate-to", url)
        assert code == 1 and out == "" and err.count("\n") == 1
        assert "already holds tables" in err and "Nothing was changed" in err
        assert rows(url) == before
    finally:
        dbmod.close()
        postgres.drop_database(pg_server, url)


def test_a_copy_that_fails_half_way_leaves_the_server_database_empty(
    capsys: pytest.CaptureFixture[str], hall: Path, empty_server_db: str
) -> None:
    # SQLite does not hold a text to its length; PostgreSQL refuses it, at the 4th table or so.
    conn = sqlite3.connect(hall)
    conn.execute("UPDATE box SET status = 'far too long for its column' WHERE id = 7")
    conn.commit()
    conn.close()
    assert objects_in(empty_server_db) == 0
    code, out, err = run(capsys, "--db", str(hall), "migrate-to", empty_server_db)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "while copying the table box" in err and "as empty as it was" in err
    assert objects_in(empty_server_db) == 0  # no table, sequence, trigger function left


def test_migrate_to_needs_an_sqlite_source_and_a_postgresql_target(
    capsys: pytest.CaptureFixture[str], hall: Path, empty_server_db: str, tmp_path: Path
) -> None:
    wrong = {
        ("--db", empty_server_db, "migrate-to", empty_server_db): "copies an SQLite database",
        ("--db", str(hall), "migrate-to", "sqlite:///other.db"): "not a PostgreSQL URL",
        ("--db", str(tmp_path / "none.sqlite"), "migrate-to", empty_server_db): "no database at",
    }
    for argv, says in wrong.items():
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and err.count("\n") == 1 and says in err, err
    assert not (tmp_path / "none.sqlite").exists()
    assert objects_in(empty_server_db) == 0
    # A server that is not there: one line too (the driver's message has several).
    code, _, err = run(capsys, "--db", str(hall), "migrate-to", "postgresql://nobody@127.0.0.1:9/x")
    assert code == 1 and err.count("\n") == 1


def test_the_command_is_listed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "migrate-to" in capsys.readouterr().out
