"""One signal for every write: "these kinds of things changed (these ids)".

Every operation that writes announces what it changed; each open screen decides what of it
to reload (Anki's operation_did_execute). A screen that is not shown only notes that it is out
of date and reloads when it is shown again, so a scan never waits for a hidden table.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


class Kind(enum.StrEnum):
    BOXES = "boxes"
    PALLETS = "pallets"
    LOCATIONS = "locations"
    CONVOYS = "convoys"
    MASTER_DATA = "master data"  # associations, categories, recipients
    SETTINGS = "settings"
    PRINT_JOBS = "print jobs"
    NEEDS = "needs"  # needs lists and their lines
    OFFERS = "offers"  # offers, drop-off slots and appointments


@dataclass(frozen=True)
class Change:
    kinds: frozenset[Kind]
    # The ids that changed, per kind; a kind without ids may have changed anywhere.
    ids: dict[Kind, frozenset[int]] = field(default_factory=dict)
    origin: object | None = None  # the screen that wrote (it has updated itself already)

    def touches(self, *kinds: Kind) -> bool:
        return any(kind in self.kinds for kind in kinds)


class ChangeHub(QObject):
    """The application's one change signal; every screen gets it through the AppContext."""

    changed = Signal(object)  # a Change

    def announce(
        self,
        *kinds: Kind,
        origin: object | None = None,
        ids: dict[Kind, Iterable[int]] | None = None,
    ) -> Change:
        change = Change(
            kinds=frozenset(kinds),
            ids={kind: frozenset(values) for kind, values in (ids or {}).items()},
            origin=origin,
        )
        self.changed.emit(change)
        return change
