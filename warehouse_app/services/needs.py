"""The recipients' needs lists, listed and matched against what the hall has (imported from
the recipient's spreadsheet by imports.needs_list, kept by hand by services.need_lines).

Matching shares the stock out line by line, urgent lines first, then by the date they are
needed by: a box counted for one line is not counted again for another. A box counts when it
is in the hall (in stock or on a pallet), not reserved for a convoy, and keeps long enough:
its best-before date at least the category's minimum shelf life after the date the line is
needed by (or today). Quantities count in the line's unit: kilograms by the boxes' net weight,
anything else by the boxes' quantity in that unit. Goods already packed for the recipient on a
convoy not yet gone count first ("on a convoy"); what open and accepted offers would add is
"offered" (services.offers.offered_by_line); "missing" is what none of them covers. Lines
marked covered or withdrawn ask for nothing.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

import peewee as pw

from warehouse_app.errors import NotFound
from warehouse_app.kinds import BoxStatus, ConvoyStatus, NeedStatus, Priority, Unit
from warehouse_app.services import offers
from warehouse_app.services.stock_query import off_index
from warehouse_app.storage.models import (
    Box,
    Category,
    Convoy,
    ConvoyItem,
    NeedLine,
    NeedsList,
    Recipient,
    database_proxy,
)
from warehouse_app.texts import QT_TRANSLATE_NOOP

_ORDER = {Priority.URGENT.value: 0, Priority.NORMAL.value: 1, Priority.NICE.value: 2}


@dataclass(frozen=True)
class NeedMatch:
    line_id: int
    line_number: int
    category: str
    description: str
    unit: str
    priority: str
    needed_by: dt.date | None
    requested: Decimal
    in_stock: Decimal  # in the hall, free, keeping long enough: counted for this line
    offered: Decimal
    missing: Decimal  # what neither the hall, nor the recipient's convoys, nor offers cover
    owners: tuple[str, ...] = field(default=())
    on_convoy: Decimal = Decimal(0)  # packed for the recipient on a convoy not yet gone
    list_id: int = 0


def recipient_names() -> list[str]:
    """The recipients a needs list can belong to, by name."""
    return [str(r.name) for r in Recipient.select(Recipient.name).order_by(Recipient.name)]


def find_recipient(name: str) -> Recipient | None:
    """A recipient by its name, or one language of a bilingual name ("Zhytomyr City Council /
    Житомирська міська рада"), in any case (SQLite's LOWER folds ASCII only)."""
    wanted = name.strip().casefold()
    for found in Recipient.select():
        names = [str(found.name), *str(found.name).split(" / ")]
        if wanted in (n.strip().casefold() for n in names):
            recipient: Recipient = found
            return recipient
    return None


# --- reading -------------------------------------------------------------------------------
@dataclass(frozen=True)
class NeedsListRow:
    id: int
    recipient: str
    title: str
    received_at: dt.datetime
    lines: int


def needs_lists(recipient: str | None = None) -> list[NeedsListRow]:
    query = (
        NeedsList.select(
            NeedsList.id,
            Recipient.name,
            NeedsList.title,
            NeedsList.received_at,
            pw.fn.COUNT(NeedLine.id),
        )
        .join(Recipient)
        .switch(NeedsList)
        .join(NeedLine, pw.JOIN.LEFT_OUTER)
        .group_by(NeedsList.id, Recipient.name, NeedsList.title, NeedsList.received_at)
        .order_by(NeedsList.id)
    )
    if recipient:
        found = find_recipient(recipient)
        query = query.where(Recipient.id == (found.id if found is not None else -1))
    return [NeedsListRow(*row) for row in query.tuples()]


def match(list_id: int, today: dt.date | None = None) -> list[NeedMatch]:
    """Each line of the list with what the hall can give it (see the module's docstring)."""
    if not NeedsList.select().where(NeedsList.id == list_id).exists():
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no needs list {list_id}."), list_id=list_id
        )
    return match_lists([list_id], today)


