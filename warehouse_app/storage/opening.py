"""Opening a database for use: connect, create or migrate (after a backup), daily backup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from warehouse_app.config import backup_dir_for
from warehouse_app.errors import HafenlagerError
from warehouse_app.storage import backup, migrations
from warehouse_app.storage.engine import connect, describe, sqlite_path, translate_errors


@dataclass(frozen=True)
class OpenedDatabase:
    db: pw.Database
    target: str
    path: Path | None  # None for a server database
    created: bool
    migrated_from: int | None
    backup_made: Path | None

    @property
    def description(self) -> str:
        return describe(self.target)

    @property
    def backup_dir(self) -> Path | None:
        return backup_dir_for(self.path) if self.path else None


def open_database(
    target: str, *, daily_backup: bool = True, now: dt.datetime | None = None
) -> OpenedDatabase:
    """Open target ready for use, or raise a HafenlagerError that says what to do."""
    db = connect(target)
    path = sqlite_path(target)
    try:
        with translate_errors(describe(target)):
            plan = migrations.plan(db)
            made: Path | None = None
            if plan.created:
                from warehouse_app.storage.seed import seed_new_database

                with db.atomic():
                    migrations.create_current(db)
                    seed_new_database()
            elif plan.to_apply:
                if path is not None:
                    stamp = backup.timestamp(now or dt.datetime.now())
                    made = backup.backup_to(
                        db,
                        backup_dir_for(path)
                        / f"hafenlager-before-schema-{migrations.CURRENT_VERSION}-{stamp}.sqlite",
                    )
                migrations.apply_steps(db, plan.to_apply)
            if daily_backup and path is not None and not plan.created:
                made = backup.auto_backup(db, backup_dir_for(path), now) or made
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
    )
