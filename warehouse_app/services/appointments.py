"""The hall's drop-off calendar: opening hours cut into slots with a capacity, appointments for
accepted offers booked into them, and what arrived from each.

The hall takes donations only by appointment. The slots come from the opening hours (a setting:
"2 10:00-16:00, 4 10:00-16:00" = Tuesdays and Thursdays); a slot is written as a row when it is
first booked or closed, with the capacity then in force, so booking the last place of a slot
locks that row and two stations cannot both take it. Times are the hall's local time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import AppointmentStatus, OfferStatus
from warehouse_app.services import activity_log, slot_rules
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.dropoff_hours import opening_hours
from warehouse_app.services.guard import guarded
from warehouse_app.status_words import appointment_status
from warehouse_app.storage.models import (
    Appointment,
    AppointmentDonation,
    Association,
    Box,
    Category,
    DropOffSlot,
    Offer,
)
from warehouse_app.storage.numbering import advance
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

_NUMBER_COUNTER = "T"


# --- the calendar ------------------------------------------------------------------------------
@dataclass(frozen=True)
class AppointmentRow:
    id: int
    number: str
    offer_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    load: int
    unit: str
    status: str
    offered_by: str
    contact: str
    association_id: int | None
    association: str  # short code
    category_id: int | None
    category: str  # German name
    description: str
    offered_boxes: int | None
    offered_kg: str  # the estimate as written, "" when none
    arrived_boxes: int
    arrived_kg: str  # net kg received from it, "" before it arrived


@dataclass(frozen=True)
class SlotRow:
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    unit: str
    booked: int
    closed: bool
    appointments: tuple[AppointmentRow, ...]

    @property
    def free(self) -> int:
        return 0 if self.closed else max(0, self.capacity - self.booked)


def day_slots(day: dt.date) -> list[SlotRow]:
    """The day's slots: those of the opening hours, and those written before that still hold
    appointments or were closed (a change of the hours leaves them as they were). A slot of
    the hours that overlaps one of those is left out: the day never shows two at one time."""
    hours = opening_hours()
    start = dt.datetime.combine(day, dt.time())
    booked = appointments(day, include_cancelled=False)
    taken = {a.starts_at for a in booked}
    planned = set(hours.starts(day))
    stored = {
        s.starts_at: s
        for s in DropOffSlot.select().where(
            DropOffSlot.starts_at >= start, DropOffSlot.starts_at < start + dt.timedelta(days=1)
        )
        if s.starts_at in planned or s.starts_at in taken or s.closed
    }
    step = dt.timedelta(minutes=hours.slot_minutes)

    def overlaps_stored(begins: dt.datetime) -> bool:
        return any(
            other != begins and begins < row.ends_at and other < begins + step
            for other, row in stored.items()
        )

    slots = []
    for begins in sorted({b for b in planned if not overlaps_stored(b)} | set(stored)):
        row = stored.get(begins)
        mine = tuple(a for a in booked if a.starts_at == begins)
        slots.append(
            SlotRow(
                starts_at=begins,
                ends_at=row.ends_at if row else begins + step,
                capacity=int(row.capacity) if row else hours.capacity,
                unit=str(row.unit) if row else hours.unit,
                booked=sum(a.load for a in mine if a.status == AppointmentStatus.BOOKED),
                closed=bool(row.closed) if row else False,
                appointments=mine,
            )
        )
    return slots


def outside_hours(after: dt.datetime | None = None) -> list[AppointmentRow]:
    """Booked appointments from now on that the opening hours no longer hold (after a change
    of the hours): the donors to call."""
    hours = opening_hours()
    return [
        a
        for a in appointments(None, include_cancelled=False)
        if a.status == AppointmentStatus.BOOKED
        and a.starts_at > (after or dt.datetime.now())
        and a.starts_at not in hours.starts(a.starts_at.date())
    ]


def next_free(load: int = 1, after: dt.datetime | None = None, days: int = 60) -> SlotRow | None:
    """The first open slot after then with room for load; None within days."""
    after = after or dt.datetime.now().replace(second=0, microsecond=0)
    for offset in range(days):
        for slot in day_slots(after.date() + dt.timedelta(days=offset)):
            if slot.starts_at > after and slot.free >= load:
                return slot
    return None


def appointments(
    day: dt.date | None = None, *, include_cancelled: bool = True, appointment_id: int = 0
) -> list[AppointmentRow]:
    """One day's appointments (or all from today on), by time."""
    query = (
        Appointment.select(
            Appointment, DropOffSlot, Offer, Association.id, Association.short_code, Category
        )
        .join(DropOffSlot)
        .switch(Appointment)
        .join(Offer)
        .join(Association, pw.JOIN.LEFT_OUTER)
        .switch(Offer)
        .join(Category, pw.JOIN.LEFT_OUTER)
        .order_by(DropOffSlot.starts_at, Appointment.id)
    )
    if appointment_id:
        query = query.where(Appointment.id == appointment_id)
    elif day is not None:
        start = dt.datetime.combine(day, dt.time())
        query = query.where(
            DropOffSlot.starts_at >= start, DropOffSlot.starts_at < start + dt.timedelta(days=1)
        )
    else:
        query = query.where(
            DropOffSlot.starts_at >= dt.datetime.combine(dt.date.today(), dt.time())
        )
    if not include_cancelled:
        query = query.where(Appointment.status != AppointmentStatus.CANCELLED.value)
    rows = list(query)
    arrived = _arrived({int(a.id) for a in rows})
    return [_row(a, arrived.get(int(a.id))) for a in rows]


