"""Display names of the domain's status, movement and unit words, in the volunteer's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from warehouse_app.kinds import BoxStatus, ConvoyStatus, MovementKind, PalletStatus, Unit
from warehouse_app.texts import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

STATUS = {
    BoxStatus.IN_STOCK.value: QT_TRANSLATE_NOOP("labels", "in stock"),
    BoxStatus.ON_PALLET.value: QT_TRANSLATE_NOOP("labels", "on pallet"),
    BoxStatus.LOADED.value: QT_TRANSLATE_NOOP("labels", "loaded"),
    BoxStatus.SHIPPED.value: QT_TRANSLATE_NOOP("labels", "shipped"),
    BoxStatus.DELIVERED.value: QT_TRANSLATE_NOOP("labels", "delivered"),
    BoxStatus.DISPOSED.value: QT_TRANSLATE_NOOP("labels", "disposed"),
    PalletStatus.DISSOLVED.value: QT_TRANSLATE_NOOP("labels", "dissolved"),
    ConvoyStatus.PLANNING.value: QT_TRANSLATE_NOOP("labels", "planning"),
    ConvoyStatus.LOADING.value: QT_TRANSLATE_NOOP("labels", "loading"),
    ConvoyStatus.READY.value: QT_TRANSLATE_NOOP("labels", "ready"),
    ConvoyStatus.DEPARTED.value: QT_TRANSLATE_NOOP("labels", "departed"),
    ConvoyStatus.CANCELLED.value: QT_TRANSLATE_NOOP("labels", "cancelled"),
}

MOVEMENT = {
    MovementKind.RECEIVED.value: QT_TRANSLATE_NOOP("labels", "received"),
    MovementKind.MOVED.value: QT_TRANSLATE_NOOP("labels", "moved"),
    MovementKind.PACKED.value: QT_TRANSLATE_NOOP("labels", "packed"),
    MovementKind.UNPACKED.value: QT_TRANSLATE_NOOP("labels", "unpacked"),
    MovementKind.LOADED.value: QT_TRANSLATE_NOOP("labels", "loaded"),
    MovementKind.UNLOADED.value: QT_TRANSLATE_NOOP("labels", "unloaded"),
    MovementKind.SHIPPED.value: QT_TRANSLATE_NOOP("labels", "shipped"),
    MovementKind.DELIVERED.value: QT_TRANSLATE_NOOP("labels", "delivered"),
    MovementKind.CORRECTED.value: QT_TRANSLATE_NOOP("labels", "corrected"),
    MovementKind.DISPOSED.value: QT_TRANSLATE_NOOP("labels", "disposed"),
    MovementKind.CREATED.value: QT_TRANSLATE_NOOP("labels", "created"),
}


# The unit a quantity is counted in, as a box keeps it ("pcs"): shown short, as on the label.
UNIT = {
    Unit.PIECES.value: QT_TRANSLATE_NOOP("labels", "pcs"),
    Unit.KG.value: QT_TRANSLATE_NOOP("labels", "kg"),
    Unit.LITRES.value: QT_TRANSLATE_NOOP("labels", "l"),
    Unit.SETS.value: QT_TRANSLATE_NOOP("labels", "set"),
}


def unit_label(unit: str) -> str:
    return QCoreApplication.translate(_CONTEXT, UNIT.get(unit, unit))


def status_label(status: str) -> str:
    return QCoreApplication.translate(_CONTEXT, STATUS.get(status, status))


def movement_label(kind: str) -> str:
    return QCoreApplication.translate(_CONTEXT, MOVEMENT.get(kind, kind))
