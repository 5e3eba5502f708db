"""Donated vehicles: a bus or a fire truck is a box of a vehicle category with its VIN, make,
model, year, fuel and first registration, which the donation letter and the goods list name.

A VIN is unique across the database (a unique column, so two stations cannot take in one
vehicle twice); it is kept in the box's serial_or_vin too, where search and labels find it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.codes import parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import Box, Category, VehicleDetails
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

FUELS = ("diesel", "petrol", "electric", "hybrid", "gas")


@dataclass(frozen=True)
class VehicleFacts:
    make: str = ""
    model: str = ""
    model_year: int | None = None
    fuel: str = ""
    first_registered: dt.date | None = None


@dataclass(frozen=True)
class DonatedVehicle:
    box_id: int
    vin: str
    facts: VehicleFacts

    @property
    def facts_text(self) -> str:
        """'MAN Lion's City, 2009, diesel, 1st reg. 03.2009' ("" when nothing is recorded)."""
        f = self.facts
        parts = [" ".join(p for p in (f.make, f.model) if p)]
        if f.model_year:
            parts.append(str(f.model_year))
        if f.fuel:
            parts.append(f.fuel)
        if f.first_registered:
            parts.append(f"1st reg. {f.first_registered:%m.%Y}")
        return ", ".join(p for p in parts if p)

    @property
    def description(self) -> str:
        """facts_text and the VIN: 'MAN Lion's City, 2009, diesel, 1st reg. 03.2009, VIN …'."""
        return ", ".join(p for p in (self.facts_text, f"VIN {self.vin}") if p)


def checked_facts(facts: VehicleFacts, today: dt.date | None = None) -> VehicleFacts:
    """The facts cleaned, or refused with the field that is wrong."""
    today = today or dt.date.today()
    year = facts.model_year
    if year is not None and not 1900 <= year <= today.year + 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{year} is not a vehicle's model year."),
            "model_year",
            year=year,
        )
    if facts.first_registered is not None and facts.first_registered > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The first registration cannot be in the future."),
            "first_registered",
        )
    fuel = facts.fuel.strip().lower()
    if fuel and fuel not in FUELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Fuel is one of {fuels}."), "fuel", fuels=", ".join(FUELS)
        )
    return VehicleFacts(
        make=validation.text(
            facts.make, "make", QT_TRANSLATE_NOOP("service", "Make"), required=False, max_length=60
        ),
        model=validation.text(
            facts.model,
            "model",
            QT_TRANSLATE_NOOP("service", "Model"),
            required=False,
            max_length=60,
        ),
        model_year=year,
        fuel=fuel,
        first_registered=facts.first_registered,
    )


def record(box_id: int, vin: str, facts: VehicleFacts) -> None:
    """Store a vehicle box's VIN and facts; call inside the caller's transaction. A VIN another
    box holds is refused, naming that box."""
    holder = (
        VehicleDetails.select(Box.code)
        .join(Box, on=(VehicleDetails.box == Box.id))
        .where(VehicleDetails.vin == vin, VehicleDetails.box != box_id)
        .scalar()
    )
    if holder is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "VIN {vin} is already box {holder}'s: a vehicle is taken in once (check the "
                "VIN, or correct that box).",
            ),
            "serial_or_vin",
            vin=vin,
            holder=holder,
        )
    values = {
        "vin": vin,
        "make": facts.make,
        "model": facts.model,
        "model_year": facts.model_year,
        "fuel": facts.fuel,
        "first_registered": facts.first_registered,
    }
    try:
        with VehicleDetails._meta.database.atomic():
            updated = VehicleDetails.update(values).where(VehicleDetails.box == box_id).execute()
            if not updated:
                VehicleDetails.create(box=box_id, **values)
    except pw.IntegrityError:  # another station took the same VIN in meanwhile
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "VIN {vin} was just taken in at another station: check the VIN."
            ),
            "serial_or_vin",
            vin=vin,
        ) from None


@guarded(Permission.CORRECT)
@transactional
@activity_log.logged(
    ActivityKind.CORRECTION,
    QT_TRANSLATE_NOOP("service", "Donated vehicle {box_code} corrected (VIN {vin})."),
    subject="box",
    code="box_code",
)
def set_details(box_code: str, vin: str | None, facts: VehicleFacts) -> DonatedVehicle:
    """Correct a donated vehicle's VIN (None keeps it) and facts."""
    code = parse_code(box_code).text
    box = Box.get_or_none(Box.code == code)
    if box is None:
        raise NotFound(QT_TRANSLATE_NOOP("service", "Unknown box {code}."), code=code)
    if not Category.get_by_id(box.category_id).is_vehicle:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Box {code} is not a vehicle: its category holds no vehicles."
            ),
            code=code,
        )
    known = details_of([int(box.id)]).get(int(box.id))
    new_vin = validation.vin(vin) if vin is not None else (known.vin if known else "")
    if not new_vin:
        new_vin = validation.vin(box.serial_or_vin)
    cleaned = checked_facts(facts)
    record(int(box.id), new_vin, cleaned)
    if box.serial_or_vin != new_vin:
        Box.update(serial_or_vin=new_vin).where(Box.id == box.id).execute()
    return DonatedVehicle(int(box.id), new_vin, cleaned)


def details_by_code(box_code: str) -> DonatedVehicle | None:
    """What is recorded of the vehicle box box_code (None: nothing yet); NotFound for no box."""
    code = parse_code(box_code).text
    box_id = Box.select(Box.id).where(Box.code == code).scalar()
    if box_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("service", "Unknown box {code}."), code=code)
    return details_of([int(box_id)]).get(int(box_id))


def details_of(box_ids: Iterable[int]) -> dict[int, DonatedVehicle]:
    """The donated vehicles among box_ids, by box id."""
    ids = list(box_ids)
    if not ids:
        return {}
    rows = VehicleDetails.select().where(VehicleDetails.box.in_(ids))
    return {
        int(r.box_id): DonatedVehicle(
            int(r.box_id),
            r.vin or "",
            VehicleFacts(r.make, r.model, r.model_year, r.fuel, r.first_registered),
        )
        for r in rows
    }
