"""A convoy filled from a recipient's needs list: "fill this truck from the hospital's list,
urgent first, within payload and places".

propose() says which goods in the hall would go: pallets and loose boxes that are free (on no
convoy at all), keep long enough (their best-before date at least the category's minimum shelf
life after the convoy's planned arrival, as the readiness check asks), of a category and unit a
line asks for. The lines are served urgent first, then by the date they are needed by, then in
the list's order; within a line the goods that expire first go first (FEFO), a pallet before a
loose box of the same date (one place, one scan at the dock). A line never gets more than it
still needs: what it asked for, less what the convoy carries for it already (coverage.py).

A pallet goes whole or not at all: unpacking is a job for the hall, not for a plan. So a pallet
is taken only when every box on it keeps and serves a line of the list that still needs it
(several lines may share one mixed pallet); a pallet with goods nobody asked for, or more than
the lines still need, stays, and loose boxes fill the line instead. A lead would rather see a
line short by a box than a truck carrying what the recipient cannot declare.

Room: each vehicle's payload (kg gross, pallets with their tare) and pallet places, less what it
holds; loose boxes weigh but take no place, as the convoy's gauges count them. Without a chosen
vehicle each take goes on the first of the convoy's vehicles with room, and the convoy as a whole
(goods on no vehicle included) is not filled past its payload and places.

fill() reserves a proposal in one transaction through the reservation path (reservations.assign,
which re-reads and locks every pallet and box): all of it, or, when anything of it was taken by
another station in between, nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from warehouse_app.access.roles import Permission
from warehouse_app.errors import HafenlagerError, NotFound, ValidationError
from warehouse_app.kinds import BoxStatus, NeedStatus
from warehouse_app.quantities import exact
from warehouse_app.services.convoys.coverage import (
    ZERO,
    carried_per_line,
    category_names,
    open_lines,
)
from warehouse_app.services.convoys.free_goods import FreeBox, FreeUnit, free_units
from warehouse_app.services.convoys.records import (
    ConvoyRecord,
    VehicleRecord,
    convoy_record,
    editable_row,
    vehicles,
)
from warehouse_app.services.convoys.reservations import assign
from warehouse_app.services.convoys.views import Gauge, gauges
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import (
    Box,
    Category,
    Convoy,
    NeedLine,
    NeedsList,
    Pallet,
    Recipient,
)
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, Names


@dataclass(frozen=True)
class Take:
    """A pallet or a loose box the proposal reserves, and the vehicle it goes on."""

    kind: str  # "pallet" or "box"
    code: str
    vehicle_number: int
    boxes: int
    gross_kg: Decimal  # with the pallet's tare
    expiry: dt.date | None  # the earliest of its boxes
    contents: tuple[str, ...] = ()  # a pallet's box codes, as they were when proposed


@dataclass(frozen=True)
class LineProposal:
    line_id: int
    line_number: int
    category: Names
    description: str
    unit: str
    priority: str
    needed_by: dt.date | None
    requested: Decimal
    carried: Decimal  # on the convoy already, for this line
    taken: Decimal  # what the proposal adds
    missing: Decimal  # still missing after it
    codes: tuple[str, ...]  # the pallets and boxes that count for it
    room_ran_out: bool  # goods for it were left in the hall for want of payload or places
    # Free and keeping, but on pallets that hold other goods or more than needed: they stay
    # whole in the hall (the lead may split such a pallet, then fill again).
    on_mixed_pallets: Decimal = ZERO


@dataclass(frozen=True)
class Proposal:
    convoy_number: str
    list_id: int
    list_title: str
    recipient: str
    sets_recipient: bool  # the convoy had no recipient: reserving sets the list's
    vehicle_number: int | None  # None: any of the convoy's vehicles
    lines: tuple[LineProposal, ...]  # in the list's order
    takes: tuple[Take, ...]
    payload_kg: Decimal  # of the chosen vehicle, or of the convoy
    kg_before: Decimal
    pallet_places: int
    places_before: int

    @property
    def gross_kg(self) -> Decimal:
        return exact(sum((t.gross_kg for t in self.takes), ZERO))

    @property
    def pallets(self) -> int:
        return sum(1 for t in self.takes if t.kind == "pallet")

    @property
    def boxes(self) -> int:
        return sum(t.boxes for t in self.takes)

    @property
    def kg_after(self) -> Decimal:
        return exact(self.kg_before + self.gross_kg)

    @property
    def places_after(self) -> int:
        return self.places_before + self.pallets


@dataclass
class _Room:
    number: int
    kg: Decimal
    places: int
    takes: list[Take] = field(default_factory=list)


def _list_row(list_id: int) -> NeedsList:
    found: NeedsList | None = (
        NeedsList.select(NeedsList, Recipient)
        .join(Recipient)
        .where(NeedsList.id == list_id)
        .first()
    )
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no needs list {list_id}."), list_id=list_id
        )
    return found


def _check_recipient(convoy: ConvoyRecord, needs: NeedsList) -> None:
    if convoy.recipient_id is not None and convoy.recipient_id != needs.recipient_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Needs list {list_id} belongs to {list_recipient}, but convoy {convoy_number} goes "
                "to {recipient}. Choose a list of {recipient}, or change the convoy's recipient "
                "first. Nothing was reserved.",
            ),
            list_id=needs.id,
            list_recipient=needs.recipient.name,
            convoy_number=convoy.number,
            recipient=convoy.recipient,
        )


def _rooms(convoy: ConvoyRecord, vehicle: VehicleRecord | None) -> tuple[list[_Room], _Room, Gauge]:
    """Each vehicle's room left (only the chosen one's, if any), the room of the whole, and
    the gauge of what is filled (the chosen vehicle, or the convoy)."""
    own = vehicles(convoy)
    if not own:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} has no vehicle yet: add one first, so that its payload "
                "and pallet places say how much to take.",
            ),
            convoy_number=convoy.number,
        )
    if vehicle is not None and vehicle.convoy_id != convoy.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "That vehicle belongs to another convoy.")
        )
    measured = gauges(convoy)  # one per vehicle in their order, then unassigned, then the whole
    rooms = []
    target = measured[-1]
    for v, g in zip(own, measured, strict=False):
        if vehicle is None or v.id == vehicle.id:
            rooms.append(_Room(v.number, g.payload_kg - g.gross_kg, g.pallet_places - g.pallets))
            if vehicle is not None:
                target = g
    whole = _Room(0, target.payload_kg - target.gross_kg, target.pallet_places - target.pallets)
    return rooms, whole, target


def propose(
    convoy: ConvoyRecord,
    list_id: int,
    vehicle: VehicleRecord | None = None,
    today: dt.date | None = None,
) -> Proposal:
    """What would fill the convoy (or the chosen vehicle) from the needs list; writes nothing.
    See the module's docstring for the rules."""
    needs = _list_row(list_id)
    _check_recipient(convoy, needs)
    if convoy.locked:
        editable_row(convoy.id)  # says why nothing of it can change
    rooms, whole, target = _rooms(convoy, vehicle)
    all_lines = open_lines(int(needs.recipient_id))
    carried = carried_per_line(convoy.id, all_lines)
    lines = [line for line in all_lines if line.needs_list_id == needs.id]
    open_need = {
        int(line.id): max(ZERO, Decimal(line.quantity) - carried[int(line.id)])
        for line in lines
        if line.category_id is not None and line.status != NeedStatus.COVERED.value
    }
    arrival = convoy.planned_arrival or today or dt.date.today()
    rules = {
        int(c.id): (int(c.min_shelf_life_days or 0), bool(c.is_vehicle))
        for c in Category.select(Category.id, Category.min_shelf_life_days, Category.is_vehicle)
    }
    may_receive_vehicles = bool(needs.recipient.may_receive_vehicles)

    def may_go(box: FreeBox) -> bool:
        days, is_vehicle = rules.get(box.category, (0, False))
        if is_vehicle and not may_receive_vehicles:
            return False
        return box.expiry is None or box.expiry >= arrival + dt.timedelta(days=days)

    wanted = {int(line.category_id) for line in lines if int(line.id) in open_need}
    by_category: dict[int, list[FreeUnit]] = defaultdict(list)
    for unit in free_units(wanted):
        if all(may_go(b) for b in unit.boxes):
            for category in {b.category for b in unit.boxes}:
                by_category[category].append(unit)
    taken: dict[int, Decimal] = defaultdict(Decimal)
    codes: dict[int, list[str]] = defaultdict(list)
    short_of_room: set[int] = set()
    mixed: dict[int, Decimal] = defaultdict(Decimal)
    takes: list[Take] = []
    served = [line for line in lines if int(line.id) in open_need]  # already in serving order
    for line in served:
        line_id = int(line.id)
        category = int(line.category_id)
        candidates = sorted(
            (u for u in by_category.get(category, []) if not u.taken),
            key=lambda u: (
                u.earliest(category) is None,
                u.earliest(category) or dt.date.max,
                u.kind != "pallet",
                u.code,
            ),
        )
        for unit in candidates:
            if open_need[line_id] <= 0:
                break
            shares = _shares(unit, line, served, open_need)
            if shares is None:
                if unit.kind == "pallet":
                    mixed[line_id] += sum((b.amount(line) for b in unit.boxes), ZERO)
                continue
            room = next(
                (
                    r
                    for r in rooms
                    if r.kg >= unit.gross_kg
                    and r.places >= unit.places
                    and whole.kg >= unit.gross_kg
                    and whole.places >= unit.places
                ),
                None,
            )
            if room is None:
                short_of_room.add(line_id)
                continue
            unit.taken = True
            for filled in (room, whole):
                filled.kg -= unit.gross_kg
                filled.places -= unit.places
            take = Take(
                unit.kind,
                unit.code,
                room.number,
                len(unit.boxes),
                exact(unit.gross_kg),
                unit.earliest(),
                tuple(b.code for b in unit.boxes) if unit.kind == "pallet" else (),
            )
            takes.append(take)
            for served_id, amount in shares.items():
                open_need[served_id] -= amount
                taken[served_id] += amount
                codes[served_id].append(unit.code)
    result_lines = []
    for line in sorted(lines, key=lambda n: n.line_number):
        line_id = int(line.id)
        requested = Decimal(line.quantity)
        got = taken.get(line_id, ZERO)
        result_lines.append(
            LineProposal(
                line_id=line_id,
                line_number=int(line.line_number),
                category=category_names(line),
                description=str(line.description),
                unit=str(line.unit),
                priority=str(line.priority),
                needed_by=line.needed_by,
                requested=requested,
                carried=carried[line_id],
                taken=got,
                # A line the recipient has marked covered asks for nothing more.
                missing=ZERO
                if line.status == NeedStatus.COVERED.value
                else max(ZERO, requested - carried[line_id] - got),
                codes=tuple(codes.get(line_id, [])),
                room_ran_out=line_id in short_of_room,
                on_mixed_pallets=mixed.get(line_id, ZERO) if got < requested else ZERO,
            )
        )
    return Proposal(
        convoy_number=convoy.number,
        list_id=int(needs.id),
        list_title=str(needs.title),
        recipient=str(needs.recipient.name),
        sets_recipient=convoy.recipient_id is None,
        vehicle_number=vehicle.number if vehicle is not None else None,
        lines=tuple(result_lines),
        takes=tuple(takes),
        payload_kg=exact(target.payload_kg),
        kg_before=exact(target.gross_kg),
        pallet_places=target.pallet_places,
        places_before=target.pallets,
    )


