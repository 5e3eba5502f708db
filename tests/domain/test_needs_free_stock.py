"""The free stock the needs match shares out, read in one query (services.needs._free_stock):
first expired first out with the goods that keep for ever last on both engines, lots that do
not keep long enough passed over, reserved pallets left out, and kilograms summed exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from warehouse_app.kinds import BoxStatus, ConvoyStatus
from warehouse_app.services import needs
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Convoy,
    ConvoyItem,
    NeedLine,
    NeedsList,
    Recipient,
)
from warehouse_app.storage.opening import OpenedDatabase

TODAY = dt.date.today()


def _category(name: str) -> Category:
    """A category of its own, so that no other demo box counts for it."""
    category: Category = Category.create(
        name_de=name, name_en=name, name_uk=name, hs_code="630140", min_shelf_life_days=0
    )
    return category


def _loose_boxes(category: Category, specs: list[dict[str, object]]) -> None:
    """Free loose boxes of the demo's hall turned into this category, one per spec."""
    reserved = {b for (b,) in ConvoyItem.select(ConvoyItem.box).tuples() if b}
    free = [
        b.id
        for b in Box.select(Box.id)
        .where(Box.status == BoxStatus.IN_STOCK.value, Box.pallet.is_null())
        .order_by(Box.id)
        if b.id not in reserved
    ]
    assert len(free) >= len(specs), "the small demo has enough loose boxes"
    for box_id, spec in zip(free, specs, strict=False):
        Box.update(category=category.id, **spec).where(Box.id == box_id).execute()


def _list(
    lines: list[tuple[Category, str, str, str, dt.date | None]], recipient: int | None = None
) -> int:
    """A needs list of (category, quantity, unit, priority, needed by) lines, in that order."""
    listed = NeedsList.create(recipient=recipient or Recipient.select().first().id, title="Test")
    for number, (category, quantity, unit, priority, needed_by) in enumerate(lines, start=1):
        NeedLine.create(
            needs_list=listed.id,
            line_number=number,
            category=category.id,
            description=str(category.name_de),
            quantity=Decimal(quantity),
            unit=unit,
            priority=priority,
            needed_by=needed_by,
        )
    return int(listed.id)


def test_the_earliest_expiry_goes_first_and_what_keeps_for_ever_last(
    demo: OpenedDatabase,
) -> None:
    pillows = _category("Testkissen")
    never, late, early = Association.select().order_by(Association.id)[:3]
    in_a_year, in_three = TODAY.replace(year=TODAY.year + 1), TODAY.replace(year=TODAY.year + 3)
    _loose_boxes(
        pillows,
        [
            {"owner": never.id, "quantity": 10, "unit": "pcs", "expiry_date": None},
            {"owner": late.id, "quantity": 10, "unit": "pcs", "expiry_date": in_three},
            {"owner": early.id, "quantity": 10, "unit": "pcs", "expiry_date": in_a_year},
        ],
    )
    listed = _list(
        [
            # needed in two years: the box expiring next year is passed over, not taken
            (pillows, "10", "pcs", "urgent", TODAY.replace(year=TODAY.year + 2)),
            (pillows, "15", "pcs", "normal", None),  # the early box, then the one without date
            (pillows, "10", "pcs", "nice", None),  # what is left of that one
        ]
    )
    first, second, third = needs.match(listed)
    codes = {a: str(a.short_code) for a in (never, late, early)}
    assert (first.in_stock, first.missing, first.owners) == (
        Decimal(10),
        Decimal(0),
        (codes[late],),
    )
    assert (second.in_stock, second.owners) == (
        Decimal(15),
        tuple(sorted((codes[early], codes[never]))),
    )
    assert (third.in_stock, third.missing, third.owners) == (
        Decimal(5),
        Decimal(5),
        (codes[never],),
    )


def test_tenths_of_a_kilogram_add_up_exactly(demo: OpenedDatabase) -> None:
    """SQLite sums DECIMAL columns as floats: ten boxes of 0.1 kg came back as
    0.9999999999999999 kg, and the line showed 4.0000000000000001 kg missing."""
    rice = _category("Testreis")
    owner = Association.select().order_by(Association.id).first()
    tenth = {"owner": owner.id, "quantity": 1, "unit": "kg", "net_kg": Decimal("0.1")}
    _loose_boxes(rice, [{**tenth, "expiry_date": None}] * 10)  # one lot: one SUM of ten
    (line,) = needs.match(_list([(rice, "5", "kg", "normal", None)]))
    assert line.in_stock == Decimal("1") and str(line.in_stock) in ("1.0", "1.000")
    assert line.missing == Decimal("4") and str(line.missing) in ("4.0", "4.000")


def test_goods_on_a_pallet_reserved_for_a_convoy_still_going_are_not_free(
    demo: OpenedDatabase,
) -> None:
    reserved = (
        ConvoyItem.select(ConvoyItem.pallet)
        .join(Convoy)
        .where(Convoy.status == ConvoyStatus.PLANNING.value, ConvoyItem.pallet.is_null(False))
        .first()
    )
    assert reserved is not None, "the demo plans a convoy with pallets"
    blankets = _category("Testdecken")
    on_pallet = Box.update(category=blankets.id, quantity=7, unit="pcs").where(
        Box.pallet == reserved.pallet_id, Box.status == BoxStatus.ON_PALLET.value
    )
    assert on_pallet.execute() > 0
    _loose_boxes(blankets, [{"quantity": 3, "unit": "pcs", "expiry_date": None}])
    convoy = Convoy.get_by_id(ConvoyItem.get(ConvoyItem.pallet == reserved.pallet_id).convoy_id)
    other = Recipient.select().where(Recipient.id != convoy.recipient_id).first()
    wanted = [(blankets, "1000", "pcs", "urgent", None)]
    (line,) = needs.match(_list(wanted, other.id))
    assert line.in_stock == Decimal(3) and line.on_convoy == 0  # the loose box only
    (own,) = needs.match(_list(wanted, convoy.recipient_id))
    packed = 7 * Box.select().where(Box.pallet == reserved.pallet_id).count()
    assert own.on_convoy == packed and own.in_stock == 3  # packed for it: on its way already
    assert own.missing == 1000 - packed - 3
    Convoy.update(status=ConvoyStatus.CANCELLED.value).where(Convoy.id == convoy.id).execute()
    (line,) = needs.match(_list(wanted, other.id))
    assert line.in_stock > Decimal(3)  # a cancelled convoy holds nothing back
