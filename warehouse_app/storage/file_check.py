"""`hafenlager check` of an SQLite file, read-only: checking a database must never migrate it,
switch it to WAL or checkpoint it. The page check, the movement log's rules and the rest run
at once, each on its own connection and thread."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from warehouse_app.errors import NotAHafenlagerDatabase
from warehouse_app.storage import backup
from warehouse_app.storage.checks import (
    DAMAGED,
    LIMIT,
    Problem,
    chain_rules,
    foreign_keys,
    invariants,
)
from warehouse_app.storage.models import database_proxy
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FileCheck:
    path: Path
    schema_version: int
    problems: list[Problem] = field(default_factory=list)
    note: str = ""  # one line to show first: the schema is not this app's

    @property
    def damaged(self) -> bool:
        return any(p.rule == DAMAGED for p in self.problems)


def check_file(path: Path, *, limit_per_rule: int = LIMIT, full: bool = False) -> FileCheck:
    """Check an SQLite file without writing to it; the app's rules only on a current schema.

    The page check reads the whole file on a connection of its own, on a second thread, while
    the rules run (sqlite3 lets go of the GIL inside SQLite): on 200,000 boxes the two one
    after the other took four times the five seconds a check may take. quick_check reads every
    page and row; full adds integrity_check's matching of every index entry to its row.
    The models stay bound to the read-only connection (for a summary) until engine.close()."""
    from warehouse_app.storage import migrations

    db = open_read_only(path)
    try:
        version = _schema_version(db, path)
    except _READ_ERRORS as exc:  # a file too damaged to read its schema
        return FileCheck(path, 0, [Problem(DAMAGED, "database", backup.one_line(str(exc)))])
    current = migrations.CURRENT_VERSION
    # Three at once from the start: the page check, the movement chains and the rest here.
    pages = _PageCheck(path, full=full)
    pages.start()
    chains = chain_rules() if version == current else None
    problems: list[Problem] = []
    failure: Exception | None = None
    try:
        if chains is not None:
            problems = invariants(limit_per_rule, chains=chains)
    except _READ_ERRORS as exc:  # damage the page check will name
        failure = exc
    if chains is not None:
        chains.join()
    pages.join()
    if pages.damage is not None:
        return FileCheck(path, 0, [Problem(DAMAGED, "database", pages.damage)])
    if failure is not None:
        return FileCheck(path, 0, [Problem(DAMAGED, "database", backup.one_line(str(failure)))])
    if pages.keys:
        # Rows pointing nowhere make the rules' findings noise: the keys alone are reported.
        return FileCheck(path, version, pages.keys)
    if version != current:
        return FileCheck(path, version, problems, _schema_note(path, version, current))
    return FileCheck(path, version, problems)


# What reading a damaged file raises: sqlite3's own error, or peewee's wrapping of it.
_READ_ERRORS = (sqlite3.DatabaseError, pw.DatabaseError)


class _PageCheck(backup.PageCheck):
    """The page check, then the foreign keys, on the check's own thread."""

    def __init__(self, path: Path, *, full: bool) -> None:
        super().__init__(path, full=full)
        self.keys: list[Problem] = []
        self.connection_hook = self._keys

    def _keys(self, conn: sqlite3.Connection) -> None:
        self.keys = foreign_keys(conn)


def open_read_only(path: Path) -> pw.SqliteDatabase:
    """path opened with mode=ro and bound to the models; refused if it is no database."""
    uri = backup.read_only_uri(path, missing="'check' never creates one")
    db = pw.SqliteDatabase(uri, uri=True, pragmas={"query_only": 1}, timeout=5)
    from warehouse_app.storage.engine import translate_errors

    with translate_errors(str(path)):
        db.connect()
        # A first page that cannot be read makes the file no database at all: an open error.
        db.execute_sql("SELECT name FROM sqlite_master LIMIT 1").fetchall()
    database_proxy.initialize(db)
    return db


def _schema_version(db: pw.SqliteDatabase, path: Path) -> int:
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master").fetchall()}
    if "schema_history" not in tables:
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is an SQLite database but not a Hafenlager database (it has no "
                "schema_history table). Check the path.",
            ),
            path=path,
        )
    version = db.execute_sql("SELECT MAX(version) FROM schema_history").fetchone()[0]
    return int(version or 0)


def _schema_note(path: Path, version: int, current: int) -> str:
    then = (
        "the app will upgrade it (after a backup) on its next normal start"
        if version < current
        else "install the newer Hafenlager to use it"
    )
    age = "older" if version < current else "newer"
    return (
        f"Note: {path} has schema {version}, {age} than this Hafenlager's {current}; {then}. "
        "Only its integrity was checked."
    )