def _shares(
    unit: FreeUnit, line: NeedLine, served: list[NeedLine], open_need: dict[int, Decimal]
) -> dict[int, Decimal] | None:
    """How the unit's boxes count for the open lines (this line first), or None when a box of
    it would serve no line that still needs it: then the unit stays in the hall."""
    left = dict(open_need)
    shares: dict[int, Decimal] = defaultdict(Decimal)
    for box in unit.boxes:
        for candidate in (line, *served):
            amount = box.amount(candidate)
            candidate_id = int(candidate.id)
            if amount > 0 and amount <= left.get(candidate_id, ZERO):
                left[candidate_id] -= amount
                shares[candidate_id] += amount
                break
        else:
            return None
    return dict(shares) if shares.get(int(line.id)) else None


@guarded(Permission.CONVOYS)
@transactional
def fill(
    convoy: ConvoyRecord,
    list_id: int,
    vehicle: VehicleRecord | None = None,
    *,
    expected: Proposal | None = None,
    today: dt.date | None = None,
) -> Proposal:
    """Reserve what would fill the convoy from the needs list, in one transaction.

    Without expected, the proposal is made inside the transaction and reserved. With the
    proposal a lead looked at, exactly that is reserved, or nothing: when another station
    reserved, moved or repacked anything of it in between, or the convoy's room shrank, the
    fill is refused and says what to do. A convoy without a recipient gets the list's.
    """
    if expected is not None and (expected.list_id, expected.convoy_number) != (
        list_id,
        convoy.number,
    ):
        raise ValueError("the proposal is of another list or convoy")  # a caller's mistake
    row = editable_row(convoy.id)  # locked: two fills of one convoy take turns
    current = convoy_record(row)
    needs = _list_row(list_id)
    _check_recipient(current, needs)
    proposal = expected or propose(current, list_id, vehicle, today)
    if not proposal.takes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Nothing in the hall can go for needs list {list_id}: no free goods of its "
                "lines keep long enough, fit in the room left, or stay within what the lines "
                "still need. Nothing was reserved.",
            ),
            list_id=list_id,
        )
    if expected is not None:
        _still_fits(current, vehicle, expected)
    if current.recipient_id is None:
        Convoy.update(recipient=needs.recipient_id).where(Convoy.id == current.id).execute()
        current = convoy_record(editable_row(current.id))
    on_vehicle: dict[int, list[Take]] = defaultdict(list)
    for take in proposal.takes:
        on_vehicle[take.vehicle_number].append(take)
    by_number = {v.number: v for v in vehicles(current)}
    try:
        for number, takes in sorted(on_vehicle.items()):
            _same_contents(takes)
            assign(
                current,
                vehicle=by_number.get(number),
                pallets=[t.code for t in takes if t.kind == "pallet"],
                boxes=[t.code for t in takes if t.kind == "box"],
            )
    except HafenlagerError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "{refused} Nothing of needs list {list_id} was reserved: another station "
                "changed these goods since the proposal. Look at the new proposal and reserve "
                "again.",
            ),
            refused=exc.text,
            list_id=list_id,
        ) from exc
    return proposal