def _arrived(ids: set[int]) -> dict[int, tuple[int, str]]:
    if not ids:
        return {}
    from warehouse_app.quantities import exact

    query = (
        AppointmentDonation.select(
            AppointmentDonation.appointment, pw.fn.COUNT(Box.id), pw.fn.SUM(Box.net_kg)
        )
        .join(Box, on=Box.donation == AppointmentDonation.donation)
        .where(AppointmentDonation.appointment.in_(sorted(ids)))
        .group_by(AppointmentDonation.appointment)
        .tuples()
    )
    return {int(a): (int(n), f"{exact(kg or 0):.1f}") for a, n, kg in query}


def _row(a: Appointment, arrived: tuple[int, str] | None) -> AppointmentRow:
    o = a.offer
    return AppointmentRow(
        id=int(a.id),
        number=str(a.number),
        offer_id=int(o.id),
        starts_at=a.slot.starts_at,
        ends_at=a.slot.ends_at,
        load=int(a.load),
        unit=str(a.slot.unit),
        status=str(a.status),
        offered_by=str(o.offered_by),
        contact=str(o.contact),
        association_id=o.association_id,
        association=str(o.association.short_code) if o.association_id else "",
        category_id=o.category_id,
        category=str(o.category.name_de) if o.category_id else "",
        description=str(o.description),
        offered_boxes=o.boxes,
        offered_kg=f"{Decimal(o.weight_kg):.1f}" if o.weight_kg is not None else "",
        arrived_boxes=arrived[0] if arrived else 0,
        arrived_kg=arrived[1] if arrived else "",
    )


def appointment(appointment_id: int) -> AppointmentRow:
    found = appointments(appointment_id=appointment_id)
    if not found:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no appointment {appointment_id}."),
            appointment_id=appointment_id,
        )
    return found[0]


def expected_today(today: dt.date | None = None) -> list[AppointmentRow]:
    """Today's appointments still to come: what the door expects."""
    return [
        a
        for a in appointments(today or dt.date.today(), include_cancelled=False)
        if a.status == AppointmentStatus.BOOKED
    ]


# --- booking -----------------------------------------------------------------------------------
@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Offer {offer_id} booked for {starts_at}."),
    subject="appointment",
    code="offer_id",
)
def book(
    offer_id: int,
    starts_at: dt.datetime,
    load: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> AppointmentRow:
    """An appointment for an accepted offer in the slot starting then, if it has room."""
    offer: Offer | None = locked(Offer.select().where(Offer.id == offer_id)).first()
    if offer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no offer {offer_id}."), offer_id=offer_id
        )
    if offer.status != OfferStatus.ACCEPTED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Accept offer {offer_id} first: only an accepted offer gets a slot."
            ),
            "offer",
            offer_id=offer_id,
        )
    if _booked_of(offer_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Offer {offer_id} has an appointment already: move that one, or cancel it first.",
            ),
            "offer",
            offer_id=offer_id,
        )
    slot = slot_rules.slot_with_room(offer, starts_at, load, now)
    serial = advance(_NUMBER_COUNTER)
    created: Appointment = Appointment.create(
        number=f"T-{starts_at.year}-{serial:05d}",
        offer=offer_id,
        slot=slot.id,
        load=slot_rules.load_of(offer, str(slot.unit), load),
    )
    return _row(_reread(int(created.id)), None)


