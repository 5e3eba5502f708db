"""Unpack: each scanned box comes off its pallet and stands where the pallet stands."""

from __future__ import annotations

from warehouse_app.codes import CodeKind
from warehouse_app.kinds import BoxStatus, MovementKind
from warehouse_app.services.scanning import messages, places
from warehouse_app.services.scanning.putaway import move_box
from warehouse_app.services.scanning.results import Outcome, ScanResult
from warehouse_app.services.scanning.state import ScanState


def scan(state: ScanState, kind: CodeKind, code: str) -> ScanResult:
    if kind is not CodeKind.BOX:
        return state.wrong_kind(messages.BOXES_TO_UNPACK, code, kind.label)
    box = places.box(code)
    if box is None:
        return state.unknown(code, "box")
    if box.status != BoxStatus.ON_PALLET:
        if code == state.last_accepted:
            return state.just_scanned(code)
        return state.answer(Outcome.WARNING, messages.NOT_ON_PALLET, code, code=code)
    place = box.pallet.location_id or places.receiving_id()
    pallet_code = box.pallet.code
    moved = move_box(state, box, code, place, MovementKind.UNPACKED)
    return state.answer(
        moved.outcome,
        messages.UNPACKED,
        code,
        changed=True,
        code=code,
        pallet_code=pallet_code,
        name=places.location_name(place),
    )
