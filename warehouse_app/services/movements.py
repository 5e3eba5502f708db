"""Every change of a box or a pallet, with its row in the movement log, in one call.

change_box and change_pallet set the new values, write only those columns, and log the change
from the state before, inside the caller's transaction: a stock change and its history can
never part.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import peewee as pw

from warehouse_app.kinds import MovementKind
from warehouse_app.storage.models import Box, Movement, Pallet, utcnow
from warehouse_app.storage.statements import Statement, slot


@dataclass(frozen=True)
class Actor:
    """Who did it and where: written on every movement row."""

    volunteer_id: int | None
    station: str


BoxState = tuple[str, int | None, int | None]  # status, location id, pallet id
PalletState = tuple[str, int | None]  # status, location id


def box_state(box: Box) -> BoxState:
    return (box.status, box.location_id, box.pallet_id)


def pallet_state(pallet: Pallet) -> PalletState:
    return (pallet.status, pallet.location_id)


def change_box(
    box: Box, kind: MovementKind, actor: Actor, *, note: str = "", **values: object
) -> BoxState:
    """Set values on box, save those columns and log the change; returns the state before."""
    before = box_state(box)
    _assign(box, values)
    if values:
        _save(box, values)
    log_box_change(box, kind, actor, before=before, note=note)
    return before


def change_pallet(
    pallet: Pallet, kind: MovementKind, actor: Actor, *, note: str = "", **values: object
) -> PalletState:
    """Set values on pallet, save those columns and log the change; returns the state before."""
    before = pallet_state(pallet)
    _assign(pallet, values)
    if values:
        _save(pallet, values)
    log_pallet_change(pallet, kind, actor, before=before, note=note)
    return before


def ship_boxes(
    box_ids: Sequence[int], kind: MovementKind, actor: Actor, *, note: str, status: str
) -> int:
    """Move many boxes to status in one UPDATE, with one movement row each (departure, for
    6,600 boxes at once, within a second of lock); the caller has read and locked them."""
    places = {
        Movement.from_location: Box.location,
        Movement.from_pallet: Box.pallet,
        Movement.to_location: Box.location,
        Movement.to_pallet: Box.pallet,
    }
    return _ship(Box, Movement.box, places, box_ids, kind, actor, note=note, status=status)


def ship_pallets(
    pallet_ids: Sequence[int], kind: MovementKind, actor: Actor, *, note: str, status: str
) -> int:
    """As ship_boxes, for the convoy's pallets (165 of them on the large convoy)."""
    places = {Movement.from_location: Pallet.location, Movement.to_location: Pallet.location}
    return _ship(Pallet, Movement.pallet, places, pallet_ids, kind, actor, note=note, status=status)


def _ship(
    model: type[Box] | type[Pallet],
    owner: pw.Field,
    places: dict[pw.Field, pw.Field],
    ids: Sequence[int],
    kind: MovementKind,
    actor: Actor,
    *,
    note: str,
    status: str,
) -> int:
    """The movement rows straight from the rows in SQL, before their status changes, then
    one UPDATE: building thousands of rows in Python took most of the departure's lock."""
    stamp = utcnow()
    constant = pw.Value
    columns: dict[pw.Field, pw.Node] = {
        Movement.at: constant(Movement.at.db_value(stamp)),
        Movement.kind: constant(kind.value),
        owner: model.id,
        Movement.volunteer: constant(actor.volunteer_id),
        Movement.station: constant(actor.station),
        Movement.from_status: model.status,
        Movement.to_status: constant(status),
        Movement.note: constant(note),
        **places,
    }
    written = 0
    for start in range(0, len(ids), 500):  # below SQLite's limit of bound parameters
        chunk = list(ids[start : start + 500])
        source = model.select(*columns.values()).where(model.id.in_(chunk)).order_by(model.id)
        written += Movement.insert_from(source, list(columns)).as_rowcount().execute()
        model.update(status=status).where(model.id.in_(chunk)).execute()
    return written


def log_box_change(
    box: Box, kind: MovementKind, actor: Actor, *, before: BoxState, note: str = ""
) -> None:
    """Record a box's change from before to its state now (a new box: before = ("", None, None))."""
    from_status, from_location, from_pallet = before
    _log(
        kind=kind.value,
        box=box.id,
        volunteer=actor.volunteer_id,
        station=actor.station,
        from_status=from_status,
        from_location=from_location,
        from_pallet=from_pallet,
        to_status=box.status,
        to_location=box.location_id,
        to_pallet=box.pallet_id,
        note=note,
    )


def log_pallet_change(
    pallet: Pallet, kind: MovementKind, actor: Actor, *, before: PalletState, note: str = ""
) -> None:
    from_status, from_location = before
    _log(
        kind=kind.value,
        pallet=pallet.id,
        volunteer=actor.volunteer_id,
        station=actor.station,
        from_status=from_status,
        from_location=from_location,
        to_status=pallet.status,
        to_location=pallet.location_id,
        note=note,
    )


def _log(**values: object) -> None:
    """One movement row (every field given, the rest as the model's defaults)."""
    _movement_insert(tuple(sorted(values))).execute(at=utcnow(), **values)


@functools.cache
def _movement_insert(names: tuple[str, ...]) -> Statement:
    fields = [Movement.at, *(Movement._meta.fields[name] for name in names)]
    return Statement(lambda: Movement.insert({field: slot(field) for field in fields}))


def _save(row: Box | Pallet, values: dict[str, object]) -> None:
    """Write the columns values names (what save(only=...) does, with its SQL built once)."""
    names = tuple(field.name for field in _columns(type(row), values))
    data = {name: row.__data__.get(name) for name in names}
    _update(type(row).__name__, names).execute(row_id=row.id, **data)
    row._dirty -= set(names)  # as save() leaves them


@functools.cache
def _update(model_name: str, names: tuple[str, ...]) -> Statement:
    model = {"Box": Box, "Pallet": Pallet}[model_name]
    fields = [model._meta.fields[name] for name in names]
    return Statement(
        lambda: model.update({field: slot(field) for field in fields}).where(
            model.id == slot(model.id, "row_id")
        )
    )


def _assign(row: Box | Pallet, values: dict[str, object]) -> None:
    for name, value in values.items():
        setattr(row, name, value)


def _columns(model: type[Box] | type[Pallet], values: dict[str, object]) -> list[pw.Field]:
    """The fields named by values; 'owner_id' names the foreign key 'owner'."""
    fields = model._meta.fields
    return [fields[name] if name in fields else fields[name.removesuffix("_id")] for name in values]
