"""Stocktake: scan the location, then everything found there; the difference is booked on
request (found here: moved here; missing: to the quarantine place, to be searched for)."""

from __future__ import annotations

from warehouse_app.codes import CodeKind
from warehouse_app.kinds import BoxStatus, MovementKind
from warehouse_app.services.movements import change_box
from warehouse_app.services.scanning import messages, places
from warehouse_app.services.scanning.controls import Mode
from warehouse_app.services.scanning.results import Outcome, ScanResult, StocktakeReport
from warehouse_app.services.scanning.state import ScanState
from warehouse_app.storage.models import Box, Pallet


def scan(state: ScanState, kind: CodeKind, code: str) -> ScanResult:
    if kind is CodeKind.LOCATION:
        location = places.location(code)
        if location is None:
            return state.unknown(code, "location")
        state.location_id = location.id
        state.counted = []
        return state.answer(
            Outcome.OK,
            messages.COUNTING,
            code,
            name=location.name,
            expected=str(len(expected_ids(state))),
        )
    if state.location_id is None:
        return state.answer(Outcome.ERROR, messages.COUNT_LOCATION_FIRST, code)
    if kind is CodeKind.PALLET:
        pallet = places.pallet(code)
        if pallet is None:
            return state.unknown(code, "pallet")
        ids = [
            b.id
            for b in Box.select(Box.id).where(
                Box.pallet == pallet.id, Box.status == BoxStatus.ON_PALLET
            )
        ]
    else:
        box = places.box(code)
        if box is None:
            return state.unknown(code, "box")
        ids = [box.id]
    new = [i for i in ids if i not in state.counted]
    if not new:
        return state.answer(Outcome.WARNING, messages.ALREADY_COUNTED, code, code=code)
    state.counted.extend(new)
    expected = expected_ids(state)
    if not all(i in expected for i in new):
        return state.answer(Outcome.WARNING, messages.NOT_RECORDED_HERE, code, code=code)
    return state.answer(
        Outcome.OK,
        messages.COUNTED,
        code,
        code=code,
        found=str(len([i for i in state.counted if i in expected])),
        expected=str(len(expected)),
    )


def expected_ids(state: ScanState) -> set[int]:
    """Boxes recorded at the counted location, on shelves or on pallets standing there."""
    if state.location_id is None:
        return set()
    on_shelf = Box.select(Box.id).where(
        Box.location == state.location_id, Box.status == BoxStatus.IN_STOCK
    )
    on_pallets = (
        Box.select(Box.id)
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .where(Pallet.location == state.location_id, Box.status == BoxStatus.ON_PALLET)
    )
    return {b.id for b in on_shelf} | {b.id for b in on_pallets}


def report(state: ScanState) -> StocktakeReport:
    expected = expected_ids(state)
    found = list(dict.fromkeys(state.counted))
    codes = dict(
        Box.select(Box.id, Box.code).where(Box.id.in_(list(expected | set(found)))).tuples()
    )
    return StocktakeReport(
        location=places.location_name(state.location_id) if state.location_id else "",
        expected=tuple(sorted(codes[i] for i in expected)),
        found=tuple(codes[i] for i in found),
        missing=tuple(sorted(codes[i] for i in expected - set(found))),
        unexpected=tuple(codes[i] for i in found if i not in expected),
    )


def finish(state: ScanState) -> ScanResult:
    if state.mode is not Mode.STOCKTAKE or state.location_id is None:
        return state.answer(Outcome.ERROR, messages.NO_STOCKTAKE, "")
    counted = report(state)
    differs = counted.missing or counted.unexpected
    return state.answer(
        Outcome.WARNING if differs else Outcome.OK,
        messages.STOCKTAKE_DONE,
        "",
        name=counted.location,
        found=str(len(counted.found)),
        missing=str(len(counted.missing)),
        unexpected=str(len(counted.unexpected)),
    )


def apply(state: ScanState) -> StocktakeReport:
    """Book what was found: unexpected boxes move here (off their pallets); missing boxes
    move to the quarantine place, to be searched for. All logged as corrections."""
    counted = report(state)
    if state.location_id is None:
        return counted
    here = state.location_id
    quarantine = places.quarantine_id()
    note = f"stocktake of {counted.location}"
    for box in Box.select().where(Box.code.in_(list(counted.unexpected))):
        if box.pallet_id is not None and box.pallet.location_id == here:
            continue
        change_box(
            box,
            MovementKind.CORRECTED,
            state.actor,
            note=f"found at {note}",
            status=BoxStatus.IN_STOCK,
            pallet=None,
            location=here,
        )
    for box in Box.select().where(Box.code.in_(list(counted.missing))):
        change_box(
            box,
            MovementKind.CORRECTED,
            state.actor,
            note=f"missing at {note}",
            status=BoxStatus.IN_STOCK,
            pallet=None,
            location=quarantine,
        )
    state.counted = []
    return counted
