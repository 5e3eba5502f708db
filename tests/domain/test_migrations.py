"""Schema steps: every released schema migrates to the current one, after a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw
import pytest
from playhouse.migrate import SchemaMigrator, migrate

from warehouse_app.storage import engine as dbmod
from warehouse_app.storage import migrations
from warehouse_app.storage.checks import run_checks
from warehouse_app.storage.migrations import Step
from warehouse_app.storage.models import Box, SchemaHistory
from warehouse_app.storage.opening import OpenedDatabase, open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RELEASED = sorted(
    FIXTURES.glob("schema_v*.sqlite"), key=lambda p: int(p.stem.removeprefix("schema_v"))
)


def columns(db: pw.Database) -> dict[str, list[tuple[str, str, bool]]]:
    return {
        table: sorted((c.name, c.data_type.upper(), c.null) for c in db.get_columns(table))
        for table in sorted(db.get_tables())
    }


def indexes(db: pw.Database) -> dict[str, list[tuple[str, ...]]]:
    return {
        table: sorted((*tuple(i.columns), str(i.unique)) for i in db.get_indexes(table))
        for table in sorted(db.get_tables())
    }


def triggers(db: pw.Database) -> list[tuple[str, str]]:
    """Each trigger's name and SQL: the screens of other stations depend on them."""
    rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return sorted((str(name), str(sql)) for name, sql in rows)


def test_there_is_a_fixture_for_every_released_schema() -> None:
    assert [p.name for p in RELEASED] == [
        f"schema_v{n}.sqlite" for n in range(1, migrations.CURRENT_VERSION + 1)
    ]


def test_each_step_names_its_module_version_and_name() -> None:
    import importlib

    for step, module_name in zip(migrations.STEPS, migrations.STEP_MODULES, strict=True):
        module = importlib.import_module(f"warehouse_app.storage.migrations.{module_name}")
        assert (step.version, step.name) == (module.VERSION, module.NAME)
        assert (step.apply is None) == (module.apply is None)


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_released_schema_migrates_to_the_current_one(fixture: Path, tmp_path: Path) -> None:
    fresh = open_database(str(tmp_path / "fresh.sqlite"))
    expected_columns, expected_indexes = columns(fresh.db), indexes(fresh.db)
    expected_triggers = triggers(fresh.db)
    dbmod.close()

    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    boxes_before = _count_boxes(copy)
    migrated = open_database(str(copy))
    try:
        assert columns(migrated.db) == expected_columns
        assert indexes(migrated.db) == expected_indexes
        assert triggers(migrated.db) == expected_triggers
        assert Box.select().count() == boxes_before
        assert SchemaHistory.select(pw.fn.MAX(SchemaHistory.version)).scalar() == (
            migrations.CURRENT_VERSION
        )
        assert run_checks(migrated.db) == []
    finally:
        dbmod.close()


@pytest.mark.parametrize("fixture", RELEASED[:-1], ids=lambda p: p.stem)
def test_the_volunteers_stay_as_volunteers_with_their_history(
    fixture: Path, tmp_path: Path
) -> None:
    """Schema 10: everyone who worked before is a volunteer without a PIN (a name typed at
    "Who is working?" proved no role), their movements still name them, and the first start
    asks for the hall's admin."""
    from warehouse_app.services import people
    from warehouse_app.storage.models import Movement, Volunteer

    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    db = pw.SqliteDatabase(str(copy))
    try:
        names = sorted(name for (name,) in db.execute_sql("SELECT name FROM volunteer"))
        moves = dict(
            db.execute_sql("SELECT volunteer_id, COUNT(*) FROM movement GROUP BY volunteer_id")
        )
    finally:
        db.close()
    open_database(str(copy), daily_backup=False)
    try:
        after = people.people()
        assert sorted(p.name for p in after) == names and names
        assert all(p.role.value == "volunteer" and not p.has_pin for p in after)
        assert (
            dict(
                Movement.select(Movement.volunteer, pw.fn.COUNT(Movement.id))
                .group_by(Movement.volunteer)
                .tuples()
            )
            == moves
        )
        assert people.needs_first_admin()
        assert Volunteer.select().where(Volunteer.association.is_null(False)).count() == 0
    finally:
        dbmod.close()


