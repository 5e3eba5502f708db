"""Schema 7: the indexes the stock browser walks (storage.sort_indexes), in place of the plain
ones on owner, category, expiry, location and pallet; PostgreSQL's trigram index for the stock
search, on a side table (storage.search_index); and the recipients' needs lists."""

from __future__ import annotations

import peewee as pw

from warehouse_app.storage import search_index, sort_indexes

VERSION = 7
NAME = "browser_indexes"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _Recipient(_Base):
    class Meta:
        table_name = "recipient"


class _Category(_Base):
    class Meta:
        table_name = "category"


# The tables exactly as schema 7 defines them, frozen here (see m0002).
class _NeedsList(_Base):
    recipient = pw.ForeignKeyField(_Recipient, on_delete="RESTRICT")
    title = pw.CharField(max_length=200, default="")
    received_at = pw.DateTimeField()
    notes = pw.TextField(default="")

    class Meta:
        table_name = "needs_list"


class _NeedLine(_Base):
    needs_list = pw.ForeignKeyField(_NeedsList, on_delete="CASCADE")
    line_number = pw.IntegerField()
    category = pw.ForeignKeyField(_Category, null=True, on_delete="RESTRICT")
    description = pw.CharField(max_length=300, default="")
    quantity = pw.DecimalField(max_digits=12, decimal_places=3)
    unit = pw.CharField(max_length=8, default="pcs")
    priority = pw.CharField(max_length=8, default="normal")
    needed_by = pw.DateField(null=True)
    notes = pw.TextField(default="")
    status = pw.CharField(max_length=10, default="open")

    class Meta:
        table_name = "need_line"
        indexes = ((("needs_list", "line_number"), True),)


def apply(db: pw.Database) -> None:
    with db.bind_ctx([_Recipient, _Category, _NeedsList, _NeedLine]):
        db.create_tables([_NeedsList, _NeedLine])
    sort_indexes.drop_replaced(db)
    sort_indexes.install(db)
    if isinstance(db, pw.PostgresqlDatabase):
        search_index.install(db)  # SQLite has had its FTS5 table since step 6
