"""Load and unload a vehicle: scan its code, then its pallets and loose boxes.

The convoy services decide (reserved for another convoy? loaded elsewhere already?); this
module turns their answer into the volunteer's. Loading is undone by unloading, with its own
movements, so the scan undo does not apply.
"""

from __future__ import annotations

from warehouse_app.codes import CodeKind
from warehouse_app.errors import HafenlagerError
from warehouse_app.services.convoys import Placement, load, unload
from warehouse_app.services.convoys.records import vehicle_record
from warehouse_app.services.scanning import messages, places
from warehouse_app.services.scanning.controls import Mode
from warehouse_app.services.scanning.results import Outcome, ScanResult
from warehouse_app.services.scanning.state import ScanState
from warehouse_app.storage.models import ConvoyItem, Vehicle

_LOADED = {
    Placement.PLANNED: messages.LOADED_PLANNED,
    Placement.OTHER_VEHICLE: messages.LOADED_OTHER_VEHICLE,
    Placement.NOT_PLANNED: messages.LOADED_NOT_PLANNED,
}


def scan(state: ScanState, kind: CodeKind, code: str) -> ScanResult:
    if kind is CodeKind.VEHICLE:
        vehicle = Vehicle.get_or_none(Vehicle.code == code)
        if vehicle is None:
            return state.unknown(code, "vehicle")
        state.vehicle_id = vehicle.id
        state.last_accepted = ""
        return state.answer(Outcome.OK, messages.VEHICLE, code, values=vehicle_params(vehicle.id))
    if state.vehicle_id is None:
        return state.wrong_kind(messages.VEHICLE_FIRST, code, kind.label)
    if kind not in (CodeKind.PALLET, CodeKind.BOX):
        return state.wrong_kind(messages.PALLET_OR_BOX, code, kind.label)
    if code == state.last_accepted:
        return state.just_scanned(code)
    is_pallet = kind is CodeKind.PALLET
    if (places.pallet(code) if is_pallet else places.box(code)) is None:
        return state.unknown(code, kind.label)
    vehicle = vehicle_record(Vehicle.get_by_id(state.vehicle_id))
    which = {"pallet_code": code} if is_pallet else {"box_code": code}
    try:
        if state.mode is Mode.LOAD:
            placement: Placement | None = load(vehicle, actor=state.actor, **which)
        else:
            unload(vehicle, actor=state.actor, location_id=places.dock_id(), **which)
            placement = None
    except HafenlagerError as exc:
        return state.answer(Outcome.ERROR, messages.SERVICE_REFUSAL, code, error=exc.text)
    state.last_accepted = code
    state.undo = None
    params = {"code": code, **vehicle_params(vehicle.id)}
    if placement is Placement.ALREADY_LOADED:
        return state.answer(Outcome.WARNING, messages.ON_VEHICLE_ALREADY, code, values=params)
    if placement is None:
        return state.answer(Outcome.OK, messages.UNLOADED, code, changed=True, values=params)
    outcome = Outcome.OK if placement is Placement.PLANNED else Outcome.WARNING
    return state.answer(outcome, _LOADED[placement], code, changed=True, values=params)


def vehicle_params(vehicle_id: int) -> dict[str, str]:
    vehicle = Vehicle.get_by_id(vehicle_id)
    items = ConvoyItem.select().where(ConvoyItem.vehicle == vehicle_id)
    return {
        "number": str(vehicle.number),
        "plate": vehicle.truck_plate or "?",
        "convoy": vehicle.convoy.number,
        "planned": str(items.count()),
        "loaded": str(items.where(ConvoyItem.loaded == True).count()),
    }
