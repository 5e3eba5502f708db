"""What other stations have written since this one last looked, cheaply, table by table.

A screen shows another station's scan within a second or two, without reading its tables
again and again: SQLite triggers count the writes per table in change_counter, and a poll
first asks `PRAGMA data_version`, which changes only when another connection has committed
(no read of a page when nothing happened). PostgreSQL triggers NOTIFY the table's name once
per statement; a listening connection collects them, and this station's own are left out.
The screens map table names to what they show (ui.remote_changes).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import peewee as pw

from warehouse_app.errors import DatabaseOpenError
from warehouse_app.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CHANNEL = "hafenlager_changes"
# What the screens show. Not schema_history, code_counter, nor the two tables of this
# feature itself: a station's heartbeat must not make the others read their screens again.
WATCHED_TABLES = (
    "setting",
    "association",
    "category",
    "location",
    "volunteer",
    "donation",
    "pallet",
    "box",
    "print_job",
    "recipient",
    "convoy",
    "vehicle",
    "convoy_item",
    "convoy_acknowledgement",
    "archived_paper",
    "needs_list",
    "need_line",
    "offer",
    "drop_off_slot",
    "appointment",
    "appointment_donation",
    "delivery_act",
    "delivery_discrepancy",
)
_OPERATIONS = ("INSERT", "UPDATE", "DELETE")


def install(db: pw.Database) -> None:
    """The triggers that feed the poll, on a new database and by schema step 5 (a later step
    that adds a watched table calls this again; a table not there yet is left for it)."""
    present = set(db.get_tables())
    tables = [t for t in WATCHED_TABLES if t in present]
    if isinstance(db, pw.PostgresqlDatabase):
        _install_postgresql(db, tables)
    else:
        _install_sqlite(db, tables)


def _install_sqlite(db: pw.Database, tables: list[str]) -> None:
    for table in tables:
        db.execute_sql(
            "INSERT OR IGNORE INTO change_counter (name, writes) VALUES (?, 0)", (table,)
        )
        for operation in _OPERATIONS:
            db.execute_sql(
                f"CREATE TRIGGER IF NOT EXISTS change_{table}_{operation.lower()} "
                f"AFTER {operation} ON {table} BEGIN "
                f"UPDATE change_counter SET writes = writes + 1 WHERE name = '{table}'; END"
            )


def _install_postgresql(db: pw.Database, tables: list[str]) -> None:
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION hafenlager_notify() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    for table in tables:
        # Once per statement, not per row: an intake of 200 boxes is one notification.
        db.execute_sql(f"DROP TRIGGER IF EXISTS hafenlager_changes ON {table}")
        db.execute_sql(
            f"CREATE TRIGGER hafenlager_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION hafenlager_notify()"
        )


class ChangeFeed(Protocol):
    def poll(self) -> frozenset[str]:
        """The watched tables other stations have written since the last poll."""

    def close(self) -> None: ...


def open_feed(db: pw.Database) -> ChangeFeed:
    """The feed of db; DatabaseOpenError when it cannot listen (the screens then show only
    this station's own writes)."""
    try:
        if isinstance(db, pw.PostgresqlDatabase):
            return _NotifiedTables(db)
        return _CountedTables(db)
    except Exception as exc:  # the driver's own errors, whatever their class
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("service", "cannot follow other stations' changes: {exc}"), exc=exc
        ) from exc


class _CountedTables:
    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.version = self._data_version()
        self.counts = self._counts()

    def _data_version(self) -> int:
        return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])

    def _counts(self) -> dict[str, int]:
        rows = self.db.execute_sql("SELECT name, writes FROM change_counter").fetchall()
        return {str(name): int(writes) for name, writes in rows}

    def poll(self) -> frozenset[str]:
        try:
            version = self._data_version()
            counts = self._counts()
        except pw.PeeweeException as exc:  # busy or gone: look again at the next poll
            log.warning("could not look for other stations' changes: %s", exc)
            return frozenset()
        # Unchanged data_version: whatever moved was this station's own write (already shown).
        changed = (
            frozenset(t for t, n in counts.items() if self.counts.get(t) != n)
            if version != self.version
            else frozenset()
        )
        self.version, self.counts = version, counts
        return changed

    def close(self) -> None:
        pass


class _NotifiedTables:
    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.listener: Any = None
        self.own_pid = int(db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])
        self._listen()

    def _listen(self) -> None:
        import psycopg2

        params = dict(self.db.connect_params)
        name = str(params.get("application_name", "hafenlager"))
        params["application_name"] = f"{name[:57]} feed"  # not a station of its own
        self.listener = psycopg2.connect(dbname=self.db.database, **params)
        self.listener.autocommit = True
        self.listener.cursor().execute(f"LISTEN {CHANNEL}")

    def poll(self) -> frozenset[str]:
        try:
            if self.listener is None or self.listener.closed:
                self._listen()
                return frozenset(WATCHED_TABLES)  # something may have gone by meanwhile
            self.listener.poll()  # reads what has arrived, never waits
        except Exception as exc:  # the server went away: try again at the next poll
            log.warning("change feed lost its connection: %s", exc)
            self.close()
            return frozenset()
        notes, self.listener.notifies[:] = list(self.listener.notifies), []
        return frozenset(n.payload for n in notes if n.pid != self.own_pid)

    def close(self) -> None:
        if self.listener is not None and not self.listener.closed:
            self.listener.close()
        self.listener = None
