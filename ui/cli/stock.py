"""`hafenlager list`: boxes (filtered and sorted as in the stock browser), pallets, places..."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from ui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Handler,
    date,
    fail,
    json_default,
    open_for_cli,
    positive_int,
    print_table,
)
from warehouse_app.services import masterdata, stock

if TYPE_CHECKING:
    from ui.cli.common import Commands


def add_commands(commands: Commands) -> dict[str, Handler]:
    lister = commands.add_parser("list", help="list boxes, pallets, locations, ...")
    lister.add_argument(
        "what", choices=["boxes", "pallets", "locations", "associations", "categories"]
    )
    lister.add_argument("--association", metavar="CODE", help="owner short code or name")
    lister.add_argument("--category", metavar="NAME", help="category name or HS code")
    lister.add_argument("--location", metavar="CODE|NAME")
    lister.add_argument("--status", metavar="STATUS", help="in_stock, on_pallet, shipped, ...")
    lister.add_argument("--expiry-before", metavar="YYYY-MM-DD", type=date)
    lister.add_argument("--search", metavar="TEXT", default="", help="code or words")
    lister.add_argument("--sort", choices=[c.value for c in stock.SortColumn], default="received")
    lister.add_argument("--ascending", action="store_true")
    lister.add_argument("--limit", type=positive_int, default=None, metavar="N")
    lister.add_argument("--json", action="store_true")
    return {"list": _list}


def _list(args: argparse.Namespace, out: TextIO) -> int:
    open_for_cli(args, daily_backup=False)
    if args.what != "boxes":
        used = [
            name
            for name in ("association", "category", "location", "status", "expiry_before")
            if getattr(args, name)
        ]
        if used or args.search:
            return fail(
                f"filters ({', '.join(used) or 'search'}) apply to 'list boxes' only", EXIT_USAGE
            )
    rows: list[dict[str, Any]]
    if args.what == "boxes":
        rows = _box_rows(args)
    elif args.what == "pallets":
        rows = [asdict(p) for p in stock.pallet_rows()]
    elif args.what == "locations":
        contents = masterdata.location_contents()
        rows = [
            {
                **asdict(loc),
                "boxes": contents.get(loc.id, (0, 0))[0],
                "pallets": contents.get(loc.id, (0, 0))[1],
            }
            for loc in masterdata.locations()
        ]
    elif args.what == "associations":
        rows = [asdict(a) for a in masterdata.associations()]
    else:
        rows = [asdict(c) for c in masterdata.categories()]
    if args.limit:
        rows = rows[: args.limit]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
    else:
        print_table(rows, out)
    return EXIT_OK


def _box_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    flt = stock.BoxFilter(
        association_id=masterdata.find_association(args.association).id
        if args.association
        else None,
        category_id=masterdata.find_category(args.category).id if args.category else None,
        location_id=masterdata.find_location(args.location).id if args.location else None,
        status=stock.parse_status(args.status) if args.status else None,
        expiry_before=args.expiry_before,
        text=args.search,
    )
    ids = stock.box_ids(flt, stock.SortColumn(args.sort), descending=not args.ascending)
    if args.limit:
        ids = ids[: args.limit]
    return [asdict(r) for r in stock.iter_box_rows(ids)]
