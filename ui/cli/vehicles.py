"""`hafenlager vehicle show|set BOX`: a donated vehicle's VIN, make, model, year, fuel and first
registration, as the donation letter and the goods list name it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_OK, Handler, open_for_cli

if TYPE_CHECKING:
    from ui.cli.common import Commands


def add_commands(commands: Commands) -> dict[str, Handler]:
    vehicle = commands.add_parser("vehicle", help="a donated vehicle's VIN, make, model, year")
    actions = vehicle.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="what is recorded of a donated vehicle")
    show.add_argument("box", metavar="BOX")
    setter = actions.add_parser("set", help="correct a donated vehicle's VIN or details")
    setter.add_argument("box", metavar="BOX")
    setter.add_argument("--vin")
    setter.add_argument("--make")
    setter.add_argument("--model")
    setter.add_argument("--year", type=int, metavar="YYYY", help="model year")
    setter.add_argument("--fuel", help="diesel, petrol, electric, hybrid or gas")
    setter.add_argument("--first-registered", metavar="MM.YYYY")
    return {"vehicle": _vehicle}


def _vehicle(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.codes import parse_code
    from warehouse_app.errors import NotFound
    from warehouse_app.services.vehicles import VehicleFacts, details_by_code, set_details
    from warehouse_app.validation import parse_expiry

    open_for_cli(args, daily_backup=args.action == "set")
    code = parse_code(args.box).text
    known = details_by_code(code)
    if args.action == "show":
        if known is None:
            raise NotFound(f"Box {code} is no donated vehicle (no VIN recorded).")
        print(f"{code}: {known.description}", file=out)
        return EXIT_OK
    old = known.facts if known else VehicleFacts()
    registered = (
        parse_expiry(args.first_registered) if args.first_registered else old.first_registered
    )
    facts = VehicleFacts(
        make=args.make if args.make is not None else old.make,
        model=args.model if args.model is not None else old.model,
        model_year=args.year if args.year is not None else old.model_year,
        fuel=args.fuel if args.fuel is not None else old.fuel,
        first_registered=registered.replace(day=1) if registered else None,
    )
    changed = set_details(code, args.vin, facts)
    print(f"{code}: {changed.description}", file=out)
    return EXIT_OK
