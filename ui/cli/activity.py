"""`hafenlager activity`: the activity log, newest first, filtered as on the Activity screen
(a lead's: the person signed in with --user and the PIN must be one)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ui.cli.common import Handler, cli_actor, date, json_default, open_for_cli, positive_int

if TYPE_CHECKING:
    from ui.cli.common import Commands
    from warehouse_app.services.activity_query import ActivityEntry

DEFAULT_LIMIT = 50


def add_commands(commands: Commands) -> dict[str, Handler]:
    activity = commands.add_parser(
        "activity",
        help="who did what, when, at which station: the activity log, newest first (a lead's)",
    )
    activity.add_argument("--person", metavar="NAME", help="a person's entries (or a name tried)")
    activity.add_argument("--station", metavar="S")
    activity.add_argument("--from", dest="date_from", type=date, metavar="YYYY-MM-DD")
    activity.add_argument("--to", dest="date_to", type=date, metavar="YYYY-MM-DD")
    activity.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="K",
        help="movement, intake, correction, convoy, master data, sign-in, refused, … "
        "(again for several)",
    )
    activity.add_argument("--code", metavar="C", help="a box, pallet or convoy code, a name")
    activity.add_argument(
        "--limit", type=positive_int, default=DEFAULT_LIMIT, metavar="N", help="default: 50"
    )
    activity.add_argument("--json", action="store_true")
    activity.add_argument(
        "--xlsx", type=Path, metavar="FILE", help="write every entry of the filter to FILE"
    )
    return {"activity": _activity}


def _activity(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.errors import HafenlagerError
    from warehouse_app.services import activity_query
    from warehouse_app.services.activity_query import ActivityFilter

    kinds = []
    for text in args.kind:
        kind = activity_query.parse_kind(text)
        if kind is None:
            known = ", ".join(value for value, _ in activity_query.kind_names())
            raise HafenlagerError(f"Unknown kind '{text}': use one of {known}.")
        kinds.append(kind)
    if args.xlsx is not None and args.xlsx.suffix.lower() != ".xlsx":
        raise HafenlagerError(f"'{args.xlsx}' should end in .xlsx.")
    open_for_cli(args, daily_backup=False)
    actor = cli_actor(args)
    flt = ActivityFilter(
        person_name=args.person or "",
        station=args.station or "",
        date_from=args.date_from,
        date_to=args.date_to,
        kinds=tuple(kinds),
        code=args.code or "",
    )
    if args.xlsx is not None:
        count = activity_query.write_xlsx(activity_query.iter_entries(actor, flt), args.xlsx)
        out.write(f"{count} entries written to {args.xlsx}\n")
        return 0
    found = activity_query.entries(actor, flt, limit=args.limit)
    if args.json:
        json.dump(
            [_json(e) for e in found], out, ensure_ascii=False, indent=1, default=json_default
        )
        out.write("\n")
        return 0
    _print(found, out)
    if len(found) == args.limit:
        out.write(f"(the newest {args.limit}; --limit N for more)\n")
    return 0


def _json(entry: ActivityEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat() + "Z",  # stored in UTC
        "person": entry.person,
        "station": entry.station,
        "kind": entry.kind,
        "subject": entry.subject,
        "code": entry.code,
        "summary": str(entry.summary),
        "changes": [
            {"field": name, "before": before, "after": after}
            for name, before, after in entry.changes
        ],
    }


def _print(found: list[ActivityEntry], out: TextIO) -> None:
    """One line per entry; the summary last and whole (a lead reads it to the end)."""
    from warehouse_app.services.activity_query import changes_text

    if not found:
        out.write("(nothing found)\n")
        return
    rows = [
        (
            e.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            e.person,
            e.station,
            e.kind,
            e.code,
            str(e.summary) + (f" ({changes_text(e)})" if e.changes else ""),
        )
        for e in found
    ]
    heads = ("when", "person", "station", "kind", "code", "summary")
    widths = [min(30, max(len(heads[i]), *(len(r[i]) for r in rows))) for i in range(5)]
    for line in (heads, *rows):
        cells = [text[:w].ljust(w) for text, w in zip(line[:5], widths, strict=True)]
        out.write("  ".join([*cells, line[5]]).rstrip() + "\n")
