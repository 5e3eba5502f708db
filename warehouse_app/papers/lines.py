"""A vehicle's boxes as the lines of its papers: read once, as plain rows, each with its share of
its pallet's tare.

The gross a declaration gives per line includes the packaging: apportioning each pallet's tare
over the boxes on it (by their gross weight, to the gram) makes every document's goods lines
sum to CMR box 11, without a "pallets" line that AHARS has no category for."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from warehouse_app.kinds import BoxStatus
from warehouse_app.quantities import EUR, exact
from warehouse_app.services.convoys import VehicleRecord
from warehouse_app.services.vehicles import DonatedVehicle, details_of
from warehouse_app.storage.models import Association, Box, Category, ConvoyItem, Pallet


@dataclass(frozen=True)
class PaperLine:
    """One box: a line of the packing list's annex."""

    package_no: int
    box_code: str
    pallet_code: str
    owner: str
    category_en: str
    category_uk: str
    category_de: str
    hs_code: str
    description_en: str
    description_uk: str
    description_de: str
    quantity: Decimal
    unit: str
    net_kg: Decimal
    gross_kg: Decimal
    unit_value_eur: Decimal
    total_value_eur: Decimal
    origin: str
    used: bool
    wear_percent: int
    expiry: dt.date | None
    serial_or_vin: str
    un_number: str
    # The box's share of its pallet's tare (see apportion_tare): the gross a declaration
    # gives per line includes the packaging, so the lines sum to CMR box 11.
    packaging_kg: Decimal = Decimal("0.000")
    is_vehicle: bool = False  # a donated vehicle: a gift, never "boxes"
    vehicle: DonatedVehicle | None = None  # its make, model, year… where recorded

    @property
    def shipped_gross_kg(self) -> Decimal:
        return self.gross_kg + self.packaging_kg


# One row of _LINE_COLUMNS, as the database driver gives it.
_Row = tuple[Any, ...]
_LINE_COLUMNS = (
    Box.id,
    Box.code,
    Box.pallet,
    Association.short_code,
    Category.name_en,
    Category.name_uk,
    Category.name_de,
    Category.hs_code,
    Box.description_en,
    Box.description_uk,
    Box.description_de,
    Box.quantity,
    Box.unit,
    Box.net_kg,
    Box.gross_kg,
    Box.value_per_unit_eur,
    Box.origin_country,
    Box.used,
    Box.wear_percent,
    Box.expiry_date,
    Box.serial_or_vin,
    Category.un_number,
    Category.is_vehicle,
)


def paper_lines(vehicle: VehicleRecord) -> tuple[PaperLine, ...]:
    """The vehicle's boxes, read once as plain rows (model objects cost most of the papers'
    time on a 6,600-box convoy), in pallet then box order, each with its tare share."""
    pallets = {
        pallet_id: (code, exact(tare))
        for pallet_id, code, tare in Pallet.select(Pallet.id, Pallet.code, Pallet.tare_kg)
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.vehicle == vehicle.id)
        .tuples()
    }
    loose = {
        b
        for (b,) in ConvoyItem.select(ConvoyItem.box)
        .where(ConvoyItem.vehicle == vehicle.id, ConvoyItem.box.is_null(False))
        .tuples()
    }
    query = (
        Box.select(*_LINE_COLUMNS)
        .join(Category, on=(Box.category == Category.id))
        .switch(Box)
        .join(Association, on=(Box.owner == Association.id))
        .where(
            ((Box.pallet.in_(list(pallets))) | (Box.id.in_(list(loose))))
            & (Box.status != BoxStatus.DISPOSED)
        )
        .tuples()
    )

    def on_pallet(row: _Row) -> str:
        box_id, _, pallet_id = row[0], row[1], row[2]
        if box_id in loose or pallet_id not in pallets:
            return ""
        return str(pallets[pallet_id][0])

    rows: list[_Row] = sorted(query, key=lambda r: (on_pallet(r) or "~loose", r[1]))
    shares = _tare_shares(rows, pallets, on_pallet)
    donated = details_of(row[0] for row in rows if row[-1])  # is_vehicle, the last column
    return tuple(
        _line(n, row, on_pallet(row), shares.get(row[0], ZERO_KG), donated.get(row[0]))
        for n, row in enumerate(rows, start=1)
    )


ZERO_KG = exact(0)


def _line(
    n: int, row: _Row, pallet_code: str, packaging: Decimal, vehicle: DonatedVehicle | None
) -> PaperLine:
    (
        _,
        code,
        _,
        owner,
        category_en,
        category_uk,
        category_de,
        hs_code,
        description_en,
        description_uk,
        description_de,
        quantity,
        unit,
        net_kg,
        gross_kg,
        unit_value,
        origin,
        used,
        wear,
        expiry,
        serial,
        un_number,
        is_vehicle,
    ) = row
    value = exact(unit_value, EUR)
    pieces = exact(quantity)
    return PaperLine(
        package_no=n,
        box_code=str(code),
        pallet_code=pallet_code,
        owner=str(owner),
        category_en=str(category_en),
        category_uk=str(category_uk),
        category_de=str(category_de),
        hs_code=str(hs_code),
        description_en=str(description_en or category_en),
        description_uk=str(description_uk),
        description_de=str(description_de or category_de),
        quantity=pieces,
        unit=str(unit),
        net_kg=exact(net_kg),
        gross_kg=exact(gross_kg),
        unit_value_eur=value,
        total_value_eur=exact(value * pieces, EUR),
        origin=str(origin),
        used=bool(used),
        wear_percent=int(wear),
        expiry=expiry,
        serial_or_vin=str(serial),
        un_number=str(un_number),
        packaging_kg=packaging,
        is_vehicle=bool(is_vehicle),
        vehicle=vehicle,
    )


def _tare_shares(
    rows: list[_Row],
    pallets: dict[int, tuple[str, Decimal]],
    on_pallet: Callable[[_Row], str],
) -> dict[int, Decimal]:
    """Each box's share of its pallet's tare, by the box's gross weight, to the gram."""
    members: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    for row in rows:
        if on_pallet(row):
            members[row[2]].append((row[0], exact(row[14])))
    shares: dict[int, Decimal] = {}
    for pallet_id, boxes in members.items():
        shares.update(apportion_tare(pallets[pallet_id][1], boxes))
    return shares


def apportion_tare(tare: Decimal, boxes: list[tuple[int, Decimal]]) -> dict[int, Decimal]:
    """tare split over (box id, gross kg) in proportion to gross, in grams that sum exactly
    (largest remainder); equally when the boxes weigh nothing."""
    grams = int(tare * 1000)
    weights = [gross for _, gross in boxes]
    total = sum(weights, Decimal(0))
    if total <= 0:
        weights, total = [Decimal(1)] * len(boxes), Decimal(len(boxes))
    exact_shares = [Decimal(grams) * w / total for w in weights]
    floors = [int(share) for share in exact_shares]
    left = grams - sum(floors)
    by_remainder = sorted(range(len(boxes)), key=lambda i: (-(exact_shares[i] - floors[i]), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return {box_id: exact(Decimal(g) / 1000) for (box_id, _), g in zip(boxes, floors, strict=True)}
