"""The demo hall's people who sign in with a PIN (README: "Trying it out").

The other demo volunteers have no PIN yet: each sets one at their first sign-in, as the
volunteers of a hall migrated from before schema 10 do."""

from __future__ import annotations

from warehouse_app.access.pins import hash_pin
from warehouse_app.access.roles import Role
from warehouse_app.storage.models import Association, Volunteer

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
