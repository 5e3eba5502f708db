"""`hafenlager import donations FILE --association CODE`: a donation list from XLSX or CSV;
`hafenlager import template donations|needs|offers --out F.xlsx`: the list to fill in."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_PROBLEMS, Handler, fail, open_for_cli, write_pdf

if TYPE_CHECKING:
    from ui.cli.common import Commands


def add_commands(commands: Commands) -> dict[str, Handler]:
    imports = commands.add_parser("import", help="import a donation list (XLSX or CSV)")
    what = imports.add_subparsers(dest="what", metavar="WHAT", required=True)
    donations = what.add_parser("donations", help="one donation: every row a kind of box")
    donations.add_argument("file", type=Path, metavar="FILE.xlsx|.csv")
    donations.add_argument("--association", required=True, metavar="CODE", help="the owner")
    donations.add_argument("--delivered-by", default="", metavar="NAME")
    donations.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="HEADING=FIELD",
        help="map a column by hand (fields: category, hs_code, description_de, description_uk, "
        "description_en, quantity, unit, box_count, net_kg, gross_kg, expiry, value, origin, "
        "serial)",
    )
    donations.add_argument(
        "--accept-unusual", action="store_true", help="the figures the intake would ask about"
    )
    donations.add_argument("--dry-run", action="store_true", help="check only, save nothing")
    donations.add_argument("--labels", type=Path, metavar="FILE.pdf", help="write the labels")
    donations.add_argument(
        "--format", metavar="NAME", help="the labels' format (hafenlager labels --list-formats)"
    )
    donations.add_argument("--json", action="store_true")
    template = what.add_parser(
        "template", help="a list template to fill in (XLSX, German and Ukrainian)"
    )
    template.add_argument(
        "kind", choices=["donations", "needs", "offers"], help="donations, needs or offers"
    )
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    return {"import": _import}


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from ui.cli.common import cli_actor as _actor
    from warehouse_app.imports import donations

    if args.what == "template":
        from warehouse_app.imports.template import write_template

        if args.out.suffix.lower() != ".xlsx":
            return fail(f"'{args.out}' should end in .xlsx: the template is an Excel file.")
        open_for_cli(args, daily_backup=False)  # the categories' names come from it
        try:
            write_template(args.kind, args.out)
        except OSError as exc:
            return fail(f"Cannot write {args.out}: {exc.strerror or exc}.")
        out.write(f"{args.kind} template written to {args.out}\n")
        return 0

    columns = {}
    for mapping in args.column:
        heading, _, name = mapping.rpartition("=")
        if not heading or name not in donations.known_fields():
            return fail(f"--column {mapping!r}: give HEADING=FIELD, FIELD one of the list")
        columns[heading] = name
    if args.format:
        from reports.documents import label_format

        label_format(args.format)  # a mistyped format refuses before anything is imported
    open_for_cli(args, daily_backup=not args.dry_run)
    plan = donations.plan(
        args.file, args.association, columns=columns, accept_unusual=args.accept_unusual
    )
    if not plan.ok:
        problems = [
            {"row": p.row, "column": p.column, "problem": str(p.message)} for p in plan.problems
        ]
        if args.json:
            json.dump({"imported": False, "problems": problems}, out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            for p in problems:
                where = f"row {p['row']}" + (f", {p['column']}" if p["column"] else "")
                out.write(f"{where}: {p['problem']}\n")
            out.write(f"{len(problems)} problem(s): nothing was imported.\n")
        return EXIT_PROBLEMS
    summary: dict[str, object]
    if args.dry_run:
        summary = {"imported": False, "rows": len(plan.entries), "boxes": plan.boxes}
    else:
        done = donations.save(plan, _actor(args), delivered_by=args.delivered_by)
        summary = {
            "imported": True,
            "donation": done.donation_id,
            "rows": len(plan.entries),
            "boxes": len(done.codes),
            "first_code": done.codes[0],
            "last_code": done.codes[-1],
        }
        if args.labels:
            from reports.documents import labels_pdf
            from reports.geometry import DEFAULT_BOX_FORMAT
            from warehouse_app.papers.print_jobs import labels_for

            labels = labels_for("box_labels", list(done.codes))
            write_pdf(args.labels, labels_pdf(labels, args.format or DEFAULT_BOX_FORMAT))
            summary["labels"] = str(args.labels)
    summary["ignored_columns"] = list(plan.ignored_columns)
    if args.json:
        json.dump(summary, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif summary["imported"]:
        out.write(
            f"donation {summary['donation']}: {summary['rows']} rows, {summary['boxes']} boxes "
            f"({summary['first_code']} to {summary['last_code']})\n"
        )
        if args.labels:
            out.write(f"labels written to {args.labels}\n")
        else:
            out.write(
                f"labels: hafenlager labels --donation {summary['donation']} --out labels.pdf\n"
            )
    else:
        out.write(f"checked: {summary['rows']} rows, {summary['boxes']} boxes; nothing saved\n")
    if plan.ignored_columns and not args.json:
        out.write(f"columns not imported: {', '.join(plan.ignored_columns)}\n")
    return 0
