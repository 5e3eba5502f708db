"""Goods made to measure in the small demo, and a needs list, for filling convoys from needs.

Two categories of their own (so no other demo box counts for them): bandages that must keep
180 days past the arrival, and blankets that keep for ever. Loose boxes and pallets of the
demo's hall are turned into them with the weights, quantities and dates a test needs.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from warehouse_app.kinds import BoxStatus, PalletStatus
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.storage.models import (
    Box,
    Category,
    ConvoyItem,
    NeedLine,
    NeedsList,
    Pallet,
    Recipient,
)

TODAY = dt.date.today()
ARRIVAL = TODAY + dt.timedelta(days=9)  # convoy_setup.make_convoy's


def categories() -> tuple[Category, Category]:
    bandages = Category.create(
        name_de="Testverbände",
        name_en="Test bandages",
        name_uk="Тестові бинти",
        hs_code="300590",
        min_shelf_life_days=180,
    )
    blankets = Category.create(
        name_de="Testdecken", name_en="Test blankets", name_uk="Тестові ковдри", hs_code="630140"
    )
    return bandages, blankets


def _reserved() -> tuple[set[int], set[int]]:
    items = list(ConvoyItem.select(ConvoyItem.box, ConvoyItem.pallet).tuples())
    return {b for b, _ in items if b}, {p for _, p in items if p}


def loose_boxes(
    category: Category,
    count: int,
    *,
    quantity: int = 10,
    gross_kg: str = "5",
    expiry: dt.date | None = None,
    unit: str = "pcs",
) -> list[str]:
    """count free loose boxes of the hall, turned into this category; their codes."""
    boxes, _ = _reserved()
    taken = [
        b
        for b in Box.select()
        .where(Box.status == BoxStatus.IN_STOCK, Box.pallet.is_null())
        .order_by(Box.id)
        if b.id not in boxes and b.category_id not in _ours()
    ][:count]
    assert len(taken) == count, "the small demo has enough loose boxes"
    gross = Decimal(gross_kg)
    Box.update(
        category=category.id,
        quantity=quantity,
        unit=unit,
        net_kg=gross - Decimal("0.5"),
        gross_kg=gross,
        expiry_date=expiry,
    ).where(Box.id.in_([b.id for b in taken])).execute()
    return [b.code for b in taken]


def pallet_of(
    category: Category,
    *,
    quantity: int = 10,
    gross_kg: str = "5",
    expiry: dt.date | None = None,
    boxes: int | None = None,
) -> tuple[str, int]:
    """A free pallet of the hall whose boxes are all this category now; its code and boxes."""
    _, pallets = _reserved()
    pallet = next(
        p
        for p in Pallet.select().where(Pallet.status == PalletStatus.IN_STOCK).order_by(Pallet.id)
        if p.id not in pallets
        and Box.select().where(Box.pallet == p.id, Box.status == BoxStatus.ON_PALLET).count() >= 2
        and not Box.select().where(Box.pallet == p.id, Box.category.in_(list(_ours()))).exists()
    )
    on = list(Box.select().where(Box.pallet == pallet.id, Box.status == BoxStatus.ON_PALLET))
    if boxes is not None:  # the rest go back to the shelf, loose, of a demo category
        for extra in on[boxes:]:
            Box.update(pallet=None, status=BoxStatus.IN_STOCK, location=pallet.location_id).where(
                Box.id == extra.id
            ).execute()
        on = on[:boxes]
    gross = Decimal(gross_kg)
    Box.update(
        category=category.id,
        quantity=quantity,
        unit="pcs",
        net_kg=gross - Decimal("0.5"),
        gross_kg=gross,
        expiry_date=expiry,
    ).where(Box.id.in_([b.id for b in on])).execute()
    return str(pallet.code), len(on)


def _ours() -> set[int]:
    return {
        c.id
        for c in Category.select().where(Category.name_en.in_(["Test bandages", "Test blankets"]))
    }


def needs_list(
    recipient_id: int, lines: list[tuple[Category | None, int, str, str]], title: str = "Winter"
) -> int:
    """A needs list of (category, quantity, unit, priority) lines, numbered in that order."""
    needs = NeedsList.create(recipient=recipient_id, title=title)
    for number, (category, quantity, unit, priority) in enumerate(lines, start=1):
        NeedLine.create(
            needs_list=needs.id,
            line_number=number,
            category=category.id if category is not None else None,
            description=str(category.name_de) if category is not None else "Generator",
            quantity=quantity,
            unit=unit,
            priority=priority,
        )
    return int(needs.id)


def truck(convoy: ConvoyRecord, *, payload_kg: str = "24000", places: int = 33) -> None:
    convoys.add_vehicle(
        convoy, payload_kg=payload_kg, pallet_places=places, truck_plate="DO-GW 101"
    )


def recipient_id(convoy: ConvoyRecord) -> int:
    assert convoy.recipient_id is not None
    return convoy.recipient_id


def other_recipient() -> int:
    return int(Recipient.get(Recipient.name.startswith("Berdychiv")).id)
