"""Schema 4: the papers of a departed convoy, archived with their SHA-256."""

from __future__ import annotations

import datetime as dt

import peewee as pw

VERSION = 4
NAME = "paper_archive"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# The table exactly as schema 4 defines it, frozen here (see m0002).
class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _Convoy(_Base):
    """Stand-in for the existing convoy table: only its id."""

    class Meta:
        table_name = "convoy"


class _ArchivedPaper(_Base):
    convoy = pw.ForeignKeyField(_Convoy, on_delete="RESTRICT")
    vehicle_number = pw.IntegerField(null=True)
    document = pw.CharField(max_length=30)
    file_name = pw.CharField(max_length=120)
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()
    archived_at = pw.DateTimeField(default=_utcnow)

    class Meta:
        table_name = "archived_paper"
        indexes = ((("convoy", "file_name"), True),)


def apply(db: pw.Database) -> None:
    with db.bind_ctx([_Convoy, _ArchivedPaper]):
        db.create_tables([_ArchivedPaper])
