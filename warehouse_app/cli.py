"""The domain's command-line commands: demo, backup, restore, check, list.

This module builds argparse sub-commands and runs them over the services; the program's entry
point (ui/cli.py) adds the GUI and the document commands on top. Every failure a user can cause
ends in one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from warehouse_app import __version__
from warehouse_app.config import backup_dir_for, database_target
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import masterdata, stock
from warehouse_app.storage.engine import close, describe, sqlite_path
from warehouse_app.storage.opening import OpenedDatabase, open_database

if TYPE_CHECKING:
    from warehouse_app.services.paper_archive import PapersRenderer

# Kept here, not imported from demo.py: starting the GUI parses these arguments and should not
# pay for loading the demo generator.
DEMO_SIZES = ("large", "small")
SCAN_MODES = ("lookup", "putaway", "pack", "unpack", "stocktake", "load", "unload")
SORT_COLUMNS = (
    "code",
    "owner",
    "category",
    "description",
    "quantity",
    "net_kg",
    "gross_kg",
    "expiry",
    "location",
    "pallet",
    "status",
    "received",
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PROBLEMS = 0, 1, 2, 3


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line instead of the whole usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> tuple[OneLineParser, argparse._SubParsersAction[OneLineParser]]:
    parser = OneLineParser(
        prog="hafenlager",
        description="Hafenlager, the warehouse app of the donation hall at Dortmund harbour. "
        "Without a command it starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"hafenlager {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or URL (sqlite:///file, postgresql://user@host/name); "
        "default: $HAFENLAGER_DB or the file in your data folder",
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const="small",
        choices=DEMO_SIZES,
        metavar="SIZE",
        help="start the GUI with demo data (small or large) if the database has no boxes yet",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the GUI, wait until it is ready for a scan, then exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    demo = commands.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--size", choices=DEMO_SIZES, default="small")

    bak = commands.add_parser("backup", help="write a consistent copy of the database")
    bak.add_argument("--out", type=Path, metavar="FILE", help="default: the backups folder")

    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current one is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")

    check = commands.add_parser("check", help="integrity check and the app's invariants")
    check.add_argument("--json", action="store_true")

    scan = commands.add_parser(
        "scan", help="scan loop on a terminal: codes on standard input, one result per line"
    )
    scan.add_argument("--mode", choices=SCAN_MODES, default="lookup")
    scan.add_argument("--station", metavar="NAME", help="default: this PC's station name")
    scan.add_argument("--volunteer", metavar="NAME", help="default: the last volunteer")
    scan.add_argument("--json", action="store_true", help="one JSON object per line")

    from warehouse_app.convoy_cli import add_commands as add_convoy_commands

    add_convoy_commands(commands, _date)

    lister = commands.add_parser("list", help="list boxes, pallets, locations, ...")
    lister.add_argument(
        "what", choices=["boxes", "pallets", "locations", "associations", "categories"]
    )
    lister.add_argument("--association", metavar="CODE", help="owner short code or name")
    lister.add_argument("--category", metavar="NAME", help="category name or HS code")
    lister.add_argument("--location", metavar="CODE|NAME")
    lister.add_argument("--status", metavar="STATUS", help="in_stock, on_pallet, shipped, ...")
    lister.add_argument("--expiry-before", metavar="YYYY-MM-DD", type=_date)
    lister.add_argument("--search", metavar="TEXT", default="", help="code or words")
    lister.add_argument("--sort", choices=[c.value for c in stock.SortColumn], default="received")
    lister.add_argument("--ascending", action="store_true")
    lister.add_argument("--limit", type=_positive_int, default=None, metavar="N")
    lister.add_argument("--json", action="store_true")
    return parser, commands


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"hafenlager: error: {message}", file=sys.stderr)
    return code


def run_domain_command(
    args: argparse.Namespace,
    out: TextIO | None = None,
    papers: PapersRenderer | None = None,
) -> int | None:
    """Run a domain command; None when args.command is not one of them.

    papers renders a convoy's final documents for the archive at departure (reports/ has it:
    the domain draws no PDFs)."""
    convoy = partial(_convoy, papers=papers)
    handlers: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
        "demo": _demo,
        "backup": _backup,
        "restore": _restore,
        "check": _check,
        "list": _list,
        "scan": _scan,
        "convoy": convoy,
        "recipient": convoy,
    }
    handler = handlers.get(args.command or "")
    if handler is None:
        return None
    try:
        return handler(args, out or sys.stdout)
    except HafenlagerError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept", 130)
    finally:
        close()


def open_for_cli(args: argparse.Namespace) -> OpenedDatabase:
    return open_database(database_target(args.db))


def _convoy(args: argparse.Namespace, out: TextIO, papers: PapersRenderer | None = None) -> int:
    from warehouse_app import convoy_cli

    open_for_cli(args)
    return convoy_cli.run(args, out, papers)


def _scan(args: argparse.Namespace, out: TextIO) -> int:
    """Terminal scan loop: a result line per scan, written after the scan's commit."""
    from warehouse_app.config import StationConfig
    from warehouse_app.services.movements import Actor
    from warehouse_app.services.scanning import Mode, ScanSession

    open_for_cli(args)
    config = StationConfig.load()
    volunteer = args.volunteer or config.last_volunteer or "Terminal"
    actor = Actor(masterdata.volunteer_by_name(volunteer), args.station or config.station)
    session = ScanSession(actor)
    session.set_mode(Mode(args.mode))
    for line in sys.stdin:
        result = session.scan(line)
        if args.json:
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
    return EXIT_OK


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.demo import load_demo

    opened = open_for_cli(args)
    spec = load_demo(args.size)
    print(
        f"Demo data ({args.size}) written to {opened.description}: {spec.boxes} boxes, "
        f"{spec.pallets} pallets.",
        file=out,
    )
    return EXIT_OK