def match_lists(list_ids: Sequence[int], today: dt.date | None = None) -> list[NeedMatch]:
    """The lines of several lists matched together, urgent lines first whichever list they are
    on: a box, a packed box or an offer counted for one line is not counted for another (the
    shortage list: what all of them still need). By list, then line."""
    today = today or dt.date.today()
    # Plain tuples: building 200 models with their category took a tenth of the match.
    lines = [
        _Line(*row)
        for row in NeedLine.select(
            NeedLine.id,
            NeedLine.line_number,
            NeedLine.category,
            Category.name_de,
            Category.min_shelf_life_days,
            NeedLine.description,
            NeedLine.quantity,
            NeedLine.unit,
            NeedLine.priority,
            NeedLine.needed_by,
            NeedLine.needs_list,
            NeedsList.recipient,
        )
        .join(Category, pw.JOIN.LEFT_OUTER)
        .switch(NeedLine)
        .join(NeedsList)
        .where(
            NeedLine.needs_list.in_(list(list_ids)),
            # A covered or withdrawn line asks for nothing more.
            NeedLine.status.not_in([NeedStatus.WITHDRAWN.value, NeedStatus.COVERED.value]),
        )
        .tuples()
    ]
    categories = {line.category_id for line in lines if line.category_id}
    free = _free_stock(categories)
    packed = _packed_for({int(line.recipient_id) for line in lines}, categories)
    lines.sort(
        key=lambda n: (
            _ORDER.get(n.priority, 1),
            n.needed_by or dt.date.max,
            n.list_id,
            n.line_number,
        )
    )
    offered = offers.offered_by_line(lines)
    result = []
    for line in lines:
        wanted = Decimal(line.quantity)
        counted = on_convoy = Decimal(0)
        owners: set[str] = set()
        if line.category_id is not None:
            for lot in packed.get((int(line.recipient_id), int(line.category_id)), []):
                if on_convoy >= wanted:
                    break
                on_convoy += lot.take(str(line.unit), wanted - on_convoy)
        lots = free.get(line.category_id) if line.category_id is not None else None
        if lots is not None and on_convoy < wanted:
            keeps_until = (line.needed_by or today) + dt.timedelta(days=int(line.shelf_life or 0))
            counted = lots.share_out(str(line.unit), wanted - on_convoy, keeps_until, owners)
        result.append(
            NeedMatch(
                line_id=int(line.id),
                line_number=int(line.line_number),
                category=str(line.category) if line.category_id else "",
                description=str(line.description),
                unit=str(line.unit),
                priority=str(line.priority),
                needed_by=line.needed_by,
                requested=wanted,
                in_stock=counted,
                offered=offered[int(line.id)],
                missing=max(Decimal(0), wanted - on_convoy - counted - offered[int(line.id)]),
                owners=tuple(sorted(owners)),
                on_convoy=on_convoy,
                list_id=int(line.list_id),
            )
        )
    return sorted(result, key=lambda m: (m.list_id, m.line_number))


