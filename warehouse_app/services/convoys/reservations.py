"""Reserving goods for a convoy: pallets and loose boxes, on a vehicle or not; all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import peewee as pw

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import BoxStatus, PalletStatus
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.convoys.records import ConvoyRecord, VehicleRecord, editable_row
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import (
    Box,
    Convoy,
    ConvoyAcknowledgement,
    ConvoyItem,
    Pallet,
)
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say


def refusal(box: Box, arrival: dt.date | None, *, check_expiry: bool = True) -> Text:
    """Why box cannot go on a convoy arriving then; "" when it can."""
    if box.status in (BoxStatus.SHIPPED, BoxStatus.DELIVERED):
        return say(
            QT_TRANSLATE_NOOP("service", "Box {box_code} was shipped already."), box_code=box.code
        )
    if box.status == BoxStatus.DISPOSED:
        return say(
            QT_TRANSLATE_NOOP("service", "Box {box_code} was disposed of."), box_code=box.code
        )
    if (
        check_expiry
        and box.expiry_date is not None
        and box.expiry_date < (arrival or dt.date.today())
    ):
        return say(
            QT_TRANSLATE_NOOP(
                "service", "Box {box_code} expires on {expiry_date:%d.%m.%Y}, before the arrival."
            ),
            box_code=box.code,
            expiry_date=box.expiry_date,
        )
    return Text("")


@guarded(Permission.CONVOYS)
@transactional
@activity_log.logged(
    ActivityKind.CONVOY,
    QT_TRANSLATE_NOOP(
        "service",
        "Convoy {convoy}: {result} reserved on vehicle {vehicle} "
        "(pallets {pallets}; boxes {boxes}).",
    ),
    subject="convoy",
    code="convoy",
)
def assign(
    convoy: ConvoyRecord,
    *,
    vehicle: VehicleRecord | None,
    pallets: Sequence[str] = (),
    boxes: Sequence[str] = (),
    check_expiry: bool = True,
) -> int:
    """Reserve pallets and loose boxes for the convoy (on vehicle, if given); all or nothing.

    check_expiry=False reserves goods that expire before the arrival anyway (demo data); the
    readiness check still lists them.
    """
    if vehicle is not None and vehicle.convoy_id != convoy.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "That vehicle belongs to another convoy.")
        )
    vehicle_id = vehicle.id if vehicle is not None else None
    count = 0
    row = editable_row(convoy.id)
    for raw in pallets:
        _reserve_pallet(row, vehicle_id, raw, check_expiry)
        count += 1
    for raw in boxes:
        _reserve_box(row, vehicle_id, raw)
        count += 1
    return count


def _reserve_pallet(convoy: Convoy, vehicle_id: int | None, raw: str, check_expiry: bool) -> None:
    code = parse_code(raw)
    if code.kind is not CodeKind.PALLET:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{code_text} is not a pallet code."), code_text=code.text
        )
    pallet = locked(Pallet.select().where(Pallet.code == code.text)).first()
    if pallet is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Unknown pallet {code_text}."), code_text=code.text
        )
    if pallet.status not in (PalletStatus.IN_STOCK, PalletStatus.LOADED):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Pallet {pallet_code} is {pallet_status}."),
            pallet_code=pallet.code,
            pallet_status=pallet.status,
        )
    _not_elsewhere(
        ConvoyItem.pallet == pallet.id,
        convoy,
        say(QT_TRANSLATE_NOOP("service", "Pallet {pallet_code}"), pallet_code=pallet.code),
    )
    for box in Box.select().where(Box.pallet == pallet.id, Box.status != BoxStatus.DISPOSED):
        refused = refusal(box, convoy.planned_arrival, check_expiry=check_expiry)
        if refused:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "{refused} (on pallet {pallet_code})"),
                refused=refused,
                pallet_code=pallet.code,
            )
    _upsert(convoy, vehicle_id, pallet=pallet.id)


def _reserve_box(convoy: Convoy, vehicle_id: int | None, raw: str) -> None:
    code = parse_code(raw)
    if code.kind is not CodeKind.BOX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{code_text} is not a box code."), code_text=code.text
        )
    box = locked(Box.select().where(Box.code == code.text)).first()
    if box is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Unknown box {code_text}."), code_text=code.text
        )
    refused = refusal(box, convoy.planned_arrival)
    if refused:
        raise ValidationError(refused)
    if box.status == BoxStatus.ON_PALLET:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Box {box_code} is on pallet {pallet_code}: assign the pallet, or unpack the "
                "box first.",
            ),
            box_code=box.code,
            pallet_code=box.pallet.code,
        )
    _not_elsewhere(
        ConvoyItem.box == box.id,
        convoy,
        say(QT_TRANSLATE_NOOP("service", "Box {box_code}"), box_code=box.code),
    )
    _upsert(convoy, vehicle_id, box=box.id)


def _not_elsewhere(condition: pw.Expression, convoy: Convoy, what: Text) -> None:
    other = (
        ConvoyItem.select(ConvoyItem, Convoy)
        .join(Convoy)
        .where(condition, ConvoyItem.convoy != convoy.id)
        .first()
    )
    if other is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{what} is reserved for convoy {convoy_number} already."),
            what=what,
            convoy_number=other.convoy.number,
        )


def _upsert(convoy: Convoy, vehicle_id: int | None, **item: int) -> None:
    found = ConvoyItem.get_or_none(**item)
    if found is not None:
        if found.loaded and found.vehicle_id != vehicle_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "It is loaded already: unload it before moving it.")
            )
        found.vehicle = vehicle_id
        found.save(only=[ConvoyItem.vehicle])
    else:
        ConvoyItem.create(convoy=convoy.id, vehicle=vehicle_id, **item)


@guarded(Permission.PAPERS)
@transactional
def acknowledge(convoy: ConvoyRecord, category_id: int, reference: str) -> None:
    """A category's export note, acknowledged with its licence number or MRN."""
    ref = validation.text(
        reference,
        "reference",
        QT_TRANSLATE_NOOP("service", "Licence number or MRN"),
        required=True,
        max_length=100,
    )
    editable_row(convoy.id)
    ConvoyAcknowledgement.insert(convoy=convoy.id, category=category_id, reference=ref).on_conflict(
        conflict_target=[ConvoyAcknowledgement.convoy, ConvoyAcknowledgement.category],
        update={ConvoyAcknowledgement.reference: ref},
    ).execute()
