"""The lead corrects a convoy before it departs: goods off it, goods onto another vehicle, a
vehicle's details. All or nothing, on rows locked inside the one transaction; a departed
convoy refuses (records.editable_row)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from peewee import JOIN

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.convoys.records import (
    ConvoyRecord,
    VehicleRecord,
    editable_row,
    vehicle_record,
    vehicle_row,
)
from warehouse_app.services.convoys.transport import unload
from warehouse_app.services.guard import guarded
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Box, Convoy, ConvoyItem, Pallet, Vehicle
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say

log = logging.getLogger(__name__)


@guarded(Permission.CONVOYS)
@transactional
@activity_log.logged(
    ActivityKind.CONVOY,
    QT_TRANSLATE_NOOP(
        "service", "Convoy {convoy}: {result} taken off (pallets {pallets}; boxes {boxes})."
    ),
    subject="convoy",
    code="convoy",
)
def release(
    convoy: ConvoyRecord,
    *,
    pallets: Sequence[str] = (),
    boxes: Sequence[str] = (),
    actor: Actor | None = None,
    unload_to: int | None = None,
) -> int:
    """Take pallets and loose boxes off the convoy; the number taken off.

    A loaded one is refused unless unload_to names where it goes: then it is unloaded there
    first (with its movements), in the same transaction."""
    row = editable_row(convoy.id)
    items = _items(row, pallets, boxes)
    for item in items:
        if not item.loaded:
            continue
        if unload_to is None or actor is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "{item} is loaded on vehicle {vehicle_number}: unload it first (Unload "
                    "mode at the dock), or take it off and unload it in one go (--unload-to "
                    "LOCATION, or the question in the convoy screen). Nothing changed.",
                ),
                item=_name(item),
                vehicle_number=item.vehicle.number,
            )
        truck = vehicle_record(vehicle_row(item.vehicle_id))
        code = {"pallet_code": item.pallet.code} if item.pallet_id else {"box_code": item.box.code}
        unload(truck, location_id=unload_to, actor=actor, **code)
    names = [_name(item) for item in items]
    ConvoyItem.delete().where(ConvoyItem.id.in_([i.id for i in items])).execute()
    log.info("taken off convoy %s by %s: %s", row.number, _who(actor), ", ".join(names))
    return len(items)


def loaded_among(
    convoy: ConvoyRecord, *, pallets: Sequence[str] = (), boxes: Sequence[str] = ()
) -> int:
    """How many of these are loaded on a vehicle (taking them off then unloads them)."""
    query = (
        ConvoyItem.select()
        .join(Pallet, on=(ConvoyItem.pallet == Pallet.id), join_type=JOIN.LEFT_OUTER)
        .switch(ConvoyItem)
        .join(Box, on=(ConvoyItem.box == Box.id), join_type=JOIN.LEFT_OUTER)
        .where(
            ConvoyItem.convoy == convoy.id,
            ConvoyItem.loaded == True,
            (Pallet.code.in_(list(pallets))) | (Box.code.in_(list(boxes))),
        )
    )
    return int(query.count())


@guarded(Permission.CONVOYS)
@transactional
@activity_log.logged(
    ActivityKind.CONVOY,
    QT_TRANSLATE_NOOP(
        "service",
        "Convoy {convoy}: {result} moved to vehicle {vehicle} (pallets {pallets}; boxes {boxes}).",
    ),
    subject="convoy",
    code="convoy",
)
def move(
    convoy: ConvoyRecord,
    vehicle: VehicleRecord | None,
    *,
    pallets: Sequence[str] = (),
    boxes: Sequence[str] = (),
    actor: Actor | None = None,
) -> int:
    """Put reserved goods on another vehicle of the convoy (None: on no vehicle yet)."""
    row = editable_row(convoy.id)
    if vehicle is not None and vehicle.convoy_id != row.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "That vehicle belongs to another convoy than {convoy_number}."
            ),
            convoy_number=row.number,
        )
    target = vehicle.id if vehicle is not None else None
    items = _items(row, pallets, boxes)
    for item in items:
        if item.loaded and item.vehicle_id != target:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "{item} is loaded on vehicle {vehicle_number}: unload it before moving it "
                    "to another vehicle. Nothing changed.",
                ),
                item=_name(item),
                vehicle_number=item.vehicle.number,
            )
    ConvoyItem.update(vehicle=target).where(ConvoyItem.id.in_([i.id for i in items])).execute()
    where = f"vehicle {vehicle.number}" if vehicle is not None else "no vehicle"
    names = ", ".join(_name(i) for i in items)
    log.info("moved to %s of convoy %s by %s: %s", where, row.number, _who(actor), names)
    return len(items)


def _items(convoy: Convoy, pallets: Sequence[str], boxes: Sequence[str]) -> list[ConvoyItem]:
    """The convoy's items for these codes, locked; a code not on the convoy is refused."""
    if not pallets and not boxes:
        raise ValidationError(QT_TRANSLATE_NOOP("service", "Say which pallets or boxes."))
    items = [_pallet_item(convoy, raw) for raw in pallets]
    items += [_box_item(convoy, raw) for raw in boxes]
    return list({item.id: item for item in items}.values())


