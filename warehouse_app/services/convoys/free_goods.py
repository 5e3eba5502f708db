"""The free goods in the hall a needs list can take: loose boxes and whole pallets (each with
all its boxes) that are on no convoy at all, with what each box counts for a need line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.kinds import BoxStatus, PalletStatus, Unit
from warehouse_app.storage.models import Box, ConvoyItem, NeedLine, Pallet

ZERO = Decimal(0)


@dataclass
class FreeBox:
    id: int
    code: str
    category: int
    unit: str
    quantity: Decimal
    net_kg: Decimal
    gross_kg: Decimal
    expiry: dt.date | None

    def amount(self, line: NeedLine) -> Decimal:
        """What the box counts for the line, in its unit; 0 when it does not serve it."""
        if self.category != line.category_id:
            return ZERO
        if line.unit == Unit.KG.value:
            return self.net_kg
        return self.quantity if self.unit == line.unit else ZERO


@dataclass
class FreeUnit:
    """What goes on a vehicle at once: a pallet with its boxes, or a loose box."""

    kind: str
    code: str
    boxes: list[FreeBox]
    tare_kg: Decimal = ZERO
    taken: bool = False

    @property
    def gross_kg(self) -> Decimal:
        return self.tare_kg + sum((b.gross_kg for b in self.boxes), ZERO)

    @property
    def places(self) -> int:
        return 1 if self.kind == "pallet" else 0

    def earliest(self, category: int | None = None) -> dt.date | None:
        dates = [
            b.expiry
            for b in self.boxes
            if b.expiry is not None and (category is None or b.category == category)
        ]
        return min(dates) if dates else None


def free_units(categories: set[int]) -> list[FreeUnit]:
    """The free pallets and loose boxes in the hall that carry a box of these categories, each
    pallet with all its boxes (a pallet with a box not simply on it is left out); which of them
    keep long enough and may go is for the caller to say."""
    if not categories:
        return []
    reserved_boxes = ConvoyItem.select(ConvoyItem.box).where(ConvoyItem.box.is_null(False))
    reserved_pallets = ConvoyItem.select(ConvoyItem.pallet).where(ConvoyItem.pallet.is_null(False))
    columns = (
        Box.id,
        Box.code,
        Box.category,
        Box.unit,
        Box.quantity,
        Box.net_kg,
        Box.gross_kg,
        Box.expiry_date,
    )
    units: list[FreeUnit] = []
    loose = Box.select(*columns).where(
        Box.status == BoxStatus.IN_STOCK.value,
        Box.pallet.is_null(),
        Box.category.in_(sorted(categories)),
        Box.id.not_in(reserved_boxes),
    )
    for row in loose.tuples():
        box = _box(row)
        units.append(FreeUnit("box", box.code, [box]))
    wanted = Box.select(Box.pallet).where(
        Box.category.in_(sorted(categories)), Box.status == BoxStatus.ON_PALLET.value
    )
    pallets = {
        pid: FreeUnit("pallet", code, [], Decimal(str(tare)))
        for pid, code, tare in Pallet.select(Pallet.id, Pallet.code, Pallet.tare_kg)
        .where(
            Pallet.status == PalletStatus.IN_STOCK.value,
            Pallet.id.in_(wanted),
            Pallet.id.not_in(reserved_pallets),
        )
        .tuples()
    }
    spoilt: set[int] = set()  # a box on it that is not simply on the pallet (should not be)
    on_pallets = Box.select(*columns, Box.pallet, Box.status).where(
        Box.pallet.in_(list(pallets)), Box.status != BoxStatus.DISPOSED.value
    )
    for row in on_pallets.order_by(Box.id).tuples() if pallets else ():
        if row[-1] != BoxStatus.ON_PALLET.value:
            spoilt.add(row[-2])
        pallets[row[-2]].boxes.append(_box(row[:8]))
    units.extend(u for pid, u in pallets.items() if pid not in spoilt and u.boxes)
    return units


def _box(row: tuple[object, ...]) -> FreeBox:
    bid, code, category, unit, quantity, net, gross, expiry = row
    return FreeBox(
        int(str(bid)),
        str(code),
        int(str(category)),
        str(unit),
        Decimal(str(quantity)),
        Decimal(str(net)),
        Decimal(str(gross)),
        expiry if isinstance(expiry, dt.date) else None,
    )
