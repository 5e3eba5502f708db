"""`hafenlager convoy confirmations CONVOY --out DIR`: one delivery confirmation per association
of a delivered convoy, for its board to forward to the donors; `convoy acts CONVOY` and
`convoy act CONVOY --out F`: the signed acceptance acts attached at the handover. Actions of the
`convoy` family (ui/cli/convoy.py adds them)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from warehouse_app.services.convoys import ConvoyRecord
    from warehouse_app.services.convoys.discrepancies import Finding

Action = Callable[["ConvoyRecord", argparse.Namespace, TextIO], int]


def add_actions(actions: argparse._SubParsersAction[Any]) -> None:
    """The action's parser under `convoy` (its handler: ACTIONS)."""
    confirm = actions.add_parser(
        "confirmations",
        help="a delivered convoy's delivery confirmation per association (PDF, German and "
        "Ukrainian)",
    )
    confirm.add_argument("number")
    confirm.add_argument("--out", required=True, type=Path, metavar="DIR")
    listed = actions.add_parser("acts", help="the signed acceptance acts attached to a convoy")
    listed.add_argument("number")
    listed.add_argument("--json", action="store_true")
    found = actions.add_parser(
        "discrepancies", help="what the recipient found missing, damaged, refused or extra"
    )
    found.add_argument("number")
    found.add_argument("--json", action="store_true")
    kit = actions.add_parser(
        "receiving-kit", help="the file a recipient checks the labels against, offline"
    )
    kit.add_argument("number")
    kit.add_argument("--out", required=True, type=Path, metavar="KIT.json")
    back = actions.add_parser(
        "import-receipt", help="record the delivery from the recipient's receipt file"
    )
    back.add_argument("number")
    back.add_argument("receipt", type=Path, metavar="RECEIPT.json")
    later = actions.add_parser("attach-act", help="attach a signed act after the handover")
    later.add_argument("number")
    later.add_argument("file", type=Path, metavar="FILE.pdf|.jpg|.png")
    later.add_argument("--vehicle", type=int, metavar="N", help="default: the whole convoy")
    one = actions.add_parser("act", help="write an attached act back to a file, as attached")
    one.add_argument("number")
    one.add_argument("--id", type=int, metavar="ACT", help="default: the last one attached")
    one.add_argument("--out", required=True, type=Path, metavar="FILE")


def add_findings(deliver: argparse.ArgumentParser) -> None:
    """What the recipient found at the handover, as options of `convoy deliver`."""
    for kind, about in (
        ("missing", "boxes the recipient did not find (CODE:QTY: only part of one)"),
        ("damaged", "boxes that arrived damaged (CODE:QTY: only part of one)"),
        ("refused", "boxes the recipient refused (they come back into stock)"),
    ):
        deliver.add_argument(f"--{kind}", nargs="+", default=[], metavar="CODE[:QTY]", help=about)
    deliver.add_argument(
        "--extra", nargs="+", default=[], metavar="TEXT", help="goods that came but were not listed"
    )


def findings_of(args: argparse.Namespace) -> list[Finding]:
    from warehouse_app.services.convoys.discrepancies import Finding, parse_finding

    return [
        parse_finding(text, kind) for kind in ("missing", "damaged", "refused")
        for text in getattr(args, kind)
    ] + [Finding(text, "extra") for text in args.extra]  # fmt: skip


def _confirmations(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from reports.delivery_confirmation import write_confirmations  # reportlab loads only here

    written = write_confirmations(convoy.number, args.out)
    if not written:
        print(f"Convoy {convoy.number}: no goods were handed over, so no confirmation.", file=out)
        return 0
    print(
        f"Convoy {convoy.number}: {len(written)} delivery confirmation(s) in {args.out}:", file=out
    )
    for path in written:
        print(f"  {path.name}", file=out)
    return 0


# The handlers of the actions add_actions adds, by name (ui/cli/convoy.py dispatches to them).


def _acts(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    import json
    from dataclasses import asdict

    from ui.cli.common import json_default, print_table
    from warehouse_app.services.convoys import acts

    rows = [asdict(a) for a in acts.acts(convoy.number)]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
    elif rows:
        print_table(rows, out)
    else:
        print(f"Convoy {convoy.number} has no acceptance act attached yet.", file=out)
    return 0


def _discrepancies(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    import json
    from dataclasses import asdict

    from ui.cli.common import json_default, print_table
    from warehouse_app.services.convoys.discrepancies import discrepancies

    rows = [asdict(d) for d in discrepancies(convoy.number)]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=1, default=json_default)
        out.write("\n")
    elif rows:
        print_table(rows, out)
    else:
        print(
            f"Convoy {convoy.number}: nothing was found missing, damaged, refused or extra.",
            file=out,
        )
    return 0


def _kit(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services.convoys import receipts

    text = receipts.issue_kit(convoy)
    args.out.write_text(text, encoding="utf-8")
    print(f"Receiving kit of {convoy.number} written to {args.out}", file=out)
    return 0


def _import_receipt(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from ui.cli.common import cli_actor
    from warehouse_app.papers.receiving_kit import KitError
    from warehouse_app.services.convoys import receipts

    try:
        text = args.receipt.read_text(encoding="utf-8")
        done, missing, extra = receipts.import_receipt(convoy, text, cli_actor(args))
    except (OSError, KitError) as exc:
        print(f"{args.receipt.name}: {exc}", file=out)
        return 1
    print(
        f"Convoy {convoy.number}: {done} vehicle(s) delivered from the receipt; "
        f"{missing} missing, {extra} extra recorded.",
        file=out,
    )
    return 0


def _attach_act(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from ui.cli.common import cli_actor
    from warehouse_app.services.convoys import acts

    stored = acts.attach_act(
        convoy, acts.read_act(args.file), args.vehicle, cli_actor(args).station
    )
    print(f"{stored.file_name} attached to {convoy.number} ({stored.sha256[:12]}…)", file=out)
    return 0


def _act(convoy: ConvoyRecord, args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.services.convoys import acts

    attached = acts.acts(convoy.number)
    chosen = [a for a in attached if a.id == args.id] if args.id else attached[-1:]
    if not chosen:
        print(f"Convoy {convoy.number} has no such act: see 'hafenlager convoy acts'.", file=out)
        return 1
    name, data = acts.act_file(chosen[0].id)
    if Path(name).suffix.lower() != args.out.suffix.lower():
        print(f"The act is a {Path(name).suffix} file: give --out a name ending in it.", file=out)
        return 2
    args.out.write_bytes(data)
    print(f"{name} ({chosen[0].sha256[:12]}…) written to {args.out}", file=out)
    return 0


ACTIONS: dict[str, Action] = {
    "confirmations": _confirmations,
    "acts": _acts,
    "act": _act,
    "discrepancies": _discrepancies,
    "receiving-kit": _kit,
    "import-receipt": _import_receipt,
    "attach-act": _attach_act,
}
