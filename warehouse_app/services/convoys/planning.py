"""Planning a convoy: its details (the aid code and MRN often arrive late) and its vehicles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee as pw

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.convoys.records import (
    ConvoyRecord,
    VehicleRecord,
    editable_row,
    vehicle_record,
)
from warehouse_app.services.guard import guarded
from warehouse_app.services.recipients import find_recipient
from warehouse_app.storage.models import Box, Convoy, ConvoyItem, Pallet, Vehicle
from warehouse_app.storage.numbering import allocate_codes
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say


@guarded(Permission.CONVOYS)
@transactional
def create_convoy(
    number: str,
    *,
    name: str = "",
    recipient: str = "",
    delivery_place: str = "",
    border_crossing: str = "",
    departure: dt.date | None = None,
    arrival: dt.date | None = None,
    aid_code: str = "",
    aid_code_valid_until: dt.date | None = None,
    export_mrn: str = "",
    today: dt.date | None = None,
) -> int:
    today = today or dt.date.today()
    number = validation.text(
        number,
        "number",
        QT_TRANSLATE_NOOP("service", "Convoy number"),
        required=True,
        max_length=30,
    )
    if Convoy.select().where(Convoy.number == number).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Convoy {number} exists already."), "number", number=number
        )
    if departure is not None and departure < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The departure date {departure:%d.%m.%Y} is in the past."),
            "planned_departure",
            departure=departure,
        )
    _dates_ahead(today, departure, arrival, aid_code_valid_until)
    if departure and arrival and arrival < departure:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The arrival cannot be before the departure."),
            "planned_arrival",
        )
    recipient_id = find_recipient(recipient).id if recipient else None
    activity_log.record_signed_in(
        ActivityKind.CONVOY,
        say(QT_TRANSLATE_NOOP("service", "Convoy {convoy} planned."), convoy=number),
        subject="convoy",
        code=number,
    )
    return int(
        Convoy.insert(
            number=number,
            name=name.strip(),
            recipient=recipient_id,
            delivery_place=delivery_place.strip(),
            border_crossing=border_crossing.strip(),
            planned_departure=departure,
            planned_arrival=arrival,
            aid_code=aid_code.strip(),
            aid_code_valid_until=aid_code_valid_until,
            export_mrn=export_mrn.strip(),
        ).execute()
    )


_EDITABLE_FIELDS = frozenset(
    {
        "name",
        "delivery_place",
        "border_crossing",
        "planned_departure",
        "planned_arrival",
        "aid_code",
        "aid_code_valid_until",
        "export_mrn",
        "notes",
    }
)


@guarded(Permission.CONVOYS)
@transactional
def update_convoy(convoy: ConvoyRecord, today: dt.date | None = None, **changes: object) -> None:
    """Change a planned convoy's details (the aid code and MRN often arrive late)."""
    unknown = set(changes) - _EDITABLE_FIELDS - {"recipient"}
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown convoy field(s): {unknown}."),
            unknown=", ".join(sorted(unknown)),
        )
    values = {
        k: (v.strip() if isinstance(v, str) else v)
        for k, v in changes.items()
        if k in _EDITABLE_FIELDS
    }
    row = editable_row(convoy.id)
    if "recipient" in changes:
        values["recipient"] = find_recipient(str(changes["recipient"])).id
    departure = values.get("planned_departure", row.planned_departure)
    arrival = values.get("planned_arrival", row.planned_arrival)
    if (
        "planned_departure" in values
        and isinstance(departure, dt.date)
        and departure < (today or dt.date.today())
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The departure date {departure:%d.%m.%Y} is in the past."),
            "planned_departure",
            departure=departure,
        )
    _dates_ahead(
        today or dt.date.today(),
        *(values.get(f) for f in ("planned_departure", "planned_arrival", "aid_code_valid_until")),
    )
    if isinstance(departure, dt.date) and isinstance(arrival, dt.date) and arrival < departure:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The arrival cannot be before the departure."),
            "planned_arrival",
        )
    before = activity_log.row_values(Convoy, convoy.id)
    Convoy.update(values).where(Convoy.id == convoy.id).execute()
    logged = activity_log.differences(before, values)
    if logged:
        activity_log.record_signed_in(
            ActivityKind.CONVOY,
            say(QT_TRANSLATE_NOOP("service", "Convoy {convoy} changed."), convoy=row.number),
            subject="convoy",
            code=str(row.number),
            changes=logged,
        )


