"""Everything the convoy screen shows of one convoy, from one read of its boxes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.services.convoys.readiness import Problem, readiness
from warehouse_app.services.convoys.records import (
    ConvoyRecord,
    VehicleRecord,
    get_convoy,
    vehicles,
)
from warehouse_app.services.convoys.views import (
    Gauge,
    TreePallet,
    boxes_of,
    breakdown,
    gauges,
    tree_pallets,
)


@dataclass(frozen=True)
class ConvoyOverview:
    convoy: ConvoyRecord
    vehicles: tuple[VehicleRecord, ...]
    gauges: tuple[Gauge, ...]  # per vehicle, then unassigned (if any), then the convoy
    tree: dict[int | None, list[TreePallet]]  # per vehicle id (None: on no vehicle yet)
    breakdown: dict[str, dict[str, tuple[int, Decimal]]]  # per association and category
    problems: tuple[Problem, ...]


def overview(number: str, today: dt.date | None = None) -> ConvoyOverview:
    convoy = get_convoy(number)
    rows = boxes_of(convoy.id)  # read once, shared by every part of the screen
    return ConvoyOverview(
        convoy=convoy,
        vehicles=tuple(vehicles(convoy)),
        gauges=tuple(gauges(convoy, rows)),
        tree=tree_pallets(convoy, rows),
        breakdown=breakdown(convoy, rows),
        problems=tuple(readiness(convoy, today, rows=rows)),
    )