def _backup(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.storage import backup

    opened = open_for_cli(args)
    if opened.path is None:
        return fail("backups from the app cover SQLite only; use pg_dump for PostgreSQL")
    dest = args.out or backup_dir_for(opened.path) / (
        f"hafenlager-manual-{backup.timestamp(dt.datetime.now())}.sqlite"
    )
    if dest.exists() and dest.is_dir():
        dest = dest / f"hafenlager-manual-{backup.timestamp(dt.datetime.now())}.sqlite"
    backup.backup_to(opened.db, dest)
    print(f"Backup written to {dest}", file=out)
    return EXIT_OK


def _restore(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.storage import backup, migrations

    source: Path = args.file
    version = backup.inspect_backup_file(source)
    if version > migrations.CURRENT_VERSION:
        return fail(
            f"{source} was made by a newer Hafenlager (schema {version}); install that version "
            "to restore it. Nothing was restored."
        )
    target = database_target(args.db)
    path = sqlite_path(target)
    if path is None:
        return fail("restore covers SQLite files only; use pg_restore for PostgreSQL")
    if path.exists() and path.resolve() == source.resolve():
        return fail("that file is the database itself; choose a backup file")
    stamp = backup.timestamp(dt.datetime.now())
    safety = backup_dir_for(path) / f"hafenlager-before-restore-{stamp}.sqlite"
    try:
        current = open_database(target, daily_backup=False)
    except HafenlagerError:
        current = None
    if current is not None:
        backup.backup_to(current.db, safety)
        backup.restore_into(current.db, source)
        close()
    else:
        # The current file cannot be opened (damaged, too new): keep its bytes, then replace.
        if path.exists():
            safety.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, safety)
        _replace_file(source, path)
    reopened = open_database(target, daily_backup=False)
    print(
        f"Restored {source} into {reopened.description}; the previous database was saved as "
        f"{safety}"
        if safety.exists()
        else f"Restored {source} into {reopened.description}.",
        file=out,
    )
    return EXIT_OK


def _replace_file(source: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".restore")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        dest.with_name(dest.name + suffix).unlink(missing_ok=True)
    tmp.replace(dest)


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.storage.checks import run_checks

    opened = open_database(database_target(args.db), daily_backup=False)
    problems = run_checks(opened.db)
    if args.json:
        json.dump([asdict(p) for p in problems], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif problems:
        print(f"{len(problems)} problem(s) in {opened.description}:", file=out)
        for problem in problems:
            print(f"  {problem}", file=out)
    else:
        summary = ", ".join(f"{n} {s}" for s, n in sorted(stock.stock_summary().items()))
        print(f"OK: {opened.description} ({summary or 'no boxes'})", file=out)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _list(args: argparse.Namespace, out: TextIO) -> int:
    open_database(database_target(args.db), daily_backup=False)
    if args.what != "boxes":
        used = [
            name
            for name in ("association", "category", "location", "status", "expiry_before")
            if getattr(args, name)
        ]
        if used or args.search:
            return fail(
                f"filters ({', '.join(used) or 'search'}) apply to 'list boxes' only", EXIT_USAGE
            )
    rows: list[dict[str, Any]]
    if args.what == "boxes":
        rows = _box_rows(args)
    elif args.what == "pallets":
        rows = [asdict(p) for p in stock.pallet_rows()]
    elif args.what == "locations":
        contents = masterdata.location_contents()
        rows = [
            {
                **asdict(loc),
                "boxes": contents.get(loc.id, (0, 0))[0],
                "pallets": contents.get(loc.id, (0, 0))[1],
            }
            for loc in masterdata.locations()
        ]
    elif args.what == "associations":
        rows = [asdict(a) for a in masterdata.associations()]
    else:
        rows = [asdict(c) for c in masterdata.categories()]
    if args.limit:
        rows = rows[: args.limit]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=1, default=_json_default)
        out.write("\n")
    else:
        _print_table(rows, out)
    return EXIT_OK


def _box_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    flt = stock.BoxFilter(
        association_id=masterdata.find_association(args.association).id
        if args.association
        else None,
        category_id=masterdata.find_category(args.category).id if args.category else None,
        location_id=masterdata.find_location(args.location).id if args.location else None,
        status=stock.parse_status(args.status) if args.status else None,
        expiry_before=args.expiry_before,
        text=args.search,
    )
    ids = stock.box_ids(flt, stock.SortColumn(args.sort), descending=not args.ascending)
    if args.limit:
        ids = ids[: args.limit]
    return [asdict(r) for r in stock.iter_box_rows(ids)]


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral() else int(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _print_table(rows: Sequence[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        print("(nothing found)", file=out)
        return
    columns = [c for c in rows[0] if c not in ("id", "owner_colour", "colour", "received_at")]
    texts = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [min(40, max(len(c), *(len(t[i]) for t in texts))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)), file=out)
    for line in texts:
        print("  ".join(t[:w].ljust(w) for t, w in zip(line, widths, strict=True)), file=out)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def database_description(args: argparse.Namespace) -> str:
    return describe(database_target(args.db))