def _dates_ahead(today: dt.date, *dates: object) -> None:
    labels = ("The departure", "The arrival", "The aid code's validity")
    fields = ("planned_departure", "planned_arrival", "aid_code_valid_until")
    for date, label, field in zip(dates, labels, fields, strict=False):
        if isinstance(date, dt.date):
            validation.travel_date(date, field, label, today)


@guarded(Permission.CONVOYS)
@transactional
@activity_log.logged(
    ActivityKind.VEHICLE,
    QT_TRANSLATE_NOOP(
        "service",
        "Vehicle {result} added to convoy {convoy}: {truck_plate}, {payload_kg} kg payload.",
    ),
    subject="vehicle",
    code="convoy",
)
def add_vehicle(
    convoy: ConvoyRecord,
    *,
    payload_kg: Decimal | str,
    pallet_places: int = 33,
    carrier: str = "",
    carrier_address: str = "",
    truck_plate: str = "",
    trailer_plate: str = "",
    drivers: str = "",
    donated_box: str = "",
    loading_length_m: Decimal | str = "13.6",
    loading_height_m: Decimal | str = "2.7",
) -> VehicleRecord:
    payload = validation.in_range(
        payload_kg, "payload_kg", QT_TRANSLATE_NOOP("service", "Payload kg"), *validation.PAYLOAD_KG
    )
    length = validation.in_range(
        loading_length_m,
        "loading_length_m",
        QT_TRANSLATE_NOOP("service", "Loading length m"),
        *validation.LOADING_LENGTH_M,
    )
    height = validation.in_range(
        loading_height_m,
        "loading_height_m",
        QT_TRANSLATE_NOOP("service", "Loading height m"),
        *validation.LOADING_HEIGHT_M,
    )
    pallet_places = validation.whole_number(
        pallet_places,
        "pallet_places",
        QT_TRANSLATE_NOOP("service", "Pallet places"),
        *validation.PALLET_PLACES,
    )
    validation.carrier(carrier, carrier_address)
    box_id = None
    if donated_box:
        box = Box.get_or_none(Box.code == parse_code(donated_box).text)
        if box is None or not box.category.is_vehicle:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "{donated_box} is not a donated vehicle in stock."),
                "donated_box",
                donated_box=donated_box,
            )
        box_id = box.id
    editable_row(convoy.id)
    number = (
        Vehicle.select(pw.fn.MAX(Vehicle.number)).where(Vehicle.convoy == convoy.id).scalar() or 0
    ) + 1
    (code,) = allocate_codes(CodeKind.VEHICLE, 1)
    vehicle: Vehicle = Vehicle.create(
        convoy=convoy.id,
        number=number,
        code=code,
        carrier=carrier.strip(),
        carrier_address=carrier_address.strip(),
        truck_plate=truck_plate.strip().upper(),
        trailer_plate=trailer_plate.strip().upper(),
        drivers=validation.drivers(drivers),
        payload_kg=payload,
        pallet_places=pallet_places,
        loading_length_m=length,
        loading_height_m=height,
        donated_box=box_id,
    )
    if box_id is not None:
        # The donated vehicle is itself part of the donation it carries.
        ConvoyItem.insert(convoy=convoy.id, vehicle=vehicle.id, box=box_id).on_conflict(
            conflict_target=[ConvoyItem.box],
            update={ConvoyItem.vehicle: vehicle.id, ConvoyItem.convoy: convoy.id},
        ).execute()
    return vehicle_record(vehicle)


@guarded(Permission.SCAN)
@transactional
@activity_log.logged(
    ActivityKind.CORRECTION,
    QT_TRANSLATE_NOOP("service", "Pallet {pallet_code} measured: {height_m} m high."),
    subject="pallet",
    code="pallet_code",
)
def set_pallet_height(pallet_code: str, height_m: Decimal | str) -> None:
    """Record a pallet's measured height (with the pallet itself), for the height gauge."""
    height = validation.positive(
        height_m, "height_m", QT_TRANSLATE_NOOP("service", "Pallet height")
    )
    if height > Decimal("3.5"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "{height} m is taller than any truck: give the height in metres."
            ),
            "height_m",
            height=height,
        )
    code = parse_code(pallet_code)
    if code.kind is not CodeKind.PALLET:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{code_text} is not a pallet code."), code_text=code.text
        )
    if not Pallet.update(height_m=height).where(Pallet.code == code.text).execute():
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Unknown pallet {code_text}."), code_text=code.text
        )
