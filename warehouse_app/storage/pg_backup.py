"""Backups of a PostgreSQL database with the server's own tools: pg_dump, pg_restore and psql.

A backup is a dump in pg_dump's custom format (`pg_dump -Fc`, the file ending in .pgdump):
- faithful: the server writes every column in its own type (numeric, timestamp, bytea, the
  sequences' positions, the triggers), nothing passes through Python or a text conversion;
- standard: any PostgreSQL admin restores it with `pg_restore`, without Hafenlager;
- fast and small: the server streams each table with COPY and the archive is compressed.
A written dump is verified: pg_restore reads it whole, and its table of contents
(`pg_restore --list`) must name the schema_history table; only then does it take its name.

A restore refuses while another station is connected (stations connect as "hafenlager
<station>"), dumps the database first (as the SQLite restore copies the file first), then runs
in one transaction: the archive becomes an SQL script (`pg_restore --clean --if-exists`) that
psql runs with `--single-transaction` and ON_ERROR_STOP, after locking the tables it replaces
and dropping the app's tables the archive lacks (a database migrated to a newer schema after
the backup was made; `--clean` would leave those). Anything that fails rolls back: the
database is as it was.

The password is never the app's: libpq reads ~/.pgpass, PGPASSWORD or PGSERVICE itself, and
the tools are started with --no-password, so they never wait at a prompt. A password written
into the URL is handed on in PGPASSWORD, not on the command line where others could read it.

The daily backup at start (storage.opening) stays SQLite-only: every station would dump the
whole shared database each morning. On a server, a cron job runs `hafenlager backup` (README).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from warehouse_app.errors import (
    DatabaseOpenError,
    DatabaseTooNew,
    HafenlagerError,
    NotAHafenlagerDatabase,
)
from warehouse_app.storage.backup import SQLITE_HEADER
from warehouse_app.storage.engine import describe
from warehouse_app.storage.pg_tools import (
    BIN_ENV_VAR,
    PgToolMissing,
    _run,
    default_folder,
    find_tool,
    libpq_target,
    why,
)
from warehouse_app.texts import QT_TRANSLATE_NOOP

__all__ = ["BIN_ENV_VAR", "PgToolMissing", "default_folder", "find_tool", "libpq_target", "why"]

SUFFIX = ".pgdump"
ARCHIVE_MAGIC = b"PGDMP"  # the first bytes of a custom-format archive
HISTORY_TABLE = "schema_history"
# A restore waits this long for another station's open transaction, then gives up unchanged.
RESTORE_LOCK_TIMEOUT_MS = 10_000
# "215; 1259 16386 TABLE public box hafenlager" in `pg_restore --list`
_TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ", re.MULTILINE)
_COPY_HISTORY = re.compile(rf"^COPY \S+\.{HISTORY_TABLE} \((.+)\) FROM stdin;$")


def dump_to(url: str, dest: Path, *, require_app: bool = True) -> Path:
    """Write a verified custom-format dump of the database at url to dest; never a half file
    under dest's name. require_app=False also keeps a dump of a database without the app's
    tables (the safety copy of an empty database before a restore)."""
    pg_dump = find_tool("pg_dump")
    find_tool("pg_restore")  # the verification needs it: fail before the work
    uri, env = libpq_target(url)
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        done = _run(
            [pg_dump, "--format=custom", "--no-password", f"--file={tmp}", f"--dbname={uri}"], env
        )
        if done.returncode:
            raise HafenlagerError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The backup of {url} to {dest} failed: {stderr}. The database itself is "
                    "unchanged.",
                ),
                url=describe(url),
                dest=dest,
                stderr=why(done.stderr),
            )
        tables, problem = _read_archive(tmp)
        if problem:
            raise HafenlagerError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The backup written to {dest} does not read back ({problem}), so it was "
                    "not kept; the database itself is unchanged. Try again, or another place "
                    "with --out.",
                ),
                dest=dest,
                problem=problem,
            )
        if require_app and HISTORY_TABLE not in tables:
            raise NotAHafenlagerDatabase(
                QT_TRANSLATE_NOOP(
                    "service",
                    "{url} is not a Hafenlager database (it has no {history_table} table), so "
                    "no backup was kept. Check --db or HAFENLAGER_DB.",
                ),
                url=describe(url),
                history_table=HISTORY_TABLE,
            )
        tmp.replace(dest)
    except OSError as exc:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "The backup to {dest} failed ({reason}). Free some disk space or choose "
                "another place with --out; the database itself is unchanged.",
            ),
            dest=dest,
            reason=exc.strerror or exc,
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def is_archive(path: Path) -> bool:
    """True when path starts like a pg_dump custom-format archive."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(ARCHIVE_MAGIC)) == ARCHIVE_MAGIC
    except OSError:
        return False


