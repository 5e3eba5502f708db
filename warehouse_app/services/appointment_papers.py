"""The confirmation a donor gets of an appointment, drawn from its offer and the hall's settings
(papers.dropoff words it, reports.dropoff_confirmation draws it)."""

from __future__ import annotations

from warehouse_app.errors import ValidationError
from warehouse_app.kinds import AppointmentStatus
from warehouse_app.papers.dropoff import DEFAULT_SHELF_LIFE_MONTHS, DropOffConfirmation
from warehouse_app.services import masterdata
from warehouse_app.services.appointments import appointment
from warehouse_app.status_words import appointment_status
from warehouse_app.storage.models import Association, Category, Offer
from warehouse_app.texts import QT_TRANSLATE_NOOP


def confirmation(appointment_id: int) -> DropOffConfirmation:
    """What the donor is told of an appointment."""
    from warehouse_app.papers import hall

    booked = appointment(appointment_id)
    if booked.status != AppointmentStatus.BOOKED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Appointment {number} is not booked any more ({status}): there is nothing to "
                "confirm. Book a new slot for the offer first.",
            ),
            "appointment",
            number=booked.number,
            status=appointment_status(booked.status),
        )
    offer = Offer.get_by_id(booked.offer_id)
    category = Category.get_or_none(Category.id == booked.category_id)
    owner = Association.get_or_none(Association.id == booked.association_id)
    settings = masterdata.settings()
    return DropOffConfirmation(
        number=booked.number,
        offered_by=booked.offered_by,
        association=str(owner.name) if owner is not None else "",
        starts_at=booked.starts_at,
        ends_at=booked.ends_at,
        what=booked.description or (str(category.name_de) if category is not None else ""),
        boxes=offer.boxes,
        weight_kg=offer.weight_kg,
        quantity=offer.quantity,
        unit=str(offer.unit),
        vin=str(offer.vin),
        hall_name=hall.hall_name(),
        # The donor drives in from the same town: the country code would only puzzle them.
        hall_address=hall.hall_address({**settings, "hall.sender_country": ""}),
        hall_phone=settings.get("hall.phone", ""),
        notes=str(offer.notes),
        un_number=str(category.un_number) if category is not None else "",
        # The category's own rule where it has one (rice: 30 days), in whole months, else 6.
        shelf_life_months=(
            max(1, -(-int(category.min_shelf_life_days) // 30))
            if category is not None and category.min_shelf_life_days
            else DEFAULT_SHELF_LIFE_MONTHS
        ),
    )
