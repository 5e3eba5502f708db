"""Pack a pallet: scan the pallet (or 'new pallet'), then its boxes; the totals follow each."""

from __future__ import annotations

from warehouse_app.codes import CodeKind
from warehouse_app.kinds import BoxStatus, MovementKind, PalletStatus
from warehouse_app.services.movements import change_box, log_pallet_change
from warehouse_app.services.scanning import messages, places
from warehouse_app.services.scanning.results import Outcome, ScanResult
from warehouse_app.services.scanning.state import ScanState, Undo
from warehouse_app.storage.models import Box, Pallet
from warehouse_app.storage.numbering import allocate_codes


def scan(state: ScanState, kind: CodeKind, code: str) -> ScanResult:
    if kind is CodeKind.PALLET:
        return _open(state, code)
    if kind is not CodeKind.BOX:
        return state.wrong_kind(messages.PALLET_OR_BOX, code, kind.label)
    if state.pallet_id is None:
        return state.answer(Outcome.ERROR, messages.PALLET_FIRST, code)
    if code == state.last_accepted:
        return state.just_scanned(code, places.pallet_totals(state.pallet_id))
    box = places.box(code)
    if box is None:
        return state.unknown(code, "box")
    refused = places.refusal(box)
    if refused:
        return state.answer(Outcome.ERROR, refused, code, code=code)
    if box.pallet_id == state.pallet_id and box.status == BoxStatus.ON_PALLET:
        return state.answer(
            Outcome.WARNING,
            messages.BOX_ALREADY_ON_PALLET,
            code,
            code=code,
            pallet=places.pallet_totals(state.pallet_id),
        )
    if box.status == BoxStatus.ON_PALLET:
        state.pending = ("pack", box.id, box.pallet_id)
        return state.answer(
            Outcome.WARNING,
            messages.BOX_ON_OTHER_PALLET,
            code,
            needs_confirmation=True,
            code=code,
            pallet_code=box.pallet.code,
        )
    return pack_box(state, box, code)


def _open(state: ScanState, code: str) -> ScanResult:
    pallet = places.pallet(code)
    if pallet is None:
        return state.unknown(code, "pallet")
    if pallet.status != PalletStatus.IN_STOCK:
        return state.answer(
            Outcome.ERROR, messages.PALLET_CANNOT_PACK, code, code=code, status=pallet.status
        )
    state.pallet_id = pallet.id
    state.last_accepted = ""
    totals = places.pallet_totals(pallet.id)
    return state.answer(
        Outcome.OK,
        messages.PACKING,
        code,
        pallet=totals,
        code=code,
        boxes=str(totals.boxes),
        gross=places.kg(totals.gross_kg),
    )


def pack_box(state: ScanState, box: Box, code: str) -> ScanResult:
    """Put box on the open pallet; the answer carries the pallet's new totals."""
    assert state.pallet_id is not None
    target = places.pallet_by_id(state.pallet_id)  # as it is now: another station may load it
    if target is None or target.status != PalletStatus.IN_STOCK:
        return state.answer(
            Outcome.ERROR,
            messages.PALLET_NOT_IN_STOCK_NOW,
            code,
            code=code,
            pallet_code=target.code if target is not None else "?",
            status=target.status if target is not None else "gone",
        )
    before = change_box(
        box,
        MovementKind.PACKED,
        state.actor,
        status=BoxStatus.ON_PALLET,
        location=None,
        pallet=state.pallet_id,
    )
    state.remember(code, boxes=[(box, before)])
    totals = places.pallet_totals(state.pallet_id)
    endings, values = places.expiry_note(box, state.today)
    outcome = Outcome.WARNING if endings else Outcome.OK
    if totals.gross_kg > totals.limit_kg:
        outcome = Outcome.WARNING
        endings += (messages.OVER_PALLET_LIMIT,)
        values["limit"] = places.kg(totals.limit_kg)
    if len(totals.owners) > 1:
        endings += (messages.OWNERS,)
        values["owners"] = ", ".join(totals.owners)
    return state.answer(
        outcome,
        messages.BOX_PACKED,
        code,
        changed=True,
        pallet=totals,
        endings=endings,
        code=code,
        pallet_code=totals.code,
        boxes=str(totals.boxes),
        gross=places.kg(totals.gross_kg),
        values=values,
    )


def new_pallet(state: ScanState) -> ScanResult:
    """A new pallet at the put-away place (or the receiving area), opened for packing."""
    place = state.location_id or places.receiving_id()
    (code,) = allocate_codes(CodeKind.PALLET, 1)
    pallet = Pallet.create(code=code, location=place)
    log_pallet_change(pallet, MovementKind.CREATED, state.actor, before=("", None))
    state.pallet_id = pallet.id
    state.undo = Undo(boxes=[], pallets=[], created_pallet=pallet.id)
    return state.answer(
        Outcome.OK,
        messages.NEW_PALLET,
        code,
        changed=True,
        pallet=places.pallet_totals(pallet.id),
        code=code,
    )


def close_pallet(state: ScanState) -> ScanResult:
    if state.pallet_id is None:
        return state.answer(Outcome.ERROR, messages.NO_OPEN_PALLET, "")
    totals = places.pallet_totals(state.pallet_id)
    state.pallet_id = None
    return state.answer(
        Outcome.OK,
        messages.PALLET_CLOSED,
        totals.code,
        pallet=totals,
        code=totals.code,
        boxes=str(totals.boxes),
        gross=places.kg(totals.gross_kg),
    )
