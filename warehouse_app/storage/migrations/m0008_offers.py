"""Schema 8: the citizens' and associations' offers (with optional photos), the hall's drop-off
slots and the appointments booked in them, and which donations came from an appointment."""

from __future__ import annotations

import peewee as pw

VERSION = 8
NAME = "offers"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _Association(_Base):
    class Meta:
        table_name = "association"


class _Category(_Base):
    class Meta:
        table_name = "category"


class _NeedLine(_Base):
    class Meta:
        table_name = "need_line"


class _Donation(_Base):
    class Meta:
        table_name = "donation"


# The tables exactly as schema 8 defines them, frozen here (see m0002).
class _Offer(_Base):
    offered_by = pw.CharField(max_length=200)
    contact = pw.CharField(max_length=300, default="")
    association = pw.ForeignKeyField(_Association, null=True, on_delete="RESTRICT")
    category = pw.ForeignKeyField(_Category, null=True, on_delete="RESTRICT")
    description = pw.CharField(max_length=300, default="")
    quantity = pw.DecimalField(max_digits=12, decimal_places=3, null=True)
    unit = pw.CharField(max_length=8, default="pcs")
    weight_kg = pw.DecimalField(max_digits=10, decimal_places=1, null=True)
    boxes = pw.IntegerField(null=True)
    vin = pw.CharField(max_length=17, default="")
    available_from = pw.DateField(null=True)
    available_until = pw.DateField(null=True)
    notes = pw.TextField(default="")
    status = pw.CharField(max_length=10, default="open", index=True)
    need_line = pw.ForeignKeyField(_NeedLine, null=True, on_delete="SET NULL")
    decline_reason = pw.CharField(max_length=16, default="")
    created_at = pw.DateTimeField()
    decided_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "offer"


class _OfferPhoto(_Base):
    offer = pw.ForeignKeyField(_Offer, on_delete="CASCADE")
    file_name = pw.CharField(max_length=200)
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()

    class Meta:
        table_name = "offer_photo"


class _DropOffSlot(_Base):
    starts_at = pw.DateTimeField(unique=True)
    ends_at = pw.DateTimeField()
    capacity = pw.IntegerField()
    unit = pw.CharField(max_length=8, default="vehicles")
    closed = pw.BooleanField(default=False)

    class Meta:
        table_name = "drop_off_slot"


class _Appointment(_Base):
    number = pw.CharField(max_length=20, unique=True)
    offer = pw.ForeignKeyField(_Offer, on_delete="RESTRICT")
    slot = pw.ForeignKeyField(_DropOffSlot, on_delete="RESTRICT")
    load = pw.IntegerField(default=1)
    status = pw.CharField(max_length=10, default="booked", index=True)
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "appointment"


class _AppointmentDonation(_Base):
    appointment = pw.ForeignKeyField(_Appointment, on_delete="RESTRICT")
    donation = pw.ForeignKeyField(_Donation, unique=True, on_delete="CASCADE")

    class Meta:
        table_name = "appointment_donation"


_NEW = [_Offer, _OfferPhoto, _DropOffSlot, _Appointment, _AppointmentDonation]


def apply(db: pw.Database) -> None:
    from warehouse_app.storage import change_feed

    with db.bind_ctx([_Association, _Category, _NeedLine, _Donation, *_NEW]):
        db.create_tables(_NEW)
    change_feed.install(db)  # the needs, offers and appointments are watched from schema 8
    # The needs match's index (storage.sort_indexes.FREE_STOCK), frozen here as schema 8 has it.
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "box_free_stock" ON "box" ("category_id", "expiry_date", '
        '"owner_id", "unit", "status", "pallet_id", "id", "quantity", "net_kg")'
    )
