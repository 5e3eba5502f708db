"""`hafenlager receipt-for-donor` and `hafenlager association tax`: the donor's receipt for an
in-kind gift (Bestätigung über Sachzuwendungen) and the association's tax exemption it needs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import Handler, date, open_for_cli, write_pdf

if TYPE_CHECKING:
    from ui.cli.common import Commands


def add_commands(commands: Commands) -> dict[str, Handler]:
    receipt = commands.add_parser(
        "receipt-for-donor",
        help="the donor's receipt for an intake (Bestätigung über Sachzuwendungen, PDF)",
    )
    receipt.add_argument("donation", type=int, metavar="DONATION")
    receipt.add_argument("--donor", required=True, metavar="NAME")
    receipt.add_argument("--address", required=True, metavar="'STREET, POSTCODE TOWN'")
    receipt.add_argument(
        "--origin", choices=("business", "private", "unknown"), default="unknown",
        help="where the goods come from, as the donor says: business or private property; "
        "without it 'unknown' (the template's third box: the donor gave no statement on "
        "the origin although asked)",
    )  # fmt: skip
    receipt.add_argument(
        "--documents", action="store_true", help="invoices or an appraisal set the value"
    )
    receipt.add_argument("--valuation", default="", metavar="TEXT", help="how the value was set")
    receipt.add_argument("--place", default="", metavar="TOWN")
    receipt.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    association = commands.add_parser("association", help="an association's tax exemption")
    actions = association.add_subparsers(dest="action", metavar="ACTION", required=True)
    tax = actions.add_parser(
        "tax", help="its exemption notice, for the donors' receipts (shown without options)"
    )
    tax.add_argument("code", metavar="CODE")
    tax.add_argument("--address", metavar="'STREET, POSTCODE TOWN'", help="the association's own")
    tax.add_argument("--office", metavar="'Finanzamt Dortmund-Ost'")
    tax.add_argument("--number", metavar="TAX-NUMBER")
    tax.add_argument("--notice-date", type=date, metavar="YYYY-MM-DD")
    tax.add_argument("--period", metavar="YEAR", help="the assessment period")
    tax.add_argument(
        "--purpose",
        metavar="TEXT",
        help="as the statute names it, e.g. 'der Hilfe für Kriegsopfer'",
    )
    issued = actions.add_parser("receipts", help="the donors' receipts issued, by number")
    issued.add_argument("code", metavar="CODE")
    return {"receipt-for-donor": _receipt, "association": _tax}


def _receipt(args: argparse.Namespace, out: TextIO) -> int:
    from reports.donor_receipt import render_donor_receipt
    from warehouse_app.services import donor_receipts

    open_for_cli(args)
    issued = donor_receipts.issue(
        args.donation,
        donor_name=args.donor,
        donor_address=args.address,
        origin=args.origin,
        documents=args.documents,
        valuation=args.valuation,
        place=args.place,
    )
    write_pdf(args.out, render_donor_receipt(issued))
    again = " (Zweitschrift: printed again)" if issued.duplicate else ""
    out.write(
        f"receipt {issued.number}{again}: {issued.value_eur} EUR ({issued.value_in_words}), "
        f"written to {args.out}\n"
    )
    return 0


def _tax(args: argparse.Namespace, out: TextIO) -> int:
    from ui.cli.common import print_table
    from warehouse_app.services import donor_receipts, masterdata

    open_for_cli(args)
    code = masterdata.find_association(args.code).short_code
    if args.action == "receipts":
        rows = donor_receipts.register(code)
        if rows:
            print_table(rows, out)
        else:
            out.write(f"no donor's receipt issued for {code} yet\n")
        return 0
    given = (args.address, args.office, args.number, args.notice_date, args.period, args.purpose)
    if all(v is None for v in given):
        for name, value in donor_receipts.tax_data(code).items():
            out.write(f"{name}: {value or '–'}\n")
        return 0
    if any(v is None for v in given):
        out.write("give all of --address --office --number --notice-date --period --purpose\n")
        return 2
    donor_receipts.save_tax_data(
        code,
        address=args.address,
        tax_office=args.office,
        tax_number=args.number,
        exemption_date=args.notice_date,
        assessment_period=args.period,
        purpose=args.purpose,
    )
    out.write(f"tax exemption of {code} saved\n")
    return 0
