"""Scanning workflows: look up, put away, pack, unpack, take stock.

A ScanSession is one station's scan loop: it holds the mode and its target (the location to
put away to, the pallet being packed, the location being counted) and turns each scanned text
into one ScanResult. Every accepted scan is committed, with its movement rows, before its result
is returned, so the feedback a volunteer sees is always already on disk. The GUI and the
terminal mode (`hafenlager scan`) drive the same class.

Results carry an English template and its parameters: the GUI translates the template into the
volunteer's language, the terminal prints it as it is.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from warehouse_app.codes import CodeKind, make_code, parse_code, strip_scanner_noise
from warehouse_app.errors import CodeError
from warehouse_app.kinds import BoxStatus, LocationKind, MovementKind, PalletStatus
from warehouse_app.quantities import exact
from warehouse_app.services.movements import Actor, box_state, log_box_change, log_pallet_change
from warehouse_app.services.numbering import allocate_codes
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Location,
    Pallet,
    Setting,
    database_proxy,
)

PALLET_LIMIT_SETTING = "pallet.max_gross_kg"
DEFAULT_PALLET_LIMIT_KG = Decimal("1000")


class Mode(enum.StrEnum):
    LOOKUP = "lookup"
    PUTAWAY = "putaway"
    PACK = "pack"
    UNPACK = "unpack"
    STOCKTAKE = "stocktake"
    LOAD = "load"
    UNLOAD = "unload"


class Outcome(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


class Control(enum.IntEnum):
    """Serials of the control codes (kind 9) on the control sheet."""

    LOOKUP = 1
    PUTAWAY = 2
    PACK = 3
    UNPACK = 4
    STOCKTAKE = 5
    LOAD = 6
    UNLOAD = 7
    NEW_PALLET = 10
    CLOSE_PALLET = 11
    UNDO = 12
    YES = 13
    FINISH_STOCKTAKE = 14

    @property
    def code(self) -> str:
        return make_code(CodeKind.CONTROL, self.value)


CONTROL_TITLES = {
    Control.LOOKUP: "Mode: look up / Suchen / Пошук",
    Control.PUTAWAY: "Mode: put away / Einlagern / Розміщення",
    Control.PACK: "Mode: pack pallet / Palette packen / Пакування піддона",
    Control.UNPACK: "Mode: unpack / Auspacken / Розпакування",
    Control.STOCKTAKE: "Mode: stocktake / Inventur / Інвентаризація",
    Control.LOAD: "Mode: load a vehicle / Verladen / Завантаження",
    Control.UNLOAD: "Mode: unload a vehicle / Entladen / Розвантаження",
    Control.NEW_PALLET: "New pallet / Neue Palette / Новий піддон",
    Control.CLOSE_PALLET: "Close pallet / Palette abschließen / Закрити піддон",
    Control.UNDO: "Undo last scan / Rückgängig / Скасувати",
    Control.YES: "Yes, confirm / Ja / Так",
    Control.FINISH_STOCKTAKE: "Finish stocktake / Inventur beenden / Завершити",
}
_MODE_OF_CONTROL = {
    Control.LOOKUP: Mode.LOOKUP,
    Control.PUTAWAY: Mode.PUTAWAY,
    Control.PACK: Mode.PACK,
    Control.UNPACK: Mode.UNPACK,
    Control.STOCKTAKE: Mode.STOCKTAKE,
    Control.LOAD: Mode.LOAD,
    Control.UNLOAD: Mode.UNLOAD,
}


@dataclass(frozen=True)
class PalletTotals:
    code: str
    boxes: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal  # with the pallet's tare
    owners: tuple[str, ...]
    limit_kg: Decimal


@dataclass(frozen=True)
class StocktakeReport:
    location: str
    expected: tuple[str, ...]
    found: tuple[str, ...]
    missing: tuple[str, ...]
    unexpected: tuple[str, ...]


@dataclass(frozen=True)
class ScanResult:
    outcome: Outcome
    template: str  # English, with {name} placeholders
    params: dict[str, str]
    scanned: str
    mode: Mode
    changed: bool = False  # a movement was written
    needs_confirmation: bool = False
    pallet: PalletTotals | None = None
    at: dt.datetime = field(default_factory=dt.datetime.now)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass
class _Undo:
    boxes: list[tuple[int, tuple[str, int | None, int | None]]]
    pallets: list[tuple[int, tuple[str, int | None]]]
    created_pallet: int | None = None


class ScanSession:
    def __init__(
        self, actor: Actor, mode: Mode = Mode.LOOKUP, today: dt.date | None = None
    ) -> None:
        self.actor = actor
        self.mode = mode
        self.location_id: int | None = None
        self.pallet_id: int | None = None
        self.vehicle_id: int | None = None
        self.counted: list[int] = []  # stocktake: boxes and pallets found, as box ids
        self._last_accepted = ""
        self._undo: _Undo | None = None
        self._pending: tuple[str, int] | None = None  # (what, box id) awaiting "yes"
        self.today = today

    # --- entry point ------------------------------------------------------------------
    def scan(self, raw: str) -> ScanResult:
        text = strip_scanner_noise(raw)
        if not text:
            return self._result(Outcome.ERROR, "Empty scan: scan the label again.", raw)
        try:
            parsed = parse_code(text)
        except CodeError as exc:
            return self._code_error(text, str(exc))
        pending, self._pending = self._pending, None
        if parsed.kind is CodeKind.CONTROL:
            return self._control(parsed.serial, parsed.text, pending)
        handler = {
            Mode.LOOKUP: self._lookup,
            Mode.PUTAWAY: self._putaway,
            Mode.PACK: self._pack,
            Mode.UNPACK: self._unpack,
            Mode.STOCKTAKE: self._stocktake,
            Mode.LOAD: self._load,
            Mode.UNLOAD: self._load,
        }[self.mode]
        return handler(parsed.kind, parsed.text)

    def set_mode(self, mode: Mode) -> ScanResult:
        self.mode = mode
        self.location_id = self.pallet_id = self.vehicle_id = None
        self.counted = []
        self._pending = None
        self._last_accepted = ""
        hint = {
            Mode.LOOKUP: "Look up: scan any label.",
            Mode.PUTAWAY: "Put away: scan the location first, then boxes or pallets.",
            Mode.PACK: "Pack: scan a pallet (or 'new pallet'), then boxes.",
            Mode.UNPACK: "Unpack: scan boxes to take them off their pallet.",
            Mode.STOCKTAKE: "Stocktake: scan the location, then everything found there.",
            Mode.LOAD: "Load: scan the vehicle's code, then its pallets and boxes.",
            Mode.UNLOAD: "Unload: scan the vehicle's code, then what comes off it.",
        }[mode]
        return self._result(Outcome.OK, hint, mode.value)

    def _code_error(self, text: str, reason: str) -> ScanResult:
        """Say in a few words (each translatable) why text is not a usable code."""
        if "product barcode" in reason:
            template = "{code} is a product barcode from the packaging: scan the Hafenlager label."
        elif "check digit" in reason:
            template = "{code} has a wrong check digit: check the label and type it again."
        elif "too short" in reason:
            template = "{code} is too short for a Hafenlager code."
        elif "should start" in reason:
            template = "{code} is not a Hafenlager code (codes start with 1, 2, 3 or 9)."
        else:
            template = "'{code}' is not a Hafenlager code: codes are digits only."
        return self._result(Outcome.ERROR, template, text, code=text[:40])

    # --- control codes --------------------------------------------------------------
    def _control(self, serial: int, text: str, pending: tuple[str, int] | None) -> ScanResult:
        try:
            control = Control(serial)
        except ValueError:
            return self._result(
                Outcome.ERROR, "{code} is not a known control code.", text, code=text
            )
        if control in _MODE_OF_CONTROL:
            return self.set_mode(_MODE_OF_CONTROL[control])
        if control is Control.YES:
            return self.confirm(pending)
        if control is Control.UNDO:
            return self.undo()
        if control is Control.NEW_PALLET:
            return self.new_pallet()
        if control is Control.CLOSE_PALLET:
            return self.close_pallet()
        return self.finish_stocktake_result()

    # --- look up --------------------------------------------------------------------
    def _lookup(self, kind: CodeKind, code: str) -> ScanResult:
        if kind is CodeKind.BOX:
            box = _box(code)
            if box is None:
                return self._unknown(code, "box")
            place = _place_of(box)
            return self._result(
                Outcome.OK,
                "Box {code}: {contents} · {owner} · {place} · {status}",
                code,
                code=code,
                contents=box.description_de,
                owner=box.owner.short_code,
                place=place,
                status=box.status.replace("_", " "),
            )
        if kind is CodeKind.PALLET:
            pallet = _pallet(code)
            if pallet is None:
                return self._unknown(code, "pallet")
            totals = pallet_totals(pallet.id)
            return self._result(
                Outcome.OK,
                "Pallet {code}: {boxes} boxes · {gross} kg · {place}",
                code,
                pallet=totals,
                code=code,
                boxes=str(totals.boxes),
                gross=_kg(totals.gross_kg),
                place=_location_name(pallet.location_id) or pallet.status,
            )
        location = _location(code)
        if location is None:
            return self._unknown(code, "location")
        boxes = Box.select().where(Box.location == location.id).count()
        pallets = (
            Pallet.select()
            .where(Pallet.location == location.id, Pallet.status == PalletStatus.IN_STOCK)
            .count()
        )
        return self._result(
            Outcome.OK,
            "Location {name}: {boxes} boxes, {pallets} pallets",
            code,
            name=location.name,
            boxes=str(boxes),
            pallets=str(pallets),
        )

    # --- put away -------------------------------------------------------------------
    def _putaway(self, kind: CodeKind, code: str) -> ScanResult:
        if kind is CodeKind.LOCATION:
            location = _location(code)
            if location is None:
                return self._unknown(code, "location")
            self.location_id = location.id
            self._last_accepted = ""
            return self._result(
                Outcome.OK,
                "Put away to {name}: now scan boxes or pallets.",
                code,
                name=location.name,
            )
        if self.location_id is None:
            return self._result(
                Outcome.ERROR,
                "{code} is a {kind}: scan the location first.",
                code,
                code=code,
                kind=kind.label,
            )
        if code == self._last_accepted:
            return self._result(
                Outcome.WARNING, "{code} was just scanned: nothing changed.", code, code=code
            )
        target = self.location_id
        name = _location_name(target)
        if kind is CodeKind.PALLET:
            pallet = _pallet(code)
            if pallet is None:
                return self._unknown(code, "pallet")
            if pallet.status != PalletStatus.IN_STOCK:
                return self._result(
                    Outcome.ERROR,
                    "Pallet {code} is {status}: it cannot move.",
                    code,
                    code=code,
                    status=pallet.status,
                )
            if pallet.location_id == target:
                return self._result(
                    Outcome.WARNING,
                    "Pallet {code} is already at {name}.",
                    code,
                    code=code,
                    name=name,
                )
            with database_proxy.atomic():
                before = (pallet.status, pallet.location_id)
                pallet.location = target
                pallet.save()
                log_pallet_change(pallet, MovementKind.MOVED, self.actor, before=before)
            self._remember(code, pallets=[(pallet.id, before)])
            return self._result(
                Outcome.OK, "Pallet {code} → {name}", code, changed=True, code=code, name=name
            )
        box = _box(code)
        if box is None:
            return self._unknown(code, "box")
        refused = _refusal(box, code)
        if refused:
            return self._result(Outcome.ERROR, refused, code, code=code)
        if box.status == BoxStatus.ON_PALLET:
            self._pending = ("putaway", box.id)
            return self._result(
                Outcome.WARNING,
                "Box {code} is on pallet {pallet_code}. Take it off and put it at {name}? Scan "
                "'yes' to confirm.",
                code,
                needs_confirmation=True,
                code=code,
                pallet_code=box.pallet.code,
                name=name,
            )
        if box.location_id == target:
            return self._result(
                Outcome.WARNING, "Box {code} is already at {name}.", code, code=code, name=name
            )
        return self._move_box(box, code, target, MovementKind.MOVED)

    def _move_box(self, box: Box, code: str, target: int, kind: MovementKind) -> ScanResult:
        with database_proxy.atomic():
            before = box_state(box)
            box.status = BoxStatus.IN_STOCK.value
            box.pallet = None
            box.location = target
            box.save()
            log_box_change(box, kind, self.actor, before=before)
        self._remember(code, boxes=[(box.id, before)])
        outcome, template, params = self._expiry_note(
            box, "Box {code} → {name}", code=code, name=_location_name(target)
        )
        return self._with_params(outcome, template, code, params, changed=True)

    # --- pack -----------------------------------------------------------------------
    def new_pallet(self) -> ScanResult:
        if self.mode is not Mode.PACK:
            self.set_mode(Mode.PACK)
        place = self.location_id or _receiving_id()
        with database_proxy.atomic():
            (code,) = allocate_codes(CodeKind.PALLET, 1)
            pallet = Pallet.create(code=code, location=place)
            log_pallet_change(pallet, MovementKind.CREATED, self.actor, before=("", None))
        self.pallet_id = pallet.id
        self._undo = _Undo(boxes=[], pallets=[], created_pallet=pallet.id)
        return self._result(
            Outcome.OK,
            "New pallet {code}: print its labels, then scan boxes.",
            code,
            changed=True,
            pallet=pallet_totals(pallet.id),
            code=code,
        )

    def close_pallet(self) -> ScanResult:
        if self.pallet_id is None:
            return self._result(Outcome.ERROR, "No pallet is open: scan a pallet first.", "")
        totals = pallet_totals(self.pallet_id)
        self.pallet_id = None
        return self._result(
            Outcome.OK,
            "Pallet {code} closed: {boxes} boxes, {gross} kg.",
            totals.code,
            pallet=totals,
            code=totals.code,
            boxes=str(totals.boxes),
            gross=_kg(totals.gross_kg),
        )

    def _pack(self, kind: CodeKind, code: str) -> ScanResult:
        if kind is CodeKind.PALLET:
            pallet = _pallet(code)
            if pallet is None:
                return self._unknown(code, "pallet")
            if pallet.status != PalletStatus.IN_STOCK:
                return self._result(
                    Outcome.ERROR,
                    "Pallet {code} is {status}: it cannot be packed.",
                    code,
                    code=code,
                    status=pallet.status,
                )
            self.pallet_id = pallet.id
            self._last_accepted = ""
            totals = pallet_totals(pallet.id)
            return self._result(
                Outcome.OK,
                "Packing pallet {code}: {boxes} boxes, {gross} kg.",
                code,
                pallet=totals,
                code=code,
                boxes=str(totals.boxes),
                gross=_kg(totals.gross_kg),
            )
        if kind is not CodeKind.BOX:
            return self._result(
                Outcome.ERROR,
                "{code} is a {kind}: scan a pallet or a box.",
                code,
                code=code,
                kind=kind.label,
            )
        if self.pallet_id is None:
            return self._result(Outcome.ERROR, "Scan the pallet first (or 'new pallet').", code)
        if code == self._last_accepted:
            return self._result(
                Outcome.WARNING,
                "{code} was just scanned: nothing changed.",
                code,
                code=code,
                pallet=pallet_totals(self.pallet_id),
            )
        box = _box(code)
        if box is None:
            return self._unknown(code, "box")
        refused = _refusal(box, code)
        if refused:
            return self._result(Outcome.ERROR, refused, code, code=code)
        if box.pallet_id == self.pallet_id and box.status == BoxStatus.ON_PALLET:
            return self._result(
                Outcome.WARNING,
                "Box {code} is already on this pallet.",
                code,
                code=code,
                pallet=pallet_totals(self.pallet_id),
            )
        if box.status == BoxStatus.ON_PALLET:
            self._pending = ("pack", box.id)
            return self._result(
                Outcome.WARNING,
                "Box {code} is on another pallet ({pallet_code}). Move it to this one? Scan 'yes' "
                "to confirm.",
                code,
                needs_confirmation=True,
                code=code,
                pallet_code=box.pallet.code,
            )
        return self._pack_box(box, code)

    def _pack_box(self, box: Box, code: str) -> ScanResult:
        assert self.pallet_id is not None
        with database_proxy.atomic():
            before = box_state(box)
            box.status = BoxStatus.ON_PALLET.value
            box.location = None
            box.pallet = self.pallet_id
            box.save()
            log_box_change(box, MovementKind.PACKED, self.actor, before=before)
        self._remember(code, boxes=[(box.id, before)])
        totals = pallet_totals(self.pallet_id)
        outcome, template, params = self._expiry_note(
            box,
            "Box {code} on pallet {pallet_code}: {boxes} boxes, {gross} kg.",
            code=code,
            pallet_code=totals.code,
            boxes=str(totals.boxes),
            gross=_kg(totals.gross_kg),
        )
        if totals.gross_kg > totals.limit_kg:
            outcome = Outcome.WARNING
            template += " Over the pallet limit of {limit} kg!"
            params["limit"] = _kg(totals.limit_kg)
        if len(totals.owners) > 1:
            template += " Owners: {owners}."
            params["owners"] = ", ".join(totals.owners)
        return self._with_params(outcome, template, code, params, changed=True, pallet=totals)

    # --- unpack ---------------------------------------------------------------------
    def _unpack(self, kind: CodeKind, code: str) -> ScanResult:
        if kind is not CodeKind.BOX:
            return self._result(
                Outcome.ERROR,
                "{code} is a {kind}: scan the boxes to unpack.",
                code,
                code=code,
                kind=kind.label,
            )
        box = _box(code)
        if box is None:
            return self._unknown(code, "box")
        if box.status != BoxStatus.ON_PALLET:
            if code == self._last_accepted:
                return self._result(
                    Outcome.WARNING, "{code} was just scanned: nothing changed.", code, code=code
                )
            return self._result(Outcome.WARNING, "Box {code} is not on a pallet.", code, code=code)
        place = box.pallet.location_id or _receiving_id()
        pallet_code = box.pallet.code
        result = self._move_box(box, code, place, MovementKind.UNPACKED)
        return self._result(
            result.outcome,
            "Box {code} off pallet {pallet_code}, now at {name}.",
            code,
            changed=True,
            code=code,
            pallet_code=pallet_code,
            name=_location_name(place),
        )

    # --- load and unload a vehicle ---------------------------------------------------
    def _load(self, kind: CodeKind, code: str) -> ScanResult:
        from warehouse_app.errors import HafenlagerError
        from warehouse_app.services import convoys
        from warehouse_app.storage.models import Vehicle

        if kind is CodeKind.VEHICLE:
            vehicle = Vehicle.get_or_none(Vehicle.code == code)
            if vehicle is None:
                return self._unknown(code, "vehicle")
            self.vehicle_id = vehicle.id
            self._last_accepted = ""
            return self._with_params(
                Outcome.OK,
                "Vehicle {number} ({plate}) of convoy {convoy}: "
                "{loaded} of {planned} planned items loaded.",
                code,
                self._vehicle_params(vehicle.id),
            )
        if self.vehicle_id is None:
            return self._result(
                Outcome.ERROR,
                "{code} is a {kind}: scan the vehicle first.",
                code,
                code=code,
                kind=kind.label,
            )
        if kind not in (CodeKind.PALLET, CodeKind.BOX):
            return self._result(
                Outcome.ERROR,
                "{code} is a {kind}: scan a pallet or a box.",
                code,
                code=code,
                kind=kind.label,
            )
        if code == self._last_accepted:
            return self._result(
                Outcome.WARNING, "{code} was just scanned: nothing changed.", code, code=code
            )
        pallet = _pallet(code) if kind is CodeKind.PALLET else None
        box = _box(code) if kind is CodeKind.BOX else None
        if pallet is None and box is None:
            return self._unknown(code, kind.label)
        vehicle = Vehicle.get_by_id(self.vehicle_id)
        try:
            if self.mode is Mode.LOAD:
                note = convoys.load(vehicle, pallet=pallet, box=box, actor=self.actor)
            else:
                convoys.unload(
                    vehicle, pallet=pallet, box=box, actor=self.actor, location_id=_dock_id()
                )
                note = "unloaded"
        except HafenlagerError as exc:
            return self._result(Outcome.ERROR, "{error}", code, error=str(exc))
        self._last_accepted = code
        self._undo = None  # loading is undone by unloading, with its own movements
        params = {"code": code, **self._vehicle_params(vehicle.id)}
        if note == "already loaded":
            return self._with_params(
                Outcome.WARNING, "{code} is on this vehicle already.", code, params
            )
        template = {
            "planned": "{code} loaded on vehicle {number}: {loaded} of {planned} planned items.",
            "not planned for this vehicle": "{code} loaded, but it was planned for another "
            "vehicle: {loaded} of {planned} planned items.",
            "not planned": "{code} loaded, but it was not planned: {loaded} of {planned} "
            "planned items.",
            "unloaded": "{code} unloaded from vehicle {number} to the dock.",
        }[note]
        outcome = Outcome.OK if note in ("planned", "unloaded") else Outcome.WARNING
        return self._with_params(outcome, template, code, params, changed=True)

    @staticmethod
    def _vehicle_params(vehicle_id: int) -> dict[str, str]:
        from warehouse_app.storage.models import ConvoyItem, Vehicle

        vehicle = Vehicle.get_by_id(vehicle_id)
        items = ConvoyItem.select().where(ConvoyItem.vehicle == vehicle_id)
        return {
            "number": str(vehicle.number),
            "plate": vehicle.truck_plate or "?",
            "convoy": vehicle.convoy.number,
            "planned": str(items.count()),
            "loaded": str(items.where(ConvoyItem.loaded == True).count()),
        }

    # --- stocktake ------------------------------------------------------------------
    def _stocktake(self, kind: CodeKind, code: str) -> ScanResult:
        if kind is CodeKind.LOCATION:
            location = _location(code)
            if location is None:
                return self._unknown(code, "location")
            self.location_id = location.id
            self.counted = []
            return self._result(
                Outcome.OK,
                "Counting {name}: {expected} boxes expected.",
                code,
                name=location.name,
                expected=str(len(self.expected_ids())),
            )
        if self.location_id is None:
            return self._result(Outcome.ERROR, "Scan the location you are counting first.", code)
        if kind is CodeKind.PALLET:
            pallet = _pallet(code)
            if pallet is None:
                return self._unknown(code, "pallet")
            ids = [
                b.id
                for b in Box.select(Box.id).where(
                    Box.pallet == pallet.id, Box.status == BoxStatus.ON_PALLET
                )
            ]
        else:
            box = _box(code)
            if box is None:
                return self._unknown(code, "box")
            ids = [box.id]
        new = [i for i in ids if i not in self.counted]
        if not new:
            return self._result(Outcome.WARNING, "{code} is already counted.", code, code=code)
        self.counted.extend(new)
        expected = self.expected_ids()
        outcome = Outcome.OK if all(i in expected for i in new) else Outcome.WARNING
        template = (
            "{code} counted ({found} of {expected})."
            if outcome is Outcome.OK
            else "{code} is not recorded here: it will be listed as unexpected."
        )
        return self._result(
            outcome,
            template,
            code,
            code=code,
            found=str(len([i for i in self.counted if i in expected])),
            expected=str(len(expected)),
        )

    def expected_ids(self) -> set[int]:
        """Boxes recorded at the counted location, on shelves or on pallets standing there."""
        if self.location_id is None:
            return set()
        on_shelf = Box.select(Box.id).where(
            Box.location == self.location_id, Box.status == BoxStatus.IN_STOCK
        )
        on_pallets = (
            Box.select(Box.id)
            .join(Pallet, on=(Box.pallet == Pallet.id))
            .where(Pallet.location == self.location_id, Box.status == BoxStatus.ON_PALLET)
        )
        return {b.id for b in on_shelf} | {b.id for b in on_pallets}

    def stocktake_report(self) -> StocktakeReport:
        expected = self.expected_ids()
        found = list(dict.fromkeys(self.counted))
        codes = dict(
            Box.select(Box.id, Box.code).where(Box.id.in_(list(expected | set(found)))).tuples()
        )
        return StocktakeReport(
            location=_location_name(self.location_id) if self.location_id else "",
            expected=tuple(sorted(codes[i] for i in expected)),
            found=tuple(codes[i] for i in found),
            missing=tuple(sorted(codes[i] for i in expected - set(found))),
            unexpected=tuple(codes[i] for i in found if i not in expected),
        )

    def finish_stocktake_result(self) -> ScanResult:
        if self.mode is not Mode.STOCKTAKE or self.location_id is None:
            return self._result(Outcome.ERROR, "No stocktake is running.", "")
        report = self.stocktake_report()
        outcome = Outcome.OK if not (report.missing or report.unexpected) else Outcome.WARNING
        return self._result(
            outcome,
            "Stocktake {name}: {found} found, {missing} missing, {unexpected} unexpected.",
            "",
            name=report.location,
            found=str(len(report.found)),
            missing=str(len(report.missing)),
            unexpected=str(len(report.unexpected)),
        )

    def apply_stocktake(self) -> StocktakeReport:
        """Book what was found: unexpected boxes move here (off their pallets); missing boxes
        move to the quarantine place, to be searched for. All logged as corrections."""
        report = self.stocktake_report()
        if self.location_id is None:
            return report
        here = self.location_id
        quarantine = _quarantine_id()
        note = f"stocktake of {report.location}"
        with database_proxy.atomic():
            for box in Box.select().where(Box.code.in_(list(report.unexpected))):
                if box.pallet_id is not None and box.pallet.location_id == here:
                    continue
                before = box_state(box)
                box.status, box.pallet, box.location = BoxStatus.IN_STOCK.value, None, here
                box.save()
                log_box_change(
                    box, MovementKind.CORRECTED, self.actor, before=before, note=f"found at {note}"
                )
            for box in Box.select().where(Box.code.in_(list(report.missing))):
                before = box_state(box)
                box.status, box.pallet, box.location = BoxStatus.IN_STOCK.value, None, quarantine
                box.save()
                log_box_change(
                    box,
                    MovementKind.CORRECTED,
                    self.actor,
                    before=before,
                    note=f"missing at {note}",
                )
        self.counted = []
        return report

    # --- confirm and undo -----------------------------------------------------------
    def confirm(self, pending: tuple[str, int] | None = None) -> ScanResult:
        pending = pending or self._pending
        self._pending = None
        if pending is None:
            return self._result(Outcome.WARNING, "Nothing waits for a yes.", "")
        what, box_id = pending
        box = Box.get_or_none(Box.id == box_id)
        if box is None or box.status != BoxStatus.ON_PALLET:
            return self._result(Outcome.ERROR, "The box changed meanwhile: scan it again.", "")
        if what == "pack" and self.pallet_id is not None:
            return self._pack_box(box, box.code)
        if what == "putaway" and self.location_id is not None:
            return self._move_box(box, box.code, self.location_id, MovementKind.UNPACKED)
        return self._result(Outcome.ERROR, "The scan to confirm no longer applies.", "")

    def undo(self) -> ScanResult:
        undo, self._undo = self._undo, None
        if undo is None:
            return self._result(Outcome.WARNING, "Nothing to undo.", "")
        with database_proxy.atomic():
            for box_id, (status, location, pallet) in undo.boxes:
                box = Box.get_by_id(box_id)
                before = box_state(box)
                box.status, box.location, box.pallet = status, location, pallet
                box.save()
                log_box_change(
                    box,
                    MovementKind.CORRECTED,
                    self.actor,
                    before=before,
                    note="undo of the last scan",
                )
            for pallet_id, (status, location) in undo.pallets:
                pallet = Pallet.get_by_id(pallet_id)
                pallet_before = (pallet.status, pallet.location_id)
                pallet.status, pallet.location = status, location
                pallet.save()
                log_pallet_change(
                    pallet,
                    MovementKind.CORRECTED,
                    self.actor,
                    before=pallet_before,
                    note="undo of the last scan",
                )
            if undo.created_pallet is not None:
                pallet = Pallet.get_by_id(undo.created_pallet)
                created_before = (pallet.status, pallet.location_id)
                pallet.status, pallet.location = PalletStatus.DISSOLVED.value, None
                pallet.save()
                log_pallet_change(
                    pallet,
                    MovementKind.CORRECTED,
                    self.actor,
                    before=created_before,
                    note="undo: new pallet not used",
                )
                if self.pallet_id == pallet.id:
                    self.pallet_id = None
        self._last_accepted = ""
        return self._result(Outcome.OK, "Last scan undone.", "", changed=True)

    # --- helpers --------------------------------------------------------------------
    def _remember(
        self,
        code: str,
        *,
        boxes: Iterable[tuple[int, tuple[str, int | None, int | None]]] = (),
        pallets: Iterable[tuple[int, tuple[str, int | None]]] = (),
    ) -> None:
        self._last_accepted = code
        self._undo = _Undo(boxes=list(boxes), pallets=list(pallets))

    def _expiry_note(
        self, box: Box, template: str, **params: str
    ) -> tuple[Outcome, str, dict[str, str]]:
        if box.expiry_date is None:
            return Outcome.OK, template, params
        today = self.today or dt.date.today()
        margin = dt.timedelta(days=box.category.min_shelf_life_days)
        if box.expiry_date < today:
            return (
                Outcome.WARNING,
                template + " Expired on {expiry}!",
                {**params, "expiry": box.expiry_date.strftime("%d.%m.%Y")},
            )
        if box.expiry_date < today + margin:
            return (
                Outcome.WARNING,
                template + " Expires soon: {expiry}.",
                {**params, "expiry": box.expiry_date.strftime("%d.%m.%Y")},
            )
        return Outcome.OK, template, params

    def _unknown(self, code: str, kind: str) -> ScanResult:
        return self._result(
            Outcome.ERROR, "No {kind} has the code {code}.", code, kind=kind, code=code
        )

    def _with_params(
        self,
        outcome: Outcome,
        template: str,
        scanned: str,
        params: dict[str, str],
        *,
        changed: bool = False,
        needs_confirmation: bool = False,
        pallet: PalletTotals | None = None,
    ) -> ScanResult:
        return ScanResult(
            outcome=outcome,
            template=template,
            params=params,
            scanned=scanned,
            mode=self.mode,
            changed=changed,
            needs_confirmation=needs_confirmation,
            pallet=pallet,
        )

    def _result(
        self,
        outcome: Outcome,
        template: str,
        scanned: str,
        *,
        changed: bool = False,
        needs_confirmation: bool = False,
        pallet: PalletTotals | None = None,
        **params: str,
    ) -> ScanResult:
        return self._with_params(
            outcome,
            template,
            scanned,
            params,
            changed=changed,
            needs_confirmation=needs_confirmation,
            pallet=pallet,
        )


def pallet_totals(pallet_id: int) -> PalletTotals:
    pallet = Pallet.get_by_id(pallet_id)
    rows = list(
        Box.select(Box.quantity, Box.net_kg, Box.gross_kg, Association.short_code)
        .join(Association, on=(Box.owner == Association.id))
        .where(Box.pallet == pallet_id, Box.status != BoxStatus.DISPOSED)
        .tuples()
    )
    limit = Setting.get_or_none(Setting.key == PALLET_LIMIT_SETTING)
    return PalletTotals(
        code=pallet.code,
        boxes=len(rows),
        pieces=exact(sum((r[0] for r in rows), Decimal(0))),
        net_kg=exact(sum((r[1] for r in rows), Decimal(0))),
        gross_kg=exact(sum((r[2] for r in rows), Decimal(pallet.tare_kg))),
        owners=tuple(sorted({r[3] for r in rows})),
        limit_kg=Decimal(limit.value) if limit is not None else DEFAULT_PALLET_LIMIT_KG,
    )


def _refusal(box: Box, code: str) -> str:
    if box.status in (BoxStatus.SHIPPED, BoxStatus.DELIVERED):
        return "Box {code} was shipped: it cannot be in the hall. Put it aside and tell the lead."
    if box.status == BoxStatus.DISPOSED:
        return "Box {code} was disposed of: put it aside and tell the lead."
    if box.status == BoxStatus.LOADED:
        return "Box {code} is loaded on a vehicle: unload it first."
    return ""


def _box(code: str) -> Box | None:
    found: Box | None = (
        Box.select(Box, Category)
        .join(Category, on=(Box.category == Category.id))
        .switch(Box)
        .join(Association, on=(Box.owner == Association.id))
        .where(Box.code == code)
        .first()
    )
    return found


def _pallet(code: str) -> Pallet | None:
    found: Pallet | None = Pallet.get_or_none(Pallet.code == code)
    return found


def _location(code: str) -> Location | None:
    found: Location | None = Location.get_or_none(Location.code == code)
    return found


def _location_name(location_id: int | None) -> str:
    if location_id is None:
        return ""
    found = Location.get_or_none(Location.id == location_id)
    return str(found.name) if found is not None else ""


def _place_of(box: Box) -> str:
    if box.pallet_id is not None and box.status == BoxStatus.ON_PALLET:
        return f"{box.pallet.code} @ {_location_name(box.pallet.location_id)}"
    return _location_name(box.location_id) or "–"


def _kg(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _receiving_id() -> int:
    from warehouse_app.services.intake import receiving_location_id

    return receiving_location_id()


def _dock_id() -> int:
    place = (
        Location.select(Location.id)
        .where(Location.kind == LocationKind.DOCK.value)
        .order_by(Location.id)
        .first()
    )
    return int(place.id) if place is not None else _receiving_id()


def _quarantine_id() -> int:
    place = (
        Location.select(Location.id)
        .where(Location.kind == LocationKind.QUARANTINE.value)
        .order_by(Location.id)
        .first()
    )
    return int(place.id) if place is not None else _receiving_id()
