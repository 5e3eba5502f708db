"""Writing the movement log. Every stock change goes through here, inside its transaction."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_app.kinds import MovementKind
from warehouse_app.storage.models import Box, Movement, Pallet


@dataclass(frozen=True)
class Actor:
    """Who did it and where: written on every movement row."""

    volunteer_id: int | None
    station: str


def log_box_change(
    box: Box,
    kind: MovementKind,
    actor: Actor,
    *,
    before: tuple[str, int | None, int | None],
    note: str = "",
) -> None:
    """Record a box's change from before = (status, location id, pallet id) to its state now."""
    from_status, from_location, from_pallet = before
    Movement.create(
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


def box_state(box: Box) -> tuple[str, int | None, int | None]:
    return (box.status, box.location_id, box.pallet_id)


def log_pallet_change(
    pallet: Pallet,
    kind: MovementKind,
    actor: Actor,
    *,
    before: tuple[str, int | None],
    note: str = "",
) -> None:
    from_status, from_location = before
    Movement.create(
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
