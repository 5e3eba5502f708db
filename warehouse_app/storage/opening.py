"""Opening a database for use: connect, create or migrate (after a backup), daily backup."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from warehouse_app.config import backup_dir_for
from warehouse_app.errors import DatabaseOpenError, HafenlagerError
from warehouse_app.storage import backup, migrations
from warehouse_app.storage.engine import connect, describe, sqlite_path, translate_errors
from warehouse_app.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDatabase:
    db: pw.Database
    target: str
    path: Path | None  # None for a server database
    created: bool
    migrated_from: int | None
    backup_made: Path | None
    # Why the day's backup could not be written (a full disk, say); the database is open all
    # the same, and the message is in the log. None when it was written or was not due.
    backup_problem: str | None = None
    # The day's page check, still running (open_database(check_beside=True)): the caller
    # builds its window meanwhile, then calls refuse_if_damaged() before anyone works.
    page_check: backup.PageCheck | None = None

    def refuse_if_damaged(self) -> None:
        if self.page_check is None or self.path is None:
            return
        damage = self.page_check.result()  # joined once; asked again, the same answer
        if damage is not None:
            self.db.close()
            raise _damaged(self.target, self.path, damage)

    @property
    def description(self) -> str:
        return describe(self.target)

    @property
    def backup_dir(self) -> Path | None:
        return backup_dir_for(self.path) if self.path else None


def start_day_check(target: str, now: dt.datetime | None = None) -> backup.PageCheck | None:
    """The day's page check of target, started now on a thread of its own, if it is due (the
    first start of a day); hand it to open_database(check_beside=True, started=...).

    The GUI starts it before it loads Qt and its screens: it reads the whole file (about 0.3 s
    for 50,000 boxes), and begun only when the database was opened, the window waited for it
    on the first start of every day."""
    path = sqlite_path(target)
    if path is None or not path.is_file():
        return None
    if not backup.backup_due(backup_dir_for(path), now or dt.datetime.now()):
        return None
    check = backup.PageCheck(path)
    check.start()
    return check


def open_database(
    target: str,
    *,
    daily_backup: bool = True,
    now: dt.datetime | None = None,
    check_beside: bool = False,
    started: backup.PageCheck | None = None,
) -> OpenedDatabase:
    """Open target ready for use, or raise a HafenlagerError that says what to do.

    A damaged SQLite file is refused, checked (PRAGMA quick_check) once a day, when the daily
    backup is due, and before a migration: the check reads the whole file, about 0.1 s on
    the large demo when cached and most of a second when not, too much for every start.
    With check_beside (the GUI), a check that is not before a migration runs on a thread of
    its own while the caller builds its window; the caller then calls refuse_if_damaged().
    started is that check begun earlier (start_day_check): it is used instead of a new one.
    """
    db = connect(target)
    path = sqlite_path(target)
    now = now or dt.datetime.now()
    try:
        with translate_errors(describe(target)):
            plan = migrations.plan(db)
            checked = path is not None and not plan.created and _check_due(path, plan, now)
            page_check = None
            if checked and check_beside and not plan.to_apply and not daily_backup:
                assert path is not None
                page_check = started or backup.PageCheck(path)
                if started is None:
                    page_check.start()
            elif checked:
                assert path is not None
                _refuse_damaged(db, target, path, started)
            made = _create_or_migrate(db, path, plan, now)
            problem = None
            if daily_backup and path is not None and not plan.created:
                made, problem = _daily_backup(db, path, now, checked=checked, made=made)
    except (HafenlagerError, pw.PeeweeException):
        db.close()
        raise
    return OpenedDatabase(
        db=db,
        target=target,
        path=path,
        created=plan.created,
        migrated_from=plan.from_version if plan.to_apply else None,
        backup_made=made,
        backup_problem=problem,
        page_check=page_check,
    )


def _check_due(path: Path, plan: migrations.MigrationPlan, now: dt.datetime) -> bool:
    return bool(plan.to_apply) or backup.backup_due(backup_dir_for(path), now)


def _refuse_damaged(
    db: pw.Database, target: str, path: Path, started: backup.PageCheck | None = None
) -> None:
    damage = started.result() if started is not None else backup.page_damage(db.connection())
    if damage is not None:
        raise _damaged(target, path, damage)


def _damaged(target: str, path: Path, damage: str) -> DatabaseOpenError:
    return DatabaseOpenError(
        QT_TRANSLATE_NOOP(
            "service", "The database {target} is damaged ({damage}); it was not opened. {path}"
        ),
        target=describe(target),
        damage=damage,
        path=backup.restore_hint(backup_dir_for(path)),
    )


def _create_or_migrate(
    db: pw.Database, path: Path | None, plan: migrations.MigrationPlan, now: dt.datetime
) -> Path | None:
    """Create a new database, or migrate an older one after a backup; the backup made."""
    made: Path | None = None
    if plan.created:
        from warehouse_app.storage.seed import seed_new_database

        with db.atomic():
            migrations.create_current(db)
            seed_new_database()
    elif plan.to_apply:
        if path is not None:
            # No migration without this backup: its failure stops the start.
            made = backup.backup_to(
                db,
                backup_dir_for(path) / f"hafenlager-before-schema-{migrations.CURRENT_VERSION}-"
                f"{backup.timestamp(now)}.sqlite",
            )
        migrations.apply_steps(db, plan.to_apply)
    return made


def _daily_backup(
    db: pw.Database, path: Path, now: dt.datetime, *, checked: bool, made: Path | None
) -> tuple[Path | None, str | None]:
    """The day's backup; its failure (a full disk) is logged and returned, never raised:
    a volunteer must still be able to work, and to write a backup elsewhere with --out."""
    try:
        return backup.auto_backup(db, backup_dir_for(path), now, checked=checked) or made, None
    except HafenlagerError as exc:
        log.warning("daily backup failed: %s", exc)
        return made, str(exc)
