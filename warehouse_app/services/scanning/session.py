"""A ScanSession is one station's scan loop: each scanned text becomes one ScanResult.

It strips what the scanner adds, checks the code, runs control codes (modes, new pallet, undo,
yes) and hands every other code to the handler of the current mode. Every accepted scan is
committed, with its movement rows, before its result is returned, so the feedback a volunteer
sees is always on disk already. The GUI and `hafenlager scan` drive the same class.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from warehouse_app.access.roles import Permission
from warehouse_app.codes import CodeKind, parse_code, strip_scanner_noise
from warehouse_app.errors import CodeError, DatabaseBusy, HafenlagerError
from warehouse_app.kinds import BoxStatus, MovementKind, PalletStatus
from warehouse_app.services import activity_log, guard
from warehouse_app.services.movements import (
    Actor,
    box_state,
    change_box,
    change_pallet,
    pallet_state,
)
from warehouse_app.services.scanning import (
    loading,
    lookup,
    messages,
    pack,
    places,
    putaway,
    stocktake,
    unpack,
)
from warehouse_app.services.scanning.controls import HINTS, MODE_OF_CONTROL, Control, Mode
from warehouse_app.services.scanning.results import (
    Outcome,
    ScanResult,
    ScanTarget,
    StocktakeReport,
)
from warehouse_app.services.scanning.state import ScanState
from warehouse_app.storage.models import Association, Box, Pallet, Vehicle
from warehouse_app.storage.transactions import locked, run_in_transaction
from warehouse_app.texts import Text, say

Handler = Callable[[ScanState, CodeKind, str], ScanResult]
_HANDLERS: dict[Mode, Handler] = {
    Mode.LOOKUP: lookup.scan,
    Mode.PUTAWAY: putaway.scan,
    Mode.PACK: pack.scan,
    Mode.UNPACK: unpack.scan,
    Mode.STOCKTAKE: stocktake.scan,
    Mode.LOAD: loading.scan,
    Mode.UNLOAD: loading.scan,
}
# Why parse_code refused a code (its English reason) -> the scan's own answer.
_CODE_ERRORS = (
    ("product barcode", messages.PRODUCT_BARCODE),
    ("check digit", messages.WRONG_CHECK_DIGIT),
    ("too short", messages.TOO_SHORT),
    ("should start", messages.WRONG_FIRST_DIGIT),
)
UNDO_NOTE = "undo of the last scan"


class ScanSession:
    def __init__(self, actor: Actor, mode: Mode = Mode.LOOKUP, today: dt.date | None = None):
        self.state = ScanState(actor=actor, mode=mode, today=today)

    # --- what the screen shows ----------------------------------------------------------
    @property
    def mode(self) -> Mode:
        return self.state.mode

    @property
    def location_id(self) -> int | None:
        return self.state.location_id

    @property
    def pallet_id(self) -> int | None:
        return self.state.pallet_id

    @property
    def vehicle_id(self) -> int | None:
        return self.state.vehicle_id

    def target(self) -> ScanTarget:
        state = self.state
        if state.mode is Mode.PACK and state.pallet_id is not None:
            return ScanTarget(pallet=places.pallet_code(state.pallet_id))
        if state.mode in (Mode.LOAD, Mode.UNLOAD) and state.vehicle_id is not None:
            vehicle = Vehicle.get_by_id(state.vehicle_id)
            return ScanTarget(
                vehicle=str(vehicle.number), plate=vehicle.truck_plate, convoy=vehicle.convoy.number
            )
        if state.mode in (Mode.PUTAWAY, Mode.STOCKTAKE) and state.location_id is not None:
            return ScanTarget(location=places.location_name(state.location_id))
        return ScanTarget()

    # --- scanning -----------------------------------------------------------------------
    def scan(self, raw: str) -> ScanResult:
        text = strip_scanner_noise(raw)
        if not text:
            return self.state.answer(Outcome.ERROR, messages.EMPTY, raw)
        try:
            parsed = parse_code(text)
        except CodeError as exc:
            return self._code_error(text, str(exc))
        pending, self.state.pending = self.state.pending, None
        if parsed.kind is CodeKind.CONTROL:
            return self._run(lambda: self._control(parsed.serial, parsed.text, pending), text)
        handler = _HANDLERS[self.state.mode]
        foreign = self._foreign_owner(parsed.kind, parsed.text)
        if foreign:
            return self.state.answer(
                Outcome.ERROR, messages.NOT_THEIRS, parsed.text, code=parsed.text, owner=foreign
            )
        return self._run(lambda: handler(self.state, parsed.kind, parsed.text), parsed.text)

    def _foreign_owner(self, kind: CodeKind, code: str) -> str:
        """The association that owns a box (or a pallet's goods) when a board member, who
        handles their own association's goods only, scans another's; else ""."""
        if kind not in (CodeKind.BOX, CodeKind.PALLET):
            return ""
        own = guard.acting(self.state.actor).association_id
        if own is None:
            return ""
        on = (
            Box.code == code
            if kind is CodeKind.BOX
            else Box.pallet.in_(Pallet.select(Pallet.id).where(Pallet.code == code))
        )
        found = (
            Association.select(Association.short_code)
            .join(Box, on=(Box.owner == Association.id))
            .where(on, Box.owner != own)
            .scalar()
        )
        return str(found or "")

    def _run(self, work: Callable[[], ScanResult], scanned: str) -> ScanResult:
        """work in one write transaction: it decides on the rows as they are now, and another
        station's scan waits its turn. Busy or failed, nothing is kept and the answer is red."""
        saved = copy.deepcopy(self.state)

        def restore() -> None:
            self.state.__dict__.update(copy.deepcopy(saved).__dict__)

        def logged() -> ScanResult:
            result = work()
            if result.changed:  # what the volunteer was told is what the log says
                activity_log.record(
                    self.state.actor,
                    activity_log.ActivityKind.MOVEMENT,
                    Text(result.template, result.params),
                    subject=result.mode.value,
                    code=scanned,
                )
            return result

        try:
            return run_in_transaction(logged, before_retry=restore)
        except DatabaseBusy:
            restore()
            return self.state.answer(
                Outcome.ERROR, messages.DATABASE_BUSY, scanned, code=scanned or "–"
            )
        except HafenlagerError as exc:
            restore()
            return self.state.answer(Outcome.ERROR, messages.NOT_SAVED, scanned, error=str(exc))

    def set_mode(self, mode: Mode) -> ScanResult:
        self.state.reset(mode)
        return self.state.answer(Outcome.OK, HINTS[mode], mode.value)

    def _code_error(self, text: str, reason: str) -> ScanResult:
        """Say in a few words (each translatable) why text is not a usable code."""
        template = next((t for key, t in _CODE_ERRORS if key in reason), messages.NOT_DIGITS)
        return self.state.answer(Outcome.ERROR, template, text, code=text[:40])

    def _control(
        self, serial: int, text: str, pending: tuple[str, int, int | None] | None
    ) -> ScanResult:
        try:
            control = Control(serial)
        except ValueError:
            return self.state.answer(Outcome.ERROR, messages.UNKNOWN_CONTROL, text, code=text)
        if control in MODE_OF_CONTROL:
            return self.set_mode(MODE_OF_CONTROL[control])
        if control is Control.YES:
            return self._confirm(pending)
        if control is Control.UNDO:
            return self._undo()
        if control is Control.NEW_PALLET:
            return self._new_pallet()
        if control is Control.CLOSE_PALLET:
            return pack.close_pallet(self.state)
        return stocktake.finish(self.state)

    # --- pallets ------------------------------------------------------------------------
    def new_pallet(self) -> ScanResult:
        return self._run(self._new_pallet, "")

    def _new_pallet(self) -> ScanResult:
        if self.state.mode is not Mode.PACK:
            self.set_mode(Mode.PACK)
        return pack.new_pallet(self.state)

    def close_pallet(self, height_m: Decimal | None = None) -> ScanResult:
        """Close the open pallet; its measured height, if given, goes to the truck's gauge."""

        def close() -> ScanResult:
            if height_m and self.state.pallet_id is not None:
                from warehouse_app.services.convoys import set_pallet_height

                set_pallet_height(Pallet.get_by_id(self.state.pallet_id).code, height_m)
            return pack.close_pallet(self.state)

        return self._run(close, "")

    # --- stocktake ----------------------------------------------------------------------
    def expected_ids(self) -> set[int]:
        return stocktake.expected_ids(self.state)

    def stocktake_report(self) -> StocktakeReport:
        return stocktake.report(self.state)

    def finish_stocktake_result(self) -> ScanResult:
        return self._run(lambda: stocktake.finish(self.state), "")

    def apply_stocktake(self) -> StocktakeReport:
        """Book the stocktake (a lead's: it corrects the stock); a busy database raises
        DatabaseBusy and books nothing."""
        guard.require(self.state.actor, Permission.CORRECT)

        def book() -> StocktakeReport:
            report = stocktake.apply(self.state)
            activity_log.record(
                self.state.actor,
                activity_log.ActivityKind.CORRECTION,
                say(
                    messages.STOCKTAKE_BOOKED,
                    place=report.location,
                    found=len(report.found),
                    missing=", ".join(report.missing) or "–",
                    unexpected=", ".join(report.unexpected) or "–",
                ),
                subject="location",
                code=report.location,
            )
            return report

        return run_in_transaction(book)

    # --- confirm and undo ---------------------------------------------------------------
    def confirm(self, pending: tuple[str, int, int | None] | None = None) -> ScanResult:
        return self._run(lambda: self._confirm(pending), "")

    def _confirm(self, pending: tuple[str, int, int | None] | None) -> ScanResult:
        state = self.state
        pending = pending or state.pending
        state.pending = None
        if pending is None:
            return state.answer(Outcome.WARNING, messages.NOTHING_TO_CONFIRM, "")
        what, box_id, was_on = pending
        box = places.box_by_id(box_id)
        if box is None or box.status != BoxStatus.ON_PALLET or box.pallet_id != was_on:
            # Another station moved it since the question: the yes was for another situation.
            return state.answer(Outcome.ERROR, messages.BOX_CHANGED, "")
        if what == "pack" and state.pallet_id is not None:
            return pack.pack_box(state, box, box.code)
        if what == "putaway" and state.location_id is not None:
            return putaway.move_box(state, box, box.code, state.location_id, MovementKind.UNPACKED)
        return state.answer(Outcome.ERROR, messages.CONFIRM_GONE, "")

    def undo(self) -> ScanResult:
        return self._run(self._undo, "")

    def _undo(self) -> ScanResult:
        state = self.state
        undo, state.undo = state.undo, None
        if undo is None:
            return state.answer(Outcome.WARNING, messages.NOTHING_TO_UNDO, "")
        # Rows are never deleted: what the last scan touched is still there.
        boxes = {i: locked(Box.select().where(Box.id == i)).get() for i, _, _ in undo.boxes}
        pallets = {
            i: locked(Pallet.select().where(Pallet.id == i)).get() for i, _, _ in undo.pallets
        }
        changed = [
            box.code for box_id, _, after in undo.boxes if box_state(box := boxes[box_id]) != after
        ] + [
            pallet.code
            for pallet_id, _, after in undo.pallets
            if pallet_state(pallet := pallets[pallet_id]) != after
        ]
        if changed:
            return state.answer(Outcome.ERROR, messages.NOT_UNDONE, "", code=", ".join(changed))
        actor = state.actor
        for box_id, (status, location, pallet), _ in undo.boxes:
            change_box(
                boxes[box_id],
                MovementKind.CORRECTED,
                actor,
                note=UNDO_NOTE,
                status=status,
                location=location,
                pallet=pallet,
            )
        for pallet_id, (status, location), _ in undo.pallets:
            change_pallet(
                pallets[pallet_id],
                MovementKind.CORRECTED,
                actor,
                note=UNDO_NOTE,
                status=status,
                location=location,
            )
        if undo.created_pallet is not None:
            change_pallet(
                Pallet.get_by_id(undo.created_pallet),
                MovementKind.CORRECTED,
                actor,
                note="undo: new pallet not used",
                status=PalletStatus.DISSOLVED,
                location=None,
            )
            if state.pallet_id == undo.created_pallet:
                state.pallet_id = None
        state.last_accepted = ""
        if undo.created_pallet is not None and not boxes and not pallets:
            code = Pallet.get_by_id(undo.created_pallet).code
            return state.answer(Outcome.OK, messages.UNDONE_NEW_PALLET, "", changed=True, code=code)
        return _undone(state, list(boxes.values()), list(pallets.values()))


def _undone(state: ScanState, boxes: list[Box], pallets: list[Pallet]) -> ScanResult:
    """What the undo put back, where the volunteer can check it ("box 10004965 is back at
    20000011 @ Regal A-01"); one line for a scan that touched more."""
    if len(boxes) == 1 and not pallets:
        box = Box.get_by_id(boxes[0].id)
        return state.answer(
            Outcome.OK,
            messages.UNDONE_BOX,
            "",
            changed=True,
            code=box.code,
            place=places.place_of(box),
        )
    if len(pallets) == 1 and not boxes:
        pallet = Pallet.get_by_id(pallets[0].id)
        return state.answer(
            Outcome.OK,
            messages.UNDONE_PALLET,
            "",
            changed=True,
            code=pallet.code,
            place=places.location_name(pallet.location_id) or pallet.status,
        )
    return state.answer(Outcome.OK, messages.UNDONE, "", changed=True)