def _pallet_item(convoy: Convoy, raw: str) -> ConvoyItem:
    code = parse_code(raw)
    if code.kind is not CodeKind.PALLET:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{code_text} is not a pallet code."), code_text=code.text
        )
    pallet = Pallet.get_or_none(Pallet.code == code.text)
    if pallet is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Unknown pallet {code_text}."), code_text=code.text
        )
    item = _locked_item(convoy, ConvoyItem.pallet == pallet.id)
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Pallet {code_text} is not on convoy {convoy_number}."),
            code_text=code.text,
            convoy_number=convoy.number,
        )
    return item


def _box_item(convoy: Convoy, raw: str) -> ConvoyItem:
    code = parse_code(raw)
    if code.kind is not CodeKind.BOX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{code_text} is not a box code."), code_text=code.text
        )
    box = Box.get_or_none(Box.code == code.text)
    if box is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Unknown box {code_text}."), code_text=code.text
        )
    item = _locked_item(convoy, ConvoyItem.box == box.id)
    if item is not None:
        return item
    if box.pallet_id is not None and _locked_item(convoy, ConvoyItem.pallet == box.pallet_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Box {box_code} is on pallet {pallet_code}: take the pallet off the convoy, "
                "or unpack the box from it first.",
            ),
            box_code=box.code,
            pallet_code=box.pallet.code,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("service", "Box {box_code} is not on convoy {convoy_number}."),
        box_code=box.code,
        convoy_number=convoy.number,
    )


def _locked_item(convoy: Convoy, condition: object) -> ConvoyItem | None:
    query = ConvoyItem.select().where(ConvoyItem.convoy == convoy.id, condition)
    item: ConvoyItem | None = locked(query).first()
    return item


def _name(item: ConvoyItem) -> str:
    return f"Pallet {item.pallet.code}" if item.pallet_id else f"Box {item.box.code}"


def _who(actor: Actor | None) -> str:
    return actor.station if actor is not None else "the command line"


# The vehicle fields set_vehicle changes: figures with their label and range, texts with
# their length.
_FIGURES = {
    "payload_kg": ("Payload kg", validation.PAYLOAD_KG),
    "loading_length_m": ("Loading length m", validation.LOADING_LENGTH_M),
    "loading_height_m": ("Loading height m", validation.LOADING_HEIGHT_M),
}
_TEXT_FIELDS = {"carrier": 200, "carrier_address": 300, "truck_plate": 20, "trailer_plate": 20}


@guarded(Permission.CONVOYS)
@transactional
def set_vehicle(vehicle: VehicleRecord, **changes: object) -> VehicleRecord:
    """Change a vehicle's payload, places, size, plates, carrier or drivers until departure."""
    editable_row(vehicle.convoy_id)
    row: Vehicle = vehicle_row(vehicle.id)
    values: dict[str, object] = {}
    for name, value in changes.items():
        if name in _FIGURES:
            label, (low, high) = _FIGURES[name]
            values[name] = validation.in_range(value, name, label, low, high)
        elif name == "pallet_places":
            values[name] = validation.whole_number(
                value, name, "Pallet places", *validation.PALLET_PLACES
            )
        elif name == "drivers":
            values[name] = validation.drivers(str(value))
        elif name in _TEXT_FIELDS:
            text = str(value).strip()
            if len(text) > _TEXT_FIELDS[name]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "service", "{name} is longer than {text_fields_item} characters."
                    ),
                    name=name,
                    text_fields_item=_TEXT_FIELDS[name],
                )
            values[name] = text.upper() if name.endswith("plate") else text
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "A vehicle has no field {name!r}."), name=name
            )
    if not values:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Say what to change, e.g. --payload-kg 20000.")
        )
    validation.carrier(
        str(values.get("carrier", row.carrier)),
        str(values.get("carrier_address", row.carrier_address)),
    )
    before = {name: getattr(row, name) for name in values}
    for name, value in values.items():
        setattr(row, name, value)
    row.save(only=[getattr(Vehicle, name) for name in values])
    convoy = str(Convoy.get_by_id(vehicle.convoy_id).number)
    activity_log.record_signed_in(
        ActivityKind.VEHICLE,
        say(
            QT_TRANSLATE_NOOP("service", "Vehicle {vehicle} of convoy {convoy} changed."),
            vehicle=row.number,
            convoy=convoy,
        ),
        subject="vehicle",
        code=convoy,
        changes=activity_log.differences(before, values),
    )
    return vehicle_record(row)
