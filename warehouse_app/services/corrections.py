"""Correcting and disposing boxes: always with a reason, always logged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import BOX_GONE, BoxStatus, MovementKind
from warehouse_app.services import activity_log, vehicles
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.guard import guarded
from warehouse_app.services.movements import Actor, change_box
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Location,
    box_search_text,
)
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say


@dataclass(frozen=True)
class BoxCorrection:
    """The new values of a box's editable fields (all given; unchanged ones are skipped)."""

    owner_id: int
    category_id: int
    description_de: str
    description_uk: str
    description_en: str
    quantity: Decimal | str
    net_kg: Decimal | str
    gross_kg: Decimal | str
    value_per_unit_eur: Decimal | str
    used: bool
    wear_percent: int | str
    expiry_date: dt.date | None
    origin_country: str
    serial_or_vin: str
    location_id: int | None


def _get_box(box_id: int) -> Box:
    box: Box | None = locked(Box.select().where(Box.id == box_id)).first()
    if box is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no box with id {box_id}."), box_id=box_id
        )
    return box


def _reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Give a reason: it is kept in the box's history."),
            "reason",
        )
    return cleaned


@guarded(Permission.CORRECT)
@transactional
def correct_box(box_id: int, new: BoxCorrection, reason: str, actor: Actor) -> list[str]:
    """Apply a correction; returns the changes made as 'field: old → new' lines."""
    why = _reason(reason)
    box = _get_box(box_id)
    if box.status in BOX_GONE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Box {box_code} is {box_status} and can no longer be corrected."
            ),
            box_code=box.code,
            box_status=box.status,
        )
    category = Category.get_or_none(Category.id == new.category_id)
    if category is None:
        raise ValidationError(QT_TRANSLATE_NOOP("service", "Choose a category."), "category")
    if Association.get_or_none(Association.id == new.owner_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Choose the association that owns the box."), "owner"
        )
    net, gross = validation.weights(new.net_kg, new.gross_kg)
    values: dict[str, object] = {
        "owner_id": new.owner_id,
        "category_id": new.category_id,
        "description_de": validation.text(
            new.description_de,
            "description_de",
            QT_TRANSLATE_NOOP("service", "Description (German)"),
            required=True,
        ),
        "description_uk": validation.text(
            new.description_uk,
            "description_uk",
            QT_TRANSLATE_NOOP("service", "Description (Ukrainian)"),
            required=True,
        ),
        "description_en": validation.text(
            new.description_en,
            "description_en",
            QT_TRANSLATE_NOOP("service", "Description (English)"),
            required=False,
        ),
        "quantity": validation.positive(
            new.quantity, "quantity", QT_TRANSLATE_NOOP("service", "Quantity")
        ),
        "net_kg": net,
        "gross_kg": gross,
        "value_per_unit_eur": validation.not_negative(
            new.value_per_unit_eur,
            "value_per_unit_eur",
            QT_TRANSLATE_NOOP("service", "Value per unit"),
        ),
        "used": new.used,
        "wear_percent": validation.wear(new.used, new.wear_percent),
        "origin_country": validation.country(new.origin_country),
        "serial_or_vin": validation.vin(new.serial_or_vin)
        if category.is_vehicle
        else validation.text(
            new.serial_or_vin,
            "serial_or_vin",
            QT_TRANSLATE_NOOP("service", "Serial number or VIN"),
            required=False,
            max_length=40,
        ),
    }
    if new.expiry_date != box.expiry_date:
        values["expiry_date"] = validation.expiry(
            new.expiry_date, required=category.expiry_required
        )
    elif category.expiry_required and box.expiry_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "This category needs an expiry date."), "expiry_date"
        )
    if new.location_id != box.location_id:
        if box.status != BoxStatus.IN_STOCK:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Box {box_code} is {box_status}: take it off the pallet before giving it "
                    "its own location.",
                ),
                "location",
                box_code=box.code,
                box_status=box.status.replace("_", " "),
            )
        if new.location_id is None or Location.get_or_none(Location.id == new.location_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "Choose a location for the box."), "location"
            )
        values["location_id"] = new.location_id

    changes = [
        f"{name.removesuffix('_id')}: {getattr(box, name)} → {value}"
        for name, value in values.items()
        if getattr(box, name) != value
    ]
    if not changes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Nothing was changed: edit a field, or cancel.")
        )
    search_text = box_search_text(
        box.code,
        str(values["description_de"]),
        str(values["description_uk"]),
        str(values["description_en"]),
        str(values["serial_or_vin"]),
    )
    if category.is_vehicle:
        known = vehicles.details_of([int(box.id)]).get(int(box.id))
        facts = known.facts if known else vehicles.VehicleFacts()
        vehicles.record(int(box.id), str(values["serial_or_vin"]), facts)
    change_box(
        box,
        MovementKind.CORRECTED,
        actor,
        note=f"{why} ({'; '.join(changes)})",
        search_text=search_text,
        **values,
    )
    activity_log.record(
        actor,
        ActivityKind.CORRECTION,
        say(
            QT_TRANSLATE_NOOP("service", "Box {box} corrected: {reason}."),
            box=box.code,
            reason=why,
        ),
        subject="box",
        code=str(box.code),
        changes={
            name.removesuffix("_id"): (getattr(box, name), value)
            for name, value in values.items()
            if getattr(box, name) != value
        },
    )
    return changes


@guarded(Permission.DISPOSE)
@transactional
def dispose_box(box_id: int, reason: str, actor: Actor) -> None:
    """Take a box out of stock for good (spoiled, broken, given away locally)."""
    why = _reason(reason)
    box = _get_box(box_id)
    if box.status in BOX_GONE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Box {box_code} is already {box_status}."),
            box_code=box.code,
            box_status=box.status,
        )
    if box.status == BoxStatus.LOADED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Box {box_code} is loaded on a vehicle: unload it first."),
            box_code=box.code,
        )
    change_box(
        box,
        MovementKind.DISPOSED,
        actor,
        note=why,
        status=BoxStatus.DISPOSED,
        location=None,
        pallet=None,
    )
    activity_log.record(
        actor,
        ActivityKind.DISPOSAL,
        say(
            QT_TRANSLATE_NOOP("service", "Box {box} disposed of: {reason}."),
            box=box.code,
            reason=why,
        ),
        subject="box",
        code=str(box.code),
    )
