"""Plain records of a convoy and its vehicles: what services hand out and take back.

A caller holds a record, never a database row; every service re-reads the row by the record's
id when it acts, so a record that has grown old (another station changed the convoy) cannot
overwrite what the database says now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.storage.models import Convoy, Vehicle
from warehouse_app.storage.transactions import locked
from warehouse_app.texts import QT_TRANSLATE_NOOP

# A convoy in one of these can no longer change.
LOCKED = (ConvoyStatus.DEPARTED, ConvoyStatus.DELIVERED, ConvoyStatus.CANCELLED)


@dataclass(frozen=True)
class ConvoyRecord:
    id: int
    number: str
    name: str
    status: str
    recipient_id: int | None
    recipient: str  # the recipient's name, "" while none is chosen
    delivery_place: str
    border_crossing: str
    planned_departure: dt.date | None
    planned_arrival: dt.date | None
    aid_code: str
    aid_code_valid_until: dt.date | None
    export_mrn: str
    notes: str
    departed_at: dt.datetime | None

    @property
    def locked(self) -> bool:
        return self.status in LOCKED


@dataclass(frozen=True)
class VehicleRecord:
    id: int
    convoy_id: int
    number: int
    code: str  # scanned first when loading
    carrier: str
    carrier_address: str
    truck_plate: str
    trailer_plate: str
    drivers: str  # "Name: passport number", one per line
    payload_kg: Decimal
    pallet_places: int
    loading_length_m: Decimal
    loading_height_m: Decimal
    donated_box_id: int | None
    delivered_at: dt.datetime | None
    receipt_reference: str


def convoy_record(row: Convoy) -> ConvoyRecord:
    return ConvoyRecord(
        id=row.id,
        number=row.number,
        name=row.name,
        status=row.status,
        recipient_id=row.recipient_id,
        recipient=row.recipient.name if row.recipient_id else "",
        delivery_place=row.delivery_place,
        border_crossing=row.border_crossing,
        planned_departure=row.planned_departure,
        planned_arrival=row.planned_arrival,
        aid_code=row.aid_code,
        aid_code_valid_until=row.aid_code_valid_until,
        export_mrn=row.export_mrn,
        notes=row.notes,
        departed_at=row.departed_at,
    )


def vehicle_record(row: Vehicle) -> VehicleRecord:
    return VehicleRecord(
        id=row.id,
        convoy_id=row.convoy_id,
        number=row.number,
        code=row.code,
        carrier=row.carrier,
        carrier_address=row.carrier_address,
        truck_plate=row.truck_plate,
        trailer_plate=row.trailer_plate,
        drivers=row.drivers,
        payload_kg=Decimal(row.payload_kg),
        pallet_places=row.pallet_places,
        loading_length_m=Decimal(str(row.loading_length_m)),
        loading_height_m=Decimal(str(row.loading_height_m)),
        donated_box_id=row.donated_box_id,
        delivered_at=row.delivered_at,
        receipt_reference=row.receipt_reference,
    )


def get_convoy(number: str) -> ConvoyRecord:
    row: Convoy | None = Convoy.get_or_none(Convoy.number == number.strip())
    if row is None:
        known = ", ".join(c.number for c in Convoy.select(Convoy.number).order_by(Convoy.id))
        raise NotFound(f"There is no convoy '{number}'. Convoys: {known or 'none yet'}.")
    return convoy_record(row)


def get_vehicle(convoy: ConvoyRecord, number: int) -> VehicleRecord:
    row: Vehicle | None = Vehicle.get_or_none(Vehicle.convoy == convoy.id, Vehicle.number == number)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Convoy {convoy_number} has no vehicle {number}."),
            convoy_number=convoy.number,
            number=number,
        )
    return vehicle_record(row)


def vehicles(convoy: ConvoyRecord, *, waiting_for_delivery: bool = False) -> list[VehicleRecord]:
    """The convoy's vehicles in their order; only those not yet delivered, if asked."""
    query = Vehicle.select().where(Vehicle.convoy == convoy.id)
    if waiting_for_delivery:
        query = query.where(Vehicle.delivered_at.is_null())
    return [vehicle_record(v) for v in query.order_by(Vehicle.number)]


def convoy_row(convoy_id: int) -> Convoy:
    """The convoy as the database has it now, locked until the commit: what a write decides
    on (two stations changing one convoy take turns)."""
    row: Convoy = locked(Convoy.select().where(Convoy.id == convoy_id)).get()
    return row


def vehicle_row(vehicle_id: int) -> Vehicle:
    row: Vehicle = locked(Vehicle.select().where(Vehicle.id == vehicle_id)).get()
    return row


def editable_row(convoy_id: int) -> Convoy:
    """The convoy row, refused once it is locked (departed, delivered or cancelled)."""
    row = convoy_row(convoy_id)
    if row.status in LOCKED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Convoy {convoy_number} is {status}: nothing of it can change any more."
            ),
            convoy_number=row.number,
            status=row.status,
        )
    return row
