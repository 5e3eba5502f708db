"""Schema 3: recipients, convoys, their vehicles, reserved items and export acknowledgements."""

from __future__ import annotations

import datetime as dt

import peewee as pw

VERSION = 3
NAME = "convoys"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# The tables exactly as schema 3 defines them, frozen here (see m0002).
class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _Ref(_Base):
    """Stand-in for tables that exist already (box, pallet, category): only their ids."""


class _Box(_Ref):
    class Meta:
        table_name = "box"


class _Pallet(_Ref):
    class Meta:
        table_name = "pallet"


class _Category(_Ref):
    class Meta:
        table_name = "category"


class _Recipient(_Base):
    name = pw.CharField(max_length=200, unique=True)
    address = pw.TextField(default="")
    city = pw.CharField(max_length=100, default="")
    oblast = pw.CharField(max_length=100, default="")
    country = pw.CharField(max_length=2, default="UA")
    edrpou = pw.CharField(max_length=20, default="")
    register_number = pw.CharField(max_length=40, default="")
    may_receive_vehicles = pw.BooleanField(default=False)
    contact = pw.TextField(default="")
    active = pw.BooleanField(default=True)

    class Meta:
        table_name = "recipient"


class _Convoy(_Base):
    number = pw.CharField(max_length=30, unique=True)
    name = pw.CharField(max_length=200, default="")
    recipient = pw.ForeignKeyField(_Recipient, null=True, on_delete="RESTRICT")
    delivery_place = pw.CharField(max_length=200, default="")
    border_crossing = pw.CharField(max_length=100, default="")
    planned_departure = pw.DateField(null=True)
    planned_arrival = pw.DateField(null=True)
    aid_code = pw.CharField(max_length=40, default="")
    aid_code_valid_until = pw.DateField(null=True)
    export_mrn = pw.CharField(max_length=40, default="")
    status = pw.CharField(max_length=12, default="planning", index=True)
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=_utcnow)
    departed_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "convoy"


class _Vehicle(_Base):
    convoy = pw.ForeignKeyField(_Convoy, on_delete="RESTRICT")
    number = pw.IntegerField()
    code = pw.CharField(max_length=16, unique=True)
    carrier = pw.CharField(max_length=200, default="")
    truck_plate = pw.CharField(max_length=20, default="")
    trailer_plate = pw.CharField(max_length=20, default="")
    drivers = pw.TextField(default="")
    payload_kg = pw.DecimalField(max_digits=10, decimal_places=1)
    pallet_places = pw.IntegerField(default=33)
    loading_length_m = pw.DecimalField(max_digits=5, decimal_places=2, default=13.6)
    loading_height_m = pw.DecimalField(max_digits=4, decimal_places=2, default=2.7)
    donated_box = pw.ForeignKeyField(_Box, null=True, on_delete="RESTRICT")
    delivered_at = pw.DateTimeField(null=True)
    receipt_reference = pw.CharField(max_length=100, default="")

    class Meta:
        table_name = "vehicle"
        indexes = ((("convoy", "number"), True),)


class _ConvoyItem(_Base):
    convoy = pw.ForeignKeyField(_Convoy, on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(_Vehicle, null=True, on_delete="RESTRICT")
    pallet = pw.ForeignKeyField(_Pallet, null=True, unique=True, on_delete="RESTRICT")
    box = pw.ForeignKeyField(_Box, null=True, unique=True, on_delete="RESTRICT")
    loaded = pw.BooleanField(default=False)
    delivered_at = pw.DateTimeField(null=True)  # handed over (per pallet or loose box)

    class Meta:
        table_name = "convoy_item"


class _ConvoyAcknowledgement(_Base):
    convoy = pw.ForeignKeyField(_Convoy, on_delete="RESTRICT")
    category = pw.ForeignKeyField(_Category, on_delete="RESTRICT")
    reference = pw.CharField(max_length=100)

    class Meta:
        table_name = "convoy_acknowledgement"
        indexes = ((("convoy", "category"), True),)


NEW_TABLES = (_Recipient, _Convoy, _Vehicle, _ConvoyItem, _ConvoyAcknowledgement)


def apply(db: pw.Database) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    with db.bind_ctx([_Box, _Pallet, _Category, *NEW_TABLES]):
        db.create_tables(NEW_TABLES)
    # A pallet's height, measured when it is closed: checked against the truck's height.
    migrate(
        SchemaMigrator.from_database(db).add_column(
            "pallet", "height_m", pw.DecimalField(max_digits=4, decimal_places=2, null=True)
        )
    )
