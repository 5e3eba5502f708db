"""Put away: scan the location, then boxes or pallets; each goes there, logged as a move."""

from __future__ import annotations

from warehouse_app.codes import CodeKind
from warehouse_app.kinds import BoxStatus, MovementKind, PalletStatus
from warehouse_app.services.movements import change_box, change_pallet
from warehouse_app.services.scanning import messages, places
from warehouse_app.services.scanning.results import Outcome, ScanResult
from warehouse_app.services.scanning.state import ScanState
from warehouse_app.storage.models import Box


def scan(state: ScanState, kind: CodeKind, code: str) -> ScanResult:
    if kind is CodeKind.LOCATION:
        location = places.location(code)
        if location is None:
            return state.unknown(code, "location")
        state.location_id = location.id
        state.last_accepted = ""
        return state.answer(Outcome.OK, messages.PUTAWAY_TO, code, name=location.name)
    if state.location_id is None:
        return state.wrong_kind(messages.LOCATION_FIRST, code, kind.label)
    if code == state.last_accepted:
        return state.just_scanned(code)
    target = state.location_id
    name = places.location_name(target)
    if kind is CodeKind.PALLET:
        return _pallet(state, code, target, name)
    box = places.box(code)
    if box is None:
        return state.unknown(code, "box")
    refused = places.refusal(box)
    if refused:
        return state.answer(Outcome.ERROR, refused, code, code=code)
    if box.status == BoxStatus.ON_PALLET:
        state.pending = ("putaway", box.id, box.pallet_id)
        return state.answer(
            Outcome.WARNING,
            messages.BOX_ON_PALLET_TAKE_OFF,
            code,
            needs_confirmation=True,
            code=code,
            pallet_code=box.pallet.code,
            name=name,
        )
    if box.location_id == target:
        return state.answer(Outcome.WARNING, messages.BOX_ALREADY_THERE, code, code=code, name=name)
    return move_box(state, box, code, target, MovementKind.MOVED)


def _pallet(state: ScanState, code: str, target: int, name: str) -> ScanResult:
    pallet = places.pallet(code)
    if pallet is None:
        return state.unknown(code, "pallet")
    if pallet.status != PalletStatus.IN_STOCK:
        return state.answer(
            Outcome.ERROR, messages.PALLET_CANNOT_MOVE, code, code=code, status=pallet.status
        )
    if pallet.location_id == target:
        return state.answer(
            Outcome.WARNING, messages.PALLET_ALREADY_THERE, code, code=code, name=name
        )
    before = change_pallet(pallet, MovementKind.MOVED, state.actor, location=target)
    state.remember(code, pallets=[(pallet, before)])
    return state.answer(Outcome.OK, messages.PALLET_MOVED, code, changed=True, code=code, name=name)


def move_box(state: ScanState, box: Box, code: str, target: int, kind: MovementKind) -> ScanResult:
    """Put box at target (off its pallet, if it was on one)."""
    before = change_box(
        box, kind, state.actor, status=BoxStatus.IN_STOCK, pallet=None, location=target
    )
    state.remember(code, boxes=[(box, before)])
    endings, values = places.expiry_note(box, state.today, always=True)
    warning = endings and endings[0] != messages.KEEPS_UNTIL
    return state.answer(
        Outcome.WARNING if warning else Outcome.OK,
        messages.BOX_MOVED,
        code,
        changed=True,
        endings=endings,
        code=code,
        name=places.location_name(target),
        values={**values, **places.contents(box)},
    )
