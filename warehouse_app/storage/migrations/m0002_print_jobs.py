"""Schema 2: the print queue (reprint list) of each station."""

from __future__ import annotations

import datetime as dt

import peewee as pw

VERSION = 2
NAME = "print jobs"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class _PrintJobV2(pw.Model):
    """The table exactly as schema 2 defines it, frozen here: later model changes must come
    as later steps, not by changing what this one creates."""

    created_at = pw.DateTimeField(default=_utcnow, index=True)
    station = pw.CharField(max_length=100, index=True)
    document = pw.CharField(max_length=20)
    subject = pw.TextField()
    label_format = pw.CharField(max_length=32, default="")
    start = pw.IntegerField(default=1)
    status = pw.CharField(max_length=12, default="pending", index=True)
    error = pw.TextField(default="")
    printed_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "print_job"


def apply(db: pw.Database) -> None:
    with db.bind_ctx([_PrintJobV2]):
        db.create_tables([_PrintJobV2])
