"""Online backups of the SQLite database, their rotation, and restoring one.

The SQLite online backup API copies a consistent snapshot including what still sits in the WAL;
a plain file copy of a live database can miss it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import peewee as pw

from warehouse_app.errors import DatabaseOpenError, HafenlagerError, NotAHafenlagerDatabase

AUTO_PREFIX = "hafenlager-auto-"
KEEP_AUTO_BACKUPS = 14
SQLITE_HEADER = b"SQLite format 3\x00"


def _require_sqlite(db: pw.Database) -> sqlite3.Connection:
    if not isinstance(db, pw.SqliteDatabase):
        raise HafenlagerError(
            "Backups from the app cover the SQLite database only. Back up a PostgreSQL "
            "database with the server's tools (pg_dump)."
        )
    conn = db.connection()
    assert isinstance(conn, sqlite3.Connection)
    return conn


def backup_to(db: pw.Database, dest: Path) -> Path:
    """Write a consistent copy of the open database to dest; never leaves a half file."""
    conn = _require_sqlite(db)
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)
            # The copy is a standalone file: no WAL next to it to lose when it is moved.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        tmp.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        if tmp.parent.is_dir():
            tmp.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise HafenlagerError(
            f"The backup to {dest} failed ({reason}). Free some disk space or choose another "
            "place with --out; the database itself is unchanged."
        ) from exc
    return dest


def timestamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def backup_due(backup_dir: Path, now: dt.datetime | None = None) -> bool:
    """True when today has no automatic backup yet (a look at file names, no database)."""
    today = f"{AUTO_PREFIX}{(now or dt.datetime.now()):%Y%m%d}-"
    return not (backup_dir.exists() and any(p.name.startswith(today) for p in backup_dir.iterdir()))


def auto_backup(db: pw.Database, backup_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """At most one automatic backup a day; the newest KEEP_AUTO_BACKUPS are kept."""
    now = now or dt.datetime.now()
    if not backup_due(backup_dir, now):
        return None
    made = backup_to(db, backup_dir / f"{AUTO_PREFIX}{timestamp(now)}.sqlite")
    rotate(backup_dir)
    return made


def rotate(backup_dir: Path, keep: int = KEEP_AUTO_BACKUPS) -> list[Path]:
    autos = sorted(p for p in backup_dir.glob(f"{AUTO_PREFIX}*.sqlite"))
    removed = autos[:-keep] if len(autos) > keep else []
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def inspect_backup_file(path: Path) -> int:
    """Check that path is an intact Hafenlager database; return its schema version."""
    if not path.is_file():
        raise HafenlagerError(f"{path} does not exist or is not a file.")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise NotAHafenlagerDatabase(
                f"{path} is not a Hafenlager database (not an SQLite file). Nothing was restored."
            )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "schema_history" not in tables:
                raise NotAHafenlagerDatabase(
                    f"{path} is an SQLite file but not a Hafenlager database. Nothing was restored."
                )
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DatabaseOpenError(
                    f"{path} is damaged ({check}). Choose an older backup. Nothing was restored."
                )
            version = conn.execute("SELECT MAX(version) FROM schema_history").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            f"{path} cannot be read as a database ({exc}). Choose another backup. "
            "Nothing was restored."
        ) from exc
    return int(version or 0)


def restore_into(db: pw.Database, source: Path) -> None:
    """Replace the open database's contents with source, through the backup API."""
    conn = _require_sqlite(db)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(conn)
    except sqlite3.Error as exc:
        raise HafenlagerError(f"Restoring {source} failed ({exc}).") from exc
    finally:
        src.close()
