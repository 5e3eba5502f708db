"""`hafenlager report received|shipped|stock|expiring`: the Reports screen's figures on the
command line, as a table, JSON, PDF, XLSX or CSV."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ui.cli.common import (
    EXIT_OK,
    Handler,
    date,
    json_default,
    open_for_cli,
    print_table,
    write_pdf,
)
from warehouse_app.services import masterdata
from warehouse_app.services.reporting import GroupBy, ReportFilter, ReportKind
from warehouse_app.services.reporting.tables import (
    ReportTable,
    report_sheet,
    report_table,
    save_table,
)

if TYPE_CHECKING:
    from ui.cli.common import Commands

OUT_HELP = (
    "write the report to FILE instead of the terminal: .pdf (A4 with the hall's header), "
    ".xlsx (typed cells) or .csv (';' and a decimal comma, as German Excel reads it, UTF-8 "
    "with BOM)"
)


def add_commands(commands: Commands) -> dict[str, Handler]:
    report = commands.add_parser(
        "report", help="reports: received, shipped, stock on hand, expiring goods"
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    for kind, about in (
        ("received", "boxes received (by their intake date)"),
        (
            "shipped",
            "boxes shipped with convoys (by departure), gross kg as on the papers, "
            "less boxes that came back at the delivery",
        ),
    ):
        flow = kinds.add_parser(kind, help=about)
        flow.add_argument(
            "--by",
            default="association",
            metavar="GROUPS",
            help="comma-separated: association, month, quarter, year, category"
            + (", country, recipient, convoy" if kind == "shipped" else "")
            + " (default: association)",
        )
        flow.add_argument("--from", dest="start", type=date, metavar="YYYY-MM-DD")
        flow.add_argument("--to", dest="end", type=date, metavar="YYYY-MM-DD")
        _common(flow)
    stock = kinds.add_parser("stock", help="stock on hand with its age (days in the hall)")
    stock.add_argument(
        "--by",
        default="association,category",
        metavar="GROUPS",
        help="comma-separated: association, category (default: both)",
    )
    _common(stock)
    soon = kinds.add_parser(
        "expiring", help="boxes expired or too short-dated for a convoy within N days"
    )
    soon.add_argument("--days", type=int, default=30, metavar="N", help="default 30")
    _common(soon)
    city = kinds.add_parser(
        "city", help="the city's monthly sheet: tonnage in and out, the convoys (one A4 page)"
    )
    city.add_argument("--month", required=True, metavar="YYYY-MM")
    city.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|.xlsx")
    return {"report": _report}


def _city(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services.reporting.city import city_sheet, parse_month, write_city_xlsx

    month = parse_month(args.month)
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        print(f"{args.out.name}: write the monthly sheet to a .pdf or an .xlsx file", file=out)
        return 2
    open_for_cli(args, daily_backup=False)
    sheet = city_sheet(month)
    if suffix == ".pdf":
        from reports.city_sheet import render_city_sheet

        write_pdf(args.out, render_city_sheet(sheet))
    else:
        write_city_xlsx(sheet, args.out)
    total = sheet.shipped_total
    print(
        f"{args.out}: {len(sheet.convoys)} convoy(s), {total.gross_kg} kg shipped, "
        f"{sheet.received_total.gross_kg} kg received",
        file=out,
    )
    return EXIT_OK


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--association", metavar="CODE", help="only this association's goods")
    parser.add_argument("--out", metavar="FILE", type=Path, help=OUT_HELP)
    parser.add_argument("--json", action="store_true", help="the rows as JSON")


def _report(args: argparse.Namespace, out: TextIO) -> int:
    if args.report_kind == "city":
        return _city(args, out)
    open_for_cli(args, daily_backup=False)
    flt = ReportFilter()
    if args.association:
        found = masterdata.find_association(args.association)
        flt = ReportFilter(association_id=found.id, association_code=found.short_code)
    by = [w for w in getattr(args, "by", "").split(",") if w.strip()]
    table = report_table(
        ReportKind(args.report_kind),
        [GroupBy(w.strip().lower()) if w.strip().lower() in set(GroupBy) else w for w in by],
        getattr(args, "start", None),
        getattr(args, "end", None),
        flt,
        days=getattr(args, "days", 30),
    )
    if args.out is not None:
        path: Path = args.out
        if path.suffix.lower() == ".pdf":
            from reports.report_pdf import render_report

            write_pdf(path, render_report(report_sheet(table)))
            count = len(table.rows)
        else:
            count = save_table(table, path)
        print(f"{path}: {count} rows", file=out)
        return EXIT_OK
    rows = _dicts(table)
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
    else:
        print_table(rows, out)
    return EXIT_OK


def _dicts(table: ReportTable) -> list[dict[str, Any]]:
    rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
    names = [c.lower().replace(" ", "_").replace("(", "").replace(")", "") for c in table.columns]
    return [dict(zip(names, row, strict=True)) for row in rows]
