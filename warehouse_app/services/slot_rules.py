"""The rules a drop-off slot keeps when an appointment is booked into it or moved there: it is a
slot of the opening hours (or one written before), not begun, not closed, within the donor's
dates, and it has room for the load. Decided on the slot's row, locked."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from warehouse_app.errors import ValidationError
from warehouse_app.kinds import AppointmentStatus, SlotUnit
from warehouse_app.services.dropoff_hours import opening_hours
from warehouse_app.status_words import slot_unit
from warehouse_app.storage.models import Appointment, DropOffSlot, Offer
from warehouse_app.storage.transactions import locked
from warehouse_app.texts import QT_TRANSLATE_NOOP


def slot_row(starts_at: dt.datetime) -> DropOffSlot:
    """The slot's row, written from the opening hours if it is not yet, and locked."""
    hours = opening_hours()
    if not DropOffSlot.select().where(DropOffSlot.starts_at == starts_at).exists():
        if starts_at not in hours.starts(starts_at.date()):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The hall takes no drop-offs at {when}: choose one of the day's slots "
                    "(the Drop-offs tab, or hafenlager appointments slots --date).",
                ),
                "slot",
                when=f"{starts_at:%d.%m.%Y %H:%M}",
            )
        DropOffSlot.insert(
            starts_at=starts_at,
            ends_at=starts_at + dt.timedelta(minutes=hours.slot_minutes),
            capacity=hours.capacity,
            unit=hours.unit,
        ).on_conflict_ignore().execute()  # another station may write it at the same moment
    slot: DropOffSlot = locked(DropOffSlot.select().where(DropOffSlot.starts_at == starts_at)).get()
    return slot


def slot_with_room(
    offer: Offer,
    starts_at: dt.datetime,
    load: int | None,
    now: dt.datetime | None,
    leaving: Appointment | None = None,
) -> DropOffSlot:
    if starts_at <= (now or dt.datetime.now()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "That slot has begun already: choose a later one."),
            "slot",
        )
    day = starts_at.date()
    if (offer.available_from and day < offer.available_from) or (
        offer.available_until and day > offer.available_until
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The donor can bring it from {first} to {last} only: choose a slot then, or "
                "change the offer.",
            ),
            "slot",
            first=f"{offer.available_from:%d.%m.%Y}" if offer.available_from else "…",
            last=f"{offer.available_until:%d.%m.%Y}" if offer.available_until else "…",
        )
    slot = slot_row(starts_at)
    if slot.closed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The slot at {when} is closed: choose another."),
            "slot",
            when=f"{starts_at:%d.%m.%Y %H:%M}",
        )
    wanted = load_of(offer, str(slot.unit), load)
    taken = (
        Appointment.select(pw.fn.COALESCE(pw.fn.SUM(Appointment.load), 0))
        .where(
            Appointment.slot == slot.id,
            Appointment.status == AppointmentStatus.BOOKED.value,
            Appointment.id != (leaving.id if leaving is not None else 0),
        )
        .scalar()
    )
    if wanted > int(slot.capacity):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The slot at {when} takes at most {capacity} {unit}, and this drop-off needs "
                "{wanted}: book it on two slots (two offers) or give a smaller load.",
            ),
            "load",
            when=f"{starts_at:%d.%m.%Y %H:%M}",
            capacity=int(slot.capacity),
            unit=slot_unit(str(slot.unit)),
            wanted=wanted,
        )
    if int(taken) + wanted > int(slot.capacity):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The slot at {when} is full ({taken} of {capacity} {unit} taken): choose another.",
            ),
            "slot",
            when=f"{starts_at:%d.%m.%Y %H:%M}",
            taken=int(taken),
            capacity=int(slot.capacity),
            unit=slot_unit(str(slot.unit)),
        )
    return slot


def load_of(offer: Offer, unit: str, load: int | None) -> int:
    if load is not None:
        if load < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service", "An appointment takes at least one place of its slot."
                ),
                "load",
            )
        return load
    if unit == SlotUnit.BOXES:
        return int(offer.boxes or 1)
    return 1  # one vehicle; one m³ unless the coordinator says more
