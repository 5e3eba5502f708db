"""Online backups of the SQLite database, their verification and rotation, and restoring one.

The SQLite online backup API copies a consistent snapshot including what still sits in the WAL;
a plain file copy of a live database can miss it.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import peewee as pw

from warehouse_app.errors import DatabaseOpenError, HafenlagerError, NotAHafenlagerDatabase
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

AUTO_PREFIX = "hafenlager-auto-"
DAMAGED_PREFIX = "hafenlager-damaged-"
KEEP_AUTO_BACKUPS = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
SQLITE_HEADER = b"SQLite format 3\x00"
PART = ".part"
# Only names this module writes: a user's own "*.part" files next to an --out are not ours.
STALE_PARTS = ("hafenlager-*.sqlite.part", "hafenlager-*.sqlite.part-journal")
_AUTO_NAME = re.compile(rf"^{AUTO_PREFIX}(\d{{8}})-(\d{{6}})\.sqlite$")


def _require_sqlite(db: pw.Database) -> sqlite3.Connection:
    if not isinstance(db, pw.SqliteDatabase):
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "This copy is for an SQLite file; a PostgreSQL database is backed up with "
                "'hafenlager backup', which runs pg_dump.",
            )
        )
    conn = db.connection()
    assert isinstance(conn, sqlite3.Connection)
    return conn


def page_damage(conn: sqlite3.Connection, *, full: bool = False) -> str | None:
    """None when PRAGMA quick_check finds the pages sound, else its first finding, in one line.

    quick_check reads every page but skips matching indexes to rows: about a tenth of a
    second on the large demo (57 MB) when cached, against 0.6 s for integrity_check (full)."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:  # damage that stops the check itself
        return one_line(str(exc))
    if rows == ["ok"]:
        return None
    more = f" and {len(rows) - 1} more" if len(rows) > 1 else ""
    return one_line(rows[0]) + more


class PageCheck(threading.Thread):
    """page_damage of a file on a read-only connection and a thread of its own: SQLite lets go
    of the GIL while it reads, so the check runs beside whatever the caller does meanwhile."""

    def __init__(self, path: Path, *, full: bool = False) -> None:
        super().__init__(name="page check", daemon=True)
        self.path, self.full = path, full
        self.damage: str | None = None
        self.connection_hook: Callable[[sqlite3.Connection], None] | None = None

    def run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                self.damage = page_damage(conn, full=self.full)
                if self.damage is None and self.connection_hook is not None:
                    self.connection_hook(conn)
            finally:
                conn.close()
        except Exception as exc:  # never a silent pass: what stopped the check is the finding
            self.damage = one_line(str(exc)) or type(exc).__name__

    def result(self) -> str | None:
        self.join()
        return self.damage


def one_line(text: str) -> str:
    """SQLite's findings come as "*** in database main ***\\nPage 7: ..."; a message is a line."""
    return " ".join(text.split())


def newest_backup(backup_dir: Path) -> Path | None:
    """The newest complete backup in the folder, to name in a message.

    Not a damaged copy, nor a before-restore file: that may hold the bytes of a damaged
    database that restore replaced."""
    if not backup_dir.is_dir():
        return None
    found = [
        p
        for p in backup_dir.glob("hafenlager-*.sqlite")
        if p.is_file() and not p.name.startswith((DAMAGED_PREFIX, "hafenlager-before-restore-"))
    ]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def restore_hint(backup_dir: Path) -> Text:
    """What to do about a damaged database, naming the backup to take."""
    backup_dir = backup_dir.resolve()  # a relative --db would name a folder nobody can find
    newest = newest_backup(backup_dir)
    if newest is None:
        return say(
            QT_TRANSLATE_NOOP(
                "service",
                "Restore a backup with 'hafenlager restore FILE' (backups are in {backup_dir}).",
            ),
            backup_dir=backup_dir,
        )
    return say(
        QT_TRANSLATE_NOOP(
            "service",
            "Restore the newest backup (restore checks it): 'hafenlager restore {newest}'.",
        ),
        newest=newest,
    )


