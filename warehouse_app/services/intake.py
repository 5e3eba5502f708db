"""Receiving donations: one call saves a whole entry ("10 boxes of sleeping bags, 8 kg each")
in one transaction, each box with its code, its "n of N" and its 'received' movement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from warehouse_app import validation
from warehouse_app.codes import CodeKind
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus, LocationKind, MovementKind, Unit
from warehouse_app.services import activity_log, plausibility, vehicles
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.movements import Actor, log_box_change
from warehouse_app.services.vehicles import VehicleFacts
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Donation,
    Location,
    Setting,
    box_search_text,
    utcnow,
)
from warehouse_app.storage.numbering import allocate_codes
from warehouse_app.storage.statements import Statement, slot
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, TextList, say

MAX_BOXES_PER_ENTRY = 500
PACKAGING_SETTING = "intake.packaging_kg"
DEFAULT_PACKAGING_KG = Decimal("0.5")


class NeedsConfirmation(ValidationError):
    """Plausible but unusual input: the volunteer confirms, then the call is repeated."""


@dataclass(frozen=True)
class IntakeEntry:
    association_id: int | None
    category_id: int | None
    description_de: str
    description_uk: str
    quantity: Decimal | str
    unit: str
    net_kg: Decimal | str
    gross_kg: Decimal | str | None = None  # None or "": net plus the packaging setting
    value_per_unit_eur: Decimal | str | None = None  # None or "": the category's default
    description_en: str = ""
    used: bool = False
    wear_percent: int | str = 0
    expiry_date: dt.date | None = None
    origin_country: str = "DE"
    serial_or_vin: str = ""
    location_id: int | None = None  # None: the receiving area
    box_count: int = 1
    delivered_by: str = ""
    notes: str = ""
    heavy_confirmed: bool = False
    vehicle: VehicleFacts | None = None  # make, model, year… of a donated vehicle
    # heavy_confirmed: the volunteer confirmed the unusual figures they were asked about


@dataclass(frozen=True)
class Received:
    donation_id: int
    box_ids: tuple[int, ...]
    codes: tuple[str, ...]


# The intake's look-ups and its INSERT, built once (storage.statements): an entry saved from the
# form, or each of a list's 2,000 rows, paid about 5 ms for peewee to write their SQL.
_ACTIVE_OWNER = Statement(
    lambda: (
        Association.select(Association.id)
        .where(Association.id == slot(Association.id), Association.active == True)
        .limit(1)
    )
)
_CATEGORY = Statement(lambda: Category.select().where(Category.id == slot(Category.id)).limit(1))
_SETTING = Statement(lambda: Setting.select().where(Setting.key == slot(Setting.key)).limit(1))
_RECEIVING = Statement(
    lambda: (
        Location.select(Location.id)
        .where(Location.kind == LocationKind.RECEIVING.value, Location.active == True)
        .order_by(Location.id)
        .limit(1)
    )
)
_LOCATION = Statement(
    lambda: Location.select(Location.id).where(Location.id == slot(Location.id)).limit(1)
)
_DONATION = Statement(lambda: Donation.select().where(Donation.id == slot(Donation.id)).limit(1))
_NEW_BOX = Statement(
    lambda: Box.insert(
        {field: slot(field) for field in Box._meta.sorted_fields if field.name != "id"}
    )
)


def packaging_kg() -> Decimal:
    stored: Setting | None = _SETTING.first(key=PACKAGING_SETTING)
    try:
        return Decimal(stored.value) if stored is not None else DEFAULT_PACKAGING_KG
    except ArithmeticError:
        return DEFAULT_PACKAGING_KG


def receiving_location_id() -> int:
    place: Location | None = _RECEIVING.first()
    if place is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "There is no receiving area: add a location of kind 'receiving'."
            )
        )
    return int(place.id)


@transactional
def receive(
    entry: IntakeEntry,
    actor: Actor,
    *,
    donation_id: int | None = None,
    today: dt.date | None = None,
    appointment_id: int | None = None,
) -> Received:
    """Save the boxes of one entry; refuse bad input with the field it concerns."""
    return receive_many(
        [entry], actor, donation_id=donation_id, today=today, appointment_id=appointment_id
    )


class EntryRefused(ValidationError):
    """receive_many refused one of its entries (index: its place in the list)."""

    def __init__(self, index: int, refusal: ValidationError) -> None:
        super().__init__(refusal.text, refusal.field)
        self.index, self.refusal = index, refusal


@transactional
def receive_many(
    entries: Sequence[IntakeEntry],
    actor: Actor,
    *,
    donation_id: int | None = None,
    today: dt.date | None = None,
    appointment_id: int | None = None,
) -> Received:
    """Save the boxes of several entries of one owner as one donation (a spreadsheet's rows), in
    the caller's transaction: a refused entry (EntryRefused) saves none. What the entries share
    (the owner, the categories, the places) is read once, and the codes are handed out at once.
    With appointment_id, the donation is what arrived from that drop-off appointment."""
    today = today or dt.date.today()
    lookups = Lookups()
    checked = []
    for index, entry in enumerate(entries):
        try:
            checked.append(_checked(entry, today, lookups))
        except ValidationError as exc:
            raise exc if len(entries) == 1 else EntryRefused(index, exc) from exc
    donation = _donation(entries[0], actor, donation_id)
    if appointment_id is not None:
        # Imported here: most intakes have no appointment, and every start loads this module.
        from warehouse_app.services import appointments

        appointments.record_arrival(appointment_id, int(donation.id))
    if any(e.association_id != entries[0].association_id for e in entries):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "One donation belongs to one association."),
            "association",
        )
    codes = allocate_codes(CodeKind.BOX, sum(count for _, count in checked))
    box_ids: list[int] = []
    for entry, (values, count) in zip(entries, checked, strict=True):
        mine = codes[len(box_ids) : len(box_ids) + count]
        first = len(box_ids)
        box_ids.extend(_new_boxes(values, mine, int(donation.id), actor))
        category = lookups.category(int(str(values["category"])))
        if category is not None and category.is_vehicle:
            facts = vehicles.checked_facts(entry.vehicle or VehicleFacts(), today)
            vehicles.record(box_ids[first], str(values["serial_or_vin"]), facts)
    activity_log.record(
        actor,
        ActivityKind.INTAKE,
        say(
            QT_TRANSLATE_NOOP("service", "Took in {count} box(es) {first}…{last} (donation {id})."),
            count=len(codes),
            first=codes[0] if codes else "",
            last=codes[-1] if codes else "",
            id=donation.id,
        ),
        subject="donation",
        code=codes[0] if len(codes) == 1 else "",
    )
    return Received(donation_id=int(donation.id), box_ids=tuple(box_ids), codes=tuple(codes))


def _donation(entry: IntakeEntry, actor: Actor, donation_id: int | None) -> Donation:
    if donation_id is None:
        created: Donation = Donation.create(
            association=entry.association_id,
            delivered_by=validation.text(
                entry.delivered_by,
                "delivered_by",
                QT_TRANSLATE_NOOP("service", "Delivered by"),
                required=False,
                max_length=200,
            ),
            notes=entry.notes.strip(),
            volunteer=actor.volunteer_id,
            station=actor.station,
        )
        return created
    donation: Donation | None = _DONATION.first(id=donation_id)
    if donation is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "There is no donation {donation_id}."),
            "donation",
            donation_id=donation_id,
        )
    if donation.association_id != entry.association_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "These boxes belong to another association than the open donation: start "
                "a new donation.",
            ),
            "association",
        )
    return donation


def _new_boxes(
    values: dict[str, object], codes: Sequence[str], donation_id: int, actor: Actor
) -> list[int]:
    box_ids = []
    texts = [str(values[k]) for k in ("description_de", "description_uk", "description_en")]
    serial = str(values["serial_or_vin"])
    for number, code in enumerate(codes, start=1):
        fields = {
            **values,
            "code": code,
            "donation": donation_id,
            "box_number": number,
            "box_count": len(codes),
            "status": BoxStatus.IN_STOCK.value,
            "pallet": None,
            "created_at": utcnow(),
            "search_text": box_search_text(code, *texts, serial),
        }
        box = Box(id=_NEW_BOX.insert(**fields), **fields)  # as Box.create, its SQL built once
        log_box_change(box, MovementKind.RECEIVED, actor, before=("", None, None))
        box_ids.append(int(box.id))
    return box_ids


class Lookups:
    """What checking entries reads, once per call: a list of 2,000 rows shares its owner,
    a few categories and the receiving area."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, object], object] = {}

    def _once(self, key: tuple[str, object], read: Callable[[], object]) -> Any:
        if key not in self._seen:
            self._seen[key] = read()
        return self._seen[key]

    def owner_active(self, owner_id: int) -> bool:
        return bool(self._once(("owner", owner_id), lambda: _ACTIVE_OWNER.first(id=owner_id)))

    def category(self, category_id: int) -> Category | None:
        found: Category | None = self._once(
            ("category", category_id), lambda: _CATEGORY.first(id=category_id)
        )
        return found

    def packaging_kg(self) -> Decimal:
        return Decimal(self._once(("packaging", None), packaging_kg))

    def receiving_location_id(self) -> int:
        return int(self._once(("receiving", None), receiving_location_id))

    def location_exists(self, location_id: int) -> bool:
        return bool(self._once(("location", location_id), lambda: _LOCATION.first(id=location_id)))


def check_entry(
    entry: IntakeEntry, today: dt.date | None = None, lookups: Lookups | None = None
) -> None:
    """Refuse entry as receive() would, writing nothing (a spreadsheet's rows, before any is
    saved; lookups, from new_lookups(), reads what rows share once)."""
    _checked(entry, today or dt.date.today(), lookups or Lookups())


def new_lookups() -> Lookups:
    return Lookups()


def _checked(entry: IntakeEntry, today: dt.date, lookups: Lookups) -> tuple[dict[str, object], int]:
    if entry.association_id is None or not lookups.owner_active(entry.association_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Choose the association that owns the goods."),
            "association",
        )
    category = lookups.category(entry.category_id) if entry.category_id is not None else None
    if category is None:
        raise ValidationError(QT_TRANSLATE_NOOP("service", "Choose a category."), "category")
    if not 1 <= entry.box_count <= MAX_BOXES_PER_ENTRY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The number of boxes is 1 to {max_boxes_per_entry}."),
            "box_count",
            max_boxes_per_entry=MAX_BOXES_PER_ENTRY,
        )
    try:
        unit = Unit(entry.unit).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown unit '{unit}'."), "unit", unit=entry.unit
        ) from None
    quantity = validation.positive(
        entry.quantity, "quantity", QT_TRANSLATE_NOOP("service", "Quantity")
    )
    net = validation.positive(entry.net_kg, "net_kg", QT_TRANSLATE_NOOP("service", "Net weight"))
    gross_given = entry.gross_kg not in (None, "") and str(entry.gross_kg).strip() != ""
    gross = entry.gross_kg if gross_given else net + lookups.packaging_kg()
    net, gross_kg = validation.weights(net, gross)
    value_given = entry.value_per_unit_eur not in (None, "")
    value = (
        validation.not_negative(
            entry.value_per_unit_eur,
            "value_per_unit_eur",
            QT_TRANSLATE_NOOP("service", "Value per unit"),
        )
        if value_given
        else Decimal(category.default_value_eur)
    )
    doubts = plausibility.unusual(
        quantity=quantity,
        unit=unit,
        net_kg=net,
        gross_kg=gross_kg,
        value_per_unit=value,
        box_count=entry.box_count,
        is_vehicle=bool(category.is_vehicle),
    )
    if doubts and not entry.heavy_confirmed:
        # All of them at once: one "yes" confirms what the volunteer has read.
        raise NeedsConfirmation(
            QT_TRANSLATE_NOOP("service", "{doubts} Check the figures, or confirm them."),
            doubts[0][1],
            doubts=TextList([text for text, _ in doubts], " "),
        )
    serial = (
        validation.vin(entry.serial_or_vin)
        if category.is_vehicle
        else validation.text(
            entry.serial_or_vin,
            "serial_or_vin",
            QT_TRANSLATE_NOOP("service", "Serial number or VIN"),
            required=False,
            max_length=40,
        )
    )
    if serial and entry.box_count > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "A serial number or VIN names one item: enter such items one at a time."
            ),
            "serial_or_vin",
        )
    location_id = entry.location_id or lookups.receiving_location_id()
    if not lookups.location_exists(location_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Choose where the boxes go."), "location"
        )
    values: dict[str, object] = {
        "owner": entry.association_id,
        "category": category.id,
        "description_de": validation.text(
            entry.description_de,
            "description_de",
            QT_TRANSLATE_NOOP("service", "Description (German)"),
            required=True,
        ),
        "description_uk": validation.text(
            entry.description_uk,
            "description_uk",
            QT_TRANSLATE_NOOP("service", "Description (Ukrainian)"),
            required=True,
        ),
        "description_en": validation.text(
            entry.description_en,
            "description_en",
            QT_TRANSLATE_NOOP("service", "Description (English)"),
            required=False,
        ),
        "quantity": quantity,
        "unit": unit,
        "net_kg": net,
        "gross_kg": gross_kg,
        "value_per_unit_eur": value,
        "used": entry.used,
        "wear_percent": validation.wear(entry.used, entry.wear_percent),
        "expiry_date": validation.expiry(
            entry.expiry_date, required=category.expiry_required, today=today
        ),
        "origin_country": validation.country(entry.origin_country),
        "serial_or_vin": serial,
        "location": location_id,
    }
    return values, entry.box_count