@guarded(Permission.OFFERS)
@transactional
def accept_and_book(
    offer_id: int,
    need_line_id: int | None,
    starts_at: dt.datetime,
    load: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> AppointmentRow:
    """Accept the offer and book its slot, both or neither: a full slot leaves the offer as
    it was, so nobody believes a donor was told to come."""
    from warehouse_app.services import offers

    offers.accept(offer_id, need_line_id)
    return book(offer_id, starts_at, load, now=now)


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Appointment {appointment_id} moved to {starts_at}."),
    subject="appointment",
)
def move(appointment_id: int, starts_at: dt.datetime, *, now: dt.datetime | None = None) -> None:
    """The same appointment (and number) in another slot."""
    booked = _locked_booked(appointment_id)
    slot = slot_rules.slot_with_room(booked.offer, starts_at, int(booked.load), now, leaving=booked)
    Appointment.update(slot=slot.id).where(Appointment.id == appointment_id).execute()


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP(
        "service", "Appointment {appointment_id} cancelled (did not come: {missed})."
    ),
    subject="appointment",
)
def cancel(appointment_id: int, *, missed: bool = False) -> None:
    """Cancelled (or, after the slot, missed: the donor did not come); the offer stays
    accepted, to book again."""
    _locked_booked(appointment_id)
    status = AppointmentStatus.MISSED if missed else AppointmentStatus.CANCELLED
    Appointment.update(status=status.value).where(Appointment.id == appointment_id).execute()


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP(
        "service", "Drop-off slot {starts_at} changed (capacity {capacity}, closed {closed})."
    ),
    subject="slot",
)
def set_slot(
    starts_at: dt.datetime, *, capacity: int | None = None, closed: bool | None = None
) -> None:
    """Change one slot (a holiday closes it; a second forklift doubles it)."""
    slot = slot_rules.slot_row(starts_at)
    if closed:
        booked = [
            str(number)
            for (number,) in Appointment.select(Appointment.number)
            .where(Appointment.slot == slot.id, Appointment.status == AppointmentStatus.BOOKED)
            .tuples()
        ]
        if booked:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The slot at {when} has appointments ({numbers}): move or cancel them "
                    "first, and tell the donors.",
                ),
                "slot",
                when=f"{starts_at:%d.%m.%Y %H:%M}",
                numbers=", ".join(booked),
            )
    changes: dict[str, object] = {}
    if capacity is not None:
        if capacity < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "A slot takes 1 to 1000."), "capacity"
            )
        changes["capacity"] = capacity
    if closed is not None:
        changes["closed"] = closed
    if changes:
        DropOffSlot.update(**changes).where(DropOffSlot.id == slot.id).execute()


def record_arrival(appointment_id: int, donation_id: int) -> None:
    """In the intake's transaction: the donation came from this appointment, which has arrived
    and so has its offer."""
    booked: Appointment | None = locked(
        Appointment.select().where(Appointment.id == appointment_id)
    ).first()
    if booked is None or booked.status in (
        AppointmentStatus.CANCELLED,
        AppointmentStatus.MISSED,
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "That appointment was cancelled meanwhile: receive the goods without it, or "
                "choose another.",
            ),
            "appointment",
        )
    if not AppointmentDonation.select().where(AppointmentDonation.donation == donation_id).exists():
        AppointmentDonation.create(appointment=appointment_id, donation=donation_id)
    Appointment.update(status=AppointmentStatus.ARRIVED.value).where(
        Appointment.id == appointment_id
    ).execute()
    Offer.update(status=OfferStatus.ARRIVED.value).where(Offer.id == booked.offer_id).execute()


def _booked_of(offer_id: int) -> bool:
    return bool(
        Appointment.select()
        .where(Appointment.offer == offer_id, Appointment.status == AppointmentStatus.BOOKED.value)
        .exists()
    )


def _locked_booked(appointment_id: int) -> Appointment:
    found: Appointment | None = locked(
        Appointment.select().where(Appointment.id == appointment_id)
    ).first()
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no appointment {appointment_id}."),
            appointment_id=appointment_id,
        )
    if found.status != AppointmentStatus.BOOKED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Appointment {number} cannot change any more ({status})."),
            "appointment",
            number=found.number,
            status=appointment_status(str(found.status)),
        )
    return found


def _reread(appointment_id: int) -> Appointment:
    found: Appointment = (
        Appointment.select(
            Appointment, DropOffSlot, Offer, Association.id, Association.short_code, Category
        )
        .join(DropOffSlot)
        .switch(Appointment)
        .join(Offer)
        .join(Association, pw.JOIN.LEFT_OUTER)
        .switch(Offer)
        .join(Category, pw.JOIN.LEFT_OUTER)
        .where(Appointment.id == appointment_id)
        .get()
    )
    return found


def appointment_id(text: str) -> int:
    """An appointment's id from its number ("T-2026-00042", as the donor shows it) or its id."""
    wanted = text.strip().upper()
    if wanted.isdigit():
        return int(wanted)
    found = Appointment.get_or_none(Appointment.number == wanted)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no appointment {number}."), number=text.strip()
        )
    return int(found.id)


def free_slots(
    load: int = 1, after: dt.datetime | None = None, days: int = 21, most: int = 40
) -> list[SlotRow]:
    """The open slots with room for load, from after on, at most most of them."""
    after = after or dt.datetime.now().replace(second=0, microsecond=0)
    found: list[SlotRow] = []
    for offset in range(days):
        for slot in day_slots(after.date() + dt.timedelta(days=offset)):
            if slot.starts_at > after and slot.free >= load:
                found.append(slot)
                if len(found) >= most:
                    return found
    return found
