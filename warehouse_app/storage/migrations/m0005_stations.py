"""Schema 5: several stations see each other's writes and each other.

change_counter and its triggers feed the poll that keeps every station's screens current
(storage.change_feed); station_presence lets a restore see who else has the file open.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

VERSION = 5
NAME = "stations"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# The tables exactly as schema 5 defines them, frozen here (see m0002).
class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _ChangeCounter(_Base):
    name = pw.CharField(max_length=40, primary_key=True)
    writes = pw.BigIntegerField(default=0)

    class Meta:
        table_name = "change_counter"


class _StationPresence(_Base):
    station = pw.CharField(max_length=63)
    host = pw.CharField(max_length=255)
    pid = pw.IntegerField()
    opened_at = pw.DateTimeField(default=_utcnow)
    seen_at = pw.DateTimeField(default=_utcnow)

    class Meta:
        table_name = "station_presence"
        indexes = ((("host", "pid"), True),)


def apply(db: pw.Database) -> None:
    # The triggers as of schema 5: install() is kept backward compatible by later steps,
    # which replace triggers rather than edit this one's.
    from warehouse_app.storage import change_feed

    with db.bind_ctx([_ChangeCounter, _StationPresence]):
        db.create_tables([_ChangeCounter, _StationPresence])
    change_feed.install(db)
