"""Look up: any label answers what it names, where it is and what it holds; nothing changes."""

from __future__ import annotations

from warehouse_app.codes import CodeKind
from warehouse_app.kinds import PalletStatus
from warehouse_app.services.scanning import messages, places
from warehouse_app.services.scanning.results import Outcome, ScanResult
from warehouse_app.services.scanning.state import ScanState
from warehouse_app.storage.models import Box, Pallet


def scan(state: ScanState, kind: CodeKind, code: str) -> ScanResult:
    if kind is CodeKind.BOX:
        box = places.box(code)
        if box is None:
            return state.unknown(code, "box")
        endings, expiry = places.expiry_note(box, state.today, always=True)
        return state.answer(
            Outcome.OK,
            messages.BOX_FOUND,
            code,
            endings=endings,
            code=code,
            owner=box.owner.short_code,
            place=places.place_of(box),
            status=box.status.replace("_", " "),
            values={**expiry, **places.contents(box)},
        )
    if kind is CodeKind.PALLET:
        pallet = places.pallet(code)
        if pallet is None:
            return state.unknown(code, "pallet")
        totals = places.pallet_totals(pallet.id)
        return state.answer(
            Outcome.OK,
            messages.PALLET_FOUND,
            code,
            pallet=totals,
            code=code,
            boxes=str(totals.boxes),
            gross=places.kg(totals.gross_kg),
            place=places.location_name(pallet.location_id) or pallet.status,
        )
    location = places.location(code)
    if location is None:
        return state.unknown(code, "location")
    boxes = Box.select().where(Box.location == location.id).count()
    pallets = (
        Pallet.select()
        .where(Pallet.location == location.id, Pallet.status == PalletStatus.IN_STOCK)
        .count()
    )
    return state.answer(
        Outcome.OK,
        messages.LOCATION_FOUND,
        code,
        name=location.name,
        boxes=str(boxes),
        pallets=str(pallets),
    )
