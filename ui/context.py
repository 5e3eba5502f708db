"""What the screens share: the open database, who is working where, and the change signal."""

from __future__ import annotations

from dataclasses import dataclass, field

from ui.changes import ChangeHub
from warehouse_app.access.roles import NEEDED, Permission, Role, allowed
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase


@dataclass
class AppContext:
    database: OpenedDatabase
    volunteer_id: int | None
    volunteer_name: str
    station: str
    changes: ChangeHub = field(default_factory=ChangeHub)
    # A volunteer terminal (StationConfig.terminal_mode) shows the volunteers' screens only,
    # whoever signs in there.
    terminal: bool = False

    @property
    def actor(self) -> Actor:
        return Actor(volunteer_id=self.volunteer_id, station=self.station)

    @property
    def role(self) -> Role:
        """The role as the database has it now (an admin may have changed it meanwhile)."""
        return self.access()[0]

    def access(self) -> tuple[Role, bool]:
        """The person's role, and whether they belong to one association (a board member).

        Nobody signed in is the system, as the services' guard takes it (tests, scripts)."""
        if self.volunteer_id is None:
            return Role.ADMIN, False
        from warehouse_app.errors import NotFound
        from warehouse_app.services import people

        try:
            person = people.person(self.volunteer_id)
        except NotFound:
            return Role.VOLUNTEER, False
        return person.role, bool(person.association)

    def allowed(self, access: tuple[Role, bool] | None = None) -> frozenset[Permission]:
        """What this station shows to whoever is signed in (their role read once, or as
        given by a caller that read it already)."""
        role, scoped = self.access() if access is None else access
        if scoped:
            return allowed(role, scoped=True)
        if not self.terminal:
            return allowed(role)
        # A terminal shows no lead's screen; its admin keeps the settings, where the mode
        # is switched off again.
        extra = allowed(role) if role is Role.ADMIN else frozenset()
        return allowed(Role.VOLUNTEER) | {p for p in extra if NEEDED[p] is Role.ADMIN}

    def may(self, permission: Permission) -> bool:
        return permission in self.allowed()
