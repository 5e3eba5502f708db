"""Offers and drop-off appointments: decided, booked within the slots' capacity, received at the
door and compared with what was offered; bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from warehouse_app.errors import ValidationError
from warehouse_app.imports.needs_list import import_needs
from warehouse_app.kinds import AppointmentStatus, OfferStatus
from warehouse_app.services import appointments, intake, needs, offer_photos, offers
from warehouse_app.services.dropoff_hours import save_opening_hours
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import (
    Appointment,
    Association,
    Category,
    DropOffSlot,
    Offer,
    Recipient,
)
from warehouse_app.storage.opening import OpenedDatabase

# A Monday morning well after the demo's week of appointments.
NOW = dt.datetime(2027, 3, 1, 8, 0)
TUESDAY_10 = dt.datetime(2027, 3, 2, 10, 0)


def _bags() -> Category:
    found: Category = Category.get(Category.name_de == "Schlafsäcke")
    return found


def _offer(**changes: object) -> int:
    entry = offers.OfferInput(
        offered_by="Erika Muster",
        contact="0231 123456",
        category_id=int(_bags().id),
        description="Schlafsäcke, Winter",
        quantity=Decimal(40),
        unit="pcs",
        weight_kg=Decimal(60),
        boxes=4,
    )
    return offers.add_offer(offers.OfferInput(**{**entry.__dict__, **changes}))


def test_an_offer_is_recorded_accepted_and_declined_with_a_reason(demo: OpenedDatabase) -> None:
    first, second = _offer(), _offer(offered_by="Cukurova e.V.")
    offers.accept(first)
    offers.decline(second, "not_needed")
    rows = {o.id: o for o in offers.offers()}
    assert rows[first].status == OfferStatus.ACCEPTED and rows[first].boxes == 4
    assert rows[second].status == OfferStatus.DECLINED
    assert rows[second].decline_reason == "not_needed"
    coming = [o.id for o in offers.offers("coming")]
    assert first in coming and second not in coming
    with pytest.raises(ValidationError, match="Decline with a reason"):
        offers.decline(first, "too ugly")
    assert offers.offer(first).status == OfferStatus.ACCEPTED  # unchanged


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"offered_by": " "}, "Offered by"),
        ({"category_id": None, "description": ""}, "Say what is offered"),
        ({"quantity": "-3"}, "Quantity"),
        ({"vin": "WDB123"}, "VIN"),
        (
            {"available_from": dt.date(2026, 12, 10), "available_until": dt.date(2026, 12, 1)},
            "before",
        ),
    ],
)
def test_a_bad_offer_is_refused_and_nothing_is_written(
    demo: OpenedDatabase, changes: dict[str, object], problem: str
) -> None:
    before = Offer.select().count()
    with pytest.raises(ValidationError, match=problem):
        _offer(**changes)
    assert Offer.select().count() == before


def test_open_and_accepted_offers_count_as_offered_for_a_need(
    demo: OpenedDatabase, tmp_path: Path
) -> None:
    zhytomyr = str(Recipient.get(Recipient.name.startswith("Zhytomyr")).name)
    sheet = tmp_path / "Bedarf.csv"
    sheet.write_text("Kategorie;Menge;Priorität\nSchlafsäcke;1000000;dringend\n")
    listed = import_needs(sheet, zhytomyr).list_id
    assert listed is not None
    (before,) = needs.match(listed)
    line_id = before.line_id
    pinned, loose, declined = _offer(quantity=30), _offer(quantity=12), _offer(quantity=500)
    offers.accept(pinned, line_id)
    offers.decline(declined, "quality")
    (after,) = needs.match(listed)
    assert after.offered == Decimal(42) and after.in_stock == before.in_stock
    assert after.missing == before.missing - 42
    assert offers.offer(pinned).need.startswith("Zhytomyr") and loose


def test_a_slot_takes_no_more_than_its_capacity(demo: OpenedDatabase) -> None:
    save_opening_hours("2 10:00-12:00", 60, 2, "vehicles")
    a, b, c = _offer(), _offer(), _offer()
    for offer_id in (a, b, c):
        offers.accept(offer_id)
    first = appointments.book(a, TUESDAY_10, now=NOW)
    appointments.book(b, TUESDAY_10, now=NOW)
    assert first.number.startswith("T-2027-") and first.status == AppointmentStatus.BOOKED
    with pytest.raises(ValidationError, match="full"):
        appointments.book(c, TUESDAY_10, now=NOW)
    assert Appointment.select().where(Appointment.offer == c).count() == 0  # nothing written
    eleven = appointments.next_free(after=NOW)
    assert eleven is not None and eleven.starts_at == TUESDAY_10.replace(hour=11)
    slots = appointments.day_slots(TUESDAY_10.date())
    assert [(s.starts_at.hour, s.booked, s.free) for s in slots] == [(10, 2, 0), (11, 0, 2)]
    appointments.cancel(first.id)
    appointments.book(c, TUESDAY_10, now=NOW)  # the cancelled place is free again


def test_booking_needs_an_accepted_offer_and_a_slot_of_the_opening_hours(
    demo: OpenedDatabase,
) -> None:
    save_opening_hours("2 10:00-12:00", 60, 2, "vehicles")
    offer_id = _offer()
    before = Appointment.select().count()
    with pytest.raises(ValidationError, match="Accept offer"):
        appointments.book(offer_id, TUESDAY_10, now=NOW)
    offers.accept(offer_id)
    with pytest.raises(ValidationError, match=r"no drop-offs at 02\.03\.2027 15:00"):
        appointments.book(offer_id, TUESDAY_10.replace(hour=15), now=NOW)
    with pytest.raises(ValidationError, match="begun already"):
        appointments.book(offer_id, TUESDAY_10, now=TUESDAY_10)
    appointments.set_slot(TUESDAY_10, closed=True)
    with pytest.raises(ValidationError, match="closed"):
        appointments.book(offer_id, TUESDAY_10, now=NOW)
    assert Appointment.select().count() == before
    assert DropOffSlot.select().where(DropOffSlot.starts_at >= NOW).count() == 1  # closed one
    with pytest.raises(ValidationError, match="opening time"):
        save_opening_hours("Tuesday mornings", 60, 2, "vehicles")


def test_declining_a_booked_offer_cancels_its_appointment(demo: OpenedDatabase) -> None:
    save_opening_hours("2 10:00-12:00", 60, 1, "vehicles")
    offer_id = _offer()
    offers.accept(offer_id)
    booked = appointments.book(offer_id, TUESDAY_10, now=NOW)
    offers.withdraw(offer_id)
    assert appointments.appointment(booked.id).status == AppointmentStatus.CANCELLED
    assert appointments.day_slots(TUESDAY_10.date())[0].free == 1


def test_what_arrives_from_an_appointment_is_compared_with_the_offer(
    demo: OpenedDatabase, actor: Actor
) -> None:
    save_opening_hours("2 10:00-12:00", 60, 2, "vehicles")
    owner = Association.get(Association.short_code == "GW")
    offer_id = _offer(association_id=int(owner.id))
    offers.accept(offer_id)
    booked = appointments.book(offer_id, TUESDAY_10, now=NOW)
    expected = appointments.expected_today(TUESDAY_10.date())
    assert [a.number for a in expected] == [booked.number]
    assert expected[0].association == "GW" and expected[0].category == "Schlafsäcke"
    entry = intake.IntakeEntry(
        association_id=int(owner.id),
        category_id=int(_bags().id),
        description_de="Schlafsäcke, Winter",
        description_uk="Спальні мішки",
        quantity=Decimal(10),
        unit="pcs",
        net_kg=Decimal("14.5"),
        box_count=3,
    )
    intake.receive(entry, actor, appointment_id=booked.id)
    arrived = appointments.appointment(booked.id)
    assert arrived.status == AppointmentStatus.ARRIVED
    assert (arrived.offered_boxes, arrived.arrived_boxes) == (4, 3)
    assert (arrived.offered_kg, arrived.arrived_kg) == ("60.0", "43.5")
    assert offers.offer(offer_id).status == OfferStatus.ARRIVED
    assert appointments.expected_today(TUESDAY_10.date()) == []


def test_an_intake_from_a_cancelled_appointment_saves_nothing(
    demo: OpenedDatabase, actor: Actor
) -> None:
    from warehouse_app.storage.models import Box

    save_opening_hours("2 10:00-12:00", 60, 2, "vehicles")
    owner = Association.get(Association.short_code == "GW")
    offer_id = _offer(association_id=int(owner.id))
    offers.accept(offer_id)
    booked = appointments.book(offer_id, TUESDAY_10, now=NOW)
    appointments.cancel(booked.id)
    boxes = Box.select().count()
    entry = intake.IntakeEntry(
        association_id=int(owner.id),
        category_id=int(_bags().id),
        description_de="Schlafsäcke",
        description_uk="Спальні мішки",
        quantity=Decimal(10),
        unit="pcs",
        net_kg=Decimal(14),
    )
    with pytest.raises(ValidationError, match="cancelled meanwhile"):
        intake.receive(entry, actor, appointment_id=booked.id)
    assert Box.select().count() == boxes


def test_a_photo_is_kept_with_its_hash(demo: OpenedDatabase, tmp_path: Path) -> None:
    offer_id = _offer()
    photo = tmp_path / "bags.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    digest = offer_photos.add_photo(offer_id, photo)
    assert len(digest) == 64 and offers.offer(offer_id).photos == 1
    assert offer_photos.photos(offer_id) == [("bags.png", photo.read_bytes())]
    fake = tmp_path / "bags.jpg"
    fake.write_text("not a photo")
    with pytest.raises(ValidationError, match="not a photo"):
        offer_photos.add_photo(offer_id, fake)
    assert offers.offer(offer_id).photos == 1


def test_accepting_with_a_full_slot_leaves_the_offer_undecided(demo: OpenedDatabase) -> None:
    save_opening_hours("2 10:00-11:00", 60, 1, "vehicles")
    first, second = _offer(), _offer()
    appointments.accept_and_book(first, None, TUESDAY_10, now=NOW)
    with pytest.raises(ValidationError, match="full"):
        appointments.accept_and_book(second, None, TUESDAY_10, now=NOW)
    assert offers.offer(second).status == OfferStatus.OPEN  # both or neither
    with pytest.raises(ValidationError, match="takes at most 1"):
        offers.accept(second)
        appointments.book(second, TUESDAY_10.replace(day=9), 3, now=NOW)


def test_a_booked_slot_is_not_closed_and_changed_hours_name_the_donors_to_call(
    demo: OpenedDatabase,
) -> None:
    from warehouse_app.services.appointment_papers import confirmation

    save_opening_hours("2 10:00-12:00", 60, 2, "vehicles")
    offer_id = _offer()
    booked = appointments.accept_and_book(offer_id, None, TUESDAY_10.replace(hour=11), now=NOW)
    with pytest.raises(ValidationError, match=booked.number):
        appointments.set_slot(booked.starts_at, closed=True)
    save_opening_hours("2 10:00-13:00", 90, 2, "vehicles")  # 10:00 and 11:30 now
    slots = appointments.day_slots(TUESDAY_10.date())
    spans = [(s.starts_at, s.ends_at) for s in slots]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    assert booked.starts_at in [s.starts_at for s in slots]  # the booked slot stays as it was
    assert [a.number for a in appointments.outside_hours(NOW)] == [booked.number]
    appointments.cancel(booked.id)
    with pytest.raises(ValidationError, match="nothing to confirm"):
        confirmation(booked.id)


def test_the_confirmation_asks_for_the_categorys_own_shelf_life(demo: OpenedDatabase) -> None:
    from warehouse_app.papers.dropoff import confirmation_text
    from warehouse_app.services.appointment_papers import confirmation

    save_opening_hours("2 10:00-11:00", 60, 2, "vehicles")
    rice = Category.get(Category.name_de == "Reis")  # 30 days in the hall's rules
    offer_id = _offer(category_id=int(rice.id), unit="kg", quantity=Decimal(100))
    booked = appointments.accept_and_book(offer_id, None, TUESDAY_10, now=NOW)
    record = confirmation(booked.id)
    assert record.shelf_life_months == 1 and record.hall_address.endswith("Dortmund")
    assert "1 Monat" in confirmation_text(record, "de")
