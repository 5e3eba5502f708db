"""`hafenlager demo`, `backup`, `restore` and `check`: the database itself."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_OK, EXIT_PROBLEMS, Handler, fail, open_for_cli
from warehouse_app.config import backup_dir_for, database_target
from warehouse_app.demo.sizes import SIZES
from warehouse_app.errors import HafenlagerError
from warehouse_app.storage.engine import close, sqlite_path
from warehouse_app.storage.opening import OpenedDatabase, open_database

if TYPE_CHECKING:
    from ui.cli.common import Commands
    from warehouse_app.storage.checks import Problem


def add_commands(commands: Commands) -> dict[str, Handler]:
    demo = commands.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--size", choices=tuple(SIZES), default="small")

    bak = commands.add_parser("backup", help="write a consistent copy of the database")
    bak.add_argument("--out", type=Path, metavar="FILE", help="default: the backups folder")

    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current one is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")

    check = commands.add_parser("check", help="integrity check and the app's invariants")
    check.add_argument("--json", action="store_true")
    return {"demo": _demo, "backup": _backup, "restore": _restore, "check": _check}


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

    # No daily backup first: on a full disk it would fail, and --out to another disk must not.
    opened = open_for_cli(args, daily_backup=False)
    if opened.path is None:
        return fail("backups from the app cover SQLite only; use pg_dump for PostgreSQL")
    name = f"hafenlager-manual-{backup.timestamp(dt.datetime.now())}.sqlite"
    dest = args.out or backup_dir_for(opened.path) / name
    if dest.exists() and dest.is_dir():
        dest = dest / name
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
    current = _open_sound(target)
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


def _open_sound(target: str) -> OpenedDatabase | None:
    """The current database, if it opens and its pages are sound; else None (its bytes are
    then kept by a file copy: a verified backup of a damaged file cannot be written)."""
    from warehouse_app.storage import backup

    try:
        current = open_database(target, daily_backup=False)
    except HafenlagerError:
        return None
    if backup.page_damage(current.db.connection()) is not None:
        close()
        return None
    return current


def _replace_file(source: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".restore")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        dest.with_name(dest.name + suffix).unlink(missing_ok=True)
    tmp.replace(dest)


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.storage.checks import check_file, run_checks

    path = sqlite_path(database_target(args.db))
    if path is None:  # a server: its own pages are its business, the invariants are ours
        opened = open_for_cli(args, daily_backup=False)
        return _report(run_checks(opened.db), opened.description, args.json, out)
    # Read-only: checking must never migrate, switch to WAL, checkpoint or create the file.
    result = check_file(path)
    if result.note:
        print(result.note, file=sys.stderr if args.json else out)
    if result.damaged and not args.json:
        print(_damaged_line(path, result.problems[0].message), file=out)
        return EXIT_PROBLEMS
    return _report(result.problems, str(path), args.json, out, summary=not result.note)


def _damaged_line(path: Path, finding: str) -> str:
    from warehouse_app.storage import backup

    return (
        f"DAMAGED: {path} is damaged ({finding}). Nothing was changed. "
        f"{backup.restore_hint(backup_dir_for(path))}"
    )


def _report(
    problems: list[Problem], where: str, as_json: bool, out: TextIO, *, summary: bool = True
) -> int:
    from warehouse_app.services import stock

    if as_json:
        json.dump([asdict(p) for p in problems], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif problems:
        print(f"{len(problems)} problem(s) in {where}:", file=out)
        for problem in problems:
            print(f"  {problem}", file=out)
    elif summary:
        totals = ", ".join(f"{n} {s}" for s, n in sorted(stock.stock_summary().items()))
        print(f"OK: {where} ({totals or 'no boxes'})", file=out)
    else:
        print(f"OK: {where} (no damage found)", file=out)
    return EXIT_PROBLEMS if problems else EXIT_OK
