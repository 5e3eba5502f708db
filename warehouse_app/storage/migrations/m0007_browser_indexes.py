"""Schema 7: the indexes the stock browser walks (storage.sort_indexes), in place of the plain
ones on owner, category, expiry, location and pallet; and PostgreSQL's trigram index for the
stock search, on a side table (storage.search_index)."""

from __future__ import annotations

import peewee as pw

from warehouse_app.storage import search_index, sort_indexes

VERSION = 7
NAME = "browser_indexes"


def apply(db: pw.Database) -> None:
    sort_indexes.drop_replaced(db)
    sort_indexes.install(db)
    if isinstance(db, pw.PostgresqlDatabase):
        search_index.install(db)  # SQLite has had its FTS5 table since step 6