def _same_contents(takes: list[Take]) -> None:
    """A proposed pallet still holds the boxes it held (nobody packed onto it or off it)."""
    for take in takes:
        if take.kind != "pallet":
            continue
        now = [
            code
            for (code,) in locked(
                Box.select(Box.code)
                .join(Pallet, on=(Box.pallet == Pallet.id))
                .where(Pallet.code == take.code, Box.status != BoxStatus.DISPOSED.value)
                .order_by(Box.id)
            ).tuples()
        ]
        if sorted(now) != sorted(take.contents):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service", "Pallet {pallet_code} was packed or unpacked since the proposal."
                ),
                pallet_code=take.code,
            )


def _still_fits(convoy: ConvoyRecord, vehicle: VehicleRecord | None, proposal: Proposal) -> None:
    """The proposal's goods still fit the room each vehicle (and the convoy) has now."""
    rooms, whole, _ = _rooms(convoy, vehicle)
    by_number = {r.number: r for r in rooms}
    for take in proposal.takes:
        room = by_number.get(take.vehicle_number)
        places = 1 if take.kind == "pallet" else 0
        if room is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Vehicle {number} is no longer on convoy {convoy_number}. Nothing was "
                    "reserved: look at the new proposal.",
                ),
                number=take.vehicle_number,
                convoy_number=convoy.number,
            )
        for r in (room, whole):
            r.kg -= take.gross_kg
            r.places -= places
            if r.kg < 0 or r.places < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "Convoy {convoy_number} got other goods since the proposal, and the "
                        "proposal no longer fits its payload and pallet places. Nothing was "
                        "reserved: look at the new proposal.",
                    ),
                    convoy_number=convoy.number,
                )


def lists_for(convoy: ConvoyRecord) -> list[tuple[int, str, str]]:
    """The needs lists a convoy can be filled from: its recipient's, or anyone's while it has
    none; (id, recipient, title), newest first."""
    query = (
        NeedsList.select(NeedsList.id, Recipient.name, NeedsList.title)
        .join(Recipient)
        .order_by(NeedsList.id.desc())
    )
    if convoy.recipient_id is not None:
        query = query.where(NeedsList.recipient == convoy.recipient_id)
    return [(int(i), str(name), str(title)) for i, name, title in query.tuples()]
