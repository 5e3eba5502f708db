"""The pallet manifest, one sheet taped to each pallet: its context and its builder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.codes import CodeKind
from warehouse_app.errors import NotFound
from warehouse_app.kinds import BoxStatus
from warehouse_app.papers.labels import checked_codes
from warehouse_app.storage.models import Association, Box, Category, Location, Pallet
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ManifestLine:
    code: str
    owner: str
    category: str
    description_de: str
    description_uk: str
    quantity: Decimal
    unit: str
    net_kg: Decimal
    gross_kg: Decimal
    expiry_date: dt.date | None


@dataclass(frozen=True)
class PalletManifest:
    """One sheet per pallet, taped to it: its boxes and totals."""

    code: str
    location: str
    tare_kg: Decimal
    lines: tuple[ManifestLine, ...]

    @property
    def net_kg(self) -> Decimal:
        return sum((line.net_kg for line in self.lines), Decimal(0))

    @property
    def gross_kg(self) -> Decimal:
        return sum((line.gross_kg for line in self.lines), self.tare_kg)


def pallet_manifest(raw_code: str) -> PalletManifest:
    (code,) = checked_codes([raw_code], CodeKind.PALLET)
    pallet = Pallet.get_or_none(Pallet.code == code)
    if pallet is None:
        raise NotFound(QT_TRANSLATE_NOOP("service", "Unknown pallet code: {code}."), code=code)
    query = (
        Box.select(Box, Association, Category)
        .join(Association, on=(Box.owner == Association.id))
        .switch(Box)
        .join(Category, on=(Box.category == Category.id))
        .where(Box.pallet == pallet.id, Box.status != BoxStatus.DISPOSED.value)
        .order_by(Box.id)
    )
    location = Location.get_or_none(Location.id == pallet.location_id)
    return PalletManifest(
        code=code,
        location=location.name if location is not None else "",
        tare_kg=pallet.tare_kg,
        lines=tuple(
            ManifestLine(
                code=box.code,
                owner=box.owner.short_code,
                category=f"{box.category.name_de} / {box.category.name_uk}",
                description_de=box.description_de,
                description_uk=box.description_uk,
                quantity=box.quantity,
                unit=box.unit,
                net_kg=box.net_kg,
                gross_kg=box.gross_kg,
                expiry_date=box.expiry_date,
            )
            for box in query
        ),
    )
