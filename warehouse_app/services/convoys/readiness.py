"""What blocks a convoy's departure, or needs a decision: one function per rule, each problem
with its group and its fix. Marking a convoy ready (or cancelling it) checks them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.errors import ValidationError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services.convoys.records import ConvoyRecord, convoy_record, editable_row
from warehouse_app.services.convoys.views import ConvoyBox, Gauge, boxes_of, gauges
from warehouse_app.storage.models import (
    Category,
    Convoy,
    ConvoyAcknowledgement,
    ConvoyItem,
    Pallet,
    Recipient,
    Setting,
    Vehicle,
)
from warehouse_app.storage.transactions import transactional


@dataclass(frozen=True)
class Problem:
    group: str
    message: str
    action: str
    blocking: bool = True
    category_id: int | None = None  # export problems: the category to acknowledge
    # The obvious fix, where there is one: take these off the convoy (one click in the GUI).
    release_pallets: tuple[str, ...] = ()
    release_boxes: tuple[str, ...] = ()

    @property
    def has_release(self) -> bool:
        return bool(self.release_pallets or self.release_boxes)


@dataclass(frozen=True)
class _Facts:
    """Everything the rules look at, read once."""

    convoy: Convoy
    recipient: Recipient | None
    vehicles: list[Vehicle]
    gauges: list[Gauge]
    rows: list[ConvoyBox]
    categories: dict[int, Category]
    today: dt.date
    loading_counts: bool  # unloaded reservations block (loading has begun, or departing)
    pallet_codes: dict[int, str]
    mrn_thresholds: tuple[Decimal, Decimal] = (Decimal(1000), Decimal(1000))  # EUR, kg

    @property
    def arrival(self) -> dt.date | None:
        value: dt.date | None = self.convoy.planned_arrival
        return value


Rule = Callable[[_Facts], list[Problem]]


def _n(value: Decimal | None) -> str:
    """A figure as typed: the engines keep different trailing zeros (2.5 or 2.50)."""
    return f"{value.normalize():f}" if value is not None else "?"


def _recipient(f: _Facts) -> list[Problem]:
    if f.recipient is None:
        return [Problem("recipient", "No recipient is set.", "Choose the recipient.")]
    return [
        Problem(
            "recipient", f"{f.recipient.name} has no {label}.", f"Enter the recipient's {label}."
        )
        for field, label in (
            ("edrpou", "EDRPOU code"),
            ("register_number", "register number (humanitarian aid)"),
            ("address", "address"),
        )
        if not getattr(f.recipient, field)
    ]


def _delivery_place(f: _Facts) -> list[Problem]:
    problems = []
    if not f.convoy.delivery_place:
        problems.append(Problem("convoy", "No delivery place.", "Enter the delivery place."))
    if not f.convoy.border_crossing:
        problems.append(
            Problem(
                "convoy",
                "No border crossing: the CMR and the customs declaration name it.",
                "Enter the border crossing (e.g. Korczowa).",
            )
        )
    return problems


def _aid_code(f: _Facts) -> list[Problem]:
    convoy = f.convoy
    if not convoy.aid_code:
        return [
            Problem(
                "aid code",
                "No aid code from the recipient's declaration.",
                "Ask the recipient for the aid code and enter it.",
            )
        ]
    if convoy.aid_code_valid_until is None or (
        f.arrival is not None and convoy.aid_code_valid_until < f.arrival
    ):
        return [
            Problem(
                "aid code",
                "The aid code expires before the arrival.",
                "Ask the recipient to renew the aid code.",
            )
        ]
    return []


def _dates(f: _Facts) -> list[Problem]:
    if f.convoy.planned_departure is not None and f.arrival is not None:
        return []
    return [Problem("convoy", "Departure or arrival date missing.", "Enter both dates.")]


def _vehicles(f: _Facts) -> list[Problem]:
    if not f.vehicles:
        return [Problem("vehicles", "The convoy has no vehicle.", "Add a vehicle.")]
    problems = []
    for gauge, vehicle in zip(f.gauges, f.vehicles, strict=False):
        if gauge.over_payload:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {gauge.label} carries {_n(gauge.gross_kg)} kg, over its payload "
                    f"of {_n(gauge.payload_kg)} kg.",
                    "Move pallets to another vehicle.",
                )
            )
        if gauge.over_places:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {gauge.label} has {gauge.pallets} pallets for "
                    f"{gauge.pallet_places} places.",
                    "Move pallets to another vehicle.",
                )
            )
        if gauge.over_height:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {gauge.label}: a pallet is {_n(gauge.tallest_m)} m tall, the "
                    f"loading height is {_n(gauge.height_m)} m.",
                    "Take the tall pallet off, or repack it lower.",
                )
            )
        if not vehicle.truck_plate or not vehicle.drivers:
            problems.append(
                Problem(
                    "vehicles",
                    f"Vehicle {vehicle.number} has no plate or no driver.",
                    "Enter plates, drivers and passport numbers.",
                )
            )
    return problems


def _unassigned(f: _Facts) -> list[Problem]:
    count = sum(1 for r in f.rows if r.vehicle_id is None)
    if not count:
        return []
    return [
        Problem(
            "goods",
            f"{count} reserved boxes are on no vehicle.",
            "Assign them to a vehicle or release them.",
        )
    ]


def _shelf_life(f: _Facts) -> list[Problem]:
    late = f.arrival or f.today
    problems = []
    for row in f.rows:
        category = f.categories[row.category_id]
        minimum = category.min_shelf_life_days
        if row.expiry is None or row.expiry >= late + dt.timedelta(minimum):
            continue
        if row.expiry < f.today:
            message = f"Box {row.code} ({category.name_en}) expired on {row.expiry:%d.%m.%Y}."
        else:
            message = (
                f"Box {row.code} ({category.name_en}) expires {row.expiry:%d.%m.%Y}: "
                f"under {minimum} days left at the arrival."
            )
        problems.append(_off_the_convoy("shelf life", message, row, f))
    return problems


def _off_the_convoy(group: str, message: str, row: ConvoyBox, f: _Facts) -> Problem:
    """A box that must go: loose, it is taken off in one click; on a pallet, unpacked first."""
    if row.pallet_id is None:
        return Problem(group, message, "Take the box off the convoy.", release_boxes=(row.code,))
    return Problem(
        group,
        message,
        f"Unpack the box from pallet {f.pallet_codes.get(row.pallet_id, '?')} (Unpack mode), "
        "or take the pallet off the convoy.",
    )


def _weight_and_value(f: _Facts) -> list[Problem]:
    return [
        Problem(
            "goods",
            f"Box {row.code} has no weight or no value.",
            "Correct the box in the stock screen.",
        )
        for row in f.rows
        if row.gross_kg <= 0 or row.value_eur <= 0
    ]


MRN_VALUE_SETTING = "export.mrn_above_eur"
MRN_WEIGHT_SETTING = "export.mrn_above_kg"


def _export_declaration(f: _Facts) -> list[Problem]:
    """Above 1,000 EUR or 1,000 kg a consignment leaves the EU with an electronic export
    declaration (ATLAS), whose MRN travels on the papers (thresholds are settings)."""
    if f.convoy.export_mrn:
        return []
    value_limit, kg_limit = f.mrn_thresholds
    kg: dict[int | None, Decimal] = defaultdict(Decimal)
    value: dict[int | None, Decimal] = defaultdict(Decimal)
    for row in f.rows:
        kg[row.vehicle_id] += row.gross_kg
        value[row.vehicle_id] += row.total_value_eur
    over = []
    for number, vehicle in enumerate(f.vehicles):
        gauge_kg = f.gauges[number].gross_kg if number < len(f.gauges) else Decimal(0)
        weight = max(kg[vehicle.id], gauge_kg)  # the gauge adds pallets, the rows a bus
        if weight > kg_limit or value[vehicle.id] > value_limit:
            over.append(f"{vehicle.number} ({_n(weight)} kg, {_n(value[vehicle.id])} EUR)")
    if not over:
        return []
    return [
        Problem(
            "export",
            f"Vehicle {', '.join(over)} is above {_n(value_limit)} EUR or {_n(kg_limit)} kg: "
            "it needs an electronic export declaration (ATLAS).",
            "Enter the export MRN of the convoy (Edit convoy, or 'convoy set --mrn').",
        )
    ]


def _vehicles_allowed(f: _Facts) -> list[Problem]:
    recipient = f.recipient
    if recipient is None or recipient.may_receive_vehicles:
        return []
    return [
        _off_the_convoy(
            "vehicles",
            f"{recipient.name} may not receive vehicles, but box {row.code} is one.",
            row,
            f,
        )
        for row in f.rows
        if f.categories[row.category_id].is_vehicle
    ]


def _export_notes(f: _Facts) -> list[Problem]:
    acknowledged = {
        a.category_id
        for a in ConvoyAcknowledgement.select().where(ConvoyAcknowledgement.convoy == f.convoy.id)
    }
    seen = dict.fromkeys(row.category_id for row in f.rows)
    return [
        Problem(
            "export",
            f"{category.name_en}: {category.export_note}",
            "Acknowledge with the licence number or MRN.",
            category_id=category.id,
        )
        for category in (f.categories[c] for c in seen)
        if category.export_note and category.id not in acknowledged
    ]


def _loading(f: _Facts) -> list[Problem]:
    if not f.loading_counts:
        return []
    waiting = [r for r in f.rows if not r.loaded]
    if not waiting:
        return []
    pallets = dict.fromkeys(f.pallet_codes[r.pallet_id] for r in waiting if r.pallet_id)
    return [
        Problem(
            "loading",
            f"{len(waiting)} reserved boxes are not loaded.",
            "Load them by scanning, or take them off the convoy.",
            release_pallets=tuple(pallets),
            release_boxes=tuple(r.code for r in waiting if r.pallet_id is None),
        )
    ]


def _empty_pallets(f: _Facts) -> list[Problem]:
    """An empty pallet's tare belongs to no goods line: the papers' gross would not add up."""
    full = {r.pallet_id for r in f.rows if r.pallet_id is not None}
    empty = [
        str(code)
        for pallet_id, code in ConvoyItem.select(ConvoyItem.pallet, Pallet.code)
        .join(Pallet, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.convoy == f.convoy.id)
        .tuples()
        if pallet_id not in full
    ]
    if not empty:
        return []
    return [
        Problem(
            "loading",
            f"{len(empty)} pallet(s) on the convoy hold no box: {', '.join(sorted(empty)[:5])}.",
            "Take the empty pallets off the convoy.",
            release_pallets=tuple(sorted(empty)),
        )
    ]


RULES: tuple[Rule, ...] = (
    _recipient,
    _delivery_place,
    _aid_code,
    _dates,
    _vehicles,
    _unassigned,
    _shelf_life,
    _weight_and_value,
    _vehicles_allowed,
    _export_notes,
    _export_declaration,
    _loading,
    _empty_pallets,
)


def readiness(
    convoy: ConvoyRecord,
    today: dt.date | None = None,
    *,
    for_departure: bool = False,
    rows: list[ConvoyBox] | None = None,
) -> list[Problem]:
    """Everything that blocks 'ready' or needs a decision, grouped, each with its fix.

    Unloaded reservations count once loading has begun, or when asked for_departure. rows
    are the convoy's boxes when the caller has read them already.
    """
    row = Convoy.get_by_id(convoy.id)
    record = convoy_record(row)
    rows = boxes_of(convoy.id) if rows is None else rows
    facts = _Facts(
        convoy=row,
        recipient=row.recipient if row.recipient_id else None,
        vehicles=list(Vehicle.select().where(Vehicle.convoy == convoy.id).order_by(Vehicle.number)),
        gauges=gauges(record, rows),
        rows=rows,
        categories={c.id: c for c in Category.select()},
        today=today or dt.date.today(),
        loading_counts=for_departure or row.status in (ConvoyStatus.LOADING, ConvoyStatus.READY),
        pallet_codes=_pallet_codes(rows),
        mrn_thresholds=_mrn_thresholds(),
    )
    return [problem for rule in RULES for problem in rule(facts)]


def _mrn_thresholds() -> tuple[Decimal, Decimal]:
    stored = dict(
        Setting.select(Setting.key, Setting.value)
        .where(Setting.key.in_([MRN_VALUE_SETTING, MRN_WEIGHT_SETTING]))
        .tuples()
    )

    def limit(key: str) -> Decimal:
        try:
            return Decimal(stored.get(key) or "1000")
        except ArithmeticError:
            return Decimal(1000)

    return limit(MRN_VALUE_SETTING), limit(MRN_WEIGHT_SETTING)


def _pallet_codes(rows: list[ConvoyBox]) -> dict[int, str]:
    ids = {r.pallet_id for r in rows if r.pallet_id is not None}
    if not ids:
        return {}
    query = Pallet.select(Pallet.id, Pallet.code).where(Pallet.id.in_(list(ids))).tuples()
    return {int(pallet_id): str(code) for pallet_id, code in query}


@transactional
def set_status(convoy: ConvoyRecord, status: ConvoyStatus, today: dt.date | None = None) -> None:
    """Move a convoy to planning, loading, ready or cancelled (departure is transport's)."""
    row = editable_row(convoy.id)
    if status is ConvoyStatus.READY:
        blocking = [p for p in readiness(convoy, today, for_departure=True) if p.blocking]
        if blocking:
            raise ValidationError(
                f"Convoy {row.number} is not ready: {len(blocking)} problem(s). "
                f"First: {blocking[0].message}"
            )
    if status is ConvoyStatus.CANCELLED:
        if (
            ConvoyItem.select()
            .where(ConvoyItem.convoy == convoy.id, ConvoyItem.loaded == True)
            .exists()
        ):
            raise ValidationError("Unload the vehicles before cancelling.")
        ConvoyItem.delete().where(ConvoyItem.convoy == convoy.id).execute()
    Convoy.update(status=status.value).where(Convoy.id == convoy.id).execute()