def _packed_for(recipients: set[int], categories: set[int]) -> dict[tuple[int, int], list[_Lot]]:
    """The goods reserved or loaded for these recipients on convoys not yet gone, by recipient
    and category: they answer the recipient's needs already, whatever their expiry (the
    convoy's readiness checks that)."""
    if not recipients or not categories:
        return {}
    live = (ConvoyStatus.PLANNING.value, ConvoyStatus.LOADING.value, ConvoyStatus.READY.value)
    keys = (Box.category, Box.unit)
    sums: dict[tuple[int, int, str], list[Decimal]] = {}
    for recipient in sorted(recipients):
        convoys = Convoy.select(Convoy.id).where(
            Convoy.status.in_(live), Convoy.recipient == recipient
        )
        items = list(
            ConvoyItem.select(ConvoyItem.box, ConvoyItem.pallet)
            .where(ConvoyItem.convoy.in_(convoys))
            .tuples()
        )
        boxes = [b for b, _ in items if b is not None]
        pallets = [p for _, p in items if p is not None]
        # Driven from the few reserved items, each along its index (the box's id, the pallet's
        # boxes): joining from the boxes read all 50,000 of them.
        for reserved, wanted in ((Box.id.in_(boxes), boxes), (Box.pallet.in_(pallets), pallets)):
            if not wanted:
                continue
            query = (
                Box.select(*keys, pw.fn.SUM(Box.quantity), pw.fn.SUM(Box.net_kg))
                .where(
                    reserved,
                    off_index(Box.category).in_(sorted(categories)),
                    off_index(Box.status).in_(
                        [
                            BoxStatus.IN_STOCK.value,
                            BoxStatus.ON_PALLET.value,
                            BoxStatus.LOADED.value,
                        ]
                    ),
                )
                .group_by(*keys)
            )
            for category, unit, quantity, net in query.tuples():
                total = sums.setdefault((recipient, int(category), str(unit)), [Decimal(0)] * 2)
                total[0] += _exact(quantity)
                total[1] += _exact(net)
    packed: dict[tuple[int, int], list[_Lot]] = defaultdict(list)
    for (recipient, category, unit), (quantity, net) in sums.items():
        packed[(recipient, category)].append(_Lot("", unit, None, quantity, net))
    return packed


class _Line(NamedTuple):
    """A need line as match reads it (what offers.offered_by_line reads too)."""

    id: int
    line_number: int
    category_id: int | None
    category: str | None  # its German name
    shelf_life: int | None  # the category's minimum shelf life, days
    description: str
    quantity: Decimal
    unit: str
    priority: str
    needed_by: dt.date | None
    list_id: int
    recipient_id: int


@dataclass
class _Lot:
    """The free boxes of one category, owner, unit and expiry: what is left to share out."""

    owner: str
    unit: str
    expiry: dt.date | None
    quantity: Decimal
    net_kg: Decimal

    def take(self, unit: str, most: Decimal) -> Decimal:
        if unit == Unit.KG.value:
            amount = min(self.net_kg, most)
            share = amount / self.net_kg if self.net_kg else Decimal(0)
            self.net_kg -= amount
            self.quantity -= self.quantity * share
            return amount
        if unit != self.unit:
            return Decimal(0)
        amount = min(self.quantity, most)
        share = amount / self.quantity if self.quantity else Decimal(0)
        self.quantity -= amount
        self.net_kg -= self.net_kg * share
        return amount


# One summed row of the free stock as the database gives it: owner id, unit, quantity, net kg
# (floats or ints on SQLite, Decimals on PostgreSQL).
_Row = tuple[int, str, object, object]


@dataclass
class _Lots:
    """One category's free stock, first expired first out (the goods that keep forever last).

    A 200-line list reaches a few of a category's hundreds of lots: each becomes a _Lot (its
    sums exact Decimals) only when a line takes from it, and a line finds its first lot that
    keeps long enough by bisection instead of stepping over the ones that do not."""

    codes: dict[int, str]  # the owners' short codes
    expiries: list[dt.date] = field(default_factory=list)  # of the dated rows, ascending
    rows: list[_Row] = field(default_factory=list)  # the dated ones first, then the undated
    taken: dict[int, _Lot] = field(default_factory=dict)  # by index in rows

    def share_out(
        self, unit: str, wanted: Decimal, keeps_until: dt.date, owners: set[str]
    ) -> Decimal:
        """Take up to wanted in unit from the lots keeping until keeps_until; the owners
        taken from are added to owners. What is taken is not there for the next line."""
        counted = Decimal(0)
        kg = unit == Unit.KG.value
        rows = self.rows
        for index in range(bisect_left(self.expiries, keeps_until), len(rows)):
            if counted >= wanted:
                break
            row = rows[index]
            if not kg and row[1] != unit:
                continue  # counts nothing for this line (_Lot.take would say 0)
            lot = self.taken.get(index)
            if lot is None:
                expiry = self.expiries[index] if index < len(self.expiries) else None
                owner = self.codes.get(row[0], str(row[0]))
                lot = self.taken[index] = _Lot(
                    owner, row[1], expiry, _exact(row[2]), _exact(row[3])
                )
            amount = lot.take(unit, wanted - counted)
            if amount:
                counted += amount
                owners.add(lot.owner)
        return counted


