"""The rules of readiness: one function per rule, each problem with its group and its fix.

Each rule reads only the facts gathered once by readiness.readiness()."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.services.convoys.views import ConvoyBox, Gauge
from warehouse_app.storage.models import (
    Category,
    Convoy,
    ConvoyAcknowledgement,
    ConvoyItem,
    Pallet,
    Recipient,
    Vehicle,
)
from warehouse_app.texts import QT_TRANSLATE_NOOP, Names, Text, say


@dataclass(frozen=True)
class Problem:
    group: str
    message: Text
    action: Text
    blocking: bool = True
    category_id: int | None = None  # export problems: the category to acknowledge
    # The obvious fix, where there is one: take these off the convoy (one click in the GUI).
    release_pallets: tuple[str, ...] = ()
    release_boxes: tuple[str, ...] = ()

    @property
    def has_release(self) -> bool:
        return bool(self.release_pallets or self.release_boxes)


@dataclass(frozen=True)
class Facts:
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


Rule = Callable[[Facts], list[Problem]]


def _n(value: Decimal | None) -> str:
    """A figure as typed: the engines keep different trailing zeros (2.5 or 2.50)."""
    return f"{value.normalize():f}" if value is not None else "?"


def _recipient(f: Facts) -> list[Problem]:
    if f.recipient is None:
        return [
            Problem(
                "recipient",
                say(QT_TRANSLATE_NOOP("service", "No recipient is set.")),
                say(QT_TRANSLATE_NOOP("service", "Choose the recipient.")),
            )
        ]
    return [
        Problem(
            "recipient",
            say(
                QT_TRANSLATE_NOOP("service", "{name} has no {label}."),
                name=f.recipient.name,
                label=label,
            ),
            say(QT_TRANSLATE_NOOP("service", "Enter the recipient's {label}."), label=label),
        )
        for field, label in (
            ("edrpou", say(QT_TRANSLATE_NOOP("service", "EDRPOU code"))),
            (
                "register_number",
                say(QT_TRANSLATE_NOOP("service", "register number (humanitarian aid)")),
            ),
            ("address", say(QT_TRANSLATE_NOOP("service", "address"))),
        )
        if not getattr(f.recipient, field)
    ]


def _delivery_place(f: Facts) -> list[Problem]:
    problems = []
    if not f.convoy.delivery_place:
        problems.append(
            Problem(
                "convoy",
                say(QT_TRANSLATE_NOOP("service", "No delivery place.")),
                say(QT_TRANSLATE_NOOP("service", "Enter the delivery place.")),
            )
        )
    if not f.convoy.border_crossing:
        problems.append(
            Problem(
                "convoy",
                say(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "No border crossing: the CMR and the customs declaration name it.",
                    )
                ),
                say(QT_TRANSLATE_NOOP("service", "Enter the border crossing (e.g. Korczowa).")),
            )
        )
    return problems


def _aid_code(f: Facts) -> list[Problem]:
    convoy = f.convoy
    if not convoy.aid_code:
        return [
            Problem(
                "aid code",
                say(QT_TRANSLATE_NOOP("service", "No aid code from the recipient's declaration.")),
                say(
                    QT_TRANSLATE_NOOP("service", "Ask the recipient for the aid code and enter it.")
                ),
            )
        ]
    if convoy.aid_code_valid_until is None or (
        f.arrival is not None and convoy.aid_code_valid_until < f.arrival
    ):
        return [
            Problem(
                "aid code",
                say(QT_TRANSLATE_NOOP("service", "The aid code expires before the arrival.")),
                say(QT_TRANSLATE_NOOP("service", "Ask the recipient to renew the aid code.")),
            )
        ]
    return []


def _dates(f: Facts) -> list[Problem]:
    if f.convoy.planned_departure is not None and f.arrival is not None:
        return []
    return [
        Problem(
            "convoy",
            say(QT_TRANSLATE_NOOP("service", "Departure or arrival date missing.")),
            say(QT_TRANSLATE_NOOP("service", "Enter both dates.")),
        )
    ]


def _vehicles(f: Facts) -> list[Problem]:
    if not f.vehicles:
        return [
            Problem(
                "vehicles",
                say(QT_TRANSLATE_NOOP("service", "The convoy has no vehicle.")),
                say(QT_TRANSLATE_NOOP("service", "Add a vehicle.")),
            )
        ]
    problems = []
    for gauge, vehicle in zip(f.gauges, f.vehicles, strict=False):
        if gauge.over_payload:
            problems.append(
                Problem(
                    "vehicles",
                    say(
                        QT_TRANSLATE_NOOP(
                            "service",
                            "Vehicle {gauge_label} carries {gross_kg} kg, over its payload of "
                            "{payload_kg} kg.",
                        ),
                        gauge_label=gauge.label,
                        gross_kg=_n(gauge.gross_kg),
                        payload_kg=_n(gauge.payload_kg),
                    ),
                    say(QT_TRANSLATE_NOOP("service", "Move pallets to another vehicle.")),
                )
            )
        if gauge.over_places:
            problems.append(
                Problem(
                    "vehicles",
                    say(
                        QT_TRANSLATE_NOOP(
                            "service",
                            "Vehicle {gauge_label} has {pallets} pallets for {pallet_places} "
                            "places.",
                        ),
                        gauge_label=gauge.label,
                        pallets=gauge.pallets,
                        pallet_places=gauge.pallet_places,
                    ),
                    say(QT_TRANSLATE_NOOP("service", "Move pallets to another vehicle.")),
                )
            )
        if gauge.over_height:
            problems.append(
                Problem(
                    "vehicles",
                    say(
                        QT_TRANSLATE_NOOP(
                            "service",
                            "Vehicle {gauge_label}: a pallet is {tallest_m} m tall, the "
                            "loading height is {height_m} m.",
                        ),
                        gauge_label=gauge.label,
                        tallest_m=_n(gauge.tallest_m),
                        height_m=_n(gauge.height_m),
                    ),
                    say(
                        QT_TRANSLATE_NOOP(
                            "service", "Take the tall pallet off, or repack it lower."
                        )
                    ),
                )
            )
        if not vehicle.truck_plate or not vehicle.drivers:
            problems.append(
                Problem(
                    "vehicles",
                    say(
                        QT_TRANSLATE_NOOP(
                            "service", "Vehicle {vehicle_number} has no plate or no driver."
                        ),
                        vehicle_number=vehicle.number,
                    ),
                    say(
                        QT_TRANSLATE_NOOP("service", "Enter plates, drivers and passport numbers.")
                    ),
                )
            )
    return problems


def _unassigned(f: Facts) -> list[Problem]:
    count = sum(1 for r in f.rows if r.vehicle_id is None)
    if not count:
        return []
    return [
        Problem(
            "goods",
            say(
                QT_TRANSLATE_NOOP("service", "{count} reserved boxes are on no vehicle."),
                count=count,
            ),
            say(QT_TRANSLATE_NOOP("service", "Assign them to a vehicle or release them.")),
        )
    ]


def _shelf_life(f: Facts) -> list[Problem]:
    late = f.arrival or f.today
    problems = []
    for row in f.rows:
        category = f.categories[row.category_id]
        minimum = category.min_shelf_life_days
        if row.expiry is None or row.expiry >= late + dt.timedelta(minimum):
            continue
        if row.expiry < f.today:
            message = say(
                QT_TRANSLATE_NOOP("service", "Box {code} ({category}) expired on {expiry}."),
                code=row.code,
                category=Names(category.name_en, category.name_de, category.name_uk),
                expiry=f"{row.expiry:%d.%m.%Y}",
            )
        else:
            message = say(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Box {code} ({category}) expires {expiry}: under {minimum} days left at the "
                    "arrival.",
                ),
                code=row.code,
                category=Names(category.name_en, category.name_de, category.name_uk),
                expiry=f"{row.expiry:%d.%m.%Y}",
                minimum=minimum,
            )
        problems.append(_off_the_convoy("shelf life", message, row, f))
    return problems


def _off_the_convoy(group: str, message: Text, row: ConvoyBox, f: Facts) -> Problem:
    """A box that must go: loose, it is taken off in one click; on a pallet, unpacked first."""
    if row.pallet_id is None:
        return Problem(
            group,
            message,
            say(QT_TRANSLATE_NOOP("service", "Take the box off the convoy.")),
            release_boxes=(row.code,),
        )
    return Problem(
        group,
        message,
        say(
            QT_TRANSLATE_NOOP(
                "service",
                "Unpack the box from pallet {pallet_code} (Unpack mode), or take the pallet off "
                "the convoy.",
            ),
            pallet_code=f.pallet_codes.get(row.pallet_id, "?"),
        ),
    )


def _weight_and_value(f: Facts) -> list[Problem]:
    return [
        Problem(
            "goods",
            say(
                QT_TRANSLATE_NOOP("service", "Box {row_code} has no weight or no value."),
                row_code=row.code,
            ),
            say(QT_TRANSLATE_NOOP("service", "Correct the box in the stock screen.")),
        )
        for row in f.rows
        if row.gross_kg <= 0 or row.value_eur <= 0
    ]


MRN_VALUE_SETTING = "export.mrn_above_eur"
MRN_WEIGHT_SETTING = "export.mrn_above_kg"


def _export_declaration(f: Facts) -> list[Problem]:
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
            say(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Vehicle {over} is above {value_limit} EUR or {kg_limit} kg: it needs an "
                    "electronic export declaration (ATLAS).",
                ),
                over=", ".join(over),
                value_limit=_n(value_limit),
                kg_limit=_n(kg_limit),
            ),
            say(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Enter the export MRN of the convoy (Edit convoy, or 'convoy set --mrn').",
                )
            ),
        )
    ]


def _vehicles_allowed(f: Facts) -> list[Problem]:
    recipient = f.recipient
    if recipient is None or recipient.may_receive_vehicles:
        return []
    return [
        _off_the_convoy(
            "vehicles",
            say(
                QT_TRANSLATE_NOOP(
                    "service", "{name} may not receive vehicles, but box {code} is one."
                ),
                name=recipient.name,
                code=row.code,
            ),
            row,
            f,
        )
        for row in f.rows
        if f.categories[row.category_id].is_vehicle
    ]


def _export_notes(f: Facts) -> list[Problem]:
    acknowledged = {
        a.category_id
        for a in ConvoyAcknowledgement.select().where(ConvoyAcknowledgement.convoy == f.convoy.id)
    }
    seen = dict.fromkeys(row.category_id for row in f.rows)
    return [
        Problem(
            "export",
            say(
                QT_TRANSLATE_NOOP("service", "{name_en}: {export_note}"),
                name_en=Names(category.name_en, category.name_de, category.name_uk),
                # A seeded note is translated; one a lead wrote is shown as written.
                export_note=Text(category.export_note),
            ),
            say(QT_TRANSLATE_NOOP("service", "Acknowledge with the licence number or MRN.")),
            category_id=category.id,
        )
        for category in (f.categories[c] for c in seen)
        if category.export_note and category.id not in acknowledged
    ]


def _loading(f: Facts) -> list[Problem]:
    if not f.loading_counts:
        return []
    waiting = [r for r in f.rows if not r.loaded]
    if not waiting:
        return []
    pallets = dict.fromkeys(f.pallet_codes[r.pallet_id] for r in waiting if r.pallet_id)
    return [
        Problem(
            "loading",
            say(
                QT_TRANSLATE_NOOP("service", "{waiting_count} reserved boxes are not loaded."),
                waiting_count=len(waiting),
            ),
            say(
                QT_TRANSLATE_NOOP("service", "Load them by scanning, or take them off the convoy.")
            ),
            release_pallets=tuple(pallets),
            release_boxes=tuple(r.code for r in waiting if r.pallet_id is None),
        )
    ]


def _empty_pallets(f: Facts) -> list[Problem]:
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
            say(
                QT_TRANSLATE_NOOP(
                    "service", "{count} pallet(s) on the convoy hold no box: {codes}."
                ),
                count=len(empty),
                codes=", ".join(sorted(empty)[:5]),
            ),
            say(QT_TRANSLATE_NOOP("service", "Take the empty pallets off the convoy.")),
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
