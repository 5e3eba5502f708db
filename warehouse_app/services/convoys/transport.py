"""Loading and unloading vehicles, departure and delivery: the convoy's goods on the move.

Each call is one transaction with its movement rows. Departure locks the convoy and ships what
is loaded, with the final papers archived in the same transaction; delivery is confirmed per
vehicle (or per pallet), and goods that come back return to stock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Sequence

from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus, MovementKind, PalletStatus
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.convoys import archive
from warehouse_app.services.convoys.archive import PaperFile, PapersRenderer
from warehouse_app.services.convoys.records import (
    ConvoyRecord,
    VehicleRecord,
    convoy_record,
    convoy_row,
    editable_row,
)
from warehouse_app.services.convoys.reservations import refusal
from warehouse_app.services.guard import guarded
from warehouse_app.services.movements import (
    Actor,
    change_box,
    change_pallet,
    ship_boxes,
    ship_pallets,
)
from warehouse_app.storage.models import (
    Box,
    Convoy,
    ConvoyItem,
    Pallet,
    utcnow,
)
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say


class Placement(enum.StrEnum):
    """How a loaded pallet or box stood to the plan."""

    PLANNED = "planned"
    OTHER_VEHICLE = "not planned for this vehicle"
    NOT_PLANNED = "not planned"
    ALREADY_LOADED = "already loaded"


@transactional
def load(
    vehicle: VehicleRecord,
    *,
    pallet_code: str | None = None,
    box_code: str | None = None,
    actor: Actor,
) -> Placement:
    """Put a reserved (or unreserved) pallet or loose box on the vehicle."""
    convoy = editable_row(vehicle.convoy_id)
    if pallet_code is not None:
        return _load_pallet(convoy, vehicle, _pallet(pallet_code), actor)
    if box_code is None:
        raise ValidationError(QT_TRANSLATE_NOOP("service", "Say which pallet or box to load."))
    return _load_box(convoy, vehicle, _box(box_code), actor)


def _pallet(code: str) -> Pallet:
    pallet: Pallet | None = locked(Pallet.select().where(Pallet.code == code)).first()
    if pallet is None:
        raise NotFound(QT_TRANSLATE_NOOP("service", "Unknown pallet {code}."), code=code)
    return pallet


def _box(code: str) -> Box:
    box: Box | None = locked(Box.select().where(Box.code == code)).first()
    if box is None:
        raise NotFound(QT_TRANSLATE_NOOP("service", "Unknown box {code}."), code=code)
    return box


def _placement(item: ConvoyItem | None, vehicle: VehicleRecord) -> Placement:
    if item is None:
        return Placement.NOT_PLANNED
    return Placement.PLANNED if item.vehicle_id == vehicle.id else Placement.OTHER_VEHICLE


def _load_pallet(convoy: Convoy, vehicle: VehicleRecord, pallet: Pallet, actor: Actor) -> Placement:
    item = ConvoyItem.get_or_none(ConvoyItem.pallet == pallet.id)
    if item is not None and item.convoy_id != convoy.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Pallet {pallet_code} is reserved for convoy {convoy_number}."
            ),
            pallet_code=pallet.code,
            convoy_number=item.convoy.number,
        )
    if item is not None and item.loaded and item.vehicle_id != vehicle.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Pallet {pallet_code} is loaded on vehicle {vehicle_number} already."
            ),
            pallet_code=pallet.code,
            vehicle_number=item.vehicle.number,
        )
    if item is not None and item.loaded:
        return Placement.ALREADY_LOADED
    if pallet.status != PalletStatus.IN_STOCK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Pallet {pallet_code} is {pallet_status}."),
            pallet_code=pallet.code,
            pallet_status=pallet.status,
        )
    placement = _placement(item, vehicle)
    if item is None:
        item = ConvoyItem.create(convoy=convoy.id, vehicle=vehicle.id, pallet=pallet.id)
    item.vehicle, item.loaded = vehicle.id, True
    item.save(only=[ConvoyItem.vehicle, ConvoyItem.loaded])
    note = f"vehicle {vehicle.code}"
    change_pallet(
        pallet, MovementKind.LOADED, actor, note=note, status=PalletStatus.LOADED, location=None
    )
    for on_it in Box.select().where(Box.pallet == pallet.id, Box.status == BoxStatus.ON_PALLET):
        change_box(on_it, MovementKind.LOADED, actor, note=note, status=BoxStatus.LOADED)
    return placement


def _load_box(convoy: Convoy, vehicle: VehicleRecord, box: Box, actor: Actor) -> Placement:
    if box.status == BoxStatus.ON_PALLET:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Box {box_code} is on pallet {pallet_code}: load the pallet, or unpack the "
                "box first.",
            ),
            box_code=box.code,
            pallet_code=box.pallet.code,
        )
    item = ConvoyItem.get_or_none(ConvoyItem.box == box.id)
    if item is not None and item.convoy_id != convoy.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Box {box_code} is reserved for convoy {convoy_number}."),
            box_code=box.code,
            convoy_number=item.convoy.number,
        )
    if item is not None and item.loaded:
        if item.vehicle_id != vehicle.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service", "Box {box_code} is loaded on vehicle {vehicle_number} already."
                ),
                box_code=box.code,
                vehicle_number=item.vehicle.number,
            )
        return Placement.ALREADY_LOADED
    refused = refusal(box, convoy.planned_arrival)
    if refused:
        raise ValidationError(refused)
    placement = _placement(item, vehicle)
    if item is None:
        item = ConvoyItem.create(convoy=convoy.id, vehicle=vehicle.id, box=box.id)
    item.vehicle, item.loaded = vehicle.id, True
    item.save(only=[ConvoyItem.vehicle, ConvoyItem.loaded])
    change_box(
        box,
        MovementKind.LOADED,
        actor,
        note=f"vehicle {vehicle.code}",
        status=BoxStatus.LOADED,
        location=None,
    )
    return placement


@transactional
def unload(
    vehicle: VehicleRecord,
    *,
    pallet_code: str | None = None,
    box_code: str | None = None,
    location_id: int,
    actor: Actor,
) -> None:
    """Take a loaded pallet or loose box off the vehicle, to location_id."""
    editable_row(vehicle.convoy_id)
    if pallet_code is not None:
        pallet = _pallet(pallet_code)
        item = ConvoyItem.get_or_none(
            ConvoyItem.pallet == pallet.id,
            ConvoyItem.vehicle == vehicle.id,
            ConvoyItem.loaded == True,
        )
        if item is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "Pallet {pallet_code} is not loaded on this vehicle."),
                pallet_code=pallet.code,
            )
        item.loaded = False
        item.save(only=[ConvoyItem.loaded])
        change_pallet(
            pallet,
            MovementKind.UNLOADED,
            actor,
            status=PalletStatus.IN_STOCK,
            location=location_id,
        )
        for on_it in Box.select().where(Box.pallet == pallet.id, Box.status == BoxStatus.LOADED):
            change_box(on_it, MovementKind.UNLOADED, actor, status=BoxStatus.ON_PALLET)
        return
    if box_code is None:
        raise ValidationError(QT_TRANSLATE_NOOP("service", "Say which pallet or box to unload."))
    box = _box(box_code)
    item = ConvoyItem.get_or_none(
        ConvoyItem.box == box.id, ConvoyItem.vehicle == vehicle.id, ConvoyItem.loaded == True
    )
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Box {box_code} is not loaded on this vehicle."),
            box_code=box.code,
        )
    item.loaded = False
    item.save(only=[ConvoyItem.loaded])
    change_box(box, MovementKind.UNLOADED, actor, status=BoxStatus.IN_STOCK, location=location_id)


class _ChangedMeanwhile(Exception):
    """What the papers were drawn from changed while they were drawn: draw them again."""


DEPARTURE_ATTEMPTS = 3


@guarded(Permission.DEPART)
def depart(
    convoy: ConvoyRecord,
    actor: Actor,
    today: dt.date | None = None,
    papers: PapersRenderer | None = None,
) -> int:
    """Lock the convoy: everything loaded is shipped; returns the number of boxes shipped.

    The final papers are rendered first, outside any transaction (seconds for a large convoy,
    while the other stations go on scanning); the short write transaction then checks the
    convoy is still ready and nothing the papers show has changed, ships, and archives them,
    so a convoy never departs without its papers nor with papers of another state."""
    for _ in range(DEPARTURE_ATTEMPTS):
        # Drawn from the convoy as it is now: a record held since before 'ready' would draw
        # the papers of a draft.
        convoy = convoy_record(Convoy.get_by_id(convoy.id))
        # The papers a truck leaves with are dated the day it leaves, not the day planned.
        leaving = dataclasses.replace(convoy, planned_departure=today or dt.date.today())
        drawn_from = papers.fingerprint(convoy) if papers is not None else ""
        files = tuple(papers(leaving)) if papers is not None else ()
        try:
            return _ship(convoy, actor, today, papers, drawn_from, files)
        except _ChangedMeanwhile:
            continue  # another station changed the load while the papers were drawn
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "service",
            "The goods of convoy {convoy_number} kept changing while its papers were being "
            "made: stop loading and depart again.",
        ),
        convoy_number=convoy.number,
    )


@transactional
def _ship(
    convoy: ConvoyRecord,
    actor: Actor,
    today: dt.date | None,
    papers: PapersRenderer | None,
    drawn_from: str,
    files: Sequence[PaperFile],
) -> int:
    from warehouse_app.services.convoys.readiness import readiness

    row = convoy_row(convoy.id)
    if row.status != ConvoyStatus.READY:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} is {status}: mark it ready first ('hafenlager convoy "
                "check' lists what is missing).",
            ),
            convoy_number=row.number,
            status=row.status,
        )
    blocking = [p for p in readiness(convoy, today, for_departure=True) if p.blocking]
    if blocking:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} cannot depart: {blocking_count} problem(s) since it "
                "was marked ready. First: {first}",
            ),
            convoy_number=row.number,
            blocking_count=len(blocking),
            first=blocking[0].message,
        )
    if papers is not None and papers.fingerprint(convoy) != drawn_from:
        raise _ChangedMeanwhile
    note = f"convoy {row.number}"
    items = list(
        locked(ConvoyItem.select().where(ConvoyItem.convoy == convoy.id, ConvoyItem.loaded == True))
    )
    pallet_ids = [i.pallet_id for i in items if i.pallet_id is not None]
    locked(Pallet.select(Pallet.id).where(Pallet.id.in_(pallet_ids))).execute()
    ship_pallets(pallet_ids, MovementKind.SHIPPED, actor, note=note, status=PalletStatus.SHIPPED)
    on_pallets = [
        box_id
        for (box_id,) in locked(
            Box.select(Box.id).where(Box.pallet.in_(pallet_ids), Box.status == BoxStatus.LOADED)
        ).tuples()
    ]
    loose = [i.box_id for i in items if i.box_id is not None]
    shipped = ship_boxes(
        on_pallets + loose, MovementKind.SHIPPED, actor, note=note, status=BoxStatus.SHIPPED
    )
    ConvoyItem.delete().where(ConvoyItem.convoy == convoy.id, ConvoyItem.loaded == False).execute()
    Convoy.update(status=ConvoyStatus.DEPARTED.value, departed_at=utcnow()).where(
        Convoy.id == convoy.id
    ).execute()
    if papers is not None:
        archive.store(convoy, files)
    activity_log.record(
        actor,
        ActivityKind.DEPARTURE,
        say(
            QT_TRANSLATE_NOOP("service", "Convoy {convoy} departed with {boxes} boxes."),
            convoy=row.number,
            boxes=shipped,
        ),
        subject="convoy",
        code=str(row.number),
    )
    return shipped
