"""Which stations have the database open, so that a restore never pulls it from under one.

PostgreSQL knows its connections: every station connects as application_name "hafenlager
<station>". An SQLite file does not, so each station writes a row into station_presence when
it opens the file, renews it while it runs (HEARTBEAT_S) and deletes it when it closes; a row
not renewed for STALE_S is a station that crashed or lost power, and no longer counts.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from warehouse_app.errors import HafenlagerError
from warehouse_app.storage.models import StationPresence, database_proxy, utcnow
from warehouse_app.storage.transactions import run_in_transaction

log = logging.getLogger(__name__)

HEARTBEAT_S = 20
STALE_S = 75
APP_PREFIX = "hafenlager "


@dataclass(frozen=True)
class OtherStation:
    station: str
    host: str
    seen_s: int | None  # seconds since it last said it is here; None: connected right now

    def __str__(self) -> str:
        where = f" on {self.host}" if self.host else ""
        when = f", seen {self.seen_s} s ago" if self.seen_s is not None else ""
        return f"{self.station}{where}{when}"


def _host() -> str:
    return socket.gethostname()[:255]


def arrive(station: str) -> None:
    """Say this station is here (again); a busy database is left for the next heartbeat."""
    db = database_proxy.obj
    if isinstance(db, pw.PostgresqlDatabase):
        # The station chosen at start, not the PC's default the connection was opened with.
        db.execute_sql("SELECT set_config('application_name', %s, false)", (_app_name(station),))
        return

    def write() -> None:
        now = utcnow()
        updated = (
            StationPresence.update(station=station[:63], seen_at=now)
            .where(StationPresence.host == _host(), StationPresence.pid == os.getpid())
            .execute()
        )
        if not updated:
            StationPresence.create(
                station=station[:63], host=_host(), pid=os.getpid(), opened_at=now, seen_at=now
            )

    _quietly(write, "say this station is here")


def leave() -> None:
    if _is_server():
        return

    def write() -> None:
        StationPresence.delete().where(
            StationPresence.host == _host(), StationPresence.pid == os.getpid()
        ).execute()

    _quietly(write, "say this station has left")


def others(db: pw.Database, now: dt.datetime | None = None) -> list[OtherStation]:
    """The other stations that have the database open now."""
    if isinstance(db, pw.PostgresqlDatabase):
        rows = db.execute_sql(
            "SELECT application_name, coalesce(host(client_addr), '') FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND application_name LIKE %s AND application_name NOT LIKE %s",
            (APP_PREFIX + "%", "% feed"),
        ).fetchall()
        return [OtherStation(str(a)[len(APP_PREFIX) :], str(h), None) for a, h in rows]
    now = now or utcnow()
    fresh = now - dt.timedelta(seconds=STALE_S)
    query = StationPresence.select().where(
        StationPresence.seen_at >= fresh,
        ~((StationPresence.host == _host()) & (StationPresence.pid == os.getpid())),
    )
    return [
        OtherStation(p.station, p.host, int((now - p.seen_at).total_seconds()))
        for p in query.order_by(StationPresence.station)
    ]


def _app_name(station: str) -> str:
    return f"{APP_PREFIX}{station}"[:63]


def _is_server() -> bool:
    return isinstance(database_proxy.obj, pw.PostgresqlDatabase)


def _quietly(write: Callable[[], None], what: str) -> None:
    try:
        run_in_transaction(write, budget=0.1)  # on the GUI's timer: never hold it up
    except (HafenlagerError, pw.PeeweeException) as exc:
        log.warning("could not %s: %s", what, exc)
