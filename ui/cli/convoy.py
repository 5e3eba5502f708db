"""`hafenlager convoy …` and `hafenlager recipient …`: the convoy services on the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ui.cli import convoy_needs, convoy_reports
from ui.cli.common import (
    EXIT_PROBLEMS,
    Handler,
    cli_actor,
    date,
    json_default,
    open_for_cli,
    print_table,
)
from warehouse_app.errors import ValidationError

if TYPE_CHECKING:
    from ui.cli.common import Commands
    from warehouse_app.services.convoys import ConvoyRecord


def add_commands(commands: Commands) -> dict[str, Handler]:
    convoy = commands.add_parser("convoy", help="plan, check, depart and deliver convoys")
    actions = convoy.add_subparsers(
        dest="convoy_action", metavar="ACTION", required=True, parser_class=type(convoy)
    )
    lister = actions.add_parser("list", help="all convoys")
    lister.add_argument("--json", action="store_true")
    show = actions.add_parser("show", help="one convoy: vehicles, gauges, owners, categories")
    show.add_argument("number")
    show.add_argument("--json", action="store_true")
    create = actions.add_parser("create", help="a new convoy")
    create.add_argument("number")
    create.add_argument("--name", default="")
    create.add_argument("--recipient", default="")
    create.add_argument("--delivery-place", default="")
    create.add_argument("--border-crossing", default="")
    create.add_argument("--departure", type=date, metavar="YYYY-MM-DD")
    create.add_argument("--arrival", type=date, metavar="YYYY-MM-DD")
    create.add_argument("--aid-code", default="")
    create.add_argument("--aid-code-valid-until", type=date, metavar="YYYY-MM-DD")
    create.add_argument("--mrn", default="", help="export reference (ATLAS MRN)")
    update = actions.add_parser("set", help="change a convoy's details (aid code, MRN, dates…)")
    update.add_argument("number")
    update.add_argument("--name")
    update.add_argument("--recipient")
    update.add_argument("--delivery-place")
    update.add_argument("--border-crossing")
    update.add_argument("--departure", type=date, metavar="YYYY-MM-DD")
    update.add_argument("--arrival", type=date, metavar="YYYY-MM-DD")
    update.add_argument("--aid-code")
    update.add_argument("--aid-code-valid-until", type=date, metavar="YYYY-MM-DD")
    update.add_argument("--mrn", help="export reference (ATLAS MRN)")
    ack = actions.add_parser(
        "acknowledge", help="acknowledge a category's export note with its licence or MRN"
    )
    ack.add_argument("number")
    ack.add_argument("--category", required=True, metavar="NAME|HS")
    ack.add_argument("--reference", required=True, metavar="LICENCE|MRN")
    vehicle = actions.add_parser("add-vehicle", help="a truck (or a donated vehicle)")
    vehicle.add_argument("number")
    vehicle.add_argument("--payload-kg", required=True)
    vehicle.add_argument("--pallet-places", type=int, default=33)
    vehicle.add_argument("--length-m", default="13.6", help="loading length in metres")
    vehicle.add_argument("--height-m", default="2.7", help="loading height in metres")
    vehicle.add_argument("--carrier", default="", help="the carrier's name")
    vehicle.add_argument("--carrier-address", default="", help="street, postcode, town, country")
    vehicle.add_argument("--truck", default="", help="truck plate")
    vehicle.add_argument("--trailer", default="", help="trailer plate")
    vehicle.add_argument(
        "--driver",
        action="append",
        default=[],
        metavar="'NAME: PASSPORT'",
        help="repeat for each driver",
    )
    vehicle.add_argument(
        "--donated-box",
        default="",
        metavar="CODE",
        help="a donated vehicle from stock that drives in the convoy",
    )
    assign = actions.add_parser("assign", help="reserve pallets or loose boxes")
    assign.add_argument("number")
    assign.add_argument("--vehicle", type=int, metavar="N", help="vehicle number (else none)")
    assign.add_argument("--pallets", nargs="+", default=[], metavar="CODE")
    assign.add_argument("--boxes", nargs="+", default=[], metavar="CODE")
    release = actions.add_parser("release", help="take pallets or loose boxes off the convoy")
    release.add_argument("number")
    release.add_argument("--pallets", nargs="+", default=[], metavar="CODE")
    release.add_argument("--boxes", nargs="+", default=[], metavar="CODE")
    release.add_argument(
        "--unload-to",
        metavar="LOCATION",
        help="unload what is loaded to this location first (else a loaded one is refused)",
    )
    move = actions.add_parser("move", help="put reserved goods on another vehicle")
    move.add_argument("number")
    move.add_argument("--to-vehicle", type=int, required=True, metavar="N")
    move.add_argument("--pallets", nargs="+", default=[], metavar="CODE")
    move.add_argument("--boxes", nargs="+", default=[], metavar="CODE")
    set_vehicle = actions.add_parser(
        "set-vehicle", help="change a vehicle's payload, places, plates, carrier or drivers"
    )
    set_vehicle.add_argument("number")
    set_vehicle.add_argument("--vehicle", type=int, required=True, metavar="N")
    set_vehicle.add_argument("--payload-kg")
    set_vehicle.add_argument("--pallet-places", type=int)
    set_vehicle.add_argument("--length-m", help="loading length in metres")
    set_vehicle.add_argument("--height-m", help="loading height in metres")
    set_vehicle.add_argument("--carrier")
    set_vehicle.add_argument("--carrier-address")
    set_vehicle.add_argument("--truck", help="truck plate")
    set_vehicle.add_argument("--trailer", help="trailer plate")
    set_vehicle.add_argument(
        "--driver",
        action="append",
        metavar="'NAME: PASSPORT'",
        help="repeat for each driver (replaces the drivers)",
    )
    check = actions.add_parser("check", help="what blocks departure, grouped, with fixes")
    check.add_argument("number")
    check.add_argument("--json", action="store_true")
    ready = actions.add_parser("ready", help="mark ready (refused while problems block)")
    ready.add_argument("number")
    depart = actions.add_parser("depart", help="lock the convoy and ship what is loaded")
    depart.add_argument("number")
    deliver = actions.add_parser("deliver", help="confirm a vehicle's handover")
    deliver.add_argument("number")
    deliver.add_argument("--vehicle", type=int, required=True, metavar="N")
    deliver.add_argument(
        "--receipt", required=True, metavar="REF", help="reference of the signed acceptance act"
    )
    deliver.add_argument(
        "--returned", nargs="+", default=[], metavar="CODE", help="boxes that came back"
    )
    deliver.add_argument("--return-to", default="Wareneingang", metavar="LOCATION")
    deliver.add_argument("--act", type=Path, metavar="FILE.pdf|.jpg|.png", help="the signed act")
    convoy_reports.add_findings(deliver)  # --missing, --damaged, --refused, --extra
    deliver.add_argument(
        "--pallets",
        nargs="+",
        metavar="CODE",
        help="only these pallets (default: everything on the vehicle)",
    )

    convoy_needs.add_actions(actions)  # fill, coverage
    convoy_reports.add_actions(actions)  # confirmations
    height = actions.add_parser("pallet-height", help="record a pallet's measured height")
    height.add_argument("pallet", metavar="PALLET")
    height.add_argument("metres", metavar="METRES")

    recipient = commands.add_parser("recipient", help="receiving organisations")
    what = recipient.add_subparsers(
        dest="recipient_action", metavar="ACTION", required=True, parser_class=type(recipient)
    )
    add = what.add_parser("add", help="add or update a recipient")
    add.add_argument("name")
    for field in ("address", "city", "oblast", "edrpou", "register-number", "contact"):
        add.add_argument(f"--{field}", default="")
    add.add_argument("--country", default="UA")
    add.add_argument("--may-receive-vehicles", action="store_true")
    listing = what.add_parser("list", help="all recipients")
    listing.add_argument("--json", action="store_true")
    return {"convoy": _convoy, "recipient": _recipient}


def _recipient(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import recipients

    open_for_cli(args)
    if args.recipient_action == "add":
        recipients.save_recipient(
            args.name,
            address=args.address,
            city=args.city,
            oblast=args.oblast,
            country=args.country,
            edrpou=args.edrpou,
            register_number=args.register_number,
            may_receive_vehicles=args.may_receive_vehicles,
            contact=args.contact,
        )
        print(f"Recipient saved: {args.name}", file=out)
        return 0
    rows = [
        {
            "name": r.name,
            "city": r.city,
            "edrpou": r.edrpou,
            "register_number": r.register_number,
            "may_receive_vehicles": r.may_receive_vehicles,
        }
        for r in recipients.recipients()
    ]
    _print(rows, args.json, out)
    return 0


def _convoy(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    open_for_cli(args)
    action = args.convoy_action
    if action == "list":
        _print([asdict(c) for c in convoys.convoys()], args.json, out)
        return 0
    if action == "pallet-height":
        convoys.set_pallet_height(args.pallet, args.metres)
        print(f"Pallet {args.pallet}: {args.metres} m.", file=out)
        return 0
    if action == "create":
        convoys.create_convoy(
            args.number,
            name=args.name,
            recipient=args.recipient,
            delivery_place=args.delivery_place,
            border_crossing=args.border_crossing,
            departure=args.departure,
            arrival=args.arrival,
            aid_code=args.aid_code,
            aid_code_valid_until=args.aid_code_valid_until,
            export_mrn=args.mrn,
        )
        print(f"Convoy {args.number} created.", file=out)
        return 0
    actions: dict[str, Callable[[ConvoyRecord, argparse.Namespace, TextIO], int]] = {
        "set": _set,
        "acknowledge": _acknowledge,
        "show": _show,
        "add-vehicle": _add_vehicle,
        "assign": _assign,
        "release": _release,
        "move": _move,
        "set-vehicle": _set_vehicle,
        "check": _check,
        "ready": _ready,
        "depart": _depart,
        "deliver": _deliver,
        **convoy_needs.ACTIONS,
        **convoy_reports.ACTIONS,
    }
    return actions[action](convoys.get_convoy(args.number), args, out)


# The convoy fields `convoy set` can change, by their option's name.
_SET_FIELDS = {
    "name": "name",
    "recipient": "recipient",
    "delivery_place": "delivery_place",
    "border_crossing": "border_crossing",
    "departure": "planned_departure",
    "arrival": "planned_arrival",
    "aid_code": "aid_code",
    "aid_code_valid_until": "aid_code_valid_until",
    "mrn": "export_mrn",
}


def _set(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    changes = {
        field: getattr(args, arg)
        for arg, field in _SET_FIELDS.items()
        if getattr(args, arg) is not None
    }
    if not changes:
        raise ValidationError("Say what to change, e.g. --aid-code AHD-2026-0001.")
    convoys.update_convoy(convoy, **changes)
    print(f"Convoy {convoy.number} updated: {', '.join(sorted(changes))}.", file=out)
    return 0


def _acknowledge(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys, masterdata

    category = masterdata.find_category(args.category)
    convoys.acknowledge(convoy, category.id, args.reference)
    print(f"{category.name_en}: acknowledged for {convoy.number} ({args.reference}).", file=out)
    return 0


def _show(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    gauges = convoys.gauges(convoy)
    data: dict[str, Any] = {
        "number": convoy.number,
        "name": convoy.name,
        "status": convoy.status,
        "recipient": convoy.recipient,
        "gauges": [
            asdict(g) | {"over_payload": g.over_payload, "over_places": g.over_places}
            for g in gauges
        ],
        **convoys.breakdown(convoy),
    }
    if args.json:
        json.dump(data, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
        return 0
    print(f"{convoy.number} {convoy.name} · {convoy.status} · {data['recipient']}", file=out)
    for g in gauges:
        flags = (" OVER PAYLOAD" if g.over_payload else "") + (
            " OVER PALLET PLACES" if g.over_places else ""
        )
        print(
            f"  {g.label:22s} {g.pallets:4d}/{g.pallet_places} pallets "
            f"{g.boxes:6d} boxes {g.gross_kg:>12} / {g.payload_kg} kg{flags}",
            file=out,
        )
    for group in ("association", "category"):
        for key, (n, kg) in sorted(data[group].items()):
            print(f"  {group:11s} {key:28s} {n:6d} boxes {kg:>12} kg", file=out)
    return 0


def _add_vehicle(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    vehicle = convoys.add_vehicle(
        convoy,
        payload_kg=args.payload_kg,
        pallet_places=args.pallet_places,
        carrier=args.carrier,
        carrier_address=args.carrier_address,
        truck_plate=args.truck,
        trailer_plate=args.trailer,
        drivers="\n".join(args.driver),
        donated_box=args.donated_box,
        loading_length_m=args.length_m,
        loading_height_m=args.height_m,
    )
    print(
        f"Vehicle {vehicle.number} added to {convoy.number}; its loading code is {vehicle.code}.",
        file=out,
    )
    return 0


def _assign(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    if not (args.pallets or args.boxes):
        raise ValidationError("Give --pallets or --boxes.")
    target = convoys.get_vehicle(convoy, args.vehicle) if args.vehicle else None
    count = convoys.assign(convoy, vehicle=target, pallets=args.pallets, boxes=args.boxes)
    on = f", vehicle {target.number}" if target else ""
    print(f"{count} item(s) reserved for {convoy.number}{on}.", file=out)
    return 0


def _release(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys, masterdata

    place = masterdata.find_location(args.unload_to).id if args.unload_to else None
    count = convoys.release(
        convoy, pallets=args.pallets, boxes=args.boxes, actor=cli_actor(args), unload_to=place
    )
    print(f"{count} item(s) taken off {convoy.number}.", file=out)
    return 0


def _move(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    target = convoys.get_vehicle(convoy, args.to_vehicle)
    count = convoys.move(
        convoy, target, pallets=args.pallets, boxes=args.boxes, actor=cli_actor(args)
    )
    print(f"{count} item(s) now on vehicle {target.number} of {convoy.number}.", file=out)
    return 0


# The vehicle fields `convoy set-vehicle` can change, by their option's name.
_VEHICLE_FIELDS = {
    "payload_kg": "payload_kg",
    "pallet_places": "pallet_places",
    "length_m": "loading_length_m",
    "height_m": "loading_height_m",
    "carrier": "carrier",
    "carrier_address": "carrier_address",
    "truck": "truck_plate",
    "trailer": "trailer_plate",
}


def _set_vehicle(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    changes: dict[str, object] = {
        field: getattr(args, arg)
        for arg, field in _VEHICLE_FIELDS.items()
        if getattr(args, arg) is not None
    }
    if args.driver is not None:
        changes["drivers"] = "\n".join(args.driver)
    vehicle = convoys.set_vehicle(convoys.get_vehicle(convoy, args.vehicle), **changes)
    print(
        f"Vehicle {vehicle.number} of {convoy.number} updated: {', '.join(sorted(changes))}.",
        file=out,
    )
    return 0


def _check(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    problems = convoys.readiness(convoy)
    if args.json:
        json.dump([asdict(p) for p in problems], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif not problems:
        print(f"{convoy.number}: nothing blocks departure.", file=out)
    else:
        groups: dict[str, list[Any]] = {}
        for problem in problems:
            groups.setdefault(problem.group, []).append(problem)
        print(f"{convoy.number}: {len(problems)} problem(s)", file=out)
        for group, items in groups.items():
            print(f"  {group} ({len(items)}) — fix: {items[0].action}", file=out)
            for problem in items[:10]:
                print(f"    - {problem.message}", file=out)
            if len(items) > 10:
                print(f"    … and {len(items) - 10} more", file=out)
    return EXIT_PROBLEMS if any(p.blocking for p in problems) else 0


def _ready(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.kinds import ConvoyStatus
    from warehouse_app.services import convoys

    convoys.set_status(convoy, ConvoyStatus.READY)
    print(f"Convoy {convoy.number} is ready.", file=out)
    return 0


def _depart(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from reports.papers_set import final_papers  # reportlab loads only to depart
    from warehouse_app.services import convoys

    shipped = convoys.depart(convoy, cli_actor(args), papers=final_papers)
    print(f"Convoy {convoy.number} departed with {shipped} boxes; it is locked now.", file=out)
    for name, digest in convoys.archive.fingerprints(convoy):
        print(f"  archived {name}  sha256 {digest}", file=out)
    return 0


def _deliver(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys, masterdata
    from warehouse_app.services.convoys import acts

    vehicle = convoys.get_vehicle(convoy, args.vehicle)
    back = args.returned or args.refused
    place = masterdata.find_location(args.return_to).id if back else None
    act = acts.read_act(args.act) if args.act else None  # read before the transaction
    findings = convoy_reports.findings_of(args)
    delivered, came_back = acts.deliver_with_act(
        vehicle,
        act,
        findings,
        receipt_reference=args.receipt,
        actor=cli_actor(args),
        returned=args.returned,
        return_location_id=place,
        pallets=args.pallets,
    )
    print(
        f"Vehicle {vehicle.number}: {delivered} boxes delivered, {came_back} came back"
        + (f"; act {act.file_name} attached" if act else "")
        + (f"; {len(findings)} finding(s) recorded." if findings else "."),
        file=out,
    )
    return 0


def _print(rows: list[dict[str, Any]], as_json: bool, out: TextIO) -> None:
    if as_json:
        json.dump(rows, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
        return
    print_table(rows, out)
