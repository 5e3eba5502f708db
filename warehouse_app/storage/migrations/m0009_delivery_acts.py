"""Schema 9: the signed acceptance acts of the handovers, stored with their SHA-256, and the
discrepancies the recipient found (missing, damaged, refused, extra)."""

from __future__ import annotations

import peewee as pw

VERSION = 9
NAME = "delivery_acts"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class _Convoy(_Base):
    class Meta:
        table_name = "convoy"


class _Box(_Base):
    class Meta:
        table_name = "box"


# The table exactly as schema 9 defines it, frozen here (see m0002).
class _DeliveryAct(_Base):
    convoy = pw.ForeignKeyField(_Convoy, on_delete="RESTRICT")
    vehicle_number = pw.IntegerField(null=True)
    file_name = pw.CharField(max_length=200)
    media_type = pw.CharField(max_length=40)
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()
    attached_at = pw.DateTimeField()
    station = pw.CharField(max_length=100, default="")

    class Meta:
        table_name = "delivery_act"


class _DeliveryDiscrepancy(_Base):
    convoy = pw.ForeignKeyField(_Convoy, on_delete="RESTRICT")
    vehicle_number = pw.IntegerField(null=True)
    box = pw.ForeignKeyField(_Box, null=True, on_delete="RESTRICT")
    code = pw.CharField(max_length=100)
    kind = pw.CharField(max_length=10)
    quantity = pw.DecimalField(max_digits=12, decimal_places=3, null=True)
    note = pw.TextField(default="")
    recorded_at = pw.DateTimeField()
    station = pw.CharField(max_length=100, default="")

    class Meta:
        table_name = "delivery_discrepancy"


def apply(db: pw.Database) -> None:
    from warehouse_app.storage import change_feed

    with db.bind_ctx([_Convoy, _Box, _DeliveryAct, _DeliveryDiscrepancy]):
        db.create_tables([_DeliveryAct, _DeliveryDiscrepancy])
    change_feed.install(db)  # the acts are watched with the convoys
