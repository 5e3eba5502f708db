"""The goods received note (Eingangsbeleg) of one donation: its context and its builder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from warehouse_app.errors import NotFound
from warehouse_app.papers.hall import hall_address
from warehouse_app.papers.labels import Owner, owner_of
from warehouse_app.services import masterdata
from warehouse_app.storage.models import Association, Box, Category, Donation, Volunteer
from warehouse_app.texts import QT_TRANSLATE_NOOP


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


def receipt(donation_id: int) -> Receipt:
    donation = (
        Donation.select(Donation, Association)
        .join(Association, on=(Donation.association == Association.id))
        .where(Donation.id == donation_id)
        .first()
    )
    if donation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no donation {donation_id}."),
            donation_id=donation_id,
        )
    volunteer = (
        Volunteer.get_or_none(Volunteer.id == donation.volunteer_id)
        if donation.volunteer_id
        else None
    )
    lines = tuple(
        ReceiptLine(
            code=box.code,
            category=f"{box.category.name_de} / {box.category.name_uk}",
            description_de=box.description_de,
            description_uk=box.description_uk,
            quantity=box.quantity,
            unit=box.unit,
            net_kg=box.net_kg,
            gross_kg=box.gross_kg,
            expiry_date=box.expiry_date,
            box_number=box.box_number,
            box_count=box.box_count,
        )
        for box in Box.select(Box, Category)
        .join(Category, on=(Box.category == Category.id))
        .where(Box.donation == donation_id)
        .order_by(Box.id)
    )
    hall = masterdata.settings()
    return Receipt(
        number=f"E-{donation.id:06d}",
        received_at=donation.received_at,
        association=owner_of(donation.association),
        delivered_by=donation.delivered_by,
        received_by=volunteer.name if volunteer is not None else "",
        station=donation.station,
        notes=donation.notes,
        hall_name=hall.get("hall.sender_name", ""),
        hall_address=hall_address(hall),
        lines=lines,
    )
