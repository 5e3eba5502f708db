"""Schema 6: what the border asks of every kind of load, and a stock search by parts of words.

The carrier's address (CMR art. 6(1)(d)); the ADR entry of categories with a UN number and the
AHARS goods category; a donated vehicle's make, model, year, fuel, first registration and its
VIN, unique across the database; the stock search's trigram index. Categories already holding a
seeded UN number get the seeded ADR entry where theirs is still blank; donated vehicles already
in stock get their VIN from serial_or_vin where it is a valid, not repeated one.
"""

from __future__ import annotations

import peewee as pw

VERSION = 6
NAME = "papers_data"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _Box(_Base):
    serial_or_vin = pw.CharField(max_length=40)
    category_id = pw.IntegerField()

    class Meta:
        table_name = "box"


# The table exactly as schema 6 defines it, frozen here (see m0002).
class _VehicleDetails(_Base):
    box = pw.ForeignKeyField(_Box, unique=True, on_delete="CASCADE")
    vin = pw.CharField(max_length=17, unique=True, null=True)
    make = pw.CharField(max_length=60, default="")
    model = pw.CharField(max_length=60, default="")
    model_year = pw.IntegerField(null=True)
    fuel = pw.CharField(max_length=30, default="")
    first_registered = pw.DateField(null=True)

    class Meta:
        table_name = "vehicle_details"


# (table, column, SQL type and constraint): NOT NULL columns get a DEFAULT in the ALTER itself,
# because peewee's migrator makes them NOT NULL afterwards by rebuilding the table, which on
# SQLite drops a table other tables' rows refer to.
NEW_COLUMNS = (
    ("vehicle", "carrier_address", "VARCHAR(300) NOT NULL DEFAULT ''"),
    ("category", "adr_name", "VARCHAR(200) NOT NULL DEFAULT ''"),
    ("category", "adr_class", "VARCHAR(10) NOT NULL DEFAULT ''"),
    ("category", "adr_packing_group", "VARCHAR(4) NOT NULL DEFAULT ''"),
    ("category", "adr_transport_category", "INTEGER"),
    ("category", "ahars_category", "VARCHAR(100) NOT NULL DEFAULT ''"),
)


def apply(db: pw.Database) -> None:
    for table, column, definition in NEW_COLUMNS:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')
    with db.bind_ctx([_Box, _VehicleDetails]):
        db.create_tables([_VehicleDetails])
    _seed_adr(db)
    _ahars_categories(db)
    _correct_seeded_codes(db)
    _vins_of_vehicles_in_stock(db)
    # The stock search's trigram index (kept by triggers from here on); later steps that touch
    # it replace its triggers rather than edit this function.
    from warehouse_app.storage import search_index

    search_index.install(db)


def _seed_adr(db: pw.Database) -> None:
    from warehouse_app.storage.seed import ADR_ENTRIES

    for un_number, (name, adr_class, group, category) in ADR_ENTRIES.items():
        p = db.param
        db.execute_sql(
            f"UPDATE category SET adr_name = {p}, adr_class = {p}, adr_packing_group = {p}, "
            f"adr_transport_category = {p} WHERE un_number = {p} AND adr_name = ''",
            (name, adr_class, group, category, un_number),
        )


def _vins_of_vehicles_in_stock(db: pw.Database) -> None:
    from warehouse_app.validation import vin_problem

    rows = db.execute_sql(
        "SELECT box.id, box.serial_or_vin FROM box JOIN category ON category.id = box.category_id "
        "WHERE category.is_vehicle ORDER BY box.id"
    ).fetchall()
    taken: set[str] = set()
    for box_id, serial in rows:
        vin = str(serial).strip().upper()
        valid = len(vin) == 17 and not vin_problem(vin) and vin not in taken
        if valid:
            taken.add(vin)
        db.execute_sql(
            f"INSERT INTO vehicle_details (box_id, vin, make, model, fuel) "
            f"VALUES ({db.param}, {db.param}, '', '', '')",
            (box_id, vin if valid else None),
        )


# Seeded codes found wrong in review, corrected where the hall still has the seeded category
# unchanged (its German name and the old code): wool blankets, plastic cool boxes.
CORRECTED_HS = (("Wolldecken", "6301.40", "6301.20"), ("Kühlboxen", "3924.10", "3924.90"))


def _correct_seeded_codes(db: pw.Database) -> None:
    for name_de, old, new in CORRECTED_HS:
        db.execute_sql(
            f"UPDATE category SET hs_code = {db.param} WHERE name_de = {db.param} "
            f"AND hs_code = {db.param}",
            (new, name_de, old),
        )


def _ahars_categories(db: pw.Database) -> None:
    from warehouse_app.storage.seed import ahars_category

    for category_id, hs_code, is_vehicle in db.execute_sql(
        "SELECT id, hs_code, is_vehicle FROM category"
    ).fetchall():
        db.execute_sql(
            f"UPDATE category SET ahars_category = {db.param} WHERE id = {db.param}",
            (ahars_category(str(hs_code), bool(is_vehicle)), category_id),
        )