def _count_boxes(path: Path) -> int:
    db = pw.SqliteDatabase(str(path))
    try:
        return int(db.execute_sql("SELECT COUNT(*) FROM box").fetchone()[0])
    finally:
        db.close()


def _add_box_colour(db: pw.Database) -> None:
    migrate(SchemaMigrator.from_database(db).add_column("box", "colour", pw.CharField(default="")))


def _broken_step(db: pw.Database) -> None:
    _add_box_colour(db)
    raise pw.OperationalError("simulated failure half-way through a step")


def test_missing_steps_are_applied_and_recorded(db_path: Path) -> None:
    open_database(str(db_path))
    dbmod.close()
    steps = (*migrations.STEPS, Step(migrations.CURRENT_VERSION + 1, "box colour", _add_box_colour))

    db = dbmod.connect(str(db_path))
    plan = migrations.plan(db, steps)
    assert [s.name for s in plan.to_apply] == ["box colour"]
    migrations.apply_steps(db, plan.to_apply)
    assert "colour" in {c.name for c in db.get_columns("box")}
    assert migrations.plan(db, steps).to_apply == ()
    dbmod.close()


def test_a_failing_step_leaves_the_database_as_it_was(db_path: Path) -> None:
    open_database(str(db_path))
    dbmod.close()
    db = dbmod.connect(str(db_path))
    step = Step(migrations.CURRENT_VERSION + 1, "broken", _broken_step)
    with pytest.raises(pw.OperationalError, match="simulated"):
        migrations.apply_steps(db, [step])
    assert "colour" not in {c.name for c in db.get_columns("box")}
    assert SchemaHistory.select(pw.fn.MAX(SchemaHistory.version)).scalar() == (
        migrations.CURRENT_VERSION
    )
    dbmod.close()


def test_opening_an_older_database_makes_a_backup_first(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(str(db_path))
    dbmod.close()
    new_step = Step(migrations.CURRENT_VERSION + 1, "box colour", _add_box_colour)
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, new_step))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", new_step.version)
    monkeypatch.setattr(migrations.plan, "__defaults__", (migrations.STEPS,))

    opened = open_database(str(db_path))
    try:
        assert opened.migrated_from == new_step.version - 1
        assert opened.backup_made is not None
        backups = list((db_path.parent / "backups").glob("hafenlager-before-schema-*.sqlite"))
        assert len(backups) == 1
        # The backup is the database as it was before the step.
        old = pw.SqliteDatabase(str(backups[0]))
        assert "colour" not in {c.name for c in old.get_columns("box")}
        old.close()
    finally:
        dbmod.close()


def test_schema_6_gives_a_schema_5_hall_its_adr_entries_and_the_corrected_codes(
    tmp_path: Path,
) -> None:
    from warehouse_app.storage.models import Category, VehicleDetails

    copy = tmp_path / "hall.sqlite"
    shutil.copyfile(FIXTURES / "schema_v5.sqlite", copy)
    old = pw.SqliteDatabase(str(copy))
    assert old.execute_sql(
        "SELECT hs_code FROM category WHERE name_de = 'Wolldecken'"
    ).fetchone() == ("6301.40",)
    old.close()
    open_database(str(copy))
    try:
        codes = dict(Category.select(Category.name_de, Category.hs_code).tuples())
        assert codes["Wolldecken"] == "6301.20" and codes["Kühlboxen"] == "3924.90"
        battery = Category.get(Category.un_number == "UN 3480")
        assert (battery.adr_name, battery.adr_class, battery.adr_transport_category) == (
            "LITHIUM ION BATTERIES",
            "9",
            2,
        )
        assert Category.get(Category.name_en == "Buses (diesel)").ahars_category == (
            "Транспортні засоби"
        )
        assert VehicleDetails.select().count() == 0  # the fixture holds no donated vehicle
    finally:
        dbmod.close()


