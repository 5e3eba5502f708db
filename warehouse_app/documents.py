"""Plain context objects for documents: built here from the database, drawn by reports/.

reports/ depends on these; they depend on nothing but the standard library, so a document can
be produced from a script or a test without a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Owner:
    name: str
    short_code: str
    colour: str  # "#RRGGBB": the band on the label


@dataclass(frozen=True)
class BoxLabel:
    code: str
    owner: Owner
    category_de: str
    category_uk: str
    description_de: str
    description_uk: str
    quantity: Decimal
    unit: str
    net_kg: Decimal
    gross_kg: Decimal
    expiry_date: dt.date | None
    box_number: int
    box_count: int
    destination: str = ""


@dataclass(frozen=True)
class PalletLabel:
    code: str
    owners: tuple[Owner, ...]
    boxes: int
    gross_kg: Decimal
    contents_de: str
    contents_uk: str
    earliest_expiry: dt.date | None
    destination: str = ""


@dataclass(frozen=True)
class LocationLabel:
    code: str
    name: str


Label = BoxLabel | PalletLabel | LocationLabel


@dataclass(frozen=True)
class ReceiptLine:
    code: str
    category: str
    description_de: str
    description_uk: str
    quantity: Decimal
    unit: str
    net_kg: Decimal
    gross_kg: Decimal
    expiry_date: dt.date | None
    box_number: int
    box_count: int


@dataclass(frozen=True)
class Receipt:
    """Goods received note (Eingangsbeleg) of one donation."""

    number: str
    received_at: dt.datetime
    association: Owner
    delivered_by: str
    received_by: str
    station: str
    notes: str
    hall_name: str
    hall_address: str
    lines: tuple[ReceiptLine, ...] = field(default_factory=tuple)

    @property
    def total_net_kg(self) -> Decimal:
        return sum((line.net_kg for line in self.lines), Decimal(0))

    @property
    def total_gross_kg(self) -> Decimal:
        return sum((line.gross_kg for line in self.lines), Decimal(0))


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
