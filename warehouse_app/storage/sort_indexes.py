"""The indexes the stock browser walks, so a sort or a filter reads the rows it shows and not
the whole box table (a box row is about 1.4 kB: reading 200,000 of them takes longer than the
150 ms a volunteer may wait).

Each filter column carries the box id and status after it: counting "in the hall" within an
owner, a category, a place or a pallet reads the index alone, and walking it gives the boxes in
id order within each value (SQLite stores the id anyway; PostgreSQL needs it named). The sort
columns that are not filters get (column, id). PostgreSQL's expiry index puts empty dates first,
as the browser sorts them on both engines; SQLite does that by itself.
"""

from __future__ import annotations

import peewee as pw

# (name, table, columns): the same on both engines.
INDEXES: tuple[tuple[str, str, str], ...] = (
    ("box_owner_sort", "box", '"owner_id", "id", "status"'),
    ("box_category_sort", "box", '"category_id", "id", "status"'),
    ("box_location_sort", "box", '"location_id", "id", "status"'),
    ("box_pallet_sort", "box", '"pallet_id", "id", "status"'),
    ("box_quantity_sort", "box", '"quantity", "id"'),
    ("box_net_kg_sort", "box", '"net_kg", "id"'),
    ("box_gross_kg_sort", "box", '"gross_kg", "id"'),
    ("box_description_sort", "box", '"description_de", "id"'),
    ("category_name_sort", "category", '"name_de", "id"'),
    ("pallet_location_sort", "pallet", '"location_id", "code"'),
    # The boxes in no place (shipped, disposed, not yet put away): the first of the location
    # order going up. Without it, finding them read every loose box.
    ("box_nowhere_sort", "box", '"id", "status"'),
)
PARTIAL = {"box_nowhere_sort": '"location_id" IS NULL AND "pallet_id" IS NULL'}
# Not the browser's: the needs match (services.needs._free_stock) sums the boxes in the hall by
# category, expiry, owner and unit, leaving out the reserved ones by id and pallet. This index
# holds every column that query reads, in the order it groups and sorts by: both engines read
# it alone and in order (no table rows, no sort): 200 lines on the large demo in 47 ms instead
# of 99 on SQLite, 54 instead of 80 on PostgreSQL. Schema 8 (migrations.m0008_offers).
FREE_STOCK = (
    "box_free_stock",
    "box",
    '"category_id", "expiry_date", "owner_id", "unit", "status", "pallet_id", "id", "quantity", '
    '"net_kg"',
)
EXPIRY_SQLITE = ("box_expiry_sort", "box", '"expiry_date", "id", "status"')
EXPIRY_POSTGRES = ("box_expiry_sort", "box", '"expiry_date" NULLS FIRST, "id", "status"')

# What schema 6 had in their place (peewee's names for the foreign keys and the expiry field).
REPLACED = (
    "box_owner_id",
    "box_category_id",
    "box_location_id",
    "box_pallet_id",
    "box_expiry_date",
    "pallet_location_id",
)


def install(db: pw.Database) -> None:
    """Create the indexes, on a new database and by schema step 7 (which so makes step 8's
    box_free_stock already; step 8 then finds it there)."""
    expiry = EXPIRY_POSTGRES if isinstance(db, pw.PostgresqlDatabase) else EXPIRY_SQLITE
    for name, table, columns in (*INDEXES, expiry, FREE_STOCK):
        where = f" WHERE {PARTIAL[name]}" if name in PARTIAL else ""
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns}){where}')


def drop_replaced(db: pw.Database) -> None:
    for name in REPLACED:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
