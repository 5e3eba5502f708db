"""`hafenlager postgres-roles`: the server's own roles matching Hafenlager's, and logins in them
(docs/postgres-roles.md)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_OK, Handler, cli_actor, fail, open_for_cli

if TYPE_CHECKING:
    from ui.cli.common import Commands


def add_commands(commands: Commands) -> dict[str, Handler]:
    roles = commands.add_parser(
        "postgres-roles",
        help="make the PostgreSQL roles that match volunteer, lead and admin (an admin, as the "
        "database's owner); with --login, a login in one of them",
    )
    roles.add_argument("--login", metavar="NAME", help="a login to make or change")
    roles.add_argument("--role", choices=["volunteer", "lead", "admin"], default="volunteer")
    roles.add_argument(
        "--password",
        action="store_true",
        help="give the login a password (from HAFENLAGER_DB_PASSWORD, else asked for)",
    )
    return {"postgres-roles": _postgres_roles}


def _postgres_roles(args: argparse.Namespace, out: TextIO) -> int:
    import os

    from warehouse_app.access.roles import Permission, Role
    from warehouse_app.services import guard
    from warehouse_app.storage import pg_roles

    opened = open_for_cli(args)
    if not pg_roles.has_roles(opened.db):
        return fail("postgres-roles is for a PostgreSQL database; an SQLite file has no roles.")
    guard.require(cli_actor(args), Permission.PEOPLE)
    count = pg_roles.apply(opened.db)
    print(f"{count} grants in place for {', '.join(pg_roles.GROUPS.values())}.", file=out)
    if args.login:
        password = ""
        if args.password:
            import getpass

            password = os.environ.get("HAFENLAGER_DB_PASSWORD") or getpass.getpass(
                f"Password for {args.login}: "
            )
        pg_roles.add_login(opened.db, args.login, Role(args.role), password)
        print(f"{args.login} logs in as {pg_roles.GROUPS[Role(args.role)]}.", file=out)
    return EXIT_OK
