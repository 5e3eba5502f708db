"""What a convoy holds, read for screens and checks: its boxes, the capacity gauges, the tree of
vehicles, pallets and boxes, the owners and categories, and the pallets still free to plan."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import peewee as pw

from warehouse_app.kinds import BoxStatus
from warehouse_app.quantities import exact
from warehouse_app.services.convoys.records import ConvoyRecord, convoy_record
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Convoy,
    ConvoyItem,
    Pallet,
    Vehicle,
    database_proxy,
)


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


@dataclass(frozen=True)
class ConvoyBox:
    """A box the convoy holds, on one of its pallets or loose."""

    box_id: int
    vehicle_id: int | None
    pallet_id: int | None  # None: a loose box
    loaded: bool
    code: str
    expiry: dt.date | None
    gross_kg: Decimal
    value_eur: Decimal  # per unit
    category_id: int
    owner_id: int
    quantity: Decimal = Decimal(1)

    @property
    def total_value_eur(self) -> Decimal:
        return self.value_eur * self.quantity


def boxes_of(convoy_id: int) -> list[ConvoyBox]:
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
        Box.quantity,
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
            quantity,
            pallet,
        ) in database_proxy.execute(query).fetchall():
            rows.append(
                ConvoyBox(
                    box_id,
                    vehicle,
                    pallet,
                    bool(loaded),
                    code,
                    as_date(expiry),
                    Decimal(str(gross)),
                    Decimal(str(value)),
                    category,
                    owner,
                    Decimal(str(quantity)),
                )
            )
    return rows


def as_date(value: object) -> dt.date | None:
    """Raw cursors give SQLite dates as text."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


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


def _own_weights(vehicles: list[Vehicle]) -> dict[int, Decimal]:
    """The gross of each donated vehicle that drives itself and is reserved on itself."""
    donated = {v.donated_box_id: v.id for v in vehicles if v.donated_box_id is not None}
    if not donated:
        return {}
    query = (
        Box.select(Box.id, Box.gross_kg, ConvoyItem.vehicle)
        .join(ConvoyItem, on=(ConvoyItem.box == Box.id))
        .where(Box.id.in_(list(donated)))
        .tuples()
    )
    return {
        vehicle_id: Decimal(str(gross))
        for box_id, gross, vehicle_id in query
        if donated[box_id] == vehicle_id
    }


def gauges(convoy: ConvoyRecord, rows: list[ConvoyBox] | None = None) -> list[Gauge]:
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
    own = _own_weights(vehicles)
    for v in vehicles:
        if v.id in own:  # a donated vehicle driving itself carries its goods, not itself
            boxes[v.id] -= 1
            kg[v.id] -= own[v.id]
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
    for row in Convoy.select().order_by(Convoy.id):
        convoy = convoy_record(row)
        total = gauges(convoy)[-1]
        result.append(
            ConvoyInfo(
                id=convoy.id,
                number=convoy.number,
                name=convoy.name,
                status=convoy.status,
                recipient=convoy.recipient,
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
    convoy: ConvoyRecord, rows: list[ConvoyBox] | None = None
) -> dict[str, dict[str, tuple[int, Decimal]]]:
    """Boxes and gross kg per association and per category."""
    rows = boxes_of(convoy.id) if rows is None else rows
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
    convoy: ConvoyRecord, rows: list[ConvoyBox] | None = None
) -> dict[int | None, list[TreePallet]]:
    """Per vehicle id (None: unassigned) the pallets and a 'loose boxes' entry, with totals."""
    rows = boxes_of(convoy.id) if rows is None else rows
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


def tree_boxes(
    convoy: ConvoyRecord, vehicle_id: int | None, pallet_id: int | None
) -> list[TreeBox]:
    rows = [
        r for r in boxes_of(convoy.id) if r.vehicle_id == vehicle_id and r.pallet_id == pallet_id
    ]
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
