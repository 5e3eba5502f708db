"""The logistics lead's view of a convoy: what each vehicle, each association and each category
contributes, summed from the same vehicle papers the customs documents are drawn from."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.papers.lines import PaperLine
from warehouse_app.papers.vehicle import (
    SummaryLine,
    Totals,
    VehiclePapers,
    convoy_papers,
    summary_by_category,
    summed,
)
from warehouse_app.quantities import EUR, exact
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.storage.models import Association


@dataclass(frozen=True)
class VehicleRow:
    number: str  # the vehicle's document number, e.g. 2026-XL-3
    plates: str
    drivers: str
    totals: Totals


@dataclass(frozen=True)
class AssociationRow:
    short_code: str
    name: str
    packages: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal  # with its boxes' share of the pallets' tare, as on the goods list
    value_eur: Decimal


@dataclass(frozen=True)
class ConvoySummary:
    convoy_number: str
    convoy_name: str
    destination: str
    date: dt.date
    vehicles: tuple[VehicleRow, ...]
    associations: tuple[AssociationRow, ...]
    categories: tuple[SummaryLine, ...]
    totals: Totals


def convoy_summary(
    convoy: ConvoyRecord,
    today: dt.date | None = None,
    all_papers: list[VehiclePapers] | None = None,
) -> ConvoySummary:
    all_papers = all_papers if all_papers is not None else convoy_papers(convoy, today)
    lines = tuple(line for papers in all_papers for line in papers.lines)
    return ConvoySummary(
        convoy_number=convoy.number,
        convoy_name=convoy.name,
        destination=all_papers[0].delivery_place,
        date=all_papers[0].date,
        vehicles=tuple(
            VehicleRow(
                p.number, f"{p.truck_plate} / {p.trailer_plate}", "; ".join(p.drivers), p.totals
            )
            for p in all_papers
        ),
        associations=_by_association(lines),
        categories=summary_by_category(lines),
        totals=summed(all_papers),
    )


def _by_association(lines: tuple[PaperLine, ...]) -> tuple[AssociationRow, ...]:
    groups: dict[str, list[PaperLine]] = defaultdict(list)
    for line in lines:
        groups[line.owner].append(line)
    names = dict(Association.select(Association.short_code, Association.name).tuples())
    return tuple(
        AssociationRow(
            short_code=code,
            name=names.get(code, code),
            packages=len(members),
            pieces=exact(sum((m.quantity for m in members), Decimal(0))),
            net_kg=exact(sum((m.net_kg for m in members), Decimal(0))),
            gross_kg=exact(sum((m.shipped_gross_kg for m in members), Decimal(0))),
            value_eur=exact(sum((m.total_value_eur for m in members), Decimal(0)), EUR),
        )
        for code, members in sorted(groups.items(), key=lambda kv: -len(kv[1]))
    )