def backup_to(db: pw.Database, dest: Path) -> Path:
    """Write a verified consistent copy of the open database to dest; never leaves a half file.

    A copy that fails its check is kept as hafenlager-damaged-… beside dest (for whoever looks
    into it) and an error is raised: a damaged copy never takes a backup's name."""
    conn = _require_sqlite(db)
    tmp = dest.with_name(dest.name + PART)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(dest.parent)
        tmp.unlink(missing_ok=True)
        _copy(conn, tmp)
        problem = _verify(tmp)
        if problem is None:
            tmp.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        if tmp.parent.is_dir():
            tmp.unlink(missing_ok=True)
            tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "The backup to {dest} failed ({reason}). Free some disk space or choose "
                "another place with --out; the database itself is unchanged.",
            ),
            dest=dest,
            reason=reason,
        ) from exc
    if problem is not None:
        raise DatabaseOpenError(_set_aside(tmp, dest, problem))
    return dest


def _copy(conn: sqlite3.Connection, tmp: Path) -> None:
    target = sqlite3.connect(str(tmp))
    try:
        conn.backup(target)
        # The copy is a standalone file: no WAL next to it to lose when it is moved.
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def _verify(copy: Path) -> Text | None:
    """Why the written copy is not a sound Hafenlager database; None when it is."""
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        damage = page_damage(conn)
        if damage is not None:
            return say(QT_TRANSLATE_NOOP("service", "it is damaged: {damage}"), damage=damage)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "schema_history" not in tables:
            return say(
                QT_TRANSLATE_NOOP(
                    "service", "it has no schema_history table, so it is not a Hafenlager database"
                )
            )
        return None
    except sqlite3.DatabaseError as exc:
        return say(
            QT_TRANSLATE_NOOP("service", "it cannot be read: {reason}"), reason=one_line(str(exc))
        )
    finally:
        conn.close()


