"""`hafenlager scan`: the scan loop on a terminal, codes on standard input, one answer a line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_OK, Handler, cli_actor, open_for_cli

if TYPE_CHECKING:
    from ui.cli.common import Commands
    from warehouse_app.services.scanning import ScanSession

# Kept here, not imported from the scanning service: the parser is built on every command.
log = logging.getLogger(__name__)

SCAN_MODES = ("lookup", "putaway", "pack", "unpack", "stocktake", "load", "unload")


def add_commands(commands: Commands) -> dict[str, Handler]:
    scan = commands.add_parser(
        "scan", help="scan loop on a terminal: codes on standard input, one result per line"
    )
    scan.add_argument("--mode", choices=SCAN_MODES, default="lookup")
    scan.add_argument("--station", metavar="NAME", help="default: this PC's station name")
    scan.add_argument("--volunteer", metavar="NAME", help="default: the last volunteer")
    scan.add_argument("--json", action="store_true", help="one JSON object per line")
    return {"scan": _scan}


def _scan(args: argparse.Namespace, out: TextIO) -> int:
    """A result line per scan, written after the scan's commit."""
    from warehouse_app.services.scanning import Mode, ScanSession
    from warehouse_app.storage import presence

    open_for_cli(args)
    actor = cli_actor(args, name=args.volunteer, station=args.station)
    session = ScanSession(actor)
    session.set_mode(Mode(args.mode))
    presence.arrive(actor.station)  # a restore elsewhere waits for this station
    try:
        _loop(session, args.json, out, actor.station)
    finally:
        presence.leave()
    return EXIT_OK


def _loop(session: ScanSession, as_json: bool, out: TextIO, station: str) -> None:
    from warehouse_app.services.scanning import Outcome, messages
    from warehouse_app.storage import presence

    renewed = time.monotonic()
    for line in sys.stdin:
        try:
            result = session.scan(line)
        except Exception:  # a bug: logged; the station goes on scanning
            log.exception("a scan failed")
            result = session.state.answer(
                Outcome.ERROR,
                messages.NOT_SAVED,
                line.strip(),
                error="unexpected error, see the log",
            )
        if time.monotonic() - renewed >= presence.HEARTBEAT_S:
            renewed = time.monotonic()
            presence.arrive(station)
        if as_json:
            payload = {
                "outcome": result.outcome.value,
                "message": result.message,
                "scanned": result.scanned,
                "mode": result.mode.value,
                "changed": result.changed,
                "confirm": result.needs_confirmation,
            }
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            out.write(f"{result.outcome.value.upper():7s} {result.message}\n")
        out.flush()
