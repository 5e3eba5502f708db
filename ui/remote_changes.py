"""Other stations' writes, shown on this one: a cheap poll turned into the change signal.

Once a second the change feed says which tables other stations have written; the screens get
them as one Change, as if this station had written, and read again what they show (a hidden
screen only marks itself stale). The same timer renews this station's presence, so that a
restore elsewhere knows it is here.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer

from ui.changes import ChangeHub, Kind
from warehouse_app.errors import HafenlagerError
from warehouse_app.storage import change_feed, presence
from warehouse_app.storage.opening import OpenedDatabase

log = logging.getLogger(__name__)

# Once a second: a change shows within about a second, and while other stations scan without
# pause an open stock browser (up to 0.1 s to read again on the large hall) keeps the GUI
# thread busy at most a tenth of the time.
POLL_MS = 1000
TABLE_KINDS: dict[str, tuple[Kind, ...]] = {
    "setting": (Kind.SETTINGS,),
    "association": (Kind.MASTER_DATA,),
    "category": (Kind.MASTER_DATA,),
    "recipient": (Kind.MASTER_DATA,),
    "volunteer": (Kind.MASTER_DATA,),
    "location": (Kind.LOCATIONS,),
    "donation": (Kind.BOXES,),
    "box": (Kind.BOXES,),
    "pallet": (Kind.PALLETS,),
    "print_job": (Kind.PRINT_JOBS,),
    "convoy": (Kind.CONVOYS,),
    "vehicle": (Kind.CONVOYS,),
    "convoy_item": (Kind.CONVOYS,),
    "convoy_acknowledgement": (Kind.CONVOYS,),
    "archived_paper": (Kind.CONVOYS,),
    "needs_list": (Kind.NEEDS,),
    "need_line": (Kind.NEEDS,),
    "offer": (Kind.OFFERS,),
    "drop_off_slot": (Kind.OFFERS,),
    "appointment": (Kind.OFFERS,),
    "appointment_donation": (Kind.OFFERS,),
    "delivery_act": (Kind.CONVOYS,),
    "delivery_discrepancy": (Kind.CONVOYS,),
}


def kinds_of(tables: frozenset[str]) -> frozenset[Kind]:
    return frozenset(kind for table in tables for kind in TABLE_KINDS.get(table, ()))


class RemoteChanges(QObject):
    """Polls while the window is open; stop() when it closes."""

    def __init__(
        self,
        database: OpenedDatabase,
        changes: ChangeHub,
        station: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = database.db
        self.changes = changes
        self.station = station
        self.feed: change_feed.ChangeFeed | None = None
        try:
            self.feed = change_feed.open_feed(self.db)
        except HafenlagerError as exc:
            # Without the feed the screens still show this station's own writes.
            log.warning("other stations' changes will not show here: %s", exc)
        presence.arrive(station)
        self._renewed = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> frozenset[Kind]:
        kinds: frozenset[Kind] = frozenset()
        if self.db.is_closed():
            return kinds  # the database was closed under the window: never reopen it here
        if self.feed is not None:
            kinds = kinds_of(self.feed.poll())
        if kinds:
            self.changes.announce(*sorted(kinds))
        if time.monotonic() - self._renewed >= presence.HEARTBEAT_S:
            self._renewed = time.monotonic()
            presence.arrive(self.station)
        return kinds

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.close()
        if not self.db.is_closed():
            presence.leave()
