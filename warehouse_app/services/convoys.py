"""Convoys: plan trucks, reserve goods, watch capacity, check readiness, depart, deliver.

A convoy reserves pallets and loose boxes (ConvoyItem), assigned to its vehicles. Loading by
scanning marks them loaded (boxes and pallets become 'loaded'); departure locks the convoy and
ships everything on it; delivery is confirmed per vehicle, with goods that come back returned to
stock. Each change is one transaction with its movement rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import peewee as pw

from warehouse_app import validation
from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus, MovementKind, PalletStatus
from warehouse_app.quantities import exact
from warehouse_app.services import paper_archive
from warehouse_app.services.movements import Actor, box_state, log_box_change, log_pallet_change
from warehouse_app.services.numbering import allocate_codes
from warehouse_app.services.paper_archive import PapersRenderer
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Convoy,
    ConvoyAcknowledgement,
    ConvoyItem,
    Pallet,
    Recipient,
    Vehicle,
    database_proxy,
    utcnow,
)

LOCKED = (ConvoyStatus.DEPARTED, ConvoyStatus.DELIVERED, ConvoyStatus.CANCELLED)


# --- reading -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Gauge:
    """A vehicle's (or the convoy's) load against its limits."""

    label: str
    boxes: int
    pallets: int
    gross_kg: Decimal
    payload_kg: Decimal
    pallet_places: int
    tallest_m: Decimal | None = None  # the tallest measured pallet on it
    height_m: Decimal | None = None  # the vehicle's loading height

    @property
    def over_height(self) -> bool:
        return (
            self.tallest_m is not None
            and self.height_m is not None
            and self.tallest_m > self.height_m
        )

    @property
    def kg_share(self) -> float:
        return float(self.gross_kg / self.payload_kg) if self.payload_kg else 0.0

    @property
    def over_payload(self) -> bool:
        return self.gross_kg > self.payload_kg

    @property
    def over_places(self) -> bool:
        return self.pallets > self.pallet_places


@dataclass(frozen=True)
class ConvoyInfo:
    id: int
    number: str
    name: str
    status: str
    recipient: str
    planned_departure: dt.date | None
    planned_arrival: dt.date | None
    vehicles: int
    pallets: int
    boxes: int
    gross_kg: Decimal


def get_convoy(number: str) -> Convoy:
    convoy: Convoy | None = Convoy.get_or_none(Convoy.number == number.strip())
    if convoy is None:
        known = ", ".join(c.number for c in Convoy.select(Convoy.number).order_by(Convoy.id))
        raise NotFound(f"There is no convoy '{number}'. Convoys: {known or 'none yet'}.")
    return convoy


def get_vehicle(convoy: Convoy, number: int) -> Vehicle:
    vehicle: Vehicle | None = Vehicle.get_or_none(
        Vehicle.convoy == convoy.id, Vehicle.number == number
    )
    if vehicle is None:
        raise NotFound(f"Convoy {convoy.number} has no vehicle {number}.")
    return vehicle


@dataclass(frozen=True)
class _Row:
    box_id: int
    vehicle_id: int | None
    pallet_id: int | None  # None: a loose box
    loaded: bool
    code: str
    expiry: dt.date | None
    gross_kg: Decimal
    value_eur: Decimal
    category_id: int
    owner_id: int


def _rows(convoy_id: int) -> list[_Row]:
    """Every box the convoy holds, on its pallets or loose: two plain queries, no objects."""
    columns = (
        Box.id,
        ConvoyItem.vehicle,
        ConvoyItem.loaded,
        Box.code,
        Box.expiry_date,
        Box.gross_kg,
        Box.value_per_unit_eur,
        Box.category,
        Box.owner,
    )
    on_pallets = (
        Box.select(*columns, Box.pallet)
        .join(ConvoyItem, on=(ConvoyItem.pallet == Box.pallet))
        .where(ConvoyItem.convoy == convoy_id, Box.status != BoxStatus.DISPOSED)
    )
    loose = (
        Box.select(*columns, pw.Value(None))
        .join(ConvoyItem, on=(ConvoyItem.box == Box.id))
        .where(ConvoyItem.convoy == convoy_id)
    )
    rows = []
    for query in (on_pallets, loose):
        for (
            box_id,
            vehicle,
            loaded,
            code,
            expiry,
            gross,
            value,
            category,
            owner,
            pallet,
        ) in database_proxy.execute(query).fetchall():
            rows.append(
                _Row(
                    box_id,
                    vehicle,
                    pallet,
                    bool(loaded),
                    code,
                    _as_date(expiry),
                    Decimal(str(gross)),
                    Decimal(str(value)),
                    category,
                    owner,
                )
            )
    return rows


def _as_date(value: object) -> dt.date | None:
    """Raw cursors give SQLite dates as text."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _item_boxes(convoy_id: int) -> list[tuple[int, int | None, int | None, bool]]:
    """(box id, vehicle id, pallet id, loaded) of every box the convoy holds."""
    return [(r.box_id, r.vehicle_id, r.pallet_id, r.loaded) for r in _rows(convoy_id)]


