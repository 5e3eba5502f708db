"""Moving a hall's SQLite database onto a PostgreSQL server (`hafenlager migrate-to URL`).

The target must be an empty database: one that holds tables is refused before anything is
written. The copy is one transaction on the server: the current schema is created by the app's
own path (migrations.create_current, which open_database runs on a new database: tables,
triggers, every schema step stamped), its stamps make way for the source's rows, every table
is copied in foreign-key order (all of ALL_MODELS, so a table added later is copied too), the
sequences are set past the highest id, and the row counts of every table are compared with
the source's. Any failure or mismatch rolls the whole transaction back: the target is as empty
as it was, with no table, trigger or function left behind. (open_database itself would commit
the schema on its own, leaving tables to drop after a failed copy.) After the commit the copy is
opened with open_database, as every station will open it.

The source is read in one read transaction: a consistent snapshot, even if a station writes
meanwhile (its write then lands in the SQLite file only: close the other stations first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from warehouse_app.errors import DatabaseOpenError, HafenlagerError
from warehouse_app.storage import migrations
from warehouse_app.storage.engine import connect, describe, sqlite_path
from warehouse_app.storage.models import BaseModel
from warehouse_app.storage.opening import open_database
from warehouse_app.storage.schema import ALL_MODELS
from warehouse_app.texts import QT_TRANSLATE_NOOP

# Rows per INSERT: large enough that 200,000 movements are 200 statements, small enough that a
# statement stays a few MB; fewer for a table with binary columns (archived papers' PDFs).
CHUNK_ROWS = 1000
BLOB_CHUNK_ROWS = 20
# Fields whose SQLite values PostgreSQL takes as they are (ints, text): no conversion needed.
# Exact types: a subclass may convert its values.
AS_STORED = (
    pw.AutoField,
    pw.BigAutoField,
    pw.IntegerField,
    pw.BigIntegerField,
    pw.SmallIntegerField,
    pw.CharField,
    pw.TextField,
)


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


@dataclass(frozen=True)
class Migrated:
    source: str
    target: str
    counts: tuple[TableCount, ...]

    @property
    def rows(self) -> int:
        return sum(c.rows for c in self.counts)


class CountMismatch(HafenlagerError):
    """A table's rows on the server differ from the source's; the copy was rolled back."""


def is_postgres_url(target: str) -> bool:
    return target.split("://", 1)[0].lower().startswith("postgres") and "://" in target


def migrate(source: str, url: str) -> Migrated:
    """Copy the SQLite database source into the empty PostgreSQL database at url."""
    if sqlite_path(source) is None:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "migrate-to copies an SQLite database, and {source} is a server; give the "
                "SQLite file with --db.",
            ),
            source=describe(source),
        )
    path = sqlite_path(source)
    assert path is not None
    if not path.is_file():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "There is no database at {path}. Check the path (--db or HAFENLAGER_DB); "
                "nothing was copied.",
            ),
            path=path,
        )
    if not is_postgres_url(url):
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "'{url}' is not a PostgreSQL URL; give one like "
                "postgresql://hafenlager@server/hafenlager.",
            ),
            url=url,
        )
    # Opening it as every command does: a sound database at the current schema (an older one
    # is migrated, after its backup), the same schema the server gets.
    src = open_database(source, daily_backup=False).db
    try:
        dest = connect(url)
        try:
            counts = _copy_all(src, dest, describe(url))
        finally:
            dest.close()
    finally:
        src.close()
    open_database(url, daily_backup=False)  # the copy opens as a station will open it
    return Migrated(source=describe(source), target=describe(url), counts=counts)


def _copy_all(src: pw.Database, dest: pw.Database, where: str) -> tuple[TableCount, ...]:
    tables = sorted(dest.get_tables())
    if tables:
        more = f", {len(tables) - 3} more" if len(tables) > 3 else ""
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "{where} already holds tables ({tables_item}{more}); migrate-to copies into "
                "an empty database only. Create a new one (createdb -O hafenlager NAME) or "
                "give another. Nothing was changed.",
            ),
            where=where,
            tables_item=", ".join(tables[:3]),
            more=more,
        )
    import psycopg2

    models = pw.sort_models(ALL_MODELS)  # parents before the tables that refer to them
    current = "creating the schema"
    try:
        with src.atomic("DEFERRED"), dest.atomic():  # one snapshot; one transaction
            migrations.create_current(dest)
            for model in reversed(models):
                model.delete().execute(dest)  # the new schema's stamps: the source has its own
            references = _drop_foreign_keys(dest)
            counts = []
            for model in models:
                current = f"copying the table {model._meta.table_name}"
                copied = _copy_table(model, src, dest)
                counts.append(_checked(model, src, dest, copied))
            current = "checking the references between the tables"
            for table, name, definition in references:
                dest.execute_sql(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
            current = "setting the sequences"
            for model in models:
                _reset_sequence(model, dest)
    except HafenlagerError:
        raise
    except (pw.PeeweeException, psycopg2.Error, ValueError, TypeError) as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "service",
                "Copying into {where} failed while {current} ({reason}). Nothing was written: "
                "the database is as empty as it was. Correct the SQLite database (or tell the "
                "developers) and run migrate-to again.",
            ),
            where=where,
            current=current,
            reason=" ".join(str(exc).split()),
        ) from exc
    order = [model._meta.table_name for model in ALL_MODELS]
    return tuple(sorted(counts, key=lambda c: order.index(c.table)))


def _drop_foreign_keys(dest: pw.Database) -> list[tuple[str, str, str]]:
    """Drop the new schema's foreign keys, to be added again from their own definitions once
    the rows are in: one check per constraint instead of one per row (as pg_restore does it),
    which halves the time of the large demo's 200,000 movements."""
    rows = dest.execute_sql(
        "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) "
        "FROM pg_constraint WHERE contype = 'f' "
        "AND connamespace = current_schema()::regnamespace ORDER BY conrelid, conname"
    ).fetchall()
    for table, name, _ in rows:
        dest.execute_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    return [(str(t), str(n), str(d)) for t, n, d in rows]


