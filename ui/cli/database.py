"""`hafenlager demo`, `backup`, `restore`, `check` and `migrate-to`: the database itself.

An SQLite database is backed up with SQLite's online backup API (storage.backup), a PostgreSQL
one with pg_dump in its custom format (storage.pg_backup says why); `migrate-to` moves an SQLite
hall onto an empty PostgreSQL database (storage.migrate_to).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ui.cli.common import EXIT_OK, EXIT_PROBLEMS, Handler, cli_actor, fail, open_for_cli
from warehouse_app.config import backup_dir_for, database_target
from warehouse_app.demo.sizes import SIZES
from warehouse_app.errors import HafenlagerError
from warehouse_app.storage.engine import close, sqlite_path
from warehouse_app.storage.opening import OpenedDatabase, open_database

if TYPE_CHECKING:
    from ui.cli.common import Commands
    from warehouse_app.services.movements import Actor
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
    restore.add_argument(
        "--force", action="store_true", help="even while other stations have it open"
    )

    check = commands.add_parser("check", help="integrity check and the app's invariants")
    check.add_argument("--json", action="store_true")
    check.add_argument(
        "--full",
        action="store_true",
        help="also match every index entry to its row (SQLite's integrity_check; slower)",
    )

    move = commands.add_parser(
        "migrate-to", help="copy this SQLite database into an empty PostgreSQL database"
    )
    move.add_argument("url", metavar="URL", help="postgresql://user@server/name")
    return {
        "demo": _demo,
        "backup": _backup,
        "restore": _restore,
        "check": _check,
        "migrate-to": _migrate_to,
    }


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    from reports.papers_set import final_papers
    from warehouse_app.demo import load_demo

    opened = open_for_cli(args)
    spec = load_demo(args.size, papers=final_papers)
    print(
        f"Demo data ({args.size}) written to {opened.description}: {spec.boxes} boxes, "
        f"{spec.pallets} pallets.",
        file=out,
    )
    return EXIT_OK


def _backup(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.storage import backup

    target = database_target(args.db)
    if sqlite_path(target) is None:
        return _backup_server(target, args.out, out)
    # No daily backup first: on a full disk it would fail, and --out to another disk must not.
    opened = open_for_cli(args, daily_backup=False)
    assert opened.path is not None
    name = f"hafenlager-manual-{backup.timestamp(dt.datetime.now())}.sqlite"
    dest = args.out or backup_dir_for(opened.path) / name
    if dest.exists() and dest.is_dir():
        dest = dest / name
    actor = _may_back_up(args)
    backup.backup_to(opened.db, dest)
    _log_backup(actor, dest)
    print(f"Backup written to {dest}", file=out)
    return EXIT_OK


def _may_back_up(args: argparse.Namespace) -> Actor:
    """A copy holds the PIN hashes and the donors' addresses: an admin's (a cron job signs in
    as one with HAFENLAGER_USER and HAFENLAGER_PIN)."""
    from warehouse_app.access.roles import Permission
    from warehouse_app.services import guard

    actor = cli_actor(args)
    guard.require(actor, Permission.BACKUP)
    return actor


def _log_backup(actor: Actor, dest: Path) -> None:
    from warehouse_app.services import activity_log
    from warehouse_app.storage.transactions import run_in_transaction
    from warehouse_app.texts import QT_TRANSLATE_NOOP, say

    summary = say(QT_TRANSLATE_NOOP("service", "Backup written to {file}."), file=str(dest))
    run_in_transaction(
        lambda: activity_log.record(
            actor, activity_log.ActivityKind.BACKUP, summary, subject="database", code=dest.name
        )
    )


def _backup_server(url: str, out_arg: Path | None, out: TextIO) -> int:
    """pg_dump -Fc, verified; not opened first: a dump must not wait for a migration.

    There is no daily backup on a server (storage.pg_backup): a cron job runs this command."""
    from warehouse_app.storage import backup, pg_backup

    name = f"hafenlager-manual-{backup.timestamp(dt.datetime.now())}{pg_backup.SUFFIX}"
    dest = out_arg or pg_backup.default_folder() / name
    if dest.exists() and dest.is_dir():
        dest = dest / name
    try:
        pg_backup.dump_to(url, dest)
    except HafenlagerError as exc:
        return fail(_one_line(exc))
    print(f"Backup written to {dest}", file=out)
    return EXIT_OK


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())  # driver messages come with line breaks and tabs


def _restore(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.storage import backup, migrations, pg_backup, presence

    source: Path = args.file
    target = database_target(args.db)
    if sqlite_path(target) is None:
        return _restore_server(target, source, out, force=args.force, args=args)
    if source.is_file() and pg_backup.is_archive(source):
        return fail(
            f"{source} is a PostgreSQL backup (pg_dump); restore it into a PostgreSQL database "
            "with --db postgresql://…. Nothing was restored."
        )
    version = backup.inspect_backup_file(source)
    if version > migrations.CURRENT_VERSION:
        return fail(
            f"{source} was made by a newer Hafenlager (schema {version}); install that version "
            "to restore it. Nothing was restored."
        )
    path = sqlite_path(target)
    assert path is not None
    if path.exists() and path.resolve() == source.resolve():
        return fail("that file is the database itself; choose a backup file")
    stamp = backup.timestamp(dt.datetime.now())
    safety = backup_dir_for(path) / f"hafenlager-before-restore-{stamp}.sqlite"
    current = _open_sound(target)
    if current is not None and not args.force:
        others = presence.others(current.db)
        if others:
            close()
            return fail(
                f"Hafenlager is still open on {', '.join(map(str, others))}: close it there "
                "first (a restore would pull the database from under it). A station that "
                f"crashed counts no more after {presence.STALE_S} s; --force restores anyway. "
                "Nothing was restored."
            )
    restorer = ""
    if current is not None:
        # A sound database says who may restore it; a damaged one cannot, and is restored
        # by whoever has the file (the rescue must stay possible).
        restorer = _admin_restoring(args)
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
    _log_restore(restorer, source)
    print(
        f"Restored {source} into {reopened.description}; the previous database was saved as "
        f"{safety}"
        if safety.exists()
        else f"Restored {source} into {reopened.description}.",
        file=out,
    )
    return EXIT_OK


def _admin_restoring(args: argparse.Namespace) -> str:
    """The name of the admin signed in for the restore; anyone else is refused (and logged)."""
    from warehouse_app.access.roles import Permission
    from warehouse_app.services import guard

    actor = cli_actor(args)
    return guard.require(actor, Permission.RESTORE).name


def _log_restore(restorer: str, source: Path) -> None:
    """Written into the restored database: its own history then says when it came back."""
    from warehouse_app.config import StationConfig
    from warehouse_app.services import activity_log
    from warehouse_app.services.movements import Actor
    from warehouse_app.storage.transactions import run_in_transaction
    from warehouse_app.texts import QT_TRANSLATE_NOOP, say

    summary = say(
        QT_TRANSLATE_NOOP("service", "Restored from the backup {file}."), file=source.name
    )
    run_in_transaction(
        lambda: activity_log.record(
            Actor(None, StationConfig.load().station),
            activity_log.ActivityKind.RESTORE,
            summary,
            person_name=restorer,
            subject="database",
            code=source.name,
        )
    )


def _restore_server(
    url: str, source: Path, out: TextIO, *, force: bool, args: argparse.Namespace
) -> int:
    from warehouse_app.services.guard import NotAllowed
    from warehouse_app.storage import backup, pg_backup

    restorer = ""
    try:
        tables, _ = pg_backup.look_at(url)
        if "schema_history" in tables:  # an empty database has nobody to ask
            open_database(url, daily_backup=False)
            restorer = _admin_restoring(args)
            close()  # the restore refuses while any session, this one too, is connected
    except HafenlagerError as exc:
        if isinstance(exc, NotAllowed):
            raise
        # Not a Hafenlager database, or too new: the rescue must stay possible.
    stamp = backup.timestamp(dt.datetime.now())
    safety = pg_backup.default_folder() / f"hafenlager-before-restore-{stamp}{pg_backup.SUFFIX}"
    try:
        saved = pg_backup.restore(url, source, safety, force=force)
        reopened = open_database(url, daily_backup=False)  # an older dump is migrated here
    except HafenlagerError as exc:
        return fail(_one_line(exc))
    _log_restore(restorer, source)
    kept = f"; the previous database was saved as {saved}" if saved else ""
    print(f"Restored {source} into {reopened.description}{kept}", file=out)
    return EXIT_OK


def _migrate_to(args: argparse.Namespace, out: TextIO) -> int:
    from warehouse_app.storage.migrate_to import migrate

    try:
        done = migrate(database_target(args.db), args.url)
    except HafenlagerError as exc:
        return fail(_one_line(exc))
    width = max(len(c.table) for c in done.counts)
    print(f"Copied {done.source} into {done.target}:", file=out)
    for count in done.counts:
        print(f"  {count.table.ljust(width)}  {count.rows:>8}", file=out)
    print(
        f"All {len(done.counts)} tables agree ({done.rows} rows). Start every station with "
        f"--db and this URL from now on; {done.source} is kept, but work no more in it.",
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
    from warehouse_app.storage.checks import run_checks
    from warehouse_app.storage.file_check import check_file

    path = sqlite_path(database_target(args.db))
    if path is None:  # a server: its own pages are its business, the invariants are ours
        opened = open_for_cli(args, daily_backup=False)
        return _report(run_checks(opened.db, full=args.full), opened.description, args.json, out)
    # Read-only: checking must never migrate, switch to WAL, checkpoint or create the file.
    result = check_file(path, full=args.full)
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
