"""What the screens share: the open database and who is working where."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase


@dataclass
class AppContext:
    database: OpenedDatabase
    volunteer_id: int | None
    volunteer_name: str
    station: str

    @property
    def actor(self) -> Actor:
        return Actor(volunteer_id=self.volunteer_id, station=self.station)
