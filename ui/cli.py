"""The `hafenlager` program: the GUI without a command, the domain commands with one.

Qt is imported only when the GUI starts, so the commands stay quick and run without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from warehouse_app.cli import EXIT_USAGE, build_parser, fail, run_domain_command
from warehouse_app.config import database_target


def main(argv: Sequence[str] | None = None) -> int:
    parser, commands = build_parser()
    from reports.cli import add_commands, run_command

    add_commands(commands)
    args = parser.parse_args(argv)
    if args.command:
        if args.smoke_test:
            return fail(
                "--smoke-test starts the GUI; it cannot be combined with a command", EXIT_USAGE
            )
        result = run_domain_command(args)
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
