"""The triggers that keep the activity log append-only on both engines: an UPDATE or DELETE
of a logged row is refused by the database itself, whoever sends it."""

from __future__ import annotations

import peewee as pw

MESSAGE = "the activity log is append-only"

_SQLITE = (
    f"""CREATE TRIGGER IF NOT EXISTS activity_no_update BEFORE UPDATE ON activity
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS activity_no_delete BEFORE DELETE ON activity
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
)
_POSTGRES = (
    f"""CREATE OR REPLACE FUNCTION activity_append_only() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS activity_no_change ON activity",
    """CREATE TRIGGER activity_no_change BEFORE UPDATE OR DELETE ON activity
    FOR EACH ROW EXECUTE FUNCTION activity_append_only()""",
)


def install(db: pw.Database) -> None:
    statements = _POSTGRES if isinstance(db, pw.PostgresqlDatabase) else _SQLITE
    for statement in statements:
        db.execute_sql(statement)
