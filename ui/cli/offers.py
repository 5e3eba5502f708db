"""`hafenlager offers …` and `hafenlager appointments …`: what citizens and associations offer,
the coordinator's decisions, and the drop-off calendar."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ui.cli.common import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    Handler,
    date,
    json_default,
    open_for_cli,
    print_table,
)

if TYPE_CHECKING:
    from ui.cli.common import Commands

REASONS = ("not_needed", "not_accepted", "quality")


def add_commands(commands: Commands) -> dict[str, Handler]:
    _offer_commands(commands)
    _appointment_commands(commands)
    return {"offers": _offers, "appointments": _appointments}


def _offer_commands(commands: Commands) -> None:
    offers = commands.add_parser("offers", help="what citizens and associations offer to bring")
    actions = offers.add_subparsers(dest="action", metavar="ACTION", required=True)
    lister = actions.add_parser("list", help="the offers, newest first")
    lister.add_argument(
        "--status",
        choices=("coming", "open", "accepted", "declined", "arrived", "withdrawn"),
        help="coming: open and accepted",
    )
    lister.add_argument("--json", action="store_true")
    show = actions.add_parser("show", help="one offer")
    show.add_argument("offer_id", type=int, metavar="OFFER")
    show.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="record an offer")
    add.add_argument("--by", required=True, metavar="NAME", help="who offers")
    add.add_argument("--contact", default="", metavar="PHONE/E-MAIL")
    add.add_argument("--association", metavar="CODE")
    add.add_argument("--category", metavar="NAME|HS")
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument("--quantity", metavar="N")
    add.add_argument("--unit", choices=("pcs", "kg", "l", "set"), help="default: the category's")
    add.add_argument("--weight", metavar="KG")
    add.add_argument("--boxes", metavar="N")
    add.add_argument("--vin", default="", metavar="VIN")
    add.add_argument("--from", dest="available_from", type=date, metavar="YYYY-MM-DD")
    add.add_argument("--until", dest="available_until", type=date, metavar="YYYY-MM-DD")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--photo", type=Path, action="append", default=[], metavar="FILE")
    add.add_argument("--json", action="store_true")
    imports = actions.add_parser("import", help="offers from XLSX or CSV, all or none")
    imports.add_argument("file", type=Path, metavar="FILE.xlsx|.csv")
    imports.add_argument("--dry-run", action="store_true")
    imports.add_argument("--json", action="store_true")
    accept = actions.add_parser("accept", help="accept an offer (against a need line or not)")
    accept.add_argument("offer_id", type=int, metavar="OFFER")
    accept.add_argument("--need-line", type=int, metavar="LINE", help="see needs match --json")
    accept.add_argument(
        "--slot", type=_slot, metavar="'YYYY-MM-DD HH:MM'", help="and book this slot"
    )
    accept.add_argument("--json", action="store_true")
    decline = actions.add_parser("decline", help="decline an offer, with a reason")
    decline.add_argument("offer_id", type=int, metavar="OFFER")
    decline.add_argument("--reason", required=True, choices=REASONS)
    decline.add_argument("--json", action="store_true")
    withdraw = actions.add_parser("withdraw", help="the donor called the offer off")
    withdraw.add_argument("offer_id", type=int, metavar="OFFER")
    withdraw.add_argument("--json", action="store_true")


def _appointment_commands(commands: Commands) -> None:
    appointments = commands.add_parser("appointments", help="the hall's drop-off calendar")
    actions = appointments.add_subparsers(dest="action", metavar="ACTION", required=True)
    lister = actions.add_parser("list", help="a day's appointments (default: from today on)")
    lister.add_argument("--date", type=date, metavar="YYYY-MM-DD")
    lister.add_argument("--json", action="store_true")
    slots = actions.add_parser("slots", help="a day's slots with what is booked and free")
    slots.add_argument("--date", type=date, required=True, metavar="YYYY-MM-DD")
    slots.add_argument("--json", action="store_true")
    book = actions.add_parser("book", help="book a slot for an accepted offer")
    book.add_argument("offer_id", type=int, metavar="OFFER")
    book.add_argument(
        "--slot", type=_slot, metavar="'YYYY-MM-DD HH:MM'", help="default: the next free one"
    )
    book.add_argument("--load", type=int, metavar="N", help="vehicles, boxes or m3 it takes")
    book.add_argument("--json", action="store_true")
    move = actions.add_parser("move", help="move an appointment to another slot")
    move.add_argument("appointment", metavar="APPOINTMENT", help="its number or id")
    move.add_argument("--slot", type=_slot, required=True, metavar="'YYYY-MM-DD HH:MM'")
    cancel = actions.add_parser("cancel", help="cancel an appointment (or --missed)")
    cancel.add_argument("appointment", metavar="APPOINTMENT", help="its number or id")
    cancel.add_argument("--missed", action="store_true", help="the donor did not come")
    hours = actions.add_parser("hours", help="show or set the drop-off opening hours")
    hours.add_argument("--set", dest="hours", metavar="'2 10:00-16:00, 4 15:00-19:00'")
    hours.add_argument("--slot-minutes", type=int, metavar="N")
    hours.add_argument("--capacity", type=int, metavar="N")
    hours.add_argument("--unit", choices=("vehicles", "boxes", "m3"))
    close = actions.add_parser("close", help="close one slot (or --open it again)")
    close.add_argument("--slot", type=_slot, required=True, metavar="'YYYY-MM-DD HH:MM'")
    close.add_argument("--open", action="store_true")
    confirm = actions.add_parser("confirm", help="the confirmation for the donor (PDF or text)")
    confirm.add_argument("appointment", metavar="APPOINTMENT", help="its number or id")
    confirm.add_argument("--language", choices=("de", "uk", "tr"), default="de")
    confirm.add_argument("--out", type=Path, metavar="FILE.pdf|.txt", help="default: the text")


def _slot(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a slot: write it as YYYY-MM-DD HH:MM"
        ) from None


def _write(payload: Any, out: TextIO, args: argparse.Namespace, text: str) -> None:
    if getattr(args, "json", False):
        json.dump(payload, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
    else:
        out.write(text + "\n")


def _offers(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import appointments, offer_photos, offers

    writes = args.action not in ("list", "show") and not getattr(args, "dry_run", False)
    open_for_cli(args, daily_backup=writes)
    if args.action == "list":
        # "offer" names the id the other commands take (the table leaves plain ids out)
        rows = [{"offer": o.id, **asdict(o)} for o in offers.offers(args.status)]
        return _table(rows, out, args, drop=("contact", "notes", "need_line_id", "category_id"))
    if args.action == "show":
        _write(asdict(offers.offer(args.offer_id)), out, args, _lines(offers.offer(args.offer_id)))
        return 0
    if args.action == "import":
        return _import(args, out)
    if args.action == "add":
        offer_id = offers.add_offer(_entry(args))
        for photo in args.photo:
            offer_photos.add_photo(offer_id, photo)
        _write({"offer": offer_id}, out, args, f"offer {offer_id} recorded")
        return 0
    if args.action == "accept":
        booked = None
        if args.slot:  # both or neither: a full slot leaves the offer undecided
            booked = appointments.accept_and_book(args.offer_id, args.need_line, args.slot)
        else:
            offers.accept(args.offer_id, args.need_line)
        text = f"offer {args.offer_id} accepted" + (
            f"; appointment {booked.number} at {booked.starts_at:%d.%m.%Y %H:%M}" if booked else ""
        )
        payload = {"offer": args.offer_id, "appointment": asdict(booked) if booked else None}
        _write(payload, out, args, text)
        return 0
    if args.action == "decline":
        offers.decline(args.offer_id, args.reason)
        _write({"offer": args.offer_id}, out, args, f"offer {args.offer_id} declined")
        return 0
    offers.withdraw(args.offer_id)
    _write({"offer": args.offer_id}, out, args, f"offer {args.offer_id} withdrawn")
    return 0


def _entry(args: argparse.Namespace) -> Any:
    from warehouse_app.services import masterdata, offers

    return offers.OfferInput(
        offered_by=args.by,
        contact=args.contact,
        association_id=masterdata.find_association(args.association).id
        if args.association
        else None,
        category_id=masterdata.find_category(args.category).id if args.category else None,
        description=args.description,
        quantity=args.quantity,
        unit=args.unit or "",
        weight_kg=args.weight,
        boxes=args.boxes,
        vin=args.vin,
        available_from=args.available_from,
        available_until=args.available_until,
        notes=args.notes,
    )


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.imports.offers import import_offers

    done = import_offers(args.file, dry_run=args.dry_run)
    problems = [
        {"row": p.row, "column": p.column, "problem": str(p.message)} for p in done.problems
    ]
    if args.json:
        payload = {"offers": list(done.offer_ids), "rows": done.rows, "problems": problems}
        _write(payload, out, args, "")
    elif problems:
        for p in problems:
            where = f"row {p['row']}" + (f", {p['column']}" if p["column"] else "")
            out.write(f"{where}: {p['problem']}\n")
        out.write(f"{len(problems)} problem(s): nothing was imported.\n")
    elif not done.offer_ids:
        out.write(f"checked: {done.rows} offers; nothing saved\n")
    else:
        ids = done.offer_ids
        out.write(f"{len(ids)} offers imported, numbers {ids[0]} to {ids[-1]}\n")
    return EXIT_PROBLEMS if problems else 0


def _lines(record: object) -> str:
    return "\n".join(f"{k}: {'' if v is None else v}" for k, v in asdict(record).items())


def _table(
    rows: list[dict[str, Any]], out: TextIO, args: argparse.Namespace, drop: tuple[str, ...]
) -> int:
    if args.json:
        _write(rows, out, args, "")
    else:
        for row in rows:
            for name in drop:
                row.pop(name, None)
        print_table(rows, out)
    return 0


def _appointments(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import appointments, dropoff_hours

    writes = args.action in ("book", "move", "cancel", "close") or (
        args.action == "hours" and args.hours is not None
    )
    open_for_cli(args, daily_backup=writes)
    if hasattr(args, "appointment"):
        args.appointment_id = appointments.appointment_id(args.appointment)
    if args.action == "list":
        rows = [{"appointment": a.id, **asdict(a)} for a in appointments.appointments(args.date)]
        return _table(
            rows, out, args, drop=("offer_id", "association_id", "category_id", "contact")
        )
    if args.action == "slots":
        rows = [
            {
                "starts_at": s.starts_at,
                "ends_at": s.ends_at,
                "capacity": s.capacity,
                "unit": s.unit,
                "booked": s.booked,
                "free": s.free,
                "closed": s.closed,
                "appointments": [a.number for a in s.appointments],
            }
            for s in appointments.day_slots(args.date)
        ]
        if not rows and not args.json:
            out.write(f"no drop-offs on {args.date:%A %d.%m.%Y}: the hall is closed then\n")
            return 0
        return _table(rows, out, args, drop=())
    if args.action == "book":
        if args.slot:
            starts = args.slot
        else:
            found = appointments.next_free(args.load or 1)
            if found is None:
                out.write(
                    "no free slot in the next 60 days: open more hours (appointments hours)\n"
                )
                return EXIT_PROBLEMS
            starts = found.starts_at
        booked = appointments.book(args.offer_id, starts, args.load)
        _write(
            asdict(booked),
            out,
            args,
            f"appointment {booked.number} at {booked.starts_at:%d.%m.%Y %H:%M}",
        )
        return 0
    if args.action == "move":
        appointments.move(args.appointment_id, args.slot)
        moved = appointments.appointment(args.appointment_id)
        out.write(f"appointment {moved.number} moved to {args.slot:%d.%m.%Y %H:%M}\n")
        return 0
    if args.action == "cancel":
        appointments.cancel(args.appointment_id, missed=args.missed)
        number = appointments.appointment(args.appointment_id).number
        out.write(f"appointment {number} {'missed' if args.missed else 'cancelled'}\n")
        return 0
    if args.action == "close":
        appointments.set_slot(args.slot, closed=not args.open)
        out.write(f"slot {args.slot:%d.%m.%Y %H:%M} {'open' if args.open else 'closed'}\n")
        return 0
    if args.action == "confirm":
        return _confirm(args, out)
    hours = dropoff_hours.opening_hours()
    if args.hours is not None or args.slot_minutes or args.capacity or args.unit:
        hours = dropoff_hours.save_opening_hours(
            args.hours if args.hours is not None else hours.text(),
            args.slot_minutes or hours.slot_minutes,
            args.capacity or hours.capacity,
            args.unit or hours.unit,
        )
    out.write(
        f"hours: {hours.text()}; slots of {hours.slot_minutes} min, "
        f"{hours.capacity} {hours.unit} each\n"
    )
    stranded = appointments.outside_hours()
    if stranded:
        out.write(
            f"{len(stranded)} booked appointment(s) lie outside these hours; move them and tell "
            "the donors: "
            + ", ".join(f"{a.number} ({a.starts_at:%d.%m. %H:%M})" for a in stranded)
            + "\n"
        )
    return 0


def _confirm(args: argparse.Namespace, out: TextIO) -> int:
    from ui.cli.common import write_pdf
    from warehouse_app.papers.dropoff import confirmation_text
    from warehouse_app.services.appointment_papers import confirmation

    record = confirmation(args.appointment_id)
    if args.out is not None and args.out.suffix.lower() not in (".txt", ".pdf"):
        out.write(f"{args.out.name}: write the confirmation to a .pdf or a .txt file\n")
        return EXIT_USAGE
    if args.out is None or args.out.suffix.lower() == ".txt":
        text = confirmation_text(record, args.language)
        if args.out is None:
            out.write(text + "\n")
        else:
            args.out.write_text(text + "\n", encoding="utf-8")
            out.write(f"written to {args.out}\n")
        return 0
    from reports.dropoff_confirmation import render_confirmation

    write_pdf(args.out, render_confirmation(record, args.language))
    out.write(f"written to {args.out}\n")
    return 0
