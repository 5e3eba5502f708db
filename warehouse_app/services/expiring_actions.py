"""What the lead does with the expiring list: dispose of the boxes that will not keep, or put
them on a convoy that leaves soon enough; each for a whole selection, all or none."""

from __future__ import annotations

from collections.abc import Sequence

from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services.convoys import ConvoyRecord, assign
from warehouse_app.services.corrections import dispose_box
from warehouse_app.services.guard import guarded
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Box
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP


@guarded(Permission.DISPOSE)
@transactional
def dispose_all(codes: Sequence[str], reason: str, actor: Actor) -> int:
    """Dispose of every box, or (one refused) of none; returns how many."""
    if not codes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Choose the boxes to dispose of first."), "boxes"
        )
    ids = dict(Box.select(Box.code, Box.id).where(Box.code.in_(list(codes))).tuples())
    missing = [c for c in codes if c not in ids]
    if missing:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no box {box_code}."), box_code=missing[0]
        )
    for code in codes:
        dispose_box(int(ids[code]), reason, actor)
    return len(codes)


@guarded(Permission.CONVOYS)
@transactional
def put_on_convoy(codes: Sequence[str], convoy: ConvoyRecord) -> int:
    """Reserve the loose boxes for the convoy, all or none; a box that would not keep until its
    arrival is refused, as at any reservation."""
    if not codes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Choose the boxes to put on the convoy first."), "boxes"
        )
    return assign(convoy, vehicle=None, boxes=list(codes))
