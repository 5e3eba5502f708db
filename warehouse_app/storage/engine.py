"""Opening the database from a path or URL, and turning engine errors into plain words."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import peewee as pw

from warehouse_app.config import default_station_name
from warehouse_app.errors import DatabaseOpenError, NotAHafenlagerDatabase
from warehouse_app.storage.models import database_proxy
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

BUSY_WAIT_MS = 1500
# PostgreSQL: a row lock waited for longer than this is given up (then retried, then busy).
PG_LOCK_TIMEOUT_MS = 1500

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a scan the app has confirmed is on disk before the green light, even on power loss.
    "synchronous": 2,
    # How long a write waits for another station's write before it is retried, then refused
    # as busy (storage.transactions): within the budget a volunteer waits for a scan.
    "busy_timeout": BUSY_WAIT_MS,
    # 32 MB of page cache: sorting the whole stock touches every page of the box table.
    "cache_size": -32768,
}


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file behind a SQLite target, or None for a server database."""
    if not is_url(target):
        return Path(target).expanduser()
    parsed = urlparse(target)
    if parsed.scheme in ("sqlite", "sqliteext"):
        # sqlite:///relative.db and sqlite:////absolute.db, as in playhouse.db_url
        return Path(parsed.path[1:] if parsed.path.startswith("/") else parsed.path)
    return None


def describe(target: str) -> str:
    """The database for the status bar and messages, without a password."""
    path = sqlite_path(target)
    if path is not None:
        return str(path)
    parsed = urlparse(target)
    host = parsed.hostname or "localhost"
    return f"{parsed.scheme}://{host}{parsed.path}"


def connect(target: str) -> pw.Database:
    """Open the database named by a file path or URL and bind the models to it."""
    path = sqlite_path(target)
    if path is not None:
        db: pw.Database = _open_sqlite(path)
    else:
        db = _open_server(target)
    database_proxy.initialize(db)
    return db


def _open_sqlite(path: Path) -> pw.SqliteDatabase:
    if path.is_dir():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service", "{path} is a folder, not a database file. Give the path of a file."
            ),
            path=path,
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "Cannot create the folder {parent} for the database ({strerror}). Choose "
                "another place with --db or HAFENLAGER_DB.",
            ),
            parent=path.parent,
            strerror=exc.strerror,
        ) from exc
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "The database {path} is read-only. Give your user write permission on the "
                "file, or copy it to a folder you can write to and open the copy with --db.",
            ),
            path=path,
        )
    if not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "The folder {parent} is read-only; the database needs to write its journal "
                "next to the file. Move the database to a folder you can write to.",
            ),
            parent=path.parent,
        )
    if path.exists() and path.stat().st_size > 0:
        _refuse_non_sqlite(path)
    # IMMEDIATE: a write transaction takes the write lock when it begins, so everything it
    # reads is current and no other station can change it before the commit.
    db = pw.SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_WAIT_MS / 1000, lock_type="IMMEDIATE"
    )
    with translate_errors(str(path)):
        db.connect()
    return db


def _refuse_non_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("service", "Cannot read {path}: {strerror}."),
            path=path,
            strerror=exc.strerror,
        ) from exc
    if header != b"SQLite format 3\x00":
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is not a Hafenlager database (it is not an SQLite file at all). Check "
                "the path, or restore a backup with 'hafenlager restore FILE'.",
            ),
            path=path,
        )
    # Look before the pragmas are set: switching another program's file to WAL would change it.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(explain(exc, str(path))) from exc
    if tables and "schema_history" not in tables:
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is an SQLite database of another program, not a Hafenlager database. "
                "Check the path, or restore a Hafenlager backup with 'hafenlager restore "
                "FILE'.",
            ),
            path=path,
        )


def _open_server(url: str) -> pw.Database:
    from playhouse.db_url import connect as url_connect

    options = {}
    if urlparse(url).scheme.startswith("postgres"):
        # The password comes from ~/.pgpass, PGPASSWORD or a libpq service, never from here;
        # the application name lets a restore say which stations are connected.
        options = {
            "options": f"-c lock_timeout={PG_LOCK_TIMEOUT_MS}",
            "application_name": f"hafenlager {default_station_name()}"[:63],  # see presence
        }
    no_driver = DatabaseOpenError(
        f"{describe(url)} needs the PostgreSQL driver: install it with "
        "'pip install \"hafenlager[postgres]\"' (psycopg2), then start again."
    )
    try:
        db = url_connect(url, **options)
    except pw.ImproperlyConfigured as exc:
        raise no_driver from exc
    except (RuntimeError, ValueError, ImportError) as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "Cannot open {url}: {exc}. For PostgreSQL install the extra 'pip install "
                "hafenlager[postgres]'.",
            ),
            url=describe(url),
            exc=exc,
        ) from exc
    try:
        with translate_errors(describe(url)):
            db.connect()
    except pw.ImproperlyConfigured as exc:  # peewee looks for the driver only now
        raise no_driver from exc
    return db


@contextlib.contextmanager
def translate_errors(where: str) -> Iterator[None]:
    """Turn engine errors into messages that say what is wrong and what to do."""
    try:
        yield
    except (pw.OperationalError, pw.DatabaseError, sqlite3.DatabaseError) as exc:
        raise DatabaseOpenError(explain(exc, where)) from exc


def explain(exc: BaseException, where: str) -> Text:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return say(
            QT_TRANSLATE_NOOP(
                "service",
                "The database {where} is locked by another program or workstation. Wait a "
                "moment and try again; if it stays locked, close the other Hafenlager.",
            ),
            where=where,
        )
    if "readonly" in text or "read-only" in text:
        return say(
            QT_TRANSLATE_NOOP(
                "service",
                "The database {where} is read-only. Give your user write permission on it.",
            ),
            where=where,
        )
    if "full" in text or "no space" in text or ("disk i/o" in text and _no_room_at(where)):
        return say(
            QT_TRANSLATE_NOOP(
                "service",
                "The disk holding {where} is full. Free some space (old backups, "
                "downloads); nothing was saved.",
            ),
            where=where,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return say(
            QT_TRANSLATE_NOOP(
                "service",
                "The database {where} is damaged ({exc}). Restore the latest backup with "
                "'hafenlager restore FILE' (backups are in the 'backups' folder next to "
                "it).",
            ),
            where=where,
            exc=exc,
        )
    if "unable to open" in text:
        return say(
            QT_TRANSLATE_NOOP(
                "service", "Cannot open the database {where}: check the path and its permissions."
            ),
            where=where,
        )
    return say(
        QT_TRANSLATE_NOOP("service", "Database error on {where}: {exc}"), where=where, exc=exc
    )


def _no_room_at(where: str) -> bool:
    """SQLite says "disk I/O error" when a full disk leaves no room for its journal files."""
    try:
        return shutil.disk_usage(Path(where).expanduser().parent).free < 64 * 1024
    except OSError:
        return False


def close() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
