"""`hafenlager convoy confirmations CONVOY --out DIR`: one delivery confirmation per association
of a delivered convoy, for its board to forward to the donors. An action of the `convoy` family
(ui/cli/convoy.py adds it)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from warehouse_app.services.convoys import ConvoyRecord

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
ACTIONS: dict[str, Action] = {"confirmations": _confirmations}
