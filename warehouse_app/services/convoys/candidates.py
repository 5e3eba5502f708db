"""The pallets a lead can choose for a convoy: in the hall, free, with what they hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import peewee as pw

from warehouse_app.kinds import BoxStatus, PalletStatus
from warehouse_app.quantities import exact
from warehouse_app.services.convoys.views import as_date
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    ConvoyItem,
    Location,
    Pallet,
    database_proxy,
)


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
        expiry_date = as_date(expiry)
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
