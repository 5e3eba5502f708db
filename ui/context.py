"""What the screens share: the open database, who is working where, and the change signal."""

from __future__ import annotations

from dataclasses import dataclass, field

from ui.changes import ChangeHub
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase


@dataclass
class AppContext:
    database: OpenedDatabase
    volunteer_id: int | None
    volunteer_name: str
    station: str
    changes: ChangeHub = field(default_factory=ChangeHub)

    @property
    def actor(self) -> Actor:
        return Actor(volunteer_id=self.volunteer_id, station=self.station)
