"""`hafenlager convoy fill|coverage`: a convoy filled from a needs list, and how much of each of
its recipient's lists it covers. Actions of the `convoy` family (ui/cli/convoy.py adds them)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import TYPE_CHECKING, Any, TextIO

from ui.cli.common import json_default, positive_int

if TYPE_CHECKING:
    from warehouse_app.services.convoys import ConvoyRecord, ListCoverage, Proposal

Action = Callable[["ConvoyRecord", argparse.Namespace, TextIO], int]


def add_actions(actions: argparse._SubParsersAction[Any]) -> None:
    """The two actions' parsers under `convoy` (their handlers: ACTIONS)."""
    fill = actions.add_parser(
        "fill",
        help="reserve free goods for a needs list: urgent first, within payload and places",
    )
    fill.add_argument("number")
    fill.add_argument("--needs", required=True, type=positive_int, metavar="LIST")
    fill.add_argument(
        "--vehicle", type=positive_int, metavar="N", help="only this vehicle (else any)"
    )
    fill.add_argument("--dry-run", action="store_true", help="show the proposal, reserve nothing")
    fill.add_argument("--json", action="store_true")
    cover = actions.add_parser("coverage", help="how much of each needs list the convoy covers")
    cover.add_argument("number")
    cover.add_argument("--json", action="store_true")


def _fill(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    vehicle = convoys.get_vehicle(convoy, args.vehicle) if args.vehicle else None
    if args.dry_run:
        proposal = convoys.propose(convoy, args.needs, vehicle)
    else:
        proposal = convoys.fill(convoy, args.needs, vehicle)
    if args.json:
        json.dump(
            _proposal_json(proposal, reserved=not args.dry_run),
            out,
            ensure_ascii=False,
            indent=1,
            default=json_default,
        )
        out.write("\n")
        return 0
    where = f"vehicle {proposal.vehicle_number}" if proposal.vehicle_number else "the convoy"
    print(
        f"Convoy {proposal.convoy_number} from needs list {proposal.list_id} "
        f"({proposal.recipient.split(' / ')[0]}, {proposal.list_title}), on {where}:",
        file=out,
    )
    for line in proposal.lines:
        short = " (no room left)" if line.room_ran_out else ""
        if line.on_mixed_pallets:
            short += f" ({_n(line.on_mixed_pallets)} more on pallets with other goods)"
        print(
            f"  line {line.line_number:3d} {line.priority:6s} {_what(line.category, line):28.28s} "
            f"requested {_n(line.requested)} {line.unit}, on the convoy {_n(line.carried)}, "
            f"taken {_n(line.taken)}, missing {_n(line.missing)}{short}",
            file=out,
        )
    print(
        f"  takes {proposal.pallets} pallet(s) and "
        f"{sum(1 for t in proposal.takes if t.kind == 'box')} loose box(es), "
        f"{_n(proposal.gross_kg)} kg gross",
        file=out,
    )
    print(
        f"  after it: {_n(proposal.kg_after)} / {_n(proposal.payload_kg)} kg, "
        f"{proposal.places_after} / {proposal.pallet_places} pallet places",
        file=out,
    )
    if args.dry_run:
        print("Dry run: nothing was reserved.", file=out)
    else:
        recipient = (
            f"; its recipient is now {proposal.recipient}" if proposal.sets_recipient else ""
        )
        print(f"Reserved for {proposal.convoy_number}{recipient}.", file=out)
    return 0


def _coverage(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import convoys

    covered = convoys.coverage(convoy)
    if args.json:
        rows = [_coverage_json(c) for c in covered]
        json.dump(rows, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
        return 0
    if convoy.recipient_id is None:
        print(f"Convoy {convoy.number} has no recipient yet, so no needs lists.", file=out)
        return 0
    if not covered:
        print(f"{convoy.recipient} has no needs lists.", file=out)
    for listed in covered:
        urgent = listed.urgent_covered
        print(
            f"{listed.recipient.split(' / ')[0]}, list {listed.list_id} ({listed.title}): "
            f"{convoys.percent(listed.covered)} % covered"
            + (f", urgent lines {convoys.percent(urgent)} %" if urgent is not None else ""),
            file=out,
        )
        for line in listed.lines:
            print(
                f"  line {line.line_number:3d} {line.priority:6s} "
                f"{_what(line.category, line):28.28s} requested {_n(line.requested)} "
                f"{line.unit}, carried {_n(line.carried)}, missing {_n(line.missing)}",
                file=out,
            )
    return 0


def _what(category: str, line: Any) -> str:
    return str(line.description or category)


def _n(value: Any) -> str:
    return f"{value.normalize():f}"


def _plain(value: Any) -> Any:
    """A record as JSON takes it (asdict cannot copy a category's Names)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, str) else value


def _proposal_json(proposal: Proposal, *, reserved: bool) -> dict[str, Any]:
    data: dict[str, Any] = _plain(proposal)
    return data | {
        "reserved": reserved,
        "gross_kg": proposal.gross_kg,
        "pallets": proposal.pallets,
        "boxes": proposal.boxes,
        "kg_after": proposal.kg_after,
        "places_after": proposal.places_after,
    }


def _coverage_json(listed: ListCoverage) -> dict[str, Any]:
    from warehouse_app.services.convoys import percent

    urgent = listed.urgent_covered
    return {
        "list": listed.list_id,
        "title": listed.title,
        "recipient": listed.recipient,
        "covered_percent": percent(listed.covered),
        "urgent_covered_percent": percent(urgent) if urgent is not None else None,
        "lines": [_plain(line) | {"covered_percent": percent(line.share)} for line in listed.lines],
    }


# The handlers of the actions add_actions adds, by name (ui/cli/convoy.py dispatches to them).
ACTIONS: dict[str, Action] = {"fill": _fill, "coverage": _coverage}
