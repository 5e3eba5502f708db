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

import glob
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from warehouse_app.errors import (
    DatabaseOpenError,
    DatabaseTooNew,
    HafenlagerError,
    NotAHafenlagerDatabase,
)
from warehouse_app.storage.backup import SQLITE_HEADER
from warehouse_app.storage.engine import describe

SUFFIX = ".pgdump"
ARCHIVE_MAGIC = b"PGDMP"  # the first bytes of a custom-format archive
BIN_ENV_VAR = "HAFENLAGER_PG_BIN"  # the folder of pg_dump, pg_restore and psql, if not on PATH
HISTORY_TABLE = "schema_history"
# A restore waits this long for another station's open transaction, then gives up unchanged.
RESTORE_LOCK_TIMEOUT_MS = 10_000
# Where the installers put the tools when they are not on PATH; the newest version first.
_KNOWN_FOLDERS = (
    "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu
    "/usr/pgsql-*/bin",  # the PGDG packages on Fedora and RHEL
    "/opt/homebrew/opt/libpq/bin",  # Homebrew
    "/usr/local/opt/libpq/bin",
    "C:/Program Files/PostgreSQL/*/bin",  # the EDB installer on Windows
)
_INSTALL_HINT = (
    "install the PostgreSQL client tools (Debian, Ubuntu: 'sudo apt install postgresql-client'; "
    "Windows, macOS: the PostgreSQL installer) or name their folder in " + BIN_ENV_VAR
)
# "215; 1259 16386 TABLE public box hafenlager" in `pg_restore --list`
_TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ", re.MULTILINE)
_COPY_HISTORY = re.compile(rf"^COPY \S+\.{HISTORY_TABLE} \((.+)\) FROM stdin;$")


class PgToolMissing(HafenlagerError):
    """pg_dump, pg_restore or psql is not installed (or not where HAFENLAGER_PG_BIN says)."""


def default_folder() -> Path:
    """A server's backups go into the backups folder of this PC's data folder: the server has
    no folder of its own here."""
    from warehouse_app.config import backup_dir_for, default_database_path

    return backup_dir_for(default_database_path())


def find_tool(name: str) -> str:
    """The path of a PostgreSQL client program: HAFENLAGER_PG_BIN, else PATH, else the folders
    the installers use (Debian keeps the versioned ones in /usr/lib/postgresql/N/bin)."""
    exe = name + (".exe" if os.name == "nt" else "")
    folder = os.environ.get(BIN_ENV_VAR)
    if folder:
        candidate = Path(folder) / exe
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
        raise PgToolMissing(
            f"{name} is not in {folder} ({BIN_ENV_VAR}): {_INSTALL_HINT}. Nothing was changed."
        )
    found = shutil.which(name)
    if found:
        return found
    for known in _known_folders():
        if (known / exe).is_file():
            return str(known / exe)
    raise PgToolMissing(f"{name} was not found: {_INSTALL_HINT}. Nothing was changed.")


def _known_folders() -> list[Path]:
    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", str(path)))

    found: list[Path] = []
    for pattern in _KNOWN_FOLDERS:
        found += sorted((Path(p) for p in glob.glob(pattern)), key=version, reverse=True)
    return found


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """The URL as libpq takes it (scheme postgresql://, no password) and the environment that
    carries a password the URL held."""
    parts = urlsplit(url)
    env: dict[str, str] = {}
    netloc = parts.netloc
    if parts.password is not None:
        env["PGPASSWORD"] = unquote(parts.password)
        userinfo, _, hostport = netloc.rpartition("@")
        netloc = f"{userinfo.partition(':')[0]}@{hostport}"
    return urlunsplit(("postgresql", netloc, parts.path, parts.query, "")), env