def _read_archive(path: Path) -> tuple[set[str], str | None]:
    """The tables (of any schema) in a custom-format archive's table of contents, once the
    whole archive has been read (the contents alone would not show a cut-off end; a tenth of
    a second for the large demo's dump); else why it cannot be read."""
    pg_restore = find_tool("pg_restore")
    done = _run([pg_restore, f"--file={os.devnull}", str(path)])
    if not done.returncode:
        done = _run([pg_restore, "--list", str(path)])
    if done.returncode:
        return set(), why(done.stderr)
    return {m.group(2) for m in _TOC_TABLE.finditer(done.stdout)}, None


def check_backup_file(path: Path) -> tuple[set[str], int]:
    """Check that path is a Hafenlager dump; its tables and its schema version."""
    if not path.is_file():
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "{path} does not exist or is not a file."), path=path
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP("service", "Cannot read {path}: {reason}."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    if head == SQLITE_HEADER:
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is an SQLite backup; a PostgreSQL database is restored from a .pgdump "
                "made by 'hafenlager backup'. To move an SQLite hall onto the server, use "
                "'hafenlager migrate-to URL' into an empty database. Nothing was restored.",
            ),
            path=path,
        )
    if not head.startswith(ARCHIVE_MAGIC):
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is not a Hafenlager backup (not a pg_dump custom-format file). "
                "Nothing was restored.",
            ),
            path=path,
        )
    tables, problem = _read_archive(path)
    if problem:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} cannot be read as a PostgreSQL backup ({problem}). Choose another "
                "backup. Nothing was restored.",
            ),
            path=path,
            problem=problem,
        )
    if HISTORY_TABLE not in tables:
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} is a PostgreSQL dump but not of a Hafenlager database. Nothing was "
                "restored.",
            ),
            path=path,
        )
    return tables, _archive_version(path)


def _archive_version(path: Path) -> int:
    """The highest schema step recorded in the archive's schema_history rows."""
    done = _run(
        [find_tool("pg_restore"), "--data-only", f"--table={HISTORY_TABLE}", "--file=-", str(path)]
    )
    if done.returncode:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "{path} cannot be read ({stderr}). Choose another backup. Nothing was restored.",
            ),
            path=path,
            stderr=why(done.stderr),
        )
    versions: list[int] = []
    column: int | None = None
    for line in done.stdout.splitlines():
        if column is None:
            match = _COPY_HISTORY.match(line)
            if match:
                column = [c.strip().strip('"') for c in match.group(1).split(",")].index("version")
        elif line == "\\.":
            break
        else:
            versions.append(int(line.split("\t")[column]))
    return max(versions, default=0)


