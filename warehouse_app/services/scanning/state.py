"""One station's scan loop between two scans: the mode, its target, and what undo and 'yes'
would act on. The handlers of each mode read and change it; ScanSession owns it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from warehouse_app.services.movements import (
    Actor,
    BoxState,
    PalletState,
    box_state,
    pallet_state,
)
from warehouse_app.services.scanning import messages
from warehouse_app.services.scanning.controls import Mode
from warehouse_app.services.scanning.results import Outcome, PalletTotals, ScanResult
from warehouse_app.storage.models import Box, Pallet
from warehouse_app.texts import Text


@dataclass
class Undo:
    """How to put back what the last accepted scan changed: (id, state before, state after).

    The state after is checked again at undo time: what another station changed since is not
    put back over its work."""

    boxes: list[tuple[int, BoxState, BoxState]]
    pallets: list[tuple[int, PalletState, PalletState]]
    created_pallet: int | None = None


@dataclass
class ScanState:
    actor: Actor
    mode: Mode = Mode.LOOKUP
    today: dt.date | None = None
    location_id: int | None = None  # put away to / counting here
    pallet_id: int | None = None  # the pallet being packed
    vehicle_id: int | None = None  # the vehicle being loaded or unloaded
    counted: list[int] = field(default_factory=list)  # stocktake: box ids found
    last_accepted: str = ""  # a second scan of the same code changes nothing
    undo: Undo | None = None
    # (what, box id, the pallet it was on) awaiting "yes": the answer is for that situation only
    pending: tuple[str, int, int | None] | None = None

    def reset(self, mode: Mode) -> None:
        self.mode = mode
        self.location_id = self.pallet_id = self.vehicle_id = None
        self.counted = []
        self.pending = None
        self.last_accepted = ""

    def remember(
        self,
        code: str,
        *,
        boxes: Iterable[tuple[Box, BoxState]] = (),
        pallets: Iterable[tuple[Pallet, PalletState]] = (),
    ) -> None:
        """code was accepted; undo puts these boxes and pallets back to their state before."""
        self.last_accepted = code
        self.undo = Undo(
            boxes=[(box.id, before, box_state(box)) for box, before in boxes],
            pallets=[(pallet.id, before, pallet_state(pallet)) for pallet, before in pallets],
        )

    def answer(
        self,
        outcome: Outcome,
        template: str,
        scanned: str,
        *,
        changed: bool = False,
        needs_confirmation: bool = False,
        pallet: PalletTotals | None = None,
        endings: tuple[str, ...] = (),
        values: dict[str, str] | None = None,
        **params: str | Text,
    ) -> ScanResult:
        """The answer to a scan: template filled with values and params."""
        return ScanResult(
            outcome=outcome,
            template=template,
            params={**(values or {}), **params},
            scanned=scanned,
            mode=self.mode,
            changed=changed,
            needs_confirmation=needs_confirmation,
            pallet=pallet,
            endings=endings,
        )

    def unknown(self, code: str, kind: str) -> ScanResult:
        return self.answer(Outcome.ERROR, messages.UNKNOWN, code, kind=kind, code=code)

    def wrong_kind(self, template: str, code: str, kind: str) -> ScanResult:
        """A code of the wrong kind for this step: template says what to scan instead."""
        return self.answer(Outcome.ERROR, template, code, code=code, kind=kind)

    def just_scanned(self, code: str, pallet: PalletTotals | None = None) -> ScanResult:
        return self.answer(Outcome.WARNING, messages.JUST_SCANNED, code, code=code, pallet=pallet)
