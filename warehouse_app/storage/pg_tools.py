"""Finding and starting PostgreSQL's own tools (pg_dump, pg_restore, psql) for the backups.

The password is never the app's: the tools are started with --no-password, and libpq reads
~/.pgpass, PGPASSWORD or PGSERVICE itself."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from warehouse_app.errors import HafenlagerError
from warehouse_app.texts import QT_TRANSLATE_NOOP

BIN_ENV_VAR = "HAFENLAGER_PG_BIN"  # the folder of pg_dump, pg_restore and psql, if not on PATH
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
            QT_TRANSLATE_NOOP(
                "service",
                "{name} is not in {folder} ({bin_env_var}): {_install_hint}. Nothing was changed.",
            ),
            name=name,
            folder=folder,
            bin_env_var=BIN_ENV_VAR,
            _install_hint=_INSTALL_HINT,
        )
    found = shutil.which(name)
    if found:
        return found
    for known in _known_folders():
        if (known / exe).is_file():
            return str(known / exe)
    raise PgToolMissing(
        QT_TRANSLATE_NOOP("service", "{name} was not found: {_install_hint}. Nothing was changed."),
        name=name,
        _install_hint=_INSTALL_HINT,
    )


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
            QT_TRANSLATE_NOOP("service", "{tool} cannot be started ({reason}): {install_hint}."),
            tool=argv[0],
            reason=exc.strerror or exc,
            install_hint=_INSTALL_HINT,
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
