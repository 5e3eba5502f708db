"""The `hafenlager` program: the GUI without a command, the domain commands with one.

Qt is imported only when the GUI starts, so the commands stay quick and run without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from warehouse_app.config import database_target

GUI_OPTIONS = {"--db", "--demo", "--smoke-test"}


def _gui_only(argv: Sequence[str]) -> bool:
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
            and words[i + 1] in ("small", "large")
        ):
            i += 1
        i += 1
    return True


def _import_domain_before_qt() -> None:
    """Import the pure-Python modules the first screen needs before PySide6 is loaded.

    PySide6 replaces __import__ with a hook that runs after every later import (for its opt-in
    __feature__ syntax); the same modules imported after it took about 45 ms longer on the
    hall's PCs, a fifth of the start-up."""

    import warehouse_app.services.intake
    import warehouse_app.services.masterdata
    import warehouse_app.services.movements
    import warehouse_app.services.printqueue
    import warehouse_app.storage.opening
    import warehouse_app.validation  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if _gui_only(words):
        # Starting the GUI needs none of the command tree: parse only its options (start-up).
        import argparse

        gui = argparse.ArgumentParser(prog="hafenlager", add_help=False)
        gui.add_argument("--db")
        gui.add_argument("--demo", nargs="?", const="small", choices=("small", "large"))
        gui.add_argument("--smoke-test", action="store_true")
        options = gui.parse_args(words)
        _import_domain_before_qt()
        from ui.app import run_gui

        return run_gui(
            database_target(options.db), smoke_test=options.smoke_test, demo=options.demo
        )
    from warehouse_app.cli import EXIT_USAGE, build_parser, fail, run_domain_command

    parser, commands = build_parser()
    from reports.cli import add_commands, run_command

    add_commands(commands)
    args = parser.parse_args(words)
    if args.command:
        if args.smoke_test:
            return fail(
                "--smoke-test starts the GUI; it cannot be combined with a command", EXIT_USAGE
            )
        from reports.papers_set import final_papers

        result = run_domain_command(args, papers=final_papers)
        if result is None:
            result = run_command(args)
        if result is None:
            return fail(f"unknown command '{args.command}'", EXIT_USAGE)
        return result
    from ui.app import run_gui

    return run_gui(database_target(args.db), smoke_test=args.smoke_test, demo=args.demo)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