def _volunteers_before_schema_10(db: pw.Database) -> None:
    """SQLite drops no column that is a foreign key: the volunteers' table is made again as
    schema 9 had it, with the references to it switched off meanwhile."""
    db.execute_sql("PRAGMA foreign_keys = OFF")
    with db.atomic():
        db.execute_sql(
            'CREATE TABLE "volunteer_v9" ("id" INTEGER NOT NULL PRIMARY KEY, '
            '"name" VARCHAR(100) NOT NULL, "role" VARCHAR(50) NOT NULL, '
            '"language" VARCHAR(8) NOT NULL, "active" INTEGER NOT NULL)'
        )
        db.execute_sql(
            'INSERT INTO "volunteer_v9" SELECT "id", "name", "role", "language", "active" '
            'FROM "volunteer"'
        )
        db.execute_sql('DROP TABLE "volunteer"')
        db.execute_sql('ALTER TABLE "volunteer_v9" RENAME TO "volunteer"')
        db.execute_sql('CREATE UNIQUE INDEX "volunteer_name" ON "volunteer" ("name")')
    db.execute_sql("PRAGMA foreign_keys = ON")


def _back_to_schema_6(db: pw.Database) -> None:
    """What a schema-6 database has in place of schema 7's indexes (peewee's plain indexes of
    that schema), no needs lists, offers or appointments (schema 8), no acceptance acts (9),
    and no PostgreSQL side table for the search."""
    from warehouse_app.storage import sort_indexes

    for name, *_ in (*sort_indexes.INDEXES, sort_indexes.EXPIRY_SQLITE):
        db.execute_sql(f'DROP INDEX "{name}"')
    for name in sort_indexes.REPLACED:
        table, column = name.split("_", 1)  # box_owner_id: box.owner_id
        db.execute_sql(f'CREATE INDEX "{name}" ON "{table}" ("{column}")')
    if isinstance(db, pw.PostgresqlDatabase):
        for column in ("pin_hash", "association_id", "failed_pins", "locked_until"):
            db.execute_sql(f'ALTER TABLE "volunteer" DROP COLUMN "{column}"')
    for table in (
        "activity",
        "delivery_discrepancy",
        "delivery_act",
        "appointment_donation",
        "appointment",
        "drop_off_slot",
        "offer_photo",
        "offer",
        "need_line",
        "needs_list",
    ):
        db.execute_sql(f"DROP TABLE {table}")
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("DROP TRIGGER box_search_insert ON box")
        db.execute_sql("DROP TRIGGER box_search_update ON box")
        db.execute_sql("DROP FUNCTION hafenlager_box_search()")
        db.execute_sql("DROP TABLE box_search")
        db.execute_sql("DROP FUNCTION activity_append_only()")
    SchemaHistory.delete().where(SchemaHistory.version >= 7).execute()


def test_schema_7_gives_a_schema_6_hall_the_browser_indexes_on_both_engines(
    demo: OpenedDatabase,
) -> None:
    from warehouse_app.services import stock
    from warehouse_app.services.stock import BoxFilter
    from warehouse_app.storage import search_index

    expected = indexes(demo.db)
    found_before = stock.box_ids(BoxFilter(text="unfisch"))
    if not isinstance(demo.db, pw.PostgresqlDatabase):
        _volunteers_before_schema_10(demo.db)
    with demo.db.atomic():
        _back_to_schema_6(demo.db)
    assert indexes(demo.db) != expected
    target = demo.target
    dbmod.close()

    migrated = open_database(target, daily_backup=False)
    assert migrated.migrated_from == 6
    assert indexes(migrated.db) == expected
    assert {"needs_list", "need_line", "offer", "appointment"} <= set(migrated.db.get_tables())
    assert search_index.has_index(migrated.db)
    if isinstance(migrated.db, pw.PostgresqlDatabase):
        (indexed,) = migrated.db.execute_sql("SELECT COUNT(*) FROM box_search").fetchone()
        assert indexed == Box.select().count()
    assert found_before and stock.box_ids(BoxFilter(text="unfisch")) == found_before
    assert run_checks(migrated.db) == []
