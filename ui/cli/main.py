"""The `hafenlager` program: the GUI without a command, a command family's handler with one.

Every failure a user can cause ends in one line on stderr and a non-zero exit code, never a
traceback; an unexpected one also goes to the log file with its traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from warehouse_app import __version__
from warehouse_app.config import database_target
from warehouse_app.demo.sizes import SIZES

if TYPE_CHECKING:
    from ui.cli.common import Handler, OneLineParser

log = logging.getLogger(__name__)

GUI_OPTIONS = {"--db", "--demo", "--smoke-test"}
# The demo generator itself loads only when a demo is made; its sizes are a small table.
DEMO_SIZES = tuple(SIZES)


def gui_only(argv: Sequence[str]) -> bool:
    """True when the arguments only start the GUI (no command, no --help or --version)."""
    words = list(argv)
    i = 0
    while i < len(words):
        word = words[i]
        name = word.split("=", 1)[0]
        if name not in GUI_OPTIONS:
            return False
        if name == "--db" and "=" not in word:
            i += 1  # its value
        elif (
            name == "--demo"
            and "=" not in word
            and i + 1 < len(words)
            and words[i + 1] in DEMO_SIZES
        ):
            i += 1
        i += 1
    return True


def _import_domain_before_qt() -> None:
    """Import the pure-Python modules the first screen needs before PySide6 is loaded.

    PySide6 replaces __import__ with a hook that runs after every later import (for its opt-in
    __feature__ syntax); the same modules imported after it took about 45 ms longer on the
    hall's PCs, a fifth of the start-up."""

    import warehouse_app.access.roles
    import warehouse_app.log
    import warehouse_app.services.activity_log
    import warehouse_app.services.guard
    import warehouse_app.services.intake
    import warehouse_app.services.masterdata
    import warehouse_app.services.movements
    import warehouse_app.services.people
    import warehouse_app.services.printqueue
    import warehouse_app.storage.opening
    import warehouse_app.validation  # noqa: F401


def build_parser() -> tuple[OneLineParser, dict[str, Handler]]:
    """The whole command tree, and the handler of each command."""
    from ui.cli import (
        activity,
        convoy,
        database,
        documents,
        imports,
        needs,
        offers,
        people,
        pg_roles,
        receive,
        reports,
        scan,
        stock,
        vehicles,
    )
    from ui.cli.common import OneLineParser

    parser = OneLineParser(
        prog="hafenlager",
        description="Hafenlager, the warehouse app of the donation hall at Dortmund harbour. "
        "Without a command it starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"hafenlager {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or URL (sqlite:///file, postgresql://user@host/name); "
        "default: $HAFENLAGER_DB or the file in your data folder",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="who is working (default: $HAFENLAGER_USER or this PC's last person); the PIN "
        "comes from $HAFENLAGER_PIN or is asked for",
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const="small",
        choices=DEMO_SIZES,
        metavar="SIZE",
        help="start the GUI with demo data (small or large) if the database has no boxes yet",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the GUI, wait until it is ready for a scan, then exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    handlers: dict[str, Handler] = {}
    families = (database, scan, convoy, stock, documents, vehicles, imports, needs, offers, receive)
    for family in (*families, reports, activity, pg_roles, people):
        handlers.update(family.add_commands(commands))
    return parser, handlers


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if gui_only(words):
        return _start_gui(words)
    parser, handlers = build_parser()
    args = parser.parse_args(words)
    if not args.command:
        return _start_gui(words)
    from ui.cli.common import EXIT_USAGE, fail

    if args.smoke_test:
        return fail("--smoke-test starts the GUI; it cannot be combined with a command", EXIT_USAGE)
    from warehouse_app.log import setup_logging

    log_file = setup_logging()
    return run_command(handlers[args.command], args, out or sys.stdout, log_file=str(log_file))


def run_command(handler: Handler, args: argparse.Namespace, out: TextIO, *, log_file: str) -> int:
    """One command, its refusals turned into one line each; the database closed after it."""
    from ui.cli.common import EXIT_ERROR, cli_actor, fail
    from warehouse_app.errors import HafenlagerError
    from warehouse_app.services import station_session
    from warehouse_app.storage.engine import close

    # A command whose service needs a person signs in then, not before (a look-up never).
    station_session.sign_in_when_needed(lambda: cli_actor(args))
    signed_in = station_session.current()  # a test's own person, kept for after the command
    try:
        return handler(args, out)
    except HafenlagerError as exc:
        log.info("command %s refused: %s", args.command, exc)  # what the volunteer was told
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept", 130)
    except BrokenPipeError:
        # The reader went away (`hafenlager list boxes | head`): nothing more to say to it.
        _silence_stdout()
        return EXIT_ERROR
    except Exception:
        log.exception("command %s failed", args.command)
        return fail(f"something went wrong; the details are in the log: {log_file}")
    finally:
        station_session.sign_in_when_needed(None)
        if signed_in is None:
            station_session.end()
        else:
            station_session.begin(signed_in)
        close()


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real stdout (a test's buffer): nothing to flush at exit either


def _start_gui(words: Sequence[str]) -> int:
    # Starting the GUI needs none of the command tree: parse only its options (start-up).
    gui = argparse.ArgumentParser(prog="hafenlager", add_help=False)
    gui.add_argument("--db")
    gui.add_argument("--demo", nargs="?", const="small", choices=DEMO_SIZES)
    gui.add_argument("--smoke-test", action="store_true")
    options, _ = gui.parse_known_args(words)
    from ui.platform_check import missing_gui_libraries

    missing = missing_gui_libraries()
    if missing:
        print(f"hafenlager: error: {missing}", file=sys.stderr)
        return 1
    target = database_target(options.db)
    from warehouse_app.storage.opening import start_day_check

    # Reading the whole file on a first start of the day runs while Qt and the screens load.
    day_check = start_day_check(target)
    _import_domain_before_qt()
    from ui.app import run_gui

    return run_gui(target, smoke_test=options.smoke_test, demo=options.demo, day_check=day_check)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
