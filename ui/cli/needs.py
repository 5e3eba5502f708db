"""`hafenlager needs list|show|import|match`: the recipients' needs lists."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_PROBLEMS, Handler, json_default, open_for_cli, print_table

if TYPE_CHECKING:
    from ui.cli.common import Commands


def add_commands(commands: Commands) -> dict[str, Handler]:
    needs = commands.add_parser("needs", help="the recipients' needs lists")
    actions = needs.add_subparsers(dest="action", metavar="ACTION", required=True)
    lister = actions.add_parser("list", help="the needs lists")
    lister.add_argument("--recipient", metavar="NAME")
    lister.add_argument("--json", action="store_true")
    show = actions.add_parser("show", help="one list's lines")
    show.add_argument("list_id", type=int, metavar="LIST")
    show.add_argument("--json", action="store_true")
    match = actions.add_parser(
        "match", help="per line: requested, in stock (free, keeping), offered, missing"
    )
    match.add_argument("list_id", type=int, metavar="LIST")
    match.add_argument("--json", action="store_true")
    imports = actions.add_parser("import", help="a needs list from XLSX or CSV")
    imports.add_argument("file", type=Path, metavar="FILE.xlsx|.csv")
    imports.add_argument("--recipient", required=True, metavar="NAME")
    imports.add_argument("--title", default="", metavar="TEXT")
    imports.add_argument("--dry-run", action="store_true")
    imports.add_argument("--json", action="store_true")
    shortage = commands.add_parser(
        "shortage",
        help="what the recipients still need, without what the hall has (PDF to post, or XLSX)",
    )
    shortage.add_argument("--recipient", metavar="NAME")
    shortage.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf|.xlsx",
        help="the suffix picks the format",
    )
    return {"needs": _needs, "shortage": _shortage}


def _shortage(args: argparse.Namespace, out: TextIO) -> int:
    from reports.shortage import write_shortage
    from warehouse_app.imports.shortage import shortage_format, shortage_sheet

    shortage_format(args.out)  # a wrong suffix is refused before the database is opened
    open_for_cli(args, daily_backup=False)
    sheet = shortage_sheet(args.recipient)
    kind = write_shortage(sheet, args.out)
    out.write(f"{len(sheet.lines)} line(s) still short, written to {args.out} ({kind.upper()})\n")
    return 0


def _needs(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import needs

    open_for_cli(args, daily_backup=args.action == "import" and not args.dry_run)
    if args.action == "import":
        done = needs.import_needs(args.file, args.recipient, title=args.title, dry_run=args.dry_run)
        problems = [
            {"row": p.row, "column": p.column, "problem": str(p.message)} for p in done.problems
        ]
        if args.json:
            payload = {"list": done.list_id, "lines": done.lines, "problems": problems}
            json.dump(payload, out, ensure_ascii=False, indent=1)
            out.write("\n")
        elif problems:
            for p in problems:
                where = f"row {p['row']}" + (f", {p['column']}" if p["column"] else "")
                out.write(f"{where}: {p['problem']}\n")
            out.write(f"{len(problems)} problem(s): nothing was imported.\n")
        elif done.list_id is None:
            out.write(f"checked: {done.lines} lines; nothing saved\n")
        else:
            out.write(f"needs list {done.list_id}: {done.lines} lines\n")
        return EXIT_PROBLEMS if problems else 0
    if args.action == "list":
        # "list" names the id that show and match take (the table leaves plain ids out)
        rows = [{"list": r.id, **asdict(r)} for r in needs.needs_lists(args.recipient)]
    elif args.action == "show":
        rows = [asdict(m) for m in needs.match(args.list_id)]
        for row in rows:
            for name in ("in_stock", "offered", "missing", "owners", "line_id"):
                row.pop(name)
    else:
        rows = [asdict(m) for m in needs.match(args.list_id)]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
    else:
        for row in rows:
            if "owners" in row:
                row["owners"] = ", ".join(row["owners"])
            row.pop("line_id", None)
        print_table(rows, out)
    return 0
