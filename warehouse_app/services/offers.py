"""Offers: what a citizen or an association offers to bring, and the coordinator's decision.

An offer is an estimate ("about 40 boxes of sleeping bags, 300 kg"), not stock: it becomes stock
only when it arrives and is received at the door (services.intake, from its appointment). The
coordinator accepts an offer, against a need line where one exists or as general stock, or
declines it with one of a short list of reasons; the donor may withdraw it. Open and accepted
offers count as "offered" in the needs matching.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

import peewee as pw

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import AppointmentStatus, DeclineReason, NeedStatus, OfferStatus, Unit
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.guard import guarded
from warehouse_app.status_words import offer_status
from warehouse_app.storage.models import (
    Appointment,
    Association,
    Category,
    NeedLine,
    NeedsList,
    Offer,
    OfferPhoto,
    Recipient,
    utcnow,
)
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text

STILL_COMING = (OfferStatus.OPEN.value, OfferStatus.ACCEPTED.value)


@dataclass(frozen=True)
class OfferInput:
    offered_by: str
    contact: str = ""
    association_id: int | None = None
    category_id: int | None = None
    description: str = ""
    quantity: Decimal | str | None = None
    unit: str = ""  # "": the category's default unit
    weight_kg: Decimal | str | None = None
    boxes: int | str | None = None
    vin: str = ""
    available_from: dt.date | None = None
    available_until: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class OfferRow:
    id: int
    offered_by: str
    contact: str
    association: str  # short code, or ""
    category_id: int | None
    category: str  # German name, or ""
    description: str
    quantity: Decimal | None
    unit: str
    weight_kg: Decimal | None
    boxes: int | None
    vin: str
    available_from: dt.date | None
    available_until: dt.date | None
    status: str
    need_line_id: int | None
    need: str  # "Recipient, list 3, line 2", or ""
    decline_reason: str
    notes: str
    appointment: str  # the booked appointment's number, or ""
    photos: int


Problem = Callable[[str, Text], None]  # a field and what is wrong with it (the importers')


def check(entry: OfferInput) -> None:
    """ValidationError naming the field, as add_offer would refuse entry."""
    _checked(entry)


def _checked(entry: OfferInput) -> dict[str, object]:
    """The columns of an offer, or ValidationError naming the field."""
    offered_by = validation.text(
        entry.offered_by,
        "offered_by",
        QT_TRANSLATE_NOOP("service", "Offered by"),
        required=True,
        max_length=200,
    )
    category = None
    if entry.category_id is not None:
        category = Category.get_or_none(Category.id == entry.category_id)
        if category is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "That category no longer exists: choose another."),
                "category",
            )
    description = validation.text(
        entry.description,
        "description",
        QT_TRANSLATE_NOOP("service", "Description"),
        required=False,
        max_length=300,
    )
    if category is None and not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Say what is offered: a category or a description."),
            "description",
        )
    if entry.association_id is not None and not Association.get_or_none(
        Association.id == entry.association_id
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "That association no longer exists."), "association"
        )
    unit = entry.unit or (str(category.default_unit) if category else Unit.PIECES.value)
    if unit not in {u.value for u in Unit}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown unit '{unit}': use pcs, kg, l or set."),
            "unit",
            unit=unit,
        )
    quantity = _optional(entry.quantity, "quantity", QT_TRANSLATE_NOOP("service", "Quantity"))
    weight = _optional(entry.weight_kg, "weight_kg", QT_TRANSLATE_NOOP("service", "Weight (kg)"))
    boxes = None
    if entry.boxes not in (None, ""):
        boxes = validation.whole_number(
            entry.boxes, "boxes", QT_TRANSLATE_NOOP("service", "Boxes"), 1, 10_000
        )
    vin = validation.vin(entry.vin) if entry.vin.strip() else ""
    if (
        entry.available_from is not None
        and entry.available_until is not None
        and entry.available_until < entry.available_from
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "'Available until' is before 'available from': check the dates."
            ),
            "available_until",
        )
    return {
        "offered_by": offered_by,
        "contact": entry.contact.strip()[:300],
        "association": entry.association_id,
        "category": entry.category_id,
        "description": description,
        "quantity": quantity,
        "unit": unit,
        "weight_kg": weight,
        "boxes": boxes,
        "vin": vin,
        "available_from": entry.available_from,
        "available_until": entry.available_until,
        "notes": entry.notes.strip(),
    }


def _optional(value: Decimal | str | None, field: str, label: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return validation.positive(value, field, label)


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Offer {result} recorded: {entry}."),
    subject="offer",
    code="result",
)
def add_offer(entry: OfferInput) -> int:
    offer: Offer = Offer.create(**_checked(entry))
    return int(offer.id)


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Offers {result} recorded from a list."),
    subject="offer",
)
def add_offers(entries: list[OfferInput]) -> list[int]:
    """Several offers (an imported list): all saved, or none."""
    return [int(Offer.create(**_checked(entry)).id) for entry in entries]


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Offer {offer_id} changed: {entry}."),
    subject="offer",
    code="offer_id",
)
def update_offer(offer_id: int, entry: OfferInput) -> None:
    offer = locked_offer(offer_id)
    if offer.status not in STILL_COMING:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Offer {offer_id} is {status}: it cannot be changed any more."
            ),
            "status",
            offer_id=offer_id,
            status=offer_status(str(offer.status)),
        )
    Offer.update(**_checked(entry)).where(Offer.id == offer_id).execute()


def locked_offer(offer_id: int) -> Offer:
    offer: Offer | None = locked(Offer.select().where(Offer.id == offer_id)).first()
    if offer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no offer {offer_id}."), offer_id=offer_id
        )
    return offer


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Offer {offer_id} accepted (need line {need_line_id})."),
    subject="offer",
    code="offer_id",
)
def accept(offer_id: int, need_line_id: int | None = None) -> None:
    """Accept an open (or declined) offer; against a need line of the same category, or as
    general stock when need_line_id is None."""
    offer = locked_offer(offer_id)
    if offer.status not in (OfferStatus.OPEN, OfferStatus.ACCEPTED, OfferStatus.DECLINED):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Offer {offer_id} is {status}: it cannot be accepted."),
            "status",
            offer_id=offer_id,
            status=offer_status(str(offer.status)),
        )
    if need_line_id is not None:
        line: NeedLine | None = locked(NeedLine.select().where(NeedLine.id == need_line_id)).first()
        if line is None or line.status in (NeedStatus.WITHDRAWN, NeedStatus.COVERED):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "That need line is gone, covered or withdrawn: accept the offer as general "
                    "stock or choose another line.",
                ),
                "need_line",
            )
        if offer.category_id and line.category_id and offer.category_id != line.category_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The offer's category is not the need line's: choose a line that asks "
                    "for these goods.",
                ),
                "need_line",
            )
    Offer.update(
        status=OfferStatus.ACCEPTED.value,
        need_line=need_line_id,
        decline_reason="",
        decided_at=utcnow(),
    ).where(Offer.id == offer_id).execute()


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Offer {offer_id} declined: {reason}."),
    subject="offer",
    code="offer_id",
)
def decline(offer_id: int, reason: DeclineReason | str) -> None:
    """Decline an offer not yet brought; a booked appointment of it is cancelled with it."""
    try:
        why = DeclineReason(reason)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Decline with a reason: not needed now, not accepted goods or quality.",
            ),
            "reason",
        ) from None
    _close(offer_id, OfferStatus.DECLINED, why.value)


@guarded(Permission.OFFERS)
@transactional
@activity_log.logged(
    ActivityKind.OFFER,
    QT_TRANSLATE_NOOP("service", "Offer {offer_id} withdrawn."),
    subject="offer",
    code="offer_id",
)
def withdraw(offer_id: int) -> None:
    """The donor called the offer off."""
    _close(offer_id, OfferStatus.WITHDRAWN, "")


def _close(offer_id: int, status: OfferStatus, reason: str) -> None:
    offer = locked_offer(offer_id)
    if offer.status not in STILL_COMING:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Offer {offer_id} is {status} already."),
            "status",
            offer_id=offer_id,
            status=offer_status(str(offer.status)),
        )
    Offer.update(status=status.value, decline_reason=reason, decided_at=utcnow()).where(
        Offer.id == offer_id
    ).execute()
    Appointment.update(status=AppointmentStatus.CANCELLED.value).where(
        Appointment.offer == offer_id, Appointment.status == AppointmentStatus.BOOKED.value
    ).execute()


# --- reading ---------------------------------------------------------------------------------
def offers(status: str | None = None, offer_id: int | None = None) -> list[OfferRow]:
    """The offers, newest first; one status, or the ones still coming with status "coming"."""
    query = (
        Offer.select(Offer, Association.id, Association.short_code, Category.id, Category.name_de)
        .join(Association, pw.JOIN.LEFT_OUTER)
        .switch(Offer)
        .join(Category, pw.JOIN.LEFT_OUTER)
        .order_by(Offer.id.desc())
    )
    if status == "coming":
        query = query.where(Offer.status.in_(STILL_COMING))
    elif status:
        query = query.where(Offer.status == status)
    if offer_id is not None:
        query = query.where(Offer.id == offer_id)
    rows = list(query)
    ids = [int(o.id) for o in rows]
    booked = dict(
        Appointment.select(Appointment.offer, Appointment.number)
        .where(Appointment.offer.in_(ids), Appointment.status == AppointmentStatus.BOOKED.value)
        .tuples()
    )
    counts = dict(
        OfferPhoto.select(OfferPhoto.offer, pw.fn.COUNT(OfferPhoto.id))
        .where(OfferPhoto.offer.in_(ids))
        .group_by(OfferPhoto.offer)
        .tuples()
    )
    needs = _need_names({int(o.need_line_id) for o in rows if o.need_line_id})
    return [
        OfferRow(
            id=int(o.id),
            offered_by=str(o.offered_by),
            contact=str(o.contact),
            association=str(o.association.short_code) if o.association_id else "",
            category_id=o.category_id,
            category=str(o.category.name_de) if o.category_id else "",
            description=str(o.description),
            quantity=o.quantity,
            unit=str(o.unit),
            weight_kg=o.weight_kg,
            boxes=o.boxes,
            vin=str(o.vin),
            available_from=o.available_from,
            available_until=o.available_until,
            status=str(o.status),
            need_line_id=o.need_line_id,
            need=needs.get(o.need_line_id or 0, ""),
            decline_reason=str(o.decline_reason),
            notes=str(o.notes),
            appointment=str(booked.get(o.id, "")),
            photos=int(counts.get(o.id, 0)),
        )
        for o in rows
    ]


def offer(offer_id: int) -> OfferRow:
    found = offers(offer_id=offer_id)
    if not found:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no offer {offer_id}."), offer_id=offer_id
        )
    return found[0]


def _need_names(line_ids: set[int]) -> dict[int, str]:
    if not line_ids:
        return {}
    query = (
        NeedLine.select(NeedLine.id, Recipient.name, NeedsList.id, NeedLine.line_number)
        .join(NeedsList)
        .join(Recipient)
        .where(NeedLine.id.in_(sorted(line_ids)))
        .tuples()
    )
    return {
        int(line): f"{name.split(' / ')[0]}, {listed}/{number}"
        for line, name, listed, number in query
    }


class _NeedKey(Protocol):
    """What offered_by_line reads of a need line: a NeedLine row or needs.match's tuple."""

    @property
    def id(self) -> int: ...
    @property
    def category_id(self) -> int | None: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit(self) -> str: ...


