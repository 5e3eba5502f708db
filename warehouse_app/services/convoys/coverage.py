"""How much of each needs list of its recipient a convoy covers.

The convoy's goods (reserved or loaded, on its pallets or loose) are shared out over every open
line of the recipient's lists at once, urgent lines first, then by the date they are needed by,
the older list first, then by line number: a box counted for one line is not counted again for
another, nor for the same goods on a second list. A line counts in its unit as the needs match
does: kilograms by the boxes' net weight, anything else by the quantity of the boxes kept in
that unit. Shelf life is not asked here: the readiness check names a box that does not keep.

A list's covered share is the mean of its lines' shares (each at most 100 %): the lines count
in different units (pieces, kg, sets), so their amounts cannot be added up.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from warehouse_app.kinds import BoxStatus, NeedStatus, Priority, Unit
from warehouse_app.services.convoys.records import ConvoyRecord
from warehouse_app.storage.models import (
    Box,
    Category,
    ConvoyItem,
    NeedLine,
    NeedsList,
    database_proxy,
)
from warehouse_app.texts import Names

ORDER = {Priority.URGENT.value: 0, Priority.NORMAL.value: 1, Priority.NICE.value: 2}
ZERO = Decimal(0)


@dataclass(frozen=True)
class LineCoverage:
    line_id: int
    line_number: int
    category_id: int | None
    category: Names  # "" for a line without a category
    description: str
    unit: str
    priority: str
    needed_by: dt.date | None
    requested: Decimal
    carried: Decimal  # what this convoy carries for the line, counted once
    missing: Decimal

    @property
    def share(self) -> Decimal:
        """The line's covered share, 0 to 1."""
        if self.requested <= 0:
            return Decimal(1)
        return min(Decimal(1), self.carried / self.requested)


@dataclass(frozen=True)
class ListCoverage:
    list_id: int
    title: str
    recipient: str
    lines: tuple[LineCoverage, ...]  # in the list's order

    @property
    def covered(self) -> Decimal:
        """The mean of the lines' shares, 0 to 1 (see the module's docstring)."""
        return _mean(line.share for line in self.lines)

    @property
    def urgent_covered(self) -> Decimal | None:
        """The same over the urgent lines; None when the list has none."""
        urgent = [line.share for line in self.lines if line.priority == Priority.URGENT.value]
        return _mean(urgent) if urgent else None


def percent(share: Decimal) -> int:
    """A share as whole per cent, rounded down: 100 % only when all of it is there."""
    return int(share * 100)


def _mean(shares: Iterable[Decimal]) -> Decimal:
    values = list(shares)
    return sum(values, ZERO) / len(values) if values else ZERO


@dataclass
class Pool:
    """The convoy's goods of one category kept in one unit: what is left to share out."""

    quantity: Decimal
    net_kg: Decimal


def take(pools: dict[str, Pool], unit: str, most: Decimal) -> Decimal:
    """Up to most of the line's unit out of one category's pools (by unit); what was taken.
    Kilograms come out of every pool by net weight, and take the pieces with them in share."""
    taken = ZERO
    for pool_unit, pool in pools.items():
        if taken >= most:
            break
        if unit == Unit.KG.value:
            amount = min(pool.net_kg, most - taken)
            if pool.net_kg:
                pool.quantity -= pool.quantity * amount / pool.net_kg
            pool.net_kg -= amount
        elif pool_unit == unit:
            amount = min(pool.quantity, most - taken)
            if pool.quantity:
                pool.net_kg -= pool.net_kg * amount / pool.quantity
            pool.quantity -= amount
        else:
            continue
        taken += amount
    return taken


def open_lines(recipient_id: int) -> list[NeedLine]:
    """The recipient's lines still wanted (not withdrawn), in the order goods are shared out
    over them: urgent first, then needed by, the older list first, then by line number."""
    lines = list(
        NeedLine.select(NeedLine, Category)
        .join(Category, pw.JOIN.LEFT_OUTER)
        .switch(NeedLine)
        .join(NeedsList)
        .where(
            NeedsList.recipient == recipient_id,
            NeedLine.status != NeedStatus.WITHDRAWN.value,
        )
    )
    lines.sort(
        key=lambda n: (
            ORDER.get(n.priority, 1),
            n.needed_by or dt.date.max,
            n.needs_list_id,
            n.line_number,
        )
    )
    return lines


def carried_goods(convoy_id: int) -> dict[int, dict[str, Pool]]:
    """The convoy's boxes summed per category and unit: on its pallets, and loose."""
    keys = (Box.category, Box.unit)
    sums = (pw.fn.SUM(Box.quantity), pw.fn.SUM(Box.net_kg))
    parts = (
        Box.select(*keys, *sums)
        .join(ConvoyItem, on=(ConvoyItem.pallet == Box.pallet))
        .where(ConvoyItem.convoy == convoy_id, Box.status != BoxStatus.DISPOSED)
        .group_by(*keys),
        Box.select(*keys, *sums)
        .join(ConvoyItem, on=(ConvoyItem.box == Box.id))
        .where(ConvoyItem.convoy == convoy_id)
        .group_by(*keys),
    )
    pools: dict[int, dict[str, Pool]] = defaultdict(dict)
    for query in parts:
        for category, unit, quantity, net in database_proxy.execute(query).fetchall():
            pool = pools[int(category)].setdefault(str(unit), Pool(ZERO, ZERO))
            pool.quantity += Decimal(str(quantity))
            pool.net_kg += Decimal(str(net))
    return pools


def carried_per_line(convoy_id: int, lines: list[NeedLine]) -> dict[int, Decimal]:
    """What the convoy carries for each line (in the order given), each box counted once."""
    pools = carried_goods(convoy_id)
    carried: dict[int, Decimal] = {}
    for line in lines:
        wanted = Decimal(line.quantity)
        found = pools.get(line.category_id) if line.category_id is not None else None
        carried[int(line.id)] = take(found, str(line.unit), wanted) if found else ZERO
    return carried


def category_names(line: NeedLine) -> Names:
    if line.category_id is None:
        return Names("", "", "")
    category = line.category
    return Names(str(category.name_en), str(category.name_de), str(category.name_uk))


def coverage(convoy: ConvoyRecord) -> list[ListCoverage]:
    """Each needs list of the convoy's recipient, oldest first, with what the convoy carries
    for every line (see the module's docstring); none while the convoy has no recipient."""
    if convoy.recipient_id is None:
        return []
    lines = open_lines(convoy.recipient_id)
    carried = carried_per_line(convoy.id, lines)
    by_list: dict[int, list[LineCoverage]] = defaultdict(list)
    for line in lines:
        requested = Decimal(line.quantity)
        got = carried[int(line.id)]
        by_list[int(line.needs_list_id)].append(
            LineCoverage(
                line_id=int(line.id),
                line_number=int(line.line_number),
                category_id=line.category_id,
                category=category_names(line),
                description=str(line.description),
                unit=str(line.unit),
                priority=str(line.priority),
                needed_by=line.needed_by,
                requested=requested,
                carried=got,
                missing=max(ZERO, requested - got),
            )
        )
    lists = NeedsList.select(NeedsList.id, NeedsList.title).where(
        NeedsList.recipient == convoy.recipient_id
    )
    return [
        ListCoverage(
            list_id=int(needs.id),
            title=str(needs.title),
            recipient=convoy.recipient,
            lines=tuple(sorted(by_list.get(int(needs.id), []), key=lambda c: c.line_number)),
        )
        for needs in lists.order_by(NeedsList.id)
    ]