def _totals_in_sql(
    convoy_id: int,
) -> tuple[dict[int | None, int], dict[int | None, Decimal], dict[int | None, int]]:
    """Boxes, gross kg (with tare) and pallets per vehicle, summed by the database."""
    boxes: dict[int | None, int] = defaultdict(int)
    kg: dict[int | None, Decimal] = defaultdict(Decimal)
    pallets: dict[int | None, int] = defaultdict(int)
    sums = pw.fn.SUM(Box.gross_kg)
    parts = (
        Box.select(ConvoyItem.vehicle, pw.fn.COUNT(Box.id), sums)
        .join(ConvoyItem, on=(ConvoyItem.pallet == Box.pallet))
        .where(ConvoyItem.convoy == convoy_id, Box.status != BoxStatus.DISPOSED)
        .group_by(ConvoyItem.vehicle),
        Box.select(ConvoyItem.vehicle, pw.fn.COUNT(Box.id), sums)
        .join(ConvoyItem, on=(ConvoyItem.box == Box.id))
        .where(ConvoyItem.convoy == convoy_id)
        .group_by(ConvoyItem.vehicle),
    )
    for query in parts:
        for vehicle_id, count, total in database_proxy.execute(query).fetchall():
            boxes[vehicle_id] += count
            kg[vehicle_id] += exact(total)
    tare = (
        Pallet.select(ConvoyItem.vehicle, pw.fn.COUNT(Pallet.id), pw.fn.SUM(Pallet.tare_kg))
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.convoy == convoy_id)
        .group_by(ConvoyItem.vehicle)
    )
    for vehicle_id, count, total in database_proxy.execute(tare).fetchall():
        pallets[vehicle_id] += count
        kg[vehicle_id] += exact(total)
    return boxes, kg, pallets


def gauges(convoy: Convoy, rows: list[_Row] | None = None) -> list[Gauge]:
    """One gauge per vehicle, then 'unassigned', then the whole convoy.

    Without rows the database sums (fast after one assignment); with the rows a screen has
    already read, they are summed here (no second read).
    """
    if rows is None:
        boxes, kg, pallets = _totals_in_sql(convoy.id)
    else:
        boxes, kg, pallets = defaultdict(int), defaultdict(Decimal), defaultdict(int)
        for row in rows:
            boxes[row.vehicle_id] += 1
            kg[row.vehicle_id] += row.gross_kg
        pallet_tare = (
            Pallet.select(ConvoyItem.vehicle, Pallet.tare_kg)
            .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
            .where(ConvoyItem.convoy == convoy.id)
            .tuples()
        )
        for vehicle_id, tare_kg in pallet_tare:
            pallets[vehicle_id] += 1
            kg[vehicle_id] += Decimal(str(tare_kg))
    tallest = dict(
        Pallet.select(ConvoyItem.vehicle, pw.fn.MAX(Pallet.height_m))
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.convoy == convoy.id)
        .group_by(ConvoyItem.vehicle)
        .tuples()
    )
    result = []
    vehicles = list(Vehicle.select().where(Vehicle.convoy == convoy.id).order_by(Vehicle.number))
    for v in vehicles:
        top = tallest.get(v.id)
        result.append(
            Gauge(
                f"{v.number}: {v.truck_plate or '?'}",
                boxes[v.id],
                pallets[v.id],
                exact(kg[v.id]),
                Decimal(v.payload_kg),
                v.pallet_places,
                exact(top, Decimal("0.01")) if top is not None else None,
                Decimal(str(v.loading_height_m)),
            )
        )
    if boxes[None] or pallets[None]:
        result.append(
            Gauge("unassigned", boxes[None], pallets[None], exact(kg[None]), Decimal(0), 0)
        )
    result.append(
        Gauge(
            "convoy",
            sum(boxes.values()),
            sum(pallets.values()),
            exact(sum(kg.values(), Decimal(0))),
            sum((Decimal(v.payload_kg) for v in vehicles), Decimal(0)),
            sum(v.pallet_places for v in vehicles),
        )
    )
    return result


def convoys() -> list[ConvoyInfo]:
    result = []
    for convoy in Convoy.select().order_by(Convoy.id):
        total = gauges(convoy)[-1]
        result.append(
            ConvoyInfo(
                id=convoy.id,
                number=convoy.number,
                name=convoy.name,
                status=convoy.status,
                recipient=convoy.recipient.name if convoy.recipient_id else "",
                planned_departure=convoy.planned_departure,
                planned_arrival=convoy.planned_arrival,
                vehicles=Vehicle.select().where(Vehicle.convoy == convoy.id).count(),
                pallets=total.pallets,
                boxes=total.boxes,
                gross_kg=total.gross_kg,
            )
        )
    return result


def breakdown(
    convoy: Convoy, rows: list[_Row] | None = None
) -> dict[str, dict[str, tuple[int, Decimal]]]:
    """Boxes and gross kg per association and per category."""
    rows = _rows(convoy.id) if rows is None else rows
    owners = dict(Association.select(Association.id, Association.short_code).tuples())
    names = dict(Category.select(Category.id, Category.name_de).tuples())
    result: dict[str, dict[str, tuple[int, Decimal]]] = {"association": {}, "category": {}}
    for row in rows:
        for group, key in (
            ("association", owners.get(row.owner_id, "?")),
            ("category", names.get(row.category_id, "?")),
        ):
            n, kg = result[group].get(key, (0, Decimal(0)))
            result[group][key] = (n + 1, kg + row.gross_kg)
    return {g: {k: (n, exact(kg)) for k, (n, kg) in v.items()} for g, v in result.items()}


# --- master data -----------------------------------------------------------------------------
def save_recipient(
    name: str,
    *,
    address: str = "",
    city: str = "",
    oblast: str = "",
    country: str = "UA",
    edrpou: str = "",
    register_number: str = "",
    may_receive_vehicles: bool = False,
    contact: str = "",
) -> int:
    values = {
        "name": validation.text(name, "name", "Name", required=True, max_length=200),
        "address": address.strip(),
        "city": city.strip(),
        "oblast": oblast.strip(),
        "country": validation.country(country),
        "edrpou": edrpou.strip(),
        "register_number": register_number.strip(),
        "may_receive_vehicles": may_receive_vehicles,
        "contact": contact.strip(),
    }
    if values["edrpou"] and not (
        str(values["edrpou"]).isdigit() and len(str(values["edrpou"])) == 8
    ):
        raise ValidationError("The EDRPOU code has 8 digits.", "edrpou")
    with database_proxy.atomic():
        found = Recipient.get_or_none(Recipient.name == values["name"])
        if found is not None:
            Recipient.update(values).where(Recipient.id == found.id).execute()
            return int(found.id)
        return int(Recipient.insert(values).execute())