def _exact(total: object) -> Decimal:
    """A SUM as the Decimal it stands for: SQLite sums the DECIMAL columns (3 places) as
    floats, so 0.1 kg steps come back as 190.06000000000003; rounding to 3 places and taking
    the float's shortest text gives 190.06, and 5.5 stays 5.5 (not 5.500)."""
    if isinstance(total, float):
        return Decimal(repr(round(total, 3)))
    return Decimal(total) if isinstance(total, int | Decimal) else Decimal(str(total))


def _free_stock(categories: set[int]) -> dict[int, _Lots]:
    """The hall's free boxes of these categories, summed by owner, unit and expiry: the boxes
    in the hall, less the ones reserved for a convoy still going (by themselves or on their
    pallet), in one query that leaves those out as it reads. Ordered by category, expiry,
    owner and unit, so each category's lots come in the order they are shared out."""
    if not categories:
        return {}
    from warehouse_app.storage.models import Association

    active = Convoy.select(Convoy.id).where(
        Convoy.status.not_in([ConvoyStatus.DEPARTED.value, ConvoyStatus.CANCELLED.value])
    )
    reserved_boxes = ConvoyItem.select(ConvoyItem.box).where(
        ConvoyItem.convoy.in_(active), ConvoyItem.box.is_null(False)
    )
    reserved_pallets = ConvoyItem.select(ConvoyItem.pallet).where(
        ConvoyItem.convoy.in_(active), ConvoyItem.pallet.is_null(False)
    )
    keys = (Box.category, Box.expiry_date, Box.owner, Box.unit)
    query = (
        Box.select(*keys, pw.fn.SUM(Box.quantity), pw.fn.SUM(Box.net_kg))
        .where(
            # Along box_free_stock (sort_indexes.FREE_STOCK): it holds all this reads, in the
            # order grouped by, so no box row is read and nothing sorted. The status is checked
            # in it: SQLite, without statistics, would walk box_status and read every row.
            Box.category.in_(sorted(categories)),
            off_index(Box.status).in_([BoxStatus.IN_STOCK.value, BoxStatus.ON_PALLET.value]),
            Box.id.not_in(reserved_boxes),
            Box.pallet.is_null() | Box.pallet.not_in(reserved_pallets),
        )
        .group_by(*keys)
        .order_by(*keys)
    )
    # The owners' codes from their small table: joining them per box cost a third of the query.
    codes = {
        int(i): str(c)
        for i, c in Association.select(Association.id, Association.short_code).tuples()
    }
    lots: dict[int, _Lots] = {}
    undated: dict[int, list[_Row]] = defaultdict(list)
    dates: dict[object, dt.date] = {}  # each date as stored, converted once
    for category, expiry, owner, unit, quantity, net in database_proxy.execute(query):
        found = lots.get(category)
        if found is None:
            found = lots[category] = _Lots(codes)
        if expiry is None:  # SQLite sorts them first, PostgreSQL last: they go last
            undated[category].append((owner, unit, quantity, net))
            continue
        date = dates.get(expiry)
        if date is None:
            date = dates[expiry] = Box.expiry_date.python_value(expiry)
        found.expiries.append(date)
        found.rows.append((owner, unit, quantity, net))
    for category, rows in undated.items():
        lots[category].rows.extend(rows)
    return {int(category): found for category, found in lots.items()}
