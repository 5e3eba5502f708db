"""Delivery: a vehicle's (or some pallets') handover at the recipient, confirmed with the
receipt's reference; what comes back returns to stock, and the convoy counts as delivered once
every vehicle is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.codes import parse_code
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus, MovementKind, PalletStatus
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.convoys.records import VehicleRecord, convoy_row, vehicle_row
from warehouse_app.services.guard import guarded
from warehouse_app.services.movements import Actor, change_box, change_pallet
from warehouse_app.storage.models import Box, Convoy, ConvoyItem, Vehicle, utcnow
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say


@guarded(Permission.DELIVER)
@transactional
def deliver(
    vehicle: VehicleRecord,
    *,
    receipt_reference: str,
    actor: Actor,
    returned: Sequence[str] = (),
    return_location_id: int | None = None,
    pallets: Sequence[str] | None = None,
    when: dt.datetime | None = None,
) -> tuple[int, int]:
    """Confirm a handover: the whole vehicle, or only the given pallets of it.

    Returned boxes come back into stock. The vehicle counts as delivered once all its items
    are; the convoy once all its vehicles are. Returns (delivered, came back).
    """
    reference = validation.text(
        receipt_reference,
        "receipt",
        QT_TRANSLATE_NOOP("service", "Receipt reference"),
        required=True,
        max_length=100,
    )
    back = {parse_code(c).text for c in returned}
    if back and return_location_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("service", "Say where the returned goods go."))
    wanted = {parse_code(c).text for c in pallets} if pallets is not None else None
    stamp = when or utcnow()
    convoy = convoy_row(vehicle.convoy_id)
    truck = vehicle_row(vehicle.id)
    if convoy.status != ConvoyStatus.DEPARTED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} is {convoy_status}: only a departed convoy can be "
                "delivered.",
            ),
            convoy_number=convoy.number,
            convoy_status=convoy.status,
        )
    chosen = _waiting_items(truck, wanted)
    if truck.delivered_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Vehicle {truck_number} was delivered already."),
            truck_number=truck.number,
        )
    if not chosen and wanted is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Vehicle {truck_number} has nothing left to deliver."),
            truck_number=truck.number,
        )
    delivered = came_back = 0
    for item in chosen:
        if item.pallet_id is not None:
            pallet = item.pallet
            boxes = list(
                Box.select().where(Box.pallet == pallet.id, Box.status == BoxStatus.SHIPPED)
            )
            change_pallet(
                pallet,
                MovementKind.DELIVERED,
                actor,
                note=reference,
                status=PalletStatus.DELIVERED,
            )
        else:
            boxes = list(Box.select().where(Box.id == item.box_id))
        for box in boxes:
            if box.code in back:
                change_box(
                    box,
                    MovementKind.UNLOADED,
                    actor,
                    note=f"came back from convoy {convoy.number}",
                    status=BoxStatus.IN_STOCK,
                    pallet=None,
                    location=return_location_id,
                )
                came_back += 1
            else:
                change_box(
                    box,
                    MovementKind.DELIVERED,
                    actor,
                    note=reference,
                    status=BoxStatus.DELIVERED,
                )
                delivered += 1
        if _came_back_loose(item, back):
            # A loose box that came back is free for the next convoy; that it travelled and
            # returned stays in its movements and in this convoy's archived papers.
            item.delete_instance()
            continue
        item.delivered_at = stamp
        item.save(only=[ConvoyItem.delivered_at])
    _close_if_all_delivered(convoy, truck, reference, stamp)
    activity_log.record(
        actor,
        ActivityKind.DELIVERY,
        say(
            QT_TRANSLATE_NOOP(
                "service",
                "Vehicle {vehicle} of convoy {convoy} handed over (receipt {receipt}): "
                "{delivered} boxes delivered, {back} came back.",
            ),
            vehicle=truck.number,
            convoy=convoy.number,
            receipt=reference,
            delivered=delivered,
            back=came_back,
        ),
        subject="convoy",
        code=str(convoy.number),
    )
    return delivered, came_back


def _came_back_loose(item: ConvoyItem, back: set[str]) -> bool:
    return item.box_id is not None and item.box.code in back


def _waiting_items(truck: Vehicle, wanted: set[str] | None) -> list[ConvoyItem]:
    items = ConvoyItem.select().where(
        ConvoyItem.vehicle == truck.id, ConvoyItem.delivered_at.is_null()
    )
    if wanted is None:
        return list(items)
    chosen = [i for i in items if i.pallet_id is not None and i.pallet.code in wanted]
    missing = wanted - {i.pallet.code for i in chosen}
    if missing:
        names = ", ".join(sorted(missing))
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Not waiting for delivery on vehicle {truck_number}: {names}."
            ),
            truck_number=truck.number,
            names=names,
        )
    return chosen


def _close_if_all_delivered(
    convoy: Convoy, truck: Vehicle, reference: str, stamp: dt.datetime
) -> None:
    """The vehicle is delivered once all its items are; the convoy once all its vehicles are."""
    if (
        not ConvoyItem.select()
        .where(ConvoyItem.vehicle == truck.id, ConvoyItem.delivered_at.is_null())
        .exists()
    ):
        Vehicle.update(delivered_at=stamp, receipt_reference=reference).where(
            Vehicle.id == truck.id
        ).execute()
    if (
        not Vehicle.select()
        .where(Vehicle.convoy == convoy.id, Vehicle.delivered_at.is_null())
        .exists()
    ):
        Convoy.update(status=ConvoyStatus.DELIVERED.value).where(Convoy.id == convoy.id).execute()