def offered_by_line(lines: Sequence[_NeedKey]) -> dict[int, Decimal]:
    """What the offers still coming add to each line, in its unit: an offer accepted against
    a line counts for that line; one of a line's category accepted as general stock or not
    decided yet is shared out in the lines' order (the caller's: urgent first), each counted
    once. Kilogram lines count an offer's weight, others its quantity in the same unit."""
    categories = {int(n.category_id) for n in lines if n.category_id}
    query = Offer.select().where(
        Offer.status.in_(STILL_COMING),
        (Offer.need_line.in_([int(n.id) for n in lines]))
        | (Offer.need_line.is_null() & Offer.category.in_(sorted(categories))),
    )
    pinned: dict[int, list[Offer]] = {}
    loose: dict[int, list[Offer]] = {}
    for o in query.order_by(Offer.id):
        if o.need_line_id is not None:
            pinned.setdefault(int(o.need_line_id), []).append(o)
        else:
            loose.setdefault(int(o.category_id), []).append(o)
    left: dict[int, Decimal] = {}
    result: dict[int, Decimal] = {}
    for line in lines:
        wanted = Decimal(line.quantity)
        total = sum((_amount(o, str(line.unit)) for o in pinned.get(int(line.id), [])), Decimal(0))
        for o in loose.get(int(line.category_id or 0), []):
            if total >= wanted:
                break
            have = left.setdefault(int(o.id), _amount(o, str(line.unit)))
            take = min(have, wanted - total)
            left[int(o.id)] = have - take
            total += take
        result[int(line.id)] = total
    return result


def _amount(o: Offer, unit: str) -> Decimal:
    if unit == Unit.KG.value:
        return Decimal(o.weight_kg or 0)
    return Decimal(o.quantity or 0) if str(o.unit) == unit else Decimal(0)
