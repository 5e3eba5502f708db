"""The donation letter (deed of gift) of a whole convoy, summed from its vehicles' papers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.papers.languages import DEFAULT as DEFAULT_LANGUAGES
from warehouse_app.papers.vehicle import (
    AID_CODE_PENDING,
    Party,
    SummaryLine,
    Totals,
    VehiclePapers,
    convoy_papers,
    summary_by_category,
    summed,
)
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.storage.models import Association


@dataclass(frozen=True)
class DonatedVehicle:
    description: str  # brand and type, as entered at intake
    category_en: str
    category_uk: str
    vin: str
    details: str = ""  # make, model, year, fuel, first registration, where recorded
    gross_kg: Decimal = Decimal(0)
    value_eur: Decimal = Decimal(0)


@dataclass(frozen=True)
class DonationLetter:
    """The deed of gift of a whole convoy: every truck's goods, summed from their contexts."""

    number: str
    date: dt.date
    sender: Party
    recipient: Party
    owners: tuple[str, ...]
    aid_code: str
    summary: tuple[SummaryLine, ...]
    vehicles: tuple[DonatedVehicle, ...]
    totals: Totals
    languages: tuple[str, ...] = DEFAULT_LANGUAGES


def donation_letter(
    convoy: ConvoyRecord,
    today: dt.date | None = None,
    all_papers: list[VehiclePapers] | None = None,
) -> DonationLetter:
    all_papers = all_papers if all_papers is not None else convoy_papers(convoy, today)
    lines = tuple(line for papers in all_papers for line in papers.lines)
    first = all_papers[0]
    owners = tuple(sorted({line.owner for line in lines}))
    names = dict(Association.select(Association.short_code, Association.name).tuples())
    donated = tuple(
        DonatedVehicle(
            line.description_uk,
            line.category_en,
            line.category_uk,
            line.serial_or_vin,
            details=line.vehicle.facts_text if line.vehicle else "",
            gross_kg=line.gross_kg,
            value_eur=line.total_value_eur,
        )
        for line in lines
        if line.is_vehicle
    )
    totals = summed(all_papers)
    return DonationLetter(
        number=f"{convoy.number}-D",
        date=first.date,
        sender=first.sender,
        recipient=first.recipient,
        owners=tuple(names.get(o, o) for o in owners),
        aid_code=convoy.aid_code or AID_CODE_PENDING,
        summary=summary_by_category(lines),
        vehicles=donated,
        totals=totals,
        languages=first.languages,
    )
