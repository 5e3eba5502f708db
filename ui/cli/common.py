"""What every command shares: exit codes, the one-line error, argument types, tables and JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeAlias

from warehouse_app.config import database_target
from warehouse_app.errors import HafenlagerError
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase, open_database

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PROBLEMS = 0, 1, 2, 3

# Runs one command: the parsed arguments, the output stream; returns the exit code.
Handler = Callable[[argparse.Namespace, TextIO], int]


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line instead of the whole usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


if TYPE_CHECKING:
    # The sub-command table each family adds its commands to.
    Commands: TypeAlias = argparse._SubParsersAction[OneLineParser]


def fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"hafenlager: error: {message}", file=sys.stderr)
    return code


def open_for_cli(args: argparse.Namespace, *, daily_backup: bool = True) -> OpenedDatabase:
    """Open the database; a failed daily backup is a warning, and the command goes on."""
    opened = open_database(database_target(args.db), daily_backup=daily_backup)
    if opened.backup_problem:
        print(f"hafenlager: warning: {opened.backup_problem}", file=sys.stderr)
    return opened


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def json_default(value: object) -> object:
    """Decimals as numbers (whole ones as ints), dates as ISO text."""
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral() else int(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_table(rows: Sequence[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        print("(nothing found)", file=out)
        return
    columns = [c for c in rows[0] if c not in ("id", "owner_colour", "colour", "received_at")]
    texts = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [min(40, max(len(c), *(len(t[i]) for t in texts))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)), file=out)
    for line in texts:
        print("  ".join(t[:w].ljust(w) for t, w in zip(line, widths, strict=True)), file=out)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def write_pdf(path: Path, data: bytes) -> None:
    """Write a PDF through a temporary file: never half a file under the final name."""
    if path.suffix.lower() != ".pdf":
        raise HafenlagerError(f"'{path}' should end in .pdf.")
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HafenlagerError(f"Cannot write {path}: {exc.strerror or exc}.") from exc


def cli_actor(
    args: argparse.Namespace | None = None, *, name: str | None = None, station: str | None = None
) -> Actor:
    """The person the command works as, signed in: --user (else $HAFENLAGER_USER, else this
    PC's last person) with the PIN from $HAFENLAGER_PIN or typed at the prompt. A new hall's
    first person becomes its admin, as at the GUI's first start."""
    import os

    from warehouse_app.config import StationConfig
    from warehouse_app.services import people, signin

    config = StationConfig.load()
    who = (
        name
        or getattr(args, "user", None)
        or os.environ.get("HAFENLAGER_USER")
        or config.last_volunteer
    )
    if not who:
        raise HafenlagerError(
            "Say who is working: --user NAME, with the PIN in HAFENLAGER_PIN or at the prompt."
        )
    where = station or config.station
    pin = os.environ.get("HAFENLAGER_PIN") or _ask_pin(who)
    if people.needs_first_admin():
        person = people.create_first_admin(who, pin, where)
        print(f"hafenlager: {person.name} is now this hall's admin.", file=sys.stderr)
    else:
        new = people.find_person(who) is None
        person = signin.sign_in(who, pin, where)
        if new:  # a typo in a name signs up somebody new: say so, the admin can retire them
            print(f"hafenlager: {person.name} signed up as a new volunteer.", file=sys.stderr)
    return Actor(person.id, where)


def _ask_pin(name: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise HafenlagerError(
            f"The PIN of {name} is needed: set HAFENLAGER_PIN, or run the command in a terminal "
            "to type it."
        )
    return getpass.getpass(f"PIN of {name}: ")