def restore_into(
    url: str, source: Path, *, lock: Iterable[str] = (), drop: Iterable[str] = ()
) -> None:
    """Replace the database's objects by the archive's, in one transaction.

    lock: the tables the restore replaces, locked first; an open transaction of another
    session holding one makes the restore give up after RESTORE_LOCK_TIMEOUT_MS rather than
    wait (the script's own `SET lock_timeout = 0` comes after, with the locks already held).
    drop: tables to drop (with what depends on them) before the script runs."""
    pg_restore, psql = find_tool("pg_restore"), find_tool("psql")
    uri, env = libpq_target(url)
    first = [f"SET lock_timeout = {RESTORE_LOCK_TIMEOUT_MS}", "SET client_min_messages = warning"]
    if locked := _table_list(lock):
        first.append(f"LOCK TABLE {locked} IN ACCESS EXCLUSIVE MODE")
    if dropped := _table_list(drop):
        first.append(f"DROP TABLE IF EXISTS {dropped} CASCADE")
    with tempfile.TemporaryDirectory(prefix="hafenlager-restore-") as folder:
        script = Path(folder) / "restore.sql"
        # The script first and whole: psql must never commit half of one.
        done = _run(
            [
                pg_restore,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                f"--file={script}",
                str(source),
            ]
        )
        if done.returncode:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "{source} cannot be read ({stderr}). Choose another backup. Nothing was "
                    "restored.",
                ),
                source=source,
                stderr=why(done.stderr),
            )
        done = _run(
            [
                psql,
                "--no-psqlrc",
                "--quiet",
                "--no-password",
                "--set=ON_ERROR_STOP=1",
                "--single-transaction",
                f"--command={'; '.join(first)}",
                f"--file={script}",
                f"--dbname={uri}",
            ],
            env,
        )
    if done.returncode:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "Restoring {source} into {url} failed: {stderr}. Nothing was restored; the "
                "database is as it was.",
            ),
            source=source,
            url=describe(url),
            stderr=why(done.stderr),
        )


def _table_list(tables: Iterable[str]) -> str:
    return ", ".join('public."' + t.replace('"', '""') + '"' for t in sorted(set(tables)))


def look_at(url: str) -> tuple[set[str], list[str]]:
    """The tables of the database's public schema (as migrations.plan sees them), and the
    other stations connected to it (every station connects as "hafenlager <station>")."""
    from warehouse_app.storage import presence
    from warehouse_app.storage.engine import connect

    db = connect(url)
    try:
        tables = set(db.get_tables())
        stations = [str(other) for other in presence.others(db)]
    finally:
        db.close()
    return tables, stations


def restore(url: str, source: Path, safety: Path, *, force: bool = False) -> Path | None:
    """Replace the database at url by the dump source, after dumping it to safety; the safety
    dump made (None when the database held no tables: nothing to keep). The caller opens the
    database afterwards, which migrates a dump of an older schema."""
    from warehouse_app.storage.migrations import CURRENT_VERSION
    from warehouse_app.storage.schema import ALL_MODELS

    for tool in ("pg_restore", "pg_dump", "psql"):
        find_tool(tool)  # all three before anything is done
    tables, version = check_backup_file(source)
    if version > CURRENT_VERSION:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "service",
                "{source} was made by a newer Hafenlager (schema {version}); install that "
                "version to restore it. Nothing was restored.",
            ),
            source=source,
            version=version,
        )
    present, stations = look_at(url)
    if present and HISTORY_TABLE not in present:
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "{url} holds tables of another program, not a Hafenlager database; restore "
                "into the hall's database or an empty one. Nothing was restored.",
            ),
            url=describe(url),
        )
    if stations and not force:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "Hafenlager is still open on {stations}: close it there first, a restore must "
                "not replace the database under a station (a PC that lost power stays "
                "connected until the server notices; --force restores anyway). Nothing was "
                "restored.",
            ),
            stations=", ".join(stations),
        )
    saved = dump_to(url, safety) if present else None
    ours = {model._meta.table_name for model in ALL_MODELS}
    # Tables of a newer schema than the dump's go too: --clean drops only what the dump has.
    restore_into(url, source, lock=present & (ours | tables), drop=(present & ours) - tables)
    return saved
