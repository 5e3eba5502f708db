"""`hafenlager receive KIT --by NAME --out RECEIPT`: the recipient checks the labels of a convoy
against its receiving kit, on a laptop with no connection to the hall: each scanned code is
answered in Ukrainian, and at the end the receipt is written for the hall to import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_OK, Handler

if TYPE_CHECKING:
    from ui.cli.common import Commands
    from warehouse_app.papers.receiving_kit import Kit

ANSWERS = {
    "pallet": "✓ Піддон {code}: {boxes} ящиків прибуло",
    "box": "✓ Ящик {code}: {what}",
    "again": "• {code} уже відскановано",
    "extra": "✗ {code}: немає в списку конвою — записано як зайве",
}
END = {"end", "кінець", "ende"}


def add_commands(commands: Commands) -> dict[str, Handler]:
    receive = commands.add_parser(
        "receive",
        help="check a convoy's labels against its receiving kit, offline, and write the receipt",
    )
    receive.add_argument("kit", type=Path, metavar="KIT.json")
    receive.add_argument("--by", required=True, metavar="NAME", help="who receives")
    receive.add_argument("--out", required=True, type=Path, metavar="RECEIPT.json")
    receive.add_argument(
        "--gui", action="store_true", help="the receiving window, not the terminal"
    )
    receive.add_argument("--language", default="uk", choices=("uk", "de", "en"))
    return {"receive": _receive}


def _receive(args: argparse.Namespace, out: TextIO, source: TextIO | None = None) -> int:
    from warehouse_app.papers.receiving_kit import Check, kit_hash, read_kit, summary_uk

    text = args.kit.read_text(encoding="utf-8")
    kit = read_kit(text)
    if getattr(args, "gui", False):
        return _window(args, kit, kit_hash(text))
    check = Check(kit, kit_hash(text), args.by)
    out.write(f"Конвой {kit.convoy}: скануйте піддони та ящики; 'кінець' завершує.\n")
    for line in source or sys.stdin:
        code = line.strip()
        if not code:
            continue
        if code.casefold() in END:
            break
        kind, code = check.scan(code)
        box = kit.box(code)
        pallet = next((p for p in kit.pallets if p.code == code), None)
        out.write(
            ANSWERS[kind].format(
                code=code,
                boxes=len(pallet.boxes) if pallet else 0,
                what=f"{box.category_uk}: {box.description_uk}" if box else "",
            )
            + "\n"
        )
    for summary in summary_uk(check):
        out.write(summary + "\n")
    args.out.write_text(check.receipt_json(), encoding="utf-8")
    out.write(f"Розписку записано: {args.out}\n")
    return EXIT_OK


def _window(args: argparse.Namespace, kit: Kit, sha: str) -> int:
    """The receiving window: no database, the kit's own language (Ukrainian) by default."""
    from PySide6.QtCore import QLocale

    from ui.app import make_application
    from ui.receiving.window import ReceivingWindow
    from ui.translations import install_translations

    app = make_application()
    install_translations(app, QLocale(args.language))
    window = ReceivingWindow(kit, sha, args.by, args.out)
    window.resize(900, 640)
    window.show()
    return int(app.exec())