def _run(
    argv: Sequence[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env={**os.environ, **(env or {})},
            check=False,
        )
    except OSError as exc:
        raise PgToolMissing(
            f"{argv[0]} cannot be started ({exc.strerror or exc}): {_INSTALL_HINT}."
        ) from exc


def why(stderr: str) -> str:
    """What a tool wrote on failure, in one line, with what to do when that is known."""
    text = " ".join(stderr.split())[:400] or "no message"
    lower = text.lower()
    if "password" in lower:
        text += "; put the password into ~/.pgpass (chmod 600) or PGPASSWORD, the app keeps none"
    elif "version mismatch" in lower:
        text += "; install the client tools of the server's version (or newer)"
    elif "lock timeout" in lower:
        text += "; a session (a station, psql, pgAdmin) holds a table in an open transaction: "
        text += "end it and try again"
    return text


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
                f"The backup of {describe(url)} to {dest} failed: {why(done.stderr)}. "
                "The database itself is unchanged."
            )
        tables, problem = _read_archive(tmp)
        if problem:
            raise HafenlagerError(
                f"The backup written to {dest} does not read back ({problem}), so it was not "
                "kept; the database itself is unchanged. Try again, or another place with --out."
            )
        if require_app and HISTORY_TABLE not in tables:
            raise NotAHafenlagerDatabase(
                f"{describe(url)} is not a Hafenlager database (it has no {HISTORY_TABLE} "
                "table), so no backup was kept. Check --db or HAFENLAGER_DB."
            )
        tmp.replace(dest)
    except OSError as exc:
        raise HafenlagerError(
            f"The backup to {dest} failed ({exc.strerror or exc}). Free some disk space or "
            "choose another place with --out; the database itself is unchanged."
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
        raise HafenlagerError(f"{path} does not exist or is not a file.")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise HafenlagerError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if head == SQLITE_HEADER:
        raise NotAHafenlagerDatabase(
            f"{path} is an SQLite backup; a PostgreSQL database is restored from a .pgdump made "
            "by 'hafenlager backup'. To move an SQLite hall onto the server, use 'hafenlager "
            "migrate-to URL' into an empty database. Nothing was restored."
        )
    if not head.startswith(ARCHIVE_MAGIC):
        raise NotAHafenlagerDatabase(
            f"{path} is not a Hafenlager backup (not a pg_dump custom-format file). "
            "Nothing was restored."
        )
    tables, problem = _read_archive(path)
    if problem:
        raise DatabaseOpenError(
            f"{path} cannot be read as a PostgreSQL backup ({problem}). Choose another backup. "
            "Nothing was restored."
        )
    if HISTORY_TABLE not in tables:
        raise NotAHafenlagerDatabase(
            f"{path} is a PostgreSQL dump but not of a Hafenlager database. Nothing was restored."
        )
    return tables, _archive_version(path)


def _archive_version(path: Path) -> int:
    """The highest schema step recorded in the archive's schema_history rows."""
    done = _run(
        [find_tool("pg_restore"), "--data-only", f"--table={HISTORY_TABLE}", "--file=-", str(path)]
    )
    if done.returncode:
        raise DatabaseOpenError(
            f"{path} cannot be read ({why(done.stderr)}). Choose another backup. "
            "Nothing was restored."
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
                f"{source} cannot be read ({why(done.stderr)}). Choose another backup. "
                "Nothing was restored."
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
            f"Restoring {source} into {describe(url)} failed: {why(done.stderr)}. Nothing was "
            "restored; the database is as it was."
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
    from warehouse_app.storage.models import ALL_MODELS

    for tool in ("pg_restore", "pg_dump", "psql"):
        find_tool(tool)  # all three before anything is done
    tables, version = check_backup_file(source)
    if version > CURRENT_VERSION:
        raise DatabaseTooNew(
            f"{source} was made by a newer Hafenlager (schema {version}); install that version "
            "to restore it. Nothing was restored."
        )
    present, stations = look_at(url)
    if present and HISTORY_TABLE not in present:
        raise NotAHafenlagerDatabase(
            f"{describe(url)} holds tables of another program, not a Hafenlager database; "
            "restore into the hall's database or an empty one. Nothing was restored."
        )
    if stations and not force:
        raise HafenlagerError(
            f"Hafenlager is still open on {', '.join(stations)}: close it there first, a "
            "restore must not replace the database under a station (a PC that lost power "
            "stays connected until the server notices; --force restores anyway). "
            "Nothing was restored."
        )
    saved = dump_to(url, safety) if present else None
    ours = {model._meta.table_name for model in ALL_MODELS}
    # Tables of a newer schema than the dump's go too: --clean drops only what the dump has.
    restore_into(url, source, lock=present & (ours | tables), drop=(present & ours) - tables)
    return saved
