"""The demo hall's people who sign in with a PIN (README: "Trying it out").

The other demo volunteers have no PIN yet: each sets one at their first sign-in, as the
volunteers of a hall migrated from before schema 10 do."""

from __future__ import annotations

import contextlib
import dataclasses

from warehouse_app.access.pins import hash_pin
from warehouse_app.access.roles import Role
from warehouse_app.kinds import ConvoyStatus, LocationKind, PalletStatus
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Association, Convoy, Location, Pallet, Volunteer

# name, role, PIN, association (a board member's view is limited to it)
PEOPLE = (
    ("Katrin Vogel", Role.ADMIN, "1111", ""),
    ("Mykola Petrenko", Role.LEAD, "2222", ""),
    ("Olena Shevchenko", Role.VOLUNTEER, "3333", ""),
    ("Iryna Koval", Role.LEAD, "4444", "BGH"),
)


def build() -> None:
    for name, role, pin, association in PEOPLE:
        owner = Association.get_or_none(Association.short_code == association)
        values = {
            "role": role.value,
            "pin_hash": hash_pin(pin),
            "association": owner.id if owner is not None else None,
        }
        if Volunteer.update(values).where(Volunteer.name == name).execute() == 0:
            Volunteer.insert(name=name, **values).execute()


def demo_day(station_names: tuple[str, str]) -> None:
    """The last morning in the hall, as the activity log tells it: the people sign in, the
    lead puts a pallet away, a volunteer tries to depart a convoy and is refused, the admin
    corrects a category's HS code. Made through the services, so the log is the real one."""
    from warehouse_app.errors import HafenlagerError
    from warehouse_app.services import convoys, masterdata, signin
    from warehouse_app.services.scanning import Mode, ScanSession

    door, office = station_names
    lead = signin.sign_in("Mykola Petrenko", "2222", door)
    pallet = (
        Pallet.select()
        .where(Pallet.status == PalletStatus.IN_STOCK.value, Pallet.location.is_null(False))
        .order_by(Pallet.code)
        .first()
    )
    shelf = (
        Location.select()
        .where(Location.kind == LocationKind.SHELF.value, Location.id != pallet.location_id)
        .order_by(Location.code.desc())
        .first()
    )
    session = ScanSession(Actor(lead.id, door), Mode.PUTAWAY)
    session.scan(str(shelf.code))
    session.scan(str(pallet.code))
    volunteer = signin.sign_in("Olena Shevchenko", "3333", door)
    ready = Convoy.select().where(Convoy.status == ConvoyStatus.READY.value).first()
    if ready is not None:
        # Refused, as it should be: the refusal is what the log shows.
        with contextlib.suppress(HafenlagerError):
            convoys.depart(convoys.get_convoy(str(ready.number)), Actor(volunteer.id, door))
    signin.sign_in("Katrin Vogel", "1111", office)
    # Lockers for an office are metal office furniture: the admin narrows the heading.
    lockers = next(c for c in masterdata.categories() if c.name_en == "Metal lockers")
    masterdata.save_category(dataclasses.replace(lockers, hs_code="9403.10"))
