"""`hafenlager needs list|show|import|match`: the recipients' needs lists."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import (
    EXIT_PROBLEMS,
    Handler,
    date,
    json_default,
    open_for_cli,
    print_table,
)

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
    new = actions.add_parser("new", help="an empty list, to fill line by line")
    new.add_argument("--recipient", required=True, metavar="NAME")
    new.add_argument("--title", required=True, metavar="TEXT")
    new.add_argument("--json", action="store_true")
    add = actions.add_parser("add-line", help="add a line to a list")
    add.add_argument("list_id", type=int, metavar="LIST")
    edit = actions.add_parser("edit-line", help="change a line (all its fields, as add-line)")
    edit.add_argument("line_id", type=int, metavar="LINE", help="see needs show --json")
    # add-line: what is not given takes its default; edit-line: what is not given stays.
    for parser, adding in ((add, True), (edit, False)):
        parser.add_argument("--category", metavar="NAME|HS")
        parser.add_argument("--description", metavar="TEXT")
        parser.add_argument("--quantity", required=adding, metavar="N")
        parser.add_argument("--unit", choices=("pcs", "kg", "l", "set"))
        parser.add_argument("--priority", choices=("urgent", "normal", "nice"))
        parser.add_argument("--needed-by", type=date, metavar="YYYY-MM-DD")
        if not adding:
            parser.add_argument("--no-date", action="store_true", help="needed by: no date")
        parser.add_argument("--notes", metavar="TEXT")
        parser.add_argument("--json", action="store_true")
    status = actions.add_parser("status", help="a line's status")
    status.add_argument("line_id", type=int, metavar="LINE")
    status.add_argument("status", choices=("open", "partly", "covered", "withdrawn"))
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
    from warehouse_app.imports.needs_list import import_needs
    from warehouse_app.services import needs

    writes = args.action in ("new", "add-line", "edit-line", "status")
    open_for_cli(args, daily_backup=writes or (args.action == "import" and not args.dry_run))
    if writes:
        return _by_hand(args, out)
    if args.action == "import":
        done = import_needs(args.file, args.recipient, title=args.title, dry_run=args.dry_run)
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
        from warehouse_app.services import need_lines

        needs.match(args.list_id)  # a list that is not there is said so
        rows = [{"line": r.id, **asdict(r)} for r in need_lines.lines(args.list_id)]
        if not args.json:
            for row in rows:
                for name in ("id", "list_id", "category_id"):
                    row.pop(name)
    else:
        # "line" names the id that status, edit-line and offers accept --need-line take
        rows = [{"line": m.line_id, **asdict(m)} for m in needs.match(args.list_id)]
        if not args.json:
            for row in rows:
                row.pop("list_id")
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


def _by_hand(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services import masterdata, need_lines

    if args.action == "new":
        list_id = need_lines.new_list(args.recipient, args.title)
        out.write(json.dumps({"list": list_id}) + "\n" if args.json else f"needs list {list_id}\n")
        return 0
    if args.action == "status":
        need_lines.set_status(args.line_id, args.status)
        line = need_lines.line(args.line_id)
        out.write(
            f"line {line.id} (list {line.list_id}, line {line.line_number}: {line.description}):"
            f" {args.status}\n"
        )
        return 0
    before = need_lines.line(args.line_id) if args.action == "edit-line" else None

    def given(value: object, kept: object, default: object) -> object:
        return value if value is not None else (kept if before is not None else default)

    if args.category is not None:
        category_id = masterdata.find_category(args.category).id if args.category else None
    else:
        category_id = before.category_id if before is not None else None
    needed_by = args.needed_by
    if needed_by is None and before is not None and not args.no_date:
        needed_by = before.needed_by
    entry = need_lines.NeedLineInput(
        category_id=category_id,
        description=str(given(args.description, before and before.description, "")),
        quantity=str(given(args.quantity, before and before.quantity, "")),
        unit=str(given(args.unit, before and before.unit, "")),
        priority=str(given(args.priority, before and before.priority, "normal")),
        needed_by=needed_by,
        notes=str(given(args.notes, before and before.notes, "")),
    )
    if args.action == "add-line":
        line_id = need_lines.add_line(args.list_id, entry)
    else:
        need_lines.update_line(args.line_id, entry)
        line_id = args.line_id
    saved = need_lines.line(line_id)
    if not args.json:
        out.write(f"line {line_id} saved (list {saved.list_id}, line {saved.line_number})\n")
        return 0
    out.write(json.dumps({"line": line_id, "line_number": saved.line_number}) + "\n")
    return 0