def find_recipient(name: str) -> Recipient:
    """By name, ignoring case in every alphabet (SQLite's LOWER() folds ASCII only)."""
    wanted = " ".join(name.split()).casefold()
    for recipient in Recipient.select():
        if recipient.name.casefold() == wanted:
            found: Recipient = recipient
            return found
    raise NotFound(f"There is no recipient '{name}'. Add it with 'hafenlager recipient add'.")


# --- planning --------------------------------------------------------------------------------
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
    number = validation.text(number, "number", "Convoy number", required=True, max_length=30)
    if Convoy.select().where(Convoy.number == number).exists():
        raise ValidationError(f"Convoy {number} exists already.", "number")
    if departure is not None and departure < today:
        raise ValidationError(
            f"The departure date {departure:%d.%m.%Y} is in the past.", "planned_departure"
        )
    if departure and arrival and arrival < departure:
        raise ValidationError("The arrival cannot be before the departure.", "planned_arrival")
    recipient_id = find_recipient(recipient).id if recipient else None
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


def update_convoy(convoy: Convoy, today: dt.date | None = None, **changes: object) -> None:
    """Change a planned convoy's details (the aid code and MRN often arrive late)."""
    _editable(convoy)
    allowed = {
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
    unknown = set(changes) - allowed - {"recipient"}
    if unknown:
        raise ValidationError(f"Unknown convoy field(s): {', '.join(sorted(unknown))}.")
    values = {
        k: (v.strip() if isinstance(v, str) else v) for k, v in changes.items() if k in allowed
    }
    if "recipient" in changes:
        values["recipient"] = find_recipient(str(changes["recipient"])).id
    departure = values.get("planned_departure", convoy.planned_departure)
    arrival = values.get("planned_arrival", convoy.planned_arrival)
    if (
        "planned_departure" in values
        and isinstance(departure, dt.date)
        and departure < (today or dt.date.today())
    ):
        raise ValidationError(
            f"The departure date {departure:%d.%m.%Y} is in the past.", "planned_departure"
        )
    if isinstance(departure, dt.date) and isinstance(arrival, dt.date) and arrival < departure:
        raise ValidationError("The arrival cannot be before the departure.", "planned_arrival")
    Convoy.update(values).where(Convoy.id == convoy.id).execute()


def _editable(convoy: Convoy) -> None:
    if convoy.status in LOCKED:
        raise ValidationError(
            f"Convoy {convoy.number} is {convoy.status}: nothing of it can change any more."
        )


def add_vehicle(
    convoy: Convoy,
    *,
    payload_kg: Decimal | str,
    pallet_places: int = 33,
    carrier: str = "",
    truck_plate: str = "",
    trailer_plate: str = "",
    drivers: str = "",
    donated_box: str = "",
    loading_length_m: Decimal | str = "13.6",
    loading_height_m: Decimal | str = "2.7",
) -> Vehicle:
    _editable(convoy)
    payload = validation.positive(payload_kg, "payload_kg", "Payload")
    length = validation.positive(loading_length_m, "loading_length_m", "Loading length")
    height = validation.positive(loading_height_m, "loading_height_m", "Loading height")
    if pallet_places < 0:
        raise ValidationError("Pallet places cannot be negative.", "pallet_places")
    box_id = None
    if donated_box:
        box = Box.get_or_none(Box.code == parse_code(donated_box).text)
        if box is None or not box.category.is_vehicle:
            raise ValidationError(
                f"{donated_box} is not a donated vehicle in stock.", "donated_box"
            )
        box_id = box.id
    with database_proxy.atomic():
        number = (
            Vehicle.select(pw.fn.MAX(Vehicle.number)).where(Vehicle.convoy == convoy.id).scalar()
            or 0
        ) + 1
        (code,) = allocate_codes(CodeKind.VEHICLE, 1)
        vehicle: Vehicle = Vehicle.create(
            convoy=convoy.id,
            number=number,
            code=code,
            carrier=carrier.strip(),
            truck_plate=truck_plate.strip().upper(),
            trailer_plate=trailer_plate.strip().upper(),
            drivers=drivers.strip(),
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
    return vehicle


def _current_convoy(vehicle: Vehicle) -> Convoy:
    """The vehicle's convoy as the database has it now (a cached one may predate a status)."""
    convoy: Convoy = Convoy.get_by_id(vehicle.convoy_id)
    return convoy


def _box_refusal(
    box: Box, convoy: Convoy, arrival: dt.date | None, *, check_expiry: bool = True
) -> str:
    if box.status in (BoxStatus.SHIPPED, BoxStatus.DELIVERED):
        return f"Box {box.code} was shipped already."
    if box.status == BoxStatus.DISPOSED:
        return f"Box {box.code} was disposed of."
    if (
        check_expiry
        and box.expiry_date is not None
        and box.expiry_date < (arrival or dt.date.today())
    ):
        return f"Box {box.code} expires on {box.expiry_date:%d.%m.%Y}, before the arrival."
    return ""


def assign(
    convoy: Convoy,
    *,
    vehicle: Vehicle | None,
    pallets: Sequence[str] = (),
    boxes: Sequence[str] = (),
    check_expiry: bool = True,
) -> int:
    """Reserve pallets and loose boxes for the convoy (on vehicle, if given); all or nothing.

    check_expiry=False reserves goods that expire before the arrival anyway (demo data); the
    readiness check still lists them.
    """
    _editable(convoy)
    if vehicle is not None and vehicle.convoy_id != convoy.id:
        raise ValidationError("That vehicle belongs to another convoy.")
    count = 0
    with database_proxy.atomic():
        for raw in pallets:
            code = parse_code(raw)
            if code.kind is not CodeKind.PALLET:
                raise ValidationError(f"{code.text} is not a pallet code.")
            pallet = Pallet.get_or_none(Pallet.code == code.text)
            if pallet is None:
                raise NotFound(f"Unknown pallet {code.text}.")
            if pallet.status not in (PalletStatus.IN_STOCK, PalletStatus.LOADED):
                raise ValidationError(f"Pallet {pallet.code} is {pallet.status}.")
            _not_elsewhere(ConvoyItem.pallet == pallet.id, convoy, f"Pallet {pallet.code}")
            for box in Box.select().where(
                Box.pallet == pallet.id, Box.status != BoxStatus.DISPOSED
            ):
                refused = _box_refusal(
                    box, convoy, convoy.planned_arrival, check_expiry=check_expiry
                )
                if refused:
                    raise ValidationError(f"{refused} (on pallet {pallet.code})")
            _upsert(convoy, vehicle, pallet=pallet.id)
            count += 1
        for raw in boxes:
            code = parse_code(raw)
            if code.kind is not CodeKind.BOX:
                raise ValidationError(f"{code.text} is not a box code.")
            box = Box.get_or_none(Box.code == code.text)
            if box is None:
                raise NotFound(f"Unknown box {code.text}.")
            refused = _box_refusal(box, convoy, convoy.planned_arrival)
            if refused:
                raise ValidationError(refused)
            if box.status == BoxStatus.ON_PALLET:
                raise ValidationError(
                    f"Box {box.code} is on pallet {box.pallet.code}: assign the pallet, or "
                    "unpack the box first."
                )
            _not_elsewhere(ConvoyItem.box == box.id, convoy, f"Box {box.code}")
            _upsert(convoy, vehicle, box=box.id)
            count += 1
    return count


def _not_elsewhere(condition: pw.Expression, convoy: Convoy, what: str) -> None:
    other = (
        ConvoyItem.select(ConvoyItem, Convoy)
        .join(Convoy)
        .where(condition, ConvoyItem.convoy != convoy.id)
        .first()
    )
    if other is not None:
        raise ValidationError(f"{what} is reserved for convoy {other.convoy.number} already.")


def _upsert(convoy: Convoy, vehicle: Vehicle | None, **item: int) -> None:
    found = ConvoyItem.get_or_none(**{k: v for k, v in item.items()})
    if found is not None:
        if found.loaded and found.vehicle_id != (vehicle.id if vehicle else None):
            raise ValidationError("It is loaded already: unload it before moving it.")
        found.vehicle = vehicle.id if vehicle else None
        found.save()
    else:
        ConvoyItem.create(convoy=convoy.id, vehicle=vehicle.id if vehicle else None, **item)


def release(convoy: Convoy, *, pallets: Sequence[str] = (), boxes: Sequence[str] = ()) -> int:
    _editable(convoy)
    pallet_ids = [p.id for p in Pallet.select().where(Pallet.code.in_(list(pallets)))]
    box_ids = [b.id for b in Box.select().where(Box.code.in_(list(boxes)))]
    with database_proxy.atomic():
        loaded = ConvoyItem.select().where(
            ConvoyItem.convoy == convoy.id,
            ConvoyItem.loaded == True,
            (ConvoyItem.pallet.in_(pallet_ids)) | (ConvoyItem.box.in_(box_ids)),
        )
        if loaded.exists():
            raise ValidationError("Unload it first: it is on a vehicle.")
        return int(
            ConvoyItem.delete()
            .where(
                ConvoyItem.convoy == convoy.id,
                (ConvoyItem.pallet.in_(pallet_ids)) | (ConvoyItem.box.in_(box_ids)),
            )
            .execute()
        )


def acknowledge(convoy: Convoy, category_id: int, reference: str) -> None:
    _editable(convoy)
    ref = validation.text(
        reference, "reference", "Licence number or MRN", required=True, max_length=100
    )
    ConvoyAcknowledgement.insert(convoy=convoy.id, category=category_id, reference=ref).on_conflict(
        conflict_target=[ConvoyAcknowledgement.convoy, ConvoyAcknowledgement.category],
        update={ConvoyAcknowledgement.reference: ref},
    ).execute()


# --- readiness -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    group: str
    message: str
    action: str
    blocking: bool = True
    category_id: int | None = None  # export problems: the category to acknowledge


def readiness(
    convoy: Convoy,
    today: dt.date | None = None,
    *,
    for_departure: bool = False,
    rows: list[_Row] | None = None,
) -> list[Problem]:
    """Everything that blocks 'ready' or needs a decision, grouped, each with its fix.

    Unloaded reservations count once loading has begun, or when asked for_departure.
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    recipient = convoy.recipient if convoy.recipient_id else None
    if recipient is None:
        problems.append(Problem("recipient", "No recipient is set.", "Choose the recipient."))
    else:
        for field, label in (
            ("edrpou", "EDRPOU code"),
            ("register_number", "register number (humanitarian aid)"),
            ("address", "address"),
        ):
            if not getattr(recipient, field):
                problems.append(
                    Problem(
                        "recipient",
                        f"{recipient.name} has no {label}.",
                        f"Enter the recipient's {label}.",
                    )
                )
    if not convoy.delivery_place:
        problems.append(Problem("convoy", "No delivery place.", "Enter the delivery place."))
    arrival = convoy.planned_arrival
    if not convoy.aid_code:
        problems.append(
            Problem(
                "aid code",
                "No aid code from the recipient's declaration.",
                "Ask the recipient for the aid code and enter it.",
            )
        )
    elif convoy.aid_code_valid_until is None or (
        arrival is not None and convoy.aid_code_valid_until < arrival
    ):
        problems.append(
            Problem(
                "aid code",
                "The aid code expires before the arrival.",
                "Ask the recipient to renew the aid code.",
            )
        )
    if convoy.planned_departure is None or arrival is None:
        problems.append(
            Problem("convoy", "Departure or arrival date missing.", "Enter both dates.")
        )
    vehicles = list(Vehicle.select().where(Vehicle.convoy == convoy.id).order_by(Vehicle.number))
    if not vehicles:
        problems.append(Problem("vehicles", "The convoy has no vehicle.", "Add a vehicle."))
    rows = _rows(convoy.id) if rows is None else rows
    for gauge, vehicle in zip(gauges(convoy, rows), vehicles, strict=False):
        if gauge.over_payload:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {gauge.label} carries "
                    f"{gauge.gross_kg} kg, over its payload of "
                    f"{gauge.payload_kg} kg.",
                    "Move pallets to another vehicle.",
                )
            )
        if gauge.over_places:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {gauge.label} has {gauge.pallets} "
                    f"pallets for {gauge.pallet_places} places.",
                    "Move pallets to another vehicle.",
                )
            )
        if gauge.over_height:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {gauge.label}: a pallet is {gauge.tallest_m} m tall, the loading "
                    f"height is {gauge.height_m} m.",
                    "Take the tall pallet off, or repack it lower.",
                )
            )
        if not vehicle.truck_plate or not vehicle.drivers:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {vehicle.number} has no plate or no driver.",
                    "Enter plates, drivers and passport numbers.",
                )
            )
    unassigned = [r for r in rows if r.vehicle_id is None]
    if unassigned:
        problems.append(
            Problem(
                "goods",
                f"{len(unassigned)} reserved boxes are on no vehicle.",
                "Assign them to a vehicle or release them.",
            )
        )
    late = arrival or today
    categories = {c.id: c for c in Category.select()}
    categories_seen: dict[int, Category] = {}
    for row in rows:
        category = categories[row.category_id]
        categories_seen[category.id] = category
        minimum = category.min_shelf_life_days
        if row.expiry is not None and row.expiry < late + dt.timedelta(minimum):
            problems.append(
                Problem(
                    "shelf life",
                    f"Box {row.code} ({category.name_en}) expires {row.expiry:%d.%m.%Y}: "
                    f"under {minimum} days left at the arrival.",
                    "Take the box off the convoy.",
                )
            )
        if row.gross_kg <= 0 or row.value_eur <= 0:
            problems.append(
                Problem(
                    "goods",
                    f"Box {row.code} has no weight or no value.",
                    "Correct the box in the stock screen.",
                )
            )
        if category.is_vehicle and recipient is not None and not recipient.may_receive_vehicles:
            problems.append(
                Problem(
                    "vehicles",
                    f"{recipient.name} may not receive vehicles, but box {row.code} is one.",
                    "Take the vehicle off, or change the recipient.",
                )
            )
    acknowledged = {
        a.category_id
        for a in ConvoyAcknowledgement.select().where(ConvoyAcknowledgement.convoy == convoy.id)
    }
    for category in categories_seen.values():
        if category.export_note and category.id not in acknowledged:
            problems.append(
                Problem(
                    "export",
                    f"{category.name_en}: {category.export_note}",
                    "Acknowledge with the licence number or MRN.",
                    category_id=category.id,
                )
            )
    if for_departure or convoy.status in (ConvoyStatus.LOADING, ConvoyStatus.READY):
        not_loaded = [r for r in rows if not r.loaded]
        if not_loaded:
            problems.append(
                Problem(
                    "loading",
                    f"{len(not_loaded)} reserved boxes are not loaded.",
                    "Load them by scanning, or release them.",
                )
            )
    return problems


def set_status(convoy: Convoy, status: ConvoyStatus, today: dt.date | None = None) -> None:
    _editable(convoy)
    if status is ConvoyStatus.READY:
        blocking = [p for p in readiness(convoy, today, for_departure=True) if p.blocking]
        if blocking:
            raise ValidationError(
                f"Convoy {convoy.number} is not ready: {len(blocking)} problem(s). "
                f"First: {blocking[0].message}"
            )
    if status is ConvoyStatus.CANCELLED:
        if (
            ConvoyItem.select()
            .where(ConvoyItem.convoy == convoy.id, ConvoyItem.loaded == True)
            .exists()
        ):
            raise ValidationError("Unload the vehicles before cancelling.")
        ConvoyItem.delete().where(ConvoyItem.convoy == convoy.id).execute()
    convoy.status = status.value
    convoy.save()


# --- loading, departure, delivery ----------------------------------------------------------
def load(
    vehicle: Vehicle, *, pallet: Pallet | None = None, box: Box | None = None, actor: Actor
) -> str:
    """Put a reserved (or unreserved) pallet or loose box on the vehicle; returns a note."""
    convoy = _current_convoy(vehicle)
    _editable(convoy)
    with database_proxy.atomic():
        if pallet is not None:
            item = ConvoyItem.get_or_none(ConvoyItem.pallet == pallet.id)
            if item is not None and item.convoy_id != convoy.id:
                raise ValidationError(
                    f"Pallet {pallet.code} is reserved for convoy {item.convoy.number}."
                )
            if item is not None and item.loaded and item.vehicle_id != vehicle.id:
                raise ValidationError(
                    f"Pallet {pallet.code} is loaded on vehicle {item.vehicle.number} already."
                )
            if item is not None and item.loaded:
                return "already loaded"
            if pallet.status != PalletStatus.IN_STOCK:
                raise ValidationError(f"Pallet {pallet.code} is {pallet.status}.")
            note = (
                "planned"
                if item is not None and item.vehicle_id == vehicle.id
                else ("not planned for this vehicle" if item is not None else "not planned")
            )
            if item is None:
                item = ConvoyItem.create(convoy=convoy.id, vehicle=vehicle.id, pallet=pallet.id)
            item.vehicle, item.loaded = vehicle.id, True
            item.save()
            before_pallet = (pallet.status, pallet.location_id)
            pallet.status, pallet.location = PalletStatus.LOADED.value, None
            pallet.save()
            log_pallet_change(
                pallet,
                MovementKind.LOADED,
                actor,
                before=before_pallet,
                note=f"vehicle {vehicle.code}",
            )
            for on_it in Box.select().where(
                Box.pallet == pallet.id, Box.status == BoxStatus.ON_PALLET
            ):
                before = box_state(on_it)
                on_it.status = BoxStatus.LOADED.value
                on_it.save()
                log_box_change(
                    on_it, MovementKind.LOADED, actor, before=before, note=f"vehicle {vehicle.code}"
                )
            return note
        assert box is not None
        if box.status == BoxStatus.ON_PALLET:
            raise ValidationError(
                f"Box {box.code} is on pallet {box.pallet.code}: load the "
                "pallet, or unpack the box first."
            )
        item = ConvoyItem.get_or_none(ConvoyItem.box == box.id)
        if item is not None and item.convoy_id != convoy.id:
            raise ValidationError(f"Box {box.code} is reserved for convoy {item.convoy.number}.")
        if item is not None and item.loaded:
            if item.vehicle_id != vehicle.id:
                raise ValidationError(
                    f"Box {box.code} is loaded on vehicle {item.vehicle.number} already."
                )
            return "already loaded"
        refused = _box_refusal(box, convoy, convoy.planned_arrival)
        if refused:
            raise ValidationError(refused)
        note = (
            "planned"
            if item is not None and item.vehicle_id == vehicle.id
            else ("not planned for this vehicle" if item is not None else "not planned")
        )
        if item is None:
            item = ConvoyItem.create(convoy=convoy.id, vehicle=vehicle.id, box=box.id)
        item.vehicle, item.loaded = vehicle.id, True
        item.save()
        before = box_state(box)
        box.status, box.location = BoxStatus.LOADED.value, None
        box.save()
        log_box_change(
            box, MovementKind.LOADED, actor, before=before, note=f"vehicle {vehicle.code}"
        )
        return note


def unload(
    vehicle: Vehicle,
    *,
    pallet: Pallet | None = None,
    box: Box | None = None,
    location_id: int,
    actor: Actor,
) -> None:
    _editable(_current_convoy(vehicle))
    with database_proxy.atomic():
        if pallet is not None:
            item = ConvoyItem.get_or_none(
                ConvoyItem.pallet == pallet.id,
                ConvoyItem.vehicle == vehicle.id,
                ConvoyItem.loaded == True,
            )
            if item is None:
                raise ValidationError(f"Pallet {pallet.code} is not loaded on this vehicle.")
            item.loaded = False
            item.save()
            before_pallet = (pallet.status, pallet.location_id)
            pallet.status, pallet.location = PalletStatus.IN_STOCK.value, location_id
            pallet.save()
            log_pallet_change(pallet, MovementKind.UNLOADED, actor, before=before_pallet)
            for on_it in Box.select().where(
                Box.pallet == pallet.id, Box.status == BoxStatus.LOADED
            ):
                before = box_state(on_it)
                on_it.status = BoxStatus.ON_PALLET.value
                on_it.save()
                log_box_change(on_it, MovementKind.UNLOADED, actor, before=before)
            return
        assert box is not None
        item = ConvoyItem.get_or_none(
            ConvoyItem.box == box.id, ConvoyItem.vehicle == vehicle.id, ConvoyItem.loaded == True
        )
        if item is None:
            raise ValidationError(f"Box {box.code} is not loaded on this vehicle.")
        item.loaded = False
        item.save()
        before = box_state(box)
        box.status, box.location = BoxStatus.IN_STOCK.value, location_id
        box.save()
        log_box_change(box, MovementKind.UNLOADED, actor, before=before)


def depart(
    convoy: Convoy,
    actor: Actor,
    today: dt.date | None = None,
    papers: PapersRenderer | None = None,
) -> int:
    """Lock the convoy: everything loaded is shipped; returns the number of boxes shipped.

    papers renders the final documents from what was shipped; they are archived in the same
    transaction, so a convoy never departs without them (nor are they kept if it does not)."""
    if convoy.status != ConvoyStatus.READY:
        raise ValidationError(
            f"Convoy {convoy.number} is {convoy.status}: mark it ready first "
            "('hafenlager convoy check' lists what is missing)."
        )
    shipped = 0
    with database_proxy.atomic():
        for item in ConvoyItem.select().where(
            ConvoyItem.convoy == convoy.id, ConvoyItem.loaded == True
        ):
            if item.pallet_id is not None:
                pallet = item.pallet
                before_pallet = (pallet.status, pallet.location_id)
                pallet.status = PalletStatus.SHIPPED.value
                pallet.save()
                log_pallet_change(
                    pallet,
                    MovementKind.SHIPPED,
                    actor,
                    before=before_pallet,
                    note=f"convoy {convoy.number}",
                )
                boxes = Box.select().where(Box.pallet == pallet.id, Box.status == BoxStatus.LOADED)
            else:
                boxes = Box.select().where(Box.id == item.box_id)
            for box in boxes:
                before = box_state(box)
                box.status = BoxStatus.SHIPPED.value
                box.save()
                log_box_change(
                    box, MovementKind.SHIPPED, actor, before=before, note=f"convoy {convoy.number}"
                )
                shipped += 1
        ConvoyItem.delete().where(
            ConvoyItem.convoy == convoy.id, ConvoyItem.loaded == False
        ).execute()
        convoy.status, convoy.departed_at = ConvoyStatus.DEPARTED.value, utcnow()
        convoy.save()
        if papers is not None:
            paper_archive.store(convoy, papers(convoy))
    return shipped


def deliver(
    vehicle: Vehicle,
    *,
    receipt_reference: str,
    actor: Actor,
    returned: Sequence[str] = (),
    return_location_id: int | None = None,
    pallets: Sequence[str] | None = None,
    when: dt.datetime | None = None,
) -> tuple[int, int]:
    """Confirm a handover: the whole vehicle, or only the given pallets of it.

    Returned boxes come back into stock. The vehicle counts as delivered once all its items
    are; the convoy once all its vehicles are. Returns (delivered, came back).
    """
    convoy = _current_convoy(vehicle)
    vehicle = Vehicle.get_by_id(vehicle.id)
    if convoy.status != ConvoyStatus.DEPARTED:
        raise ValidationError(
            f"Convoy {convoy.number} is {convoy.status}: only a departed convoy can be delivered."
        )
    reference = validation.text(
        receipt_reference, "receipt", "Receipt reference", required=True, max_length=100
    )
    back = {parse_code(c).text for c in returned}
    if back and return_location_id is None:
        raise ValidationError("Say where the returned goods go.")
    items = ConvoyItem.select().where(
        ConvoyItem.vehicle == vehicle.id, ConvoyItem.delivered_at.is_null()
    )
    if pallets is not None:
        wanted = {parse_code(c).text for c in pallets}
        chosen = [i for i in items if i.pallet_id is not None and i.pallet.code in wanted]
        missing = wanted - {i.pallet.code for i in chosen}
        if missing:
            names = ", ".join(sorted(missing))
            raise ValidationError(f"Not waiting for delivery on vehicle {vehicle.number}: {names}.")
    else:
        chosen = list(items)
    if vehicle.delivered_at is not None:
        raise ValidationError(f"Vehicle {vehicle.number} was delivered already.")
    if not chosen and pallets is not None:
        raise ValidationError(f"Vehicle {vehicle.number} has nothing left to deliver.")
    stamp = when or utcnow()
    delivered = came_back = 0
    with database_proxy.atomic():
        for item in chosen:
            if item.pallet_id is not None:
                pallet = item.pallet
                boxes = list(
                    Box.select().where(Box.pallet == pallet.id, Box.status == BoxStatus.SHIPPED)
                )
                before_pallet = (pallet.status, pallet.location_id)
                pallet.status = PalletStatus.DELIVERED.value
                pallet.save()
                log_pallet_change(
                    pallet, MovementKind.DELIVERED, actor, before=before_pallet, note=reference
                )
            else:
                boxes = list(Box.select().where(Box.id == item.box_id))
            for box in boxes:
                before = box_state(box)
                if box.code in back:
                    box.status, box.pallet, box.location = (
                        BoxStatus.IN_STOCK.value,
                        None,
                        return_location_id,
                    )
                    kind, note = MovementKind.UNLOADED, f"came back from convoy {convoy.number}"
                    came_back += 1
                else:
                    box.status = BoxStatus.DELIVERED.value
                    kind, note = MovementKind.DELIVERED, reference
                    delivered += 1
                box.save()
                log_box_change(box, kind, actor, before=before, note=note)
            item.delivered_at = stamp
            item.save()
        if (
            not ConvoyItem.select()
            .where(ConvoyItem.vehicle == vehicle.id, ConvoyItem.delivered_at.is_null())
            .exists()
        ):
            vehicle.delivered_at = stamp
            vehicle.receipt_reference = reference
            vehicle.save()
        if (
            not Vehicle.select()
            .where(Vehicle.convoy == convoy.id, Vehicle.delivered_at.is_null())
            .exists()
        ):
            convoy.status = ConvoyStatus.DELIVERED.value
            convoy.save()
    return delivered, came_back


@dataclass(frozen=True)
class PalletCandidate:
    id: int
    code: str
    location: str
    boxes: int
    gross_kg: Decimal
    earliest_expiry: dt.date | None
    owners: str
    categories: str


def available_pallets(
    *,
    association_id: int | None = None,
    category_id: int | None = None,
    location_id: int | None = None,
    expiry_before: dt.date | None = None,
    keeps_until: dt.date | None = None,
) -> list[PalletCandidate]:
    """Pallets in the hall, not reserved for any convoy, earliest expiry first.

    A pallet matches a filter when any of its boxes does (a mixed pallet is offered for each
    owner and category it carries).
    """
    from warehouse_app.storage.models import Location

    reserved = ConvoyItem.select(ConvoyItem.pallet).where(ConvoyItem.pallet.is_null(False))
    query = (
        Box.select(
            Pallet.id,
            Pallet.code,
            Location.name,
            Box.gross_kg,
            Box.expiry_date,
            Association.short_code,
            Category.name_de,
            Box.owner,
            Box.category,
            Pallet.tare_kg,
        )
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .join(Location, pw.JOIN.LEFT_OUTER, on=(Pallet.location == Location.id))
        .switch(Box)
        .join(Association, on=(Box.owner == Association.id))
        .switch(Box)
        .join(Category, on=(Box.category == Category.id))
        .where(
            Pallet.status == PalletStatus.IN_STOCK,
            Box.status == BoxStatus.ON_PALLET,
            Pallet.id.not_in(reserved),
        )
    )
    if location_id is not None:
        query = query.where(Pallet.location == location_id)
    grouped: dict[int, dict[str, Any]] = {}
    for (
        pid,
        code,
        place,
        gross,
        expiry,
        owner,
        category,
        owner_id,
        category_id_,
        tare,
    ) in database_proxy.execute(query).fetchall():
        entry = grouped.setdefault(
            pid,
            {
                "code": code,
                "location": place or "",
                "boxes": 0,
                "gross": Decimal(str(tare)),
                "expiry": None,
                "owners": set(),
                "categories": set(),
                "owner_ids": set(),
                "category_ids": set(),
            },
        )
        entry["boxes"] += 1
        entry["gross"] += Decimal(str(gross))
        expiry_date = _as_date(expiry)
        if expiry_date and (entry["expiry"] is None or expiry_date < entry["expiry"]):
            entry["expiry"] = expiry_date
        entry["owners"].add(owner)
        entry["categories"].add(category)
        entry["owner_ids"].add(owner_id)
        entry["category_ids"].add(category_id_)
    result = []
    for pid, e in grouped.items():
        if association_id is not None and association_id not in e["owner_ids"]:
            continue
        if category_id is not None and category_id not in e["category_ids"]:
            continue
        if expiry_before is not None and (e["expiry"] is None or e["expiry"] >= expiry_before):
            continue
        if e["expiry"] is not None and e["expiry"] < (keeps_until or dt.date.today()):
            continue  # goods expiring before the arrival cannot be assigned: not offered
        result.append(
            PalletCandidate(
                id=pid,
                code=e["code"],
                location=e["location"],
                boxes=e["boxes"],
                gross_kg=exact(e["gross"]),
                earliest_expiry=e["expiry"],
                owners=", ".join(sorted(e["owners"])),
                categories=", ".join(sorted(e["categories"])),
            )
        )
    result.sort(key=lambda c: (c.earliest_expiry is None, c.earliest_expiry or dt.date.max, c.code))
    return result


@dataclass(frozen=True)
class TreeBox:
    code: str
    owner: str
    description: str
    gross_kg: Decimal
    expiry: dt.date | None
    loaded: bool


@dataclass(frozen=True)
class TreePallet:
    id: int | None  # None: the vehicle's loose boxes
    code: str
    boxes: int
    gross_kg: Decimal
    loaded: bool


def tree_pallets(
    convoy: Convoy, rows: list[_Row] | None = None
) -> dict[int | None, list[TreePallet]]:
    """Per vehicle id (None: unassigned) the pallets and a 'loose boxes' entry, with totals."""
    rows = _rows(convoy.id) if rows is None else rows
    codes = dict(
        Pallet.select(Pallet.id, Pallet.code)
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.convoy == convoy.id)
        .tuples()
    )
    tare = dict(
        Pallet.select(Pallet.id, Pallet.tare_kg)
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.convoy == convoy.id)
        .tuples()
    )
    sums: dict[tuple[int | None, int | None], list[Any]] = {}
    for row in rows:
        key = (row.vehicle_id, row.pallet_id)
        entry = sums.setdefault(key, [0, Decimal(0), row.loaded])
        entry[0] += 1
        entry[1] += row.gross_kg
    result: dict[int | None, list[TreePallet]] = defaultdict(list)
    for (vehicle_id, pallet_id), (count, kg, loaded) in sums.items():
        if pallet_id is None:
            result[vehicle_id].append(TreePallet(None, "loose", count, exact(kg), loaded))
        else:
            result[vehicle_id].append(
                TreePallet(
                    pallet_id,
                    codes.get(pallet_id, "?"),
                    count,
                    exact(kg + Decimal(str(tare.get(pallet_id, 0)))),
                    loaded,
                )
            )
    for pallets in result.values():
        pallets.sort(key=lambda p: (p.id is None, p.code))
    return result


def tree_boxes(convoy: Convoy, vehicle_id: int | None, pallet_id: int | None) -> list[TreeBox]:
    rows = [r for r in _rows(convoy.id) if r.vehicle_id == vehicle_id and r.pallet_id == pallet_id]
    descriptions = (
        dict(
            Box.select(Box.id, Box.description_de)
            .where(Box.id.in_([r.box_id for r in rows]))
            .tuples()
        )
        if rows
        else {}
    )
    owners = dict(Association.select(Association.id, Association.short_code).tuples())
    return [
        TreeBox(
            r.code,
            owners.get(r.owner_id, "?"),
            descriptions.get(r.box_id, ""),
            r.gross_kg,
            r.expiry,
            r.loaded,
        )
        for r in rows
    ]


def rows_of(convoy: Convoy) -> list[_Row]:
    """The convoy's box rows, to share between gauges, tree, breakdown and readiness."""
    return _rows(convoy.id)


def set_pallet_height(pallet_code: str, height_m: Decimal | str) -> None:
    """Record a pallet's measured height (with the pallet itself), for the height gauge."""
    height = validation.positive(height_m, "height_m", "Pallet height")
    if height > Decimal("3.5"):
        raise ValidationError(
            f"{height} m is taller than any truck: give the height in metres.", "height_m"
        )
    code = parse_code(pallet_code)
    if code.kind is not CodeKind.PALLET:
        raise ValidationError(f"{code.text} is not a pallet code.")
    if not Pallet.update(height_m=height).where(Pallet.code == code.text).execute():
        raise NotFound(f"Unknown pallet {code.text}.")
