"""Numbered schema steps and the history table that records them.

An empty database is created straight at the current schema from the models and stamped with
every step (as vorta does); an older database gets the missing steps, in order, inside one
transaction each, after an online backup. A database stamped with a step this app does not know
was written by a newer Hafenlager and is refused rather than guessed at (as qutebrowser does).
A test migrates a fixture database of every released schema and compares the result with a
freshly created one, so the two paths cannot drift apart.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee as pw

from warehouse_app import __version__
from warehouse_app.errors import DatabaseTooNew, NotAHafenlagerDatabase
from warehouse_app.storage.models import SchemaHistory
from warehouse_app.storage.schema import ALL_MODELS
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    # None for the baseline: there is nothing older to upgrade from.
    apply: Callable[[pw.Database], None] | None


def _step_module(name: str) -> Callable[[pw.Database], None]:
    """A step's apply(), imported when it runs: every start reads the steps, few migrate, and
    the frozen tables of each step cost start-up time to define."""

    def apply(db: pw.Database) -> None:
        module = importlib.import_module(f"warehouse_app.storage.migrations.{name}")
        module.apply(db)

    apply.__qualname__ = f"{name}.apply"
    return apply


# Version and name are repeated from each module (tests/test_migrations.py checks they agree).
STEPS: tuple[Step, ...] = (
    Step(1, "initial", None),
    Step(2, "print jobs", _step_module("m0002_print_jobs")),
    Step(3, "convoys", _step_module("m0003_convoys")),
    Step(4, "paper_archive", _step_module("m0004_paper_archive")),
    Step(5, "stations", _step_module("m0005_stations")),
    Step(6, "papers_data", _step_module("m0006_papers_data")),
    Step(7, "browser_indexes", _step_module("m0007_browser_indexes")),
    Step(8, "offers", _step_module("m0008_offers")),
    Step(9, "delivery_acts", _step_module("m0009_delivery_acts")),
    Step(10, "people", _step_module("m0010_people")),
)
STEP_MODULES = (
    "m0001_initial",
    "m0002_print_jobs",
    "m0003_convoys",
    "m0004_paper_archive",
    "m0005_stations",
    "m0006_papers_data",
    "m0007_browser_indexes",
    "m0008_offers",
    "m0009_delivery_acts",
    "m0010_people",
)

CURRENT_VERSION = STEPS[-1].version

HISTORY_TABLE = SchemaHistory._meta.table_name


@dataclass(frozen=True)
class MigrationPlan:
    created: bool
    from_version: int
    to_apply: tuple[Step, ...]


def schema_version(db: pw.Database) -> int | None:
    """The database's schema version; None for an empty database."""
    tables = set(db.get_tables())
    if not tables:
        return None
    if HISTORY_TABLE not in tables:
        raise NotAHafenlagerDatabase(
            QT_TRANSLATE_NOOP(
                "service",
                "This database holds tables but is not a Hafenlager database. Check the path, "
                "or restore a Hafenlager backup with 'hafenlager restore FILE'.",
            )
        )
    version = SchemaHistory.select(pw.fn.MAX(SchemaHistory.version)).scalar()
    return int(version or 0)


def plan(db: pw.Database, steps: Sequence[Step] = STEPS) -> MigrationPlan:
    current = steps[-1].version
    version = schema_version(db)
    if version is None:
        return MigrationPlan(created=True, from_version=0, to_apply=())
    if version > current:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "service",
                "This database was written by a newer Hafenlager (schema {version}; this "
                "program knows up to {current}). Install the newer Hafenlager, or restore a "
                "backup made with this version.",
            ),
            version=version,
            current=current,
        )
    return MigrationPlan(
        created=False,
        from_version=version,
        to_apply=tuple(s for s in steps if s.version > version),
    )


def create_current(db: pw.Database, steps: Sequence[Step] = STEPS) -> None:
    from warehouse_app.storage import activity_guard, change_feed, search_index, sort_indexes

    with db.atomic():
        db.create_tables(ALL_MODELS)
        sort_indexes.install(db)
        change_feed.install(db)
        search_index.install(db)
        activity_guard.install(db)
        for step in steps:
            _record(step)


def apply_steps(db: pw.Database, to_apply: Sequence[Step]) -> None:
    for step in to_apply:
        with db.atomic():
            if step.apply is not None:
                step.apply(db)
            _record(step)


def _record(step: Step) -> None:
    SchemaHistory.create(version=step.version, name=step.name, app_version=__version__)
