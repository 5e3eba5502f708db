"""`hafenlager people list|add|edit|pin`: the hall's people, kept by an admin (as Settings →
People does); the new PIN from HAFENLAGER_NEW_PIN or typed twice at the prompt."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_OK, Handler, cli_actor, open_for_cli, print_table
from warehouse_app.errors import HafenlagerError

if TYPE_CHECKING:
    from ui.cli.common import Commands

ROLES = ("volunteer", "lead", "admin")


def add_commands(commands: Commands) -> dict[str, Handler]:
    people = commands.add_parser("people", help="the hall's people and their roles (an admin's)")
    actions = people.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="everyone, with role, association and PIN set")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="a new person (a lead or admin with a PIN)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="volunteer")
    add.add_argument("--association", default="", metavar="CODE", help="a board member's")
    add.add_argument("--pin", action="store_true", help="give a PIN now (a lead's and admin's)")
    edit = actions.add_parser("edit", help="change a person's role, association or status")
    edit.add_argument("name")
    edit.add_argument("--role", choices=ROLES)
    edit.add_argument("--association", metavar="CODE", help="'' for the whole hall")
    edit.add_argument("--works-here", choices=("yes", "no"))
    pin = actions.add_parser("pin", help="set a new PIN (an admin's, or your own)")
    pin.add_argument("name")
    return {"people": _people}


def _people(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.access.roles import Permission
    from warehouse_app.services import guard, people

    open_for_cli(args)
    actor = cli_actor(args)
    if args.action == "list":
        guard.require(actor, Permission.PEOPLE)  # who works here, and who is a lead: an admin's
        rows = [
            {
                "name": p.name,
                "role": p.role.value,
                "association": p.association,
                "pin": p.has_pin,
                "works_here": p.active,
            }
            for p in people.people()
        ]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2), file=out)
        else:
            print_table(rows, out)
        return EXIT_OK
    if args.action == "add":
        pin = _new_pin(args.name) if args.pin or args.role != "volunteer" else ""
        added = people.add_person(actor, args.name, args.role, pin, args.association)
        print(f"{added.name} works here now as {added.role.value}.", file=out)
        return EXIT_OK
    person = people.find_person(args.name)
    if person is None:
        raise HafenlagerError(
            f"Nobody called {args.name} works here: see 'hafenlager people list'."
        )
    if args.action == "pin":
        people.update_person(actor, person.id, pin=_new_pin(person.name))
        print(f"{person.name} has a new PIN.", file=out)
        return EXIT_OK
    changed = people.update_person(
        actor,
        person.id,
        role=args.role,
        association=args.association,
        active=None if args.works_here is None else args.works_here == "yes",
    )
    where = f", {changed.association}" if changed.association else ""
    status = "" if changed.active else ", no longer works here"
    print(f"{changed.name}: {changed.role.value}{where}{status}.", file=out)
    return EXIT_OK


def _new_pin(name: str) -> str:
    given = os.environ.get("HAFENLAGER_NEW_PIN")
    if given:
        return given
    if not sys.stdin.isatty():
        raise HafenlagerError(
            f"The new PIN of {name} is needed: set HAFENLAGER_NEW_PIN, or run the command in a "
            "terminal to type it."
        )
    import getpass

    first = getpass.getpass(f"New PIN of {name}: ")
    if getpass.getpass("The same PIN again: ") != first:
        raise HafenlagerError("The two PINs differ: nothing was changed. Run the command again.")
    return first
