"""`hafenlager labels`, `receipt`, `manifest` and `papers`: documents as files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reports.geometry import DEFAULT_BOX_FORMAT, FORMATS
from ui.cli.common import EXIT_OK, EXIT_USAGE, Handler, fail, open_for_cli, write_pdf
from warehouse_app.errors import HafenlagerError
from warehouse_app.papers.documents import PAPERS

if TYPE_CHECKING:
    from ui.cli.common import Commands


def _document_names(text: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in PAPERS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown document {', '.join(unknown) or '(none given)'}; choose from "
            + ", ".join(PAPERS)
        )
    return names


def _languages(text: str) -> tuple[str, ...]:
    from warehouse_app.papers.languages import parse_languages

    try:
        return parse_languages(text)
    except HafenlagerError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_commands(commands: Commands) -> dict[str, Handler]:
    labels = commands.add_parser(
        "labels", help="print labels of boxes, pallets or locations to PDF"
    )
    what = labels.add_mutually_exclusive_group()
    what.add_argument("--boxes", nargs="+", metavar="CODE")
    what.add_argument("--donation", type=int, metavar="ID", help="all boxes of a donation")
    what.add_argument("--pallets", nargs="+", metavar="CODE", help="two labels per pallet")
    what.add_argument("--locations", nargs="+", metavar="CODE")
    what.add_argument("--list-formats", action="store_true", help="list the label formats")
    what.add_argument(
        "--control-sheet",
        action="store_true",
        help="the scan control codes (modes, new pallet, undo, yes)",
    )
    labels.add_argument("--format", default=DEFAULT_BOX_FORMAT, metavar="NAME")
    labels.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help="first position on a half-used sheet (1 = top left)",
    )
    labels.add_argument("--out", type=Path, metavar="FILE.pdf")

    papers = commands.add_parser(
        "papers",
        help="a convoy's papers: per vehicle packing list, CMR, pro-forma, acceptance act, "
        "pallet manifests (PDF) and goods list (CSV, XLSX); the donation letter per convoy",
    )
    papers.add_argument("convoy", metavar="CONVOY")
    papers.add_argument("--vehicle", type=int, metavar="N", help="only this vehicle")
    papers.add_argument(
        "--documents",
        type=_document_names,
        default=PAPERS,
        metavar="NAME,…",
        help=f"only these documents (default: all): {', '.join(PAPERS)}",
    )
    papers.add_argument(
        "--lang",
        type=_languages,
        metavar="uk,en[,de]",
        help="languages of the labels, in order (default: the destination country's setting, "
        "else uk,en)",
    )
    papers.add_argument("--out", type=Path, metavar="DIR", required=True)

    manifest = commands.add_parser("manifest", help="pallet manifest: its boxes and totals (PDF)")
    manifest.add_argument("pallet", metavar="PALLET")
    manifest.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)

    receipt = commands.add_parser("receipt", help="goods received note of a donation (PDF)")
    receipt.add_argument("donation", type=int, metavar="DONATION")
    receipt.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    from ui.cli import donor_receipts  # their own module: documents for the donors

    return {
        "labels": _labels,
        "receipt": _receipt,
        "manifest": _manifest,
        "papers": _papers,
        **donor_receipts.add_commands(commands),
    }


def _labels(args: argparse.Namespace, out: TextIO) -> int:
    from reports.documents import labels_pdf
    from warehouse_app.papers.print_jobs import labels_for

    if args.list_formats:
        for name, fmt in FORMATS.items():
            sheet = f", {fmt.per_page} per sheet" if fmt.is_sheet else ""
            print(f"{name:22s} {fmt.title}{sheet}", file=out)
        return EXIT_OK
    if args.control_sheet:
        if args.out is None:
            return fail("give the PDF to write with --out FILE.pdf", EXIT_USAGE)
        from warehouse_app.papers.labels import control_sheet
        from warehouse_app.services.scanning import CONTROL_TITLES

        controls = control_sheet({c.code: title for c, title in CONTROL_TITLES.items()})
        write_pdf(args.out, labels_pdf(controls, args.format, args.start))
        print(
            f"{len(controls) - 1} control codes and the print-head test written to {args.out}",
            file=out,
        )
        return EXIT_OK
    chosen = [
        (k, getattr(args, k))
        for k in ("boxes", "donation", "pallets", "locations")
        if getattr(args, k) is not None
    ]
    if not chosen:
        return fail("say which labels: --boxes, --donation, --pallets or --locations", EXIT_USAGE)
    if args.out is None:
        return fail("give the PDF to write with --out FILE.pdf", EXIT_USAGE)
    open_for_cli(args)
    kind, subject = chosen[0]
    document = {
        "boxes": "box_labels",
        "donation": "box_labels",
        "pallets": "pallet_labels",
        "locations": "location_labels",
    }[kind]
    labels = labels_for(document, subject)
    write_pdf(args.out, labels_pdf(labels, args.format, args.start))
    print(f"{len(labels)} label(s) written to {args.out}", file=out)
    return EXIT_OK


def _papers(args: argparse.Namespace, out: TextIO) -> int:
    from reports.papers_set import papers_files, write_folder
    from ui.cli.common import cli_actor
    from warehouse_app.access.roles import Permission
    from warehouse_app.services import convoys, guard

    open_for_cli(args)
    guard.require(cli_actor(args), Permission.PAPERS)  # a convoy's papers are a lead's
    convoy = convoys.get_convoy(args.convoy)
    archived = convoys.archive.is_archived(convoy)
    # Everything is checked and rendered before anything is written: no half set of papers.
    files = papers_files(convoy, args.vehicle, args.documents, languages=args.lang)
    write_folder(args.out, files)
    for f in files:
        print(f"{f.file_name}  {len(f.data):>9,d} bytes  sha256 {f.sha256[:16]}…", file=out)
    source = "as archived at departure (SHA-256 checked)" if archived else "rendered now"
    print(f"{len(files)} file(s) of convoy {convoy.number}, {source} → {args.out}", file=out)
    return EXIT_OK


def _manifest(args: argparse.Namespace, out: TextIO) -> int:
    from reports.documents import manifest_pdf

    open_for_cli(args)
    write_pdf(args.out, manifest_pdf(args.pallet))
    print(f"Manifest of pallet {args.pallet} written to {args.out}", file=out)
    return EXIT_OK


def _receipt(args: argparse.Namespace, out: TextIO) -> int:
    from reports.documents import receipt_pdf

    open_for_cli(args)
    write_pdf(args.out, receipt_pdf(args.donation))
    print(f"Goods received note of donation {args.donation} written to {args.out}", file=out)
    return EXIT_OK