def _set_aside(tmp: Path, dest: Path, problem: Text) -> Text:
    """Keep the failed copy under a name that says so; the message to raise."""
    aside = dest.with_name(DAMAGED_PREFIX + dest.name.removeprefix("hafenlager-"))
    try:
        tmp.replace(aside)
        kept = say(
            QT_TRANSLATE_NOOP("service", "; the failed copy is kept as {aside}"), aside=aside
        )
    except OSError:
        tmp.unlink(missing_ok=True)
        kept = Text("")
    return say(
        QT_TRANSLATE_NOOP(
            "service",
            "The backup to {dest} was not kept: {problem}{kept}. Run 'hafenlager check'; "
            "the earlier backups are untouched.",
        ),
        dest=dest,
        problem=problem,
        kept=kept,
    )


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete what killed backups left behind (a .part and its journal); never a live one.

    A backup in progress holds SQLite's lock on its .part (another station may be writing one
    into a shared folder), so only unlocked leftovers go."""
    removed = []
    for pattern in STALE_PARTS:
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and not _being_written(path):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _being_written(part: Path) -> bool:
    database = part.with_name(part.name.removesuffix("-journal"))
    if not database.exists():
        return False  # a journal without its file: nothing can be writing it
    try:
        conn = sqlite3.connect(str(database), timeout=0)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.rollback()
        return False
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        return "locked" in text or "busy" in text
    except sqlite3.DatabaseError:
        return False  # half a file: a leftover
    finally:
        conn.close()


def timestamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def backup_due(backup_dir: Path, now: dt.datetime | None = None) -> bool:
    """True when today has no complete automatic backup yet (a look at file names only).

    Only finished files count: a killed backup leaves …sqlite.part, which is no backup."""
    today = (now or dt.datetime.now()).date()
    return not any(day.date() == today for day, _ in auto_backups(backup_dir))


def auto_backup(
    db: pw.Database,
    backup_dir: Path,
    now: dt.datetime | None = None,
    *,
    checked: bool = False,
) -> Path | None:
    """At most one automatic backup a day, of a sound database only; then rotation.

    checked=True: the caller has just run the quick check on this database (at start)."""
    now = now or dt.datetime.now()
    if not backup_due(backup_dir, now):
        return None
    if not checked:
        refuse_damaged(db, backup_dir)
    made = backup_to(db, backup_dir / f"{AUTO_PREFIX}{timestamp(now)}.sqlite")
    rotate(backup_dir)
    return made


def refuse_damaged(db: pw.Database, backup_dir: Path) -> None:
    """Raise when quick_check finds damage: copying it would push good backups out."""
    damage = page_damage(_require_sqlite(db))
    if damage is not None:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "The database is damaged ({damage}), so no daily backup was made and the "
                "earlier ones stay. {backup_dir}",
            ),
            damage=damage,
            backup_dir=restore_hint(backup_dir),
        )


def auto_backups(backup_dir: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups in the folder with the time in their name, oldest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.glob(f"{AUTO_PREFIX}*.sqlite"):
        match = _AUTO_NAME.match(path.name)
        if match is None or not path.is_file():
            continue  # not a name auto_backup writes: not ours to count or to delete
        try:
            found.append((dt.datetime.strptime("".join(match.groups()), "%Y%m%d%H%M%S"), path))
        except ValueError:
            continue
    return sorted(found)


def rotate(
    backup_dir: Path,
    keep: int = KEEP_AUTO_BACKUPS,
    *,
    weeks: int = KEEP_WEEKLY,
    months: int = KEEP_MONTHLY,
) -> list[Path]:
    """Delete automatic backups beyond the newest keep, the newest of each of the last weeks
    and the newest of each of the last months; other files are never touched.

    The weeks and months count back from the newest backup, not from the clock: a PC whose
    date is wrong cannot make every backup look old."""
    autos = auto_backups(backup_dir)
    kept = _to_keep(autos, keep, weeks, months)
    removed = [path for _, path in autos if path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _to_keep(
    autos: list[tuple[dt.datetime, Path]], keep: int, weeks: int, months: int
) -> set[Path]:
    if not autos:
        return set()
    newest = autos[-1][0].date()
    newest_monday = _monday(newest)
    kept = {path for _, path in autos[-keep:]} if keep > 0 else set()
    kept |= _newest_per(autos, lambda day: (newest_monday - _monday(day)).days // 7, weeks)
    kept |= _newest_per(autos, lambda day: _month(newest) - _month(day), months)
    return kept


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month


def _newest_per(
    autos: Iterable[tuple[dt.datetime, Path]], period: Callable[[dt.date], int], count: int
) -> set[Path]:
    """The newest backup in each of the last count periods (period 0 holds the newest)."""
    newest: dict[int, Path] = {}
    for when, path in autos:  # oldest first: a later one replaces an earlier of its period
        index = period(when.date())
        if 0 <= index < count:
            newest[index] = path
    return set(newest.values())


def read_only_uri(path: Path, *, missing: str) -> str:
    """The URI that opens path read-only (mode=ro), once it is seen to be an SQLite file."""
    if not path.is_file():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "There is no database at {path}. Check the path (--db or HAFENLAGER_DB); "
                "{missing}.",
            ),
            path=path,
            missing=missing,
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("service", "Cannot read {path}: {strerror}."),
            path=path,
            strerror=exc.strerror,
        ) from exc
    if header != SQLITE_HEADER:
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is not a Hafenlager database (it is not an SQLite file at all). Check "
                "the path, or restore a backup with 'hafenlager restore FILE'.",
            ),
            path=path,
        )
    return f"{path.resolve().as_uri()}?mode=ro"


def inspect_backup_file(path: Path) -> int:
    """Check that path is an intact Hafenlager database; return its schema version."""
    if not path.is_file():
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "{path} does not exist or is not a file."), path=path
        )
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise NotAHafenlagerDatabase(
                QT_TRANSLATE_NOOP(
                    "service",
                    "{path} is not a Hafenlager database (not an SQLite file). Nothing was "
                    "restored.",
                ),
                path=path,
            )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "schema_history" not in tables:
                raise NotAHafenlagerDatabase(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "{path} is an SQLite file but not a Hafenlager database. Nothing was "
                        "restored.",
                    ),
                    path=path,
                )
            check = page_damage(conn)
            if check is not None:
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "{path} is damaged ({check}). Choose an older backup. Nothing was "
                        "restored.",
                    ),
                    path=path,
                    check=check,
                )
            version = conn.execute("SELECT MAX(version) FROM schema_history").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} cannot be read as a database ({exc}). Choose another backup. Nothing "
                "was restored.",
            ),
            path=path,
            exc=exc,
        ) from exc
    return int(version or 0)


def restore_into(db: pw.Database, source: Path) -> None:
    """Replace the open database's contents with source, through the backup API."""
    conn = _require_sqlite(db)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(conn)
    except sqlite3.Error as exc:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Restoring {source} failed ({exc})."),
            source=source,
            exc=exc,
        ) from exc
    finally:
        src.close()