def _copy_table(model: type[BaseModel], src: pw.Database, dest: pw.Database) -> int:
    """Every row of the table, CHUNK_ROWS to one INSERT statement; values the engines store
    differently (SQLite's text dates, 0/1 booleans, decimals) pass through the model's fields.

    The statement is written once per table and the rows go through psycopg2's
    execute_values: peewee's insert_many builds a query node for every value, which took
    three quarters of the 30 s the large demo needed that way."""
    from psycopg2.extras import execute_values

    fields = list(model._meta.sorted_fields)
    query = model.select(*fields)
    key = model._meta.primary_key
    if isinstance(key, pw.Field):
        query = query.order_by(key)  # ids in order: the server's pages as the rows came
    columns = ", ".join(_quoted(f.column_name) for f in fields)
    sql = f"INSERT INTO {_quoted(model._meta.table_name)} ({columns}) VALUES %s"
    convert = [(i, c) for i, f in enumerate(fields) if (c := _converter(f)) is not None]
    size = BLOB_CHUNK_ROWS if any(isinstance(f, pw.BlobField) for f in fields) else CHUNK_ROWS
    source, cursor = src.execute(query), dest.cursor()
    written = 0
    while chunk := source.fetchmany(size):
        rows = [list(row) for row in chunk]
        for row in rows:
            for i, to_server in convert:
                row[i] = to_server(row[i])
        execute_values(cursor, sql, rows, page_size=len(rows))  # one statement: its rowcount
        written += int(cursor.rowcount)
    return written


def _converter(field: pw.Field) -> Callable[[Any], Any] | None:
    """From SQLite's value to the server's through the field, or None where both are alike."""
    stored = field
    while isinstance(stored, pw.ForeignKeyField):
        stored = stored.rel_field
    if type(stored) in AS_STORED:
        return None

    def to_server(value: Any) -> Any:
        return field.db_value(field.python_value(value))

    return to_server


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _checked(
    model: type[BaseModel], src: pw.Database, dest: pw.Database, copied: int
) -> TableCount:
    table = model._meta.table_name
    expected = int(model.select().count(src))
    found = int(model.select().count(dest))
    if not expected == copied == found:
        raise CountMismatch(
            QT_TRANSLATE_NOOP(
                "service",
                "The copy of the table {table} does not agree ({expected} rows in the SQLite "
                "database, {copied} copied, {found} on the server), so nothing was kept: the "
                "server's database is as empty as it was. Run 'hafenlager check' on the file.",
            ),
            table=table,
            expected=expected,
            copied=copied,
            found=found,
        )
    return TableCount(table, found)


def _reset_sequence(model: type[BaseModel], dest: pw.Database) -> None:
    """The next id after the highest copied one (the copy wrote the ids itself)."""
    key = model._meta.primary_key
    if not isinstance(key, pw.AutoField):
        return
    table, column = model._meta.table_name, key.column_name
    dest.execute_sql(
        "SELECT setval(pg_get_serial_sequence(%s, %s), "
        f"COALESCE(MAX({_quoted(column)}), 0) + 1, false) FROM {_quoted(table)}",
        (_quoted(table), column),
    )
