"""What the recipient found at a handover against the papers: a box missing, damaged or refused
(refused goods come back into stock, as returned goods always did), or goods that came but were
not on the list. Recorded with the handover, in its transaction, and listed for the lead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from warehouse_app.codes import parse_code
from warehouse_app.errors import CodeError, ValidationError
from warehouse_app.services.convoys.records import VehicleRecord
from warehouse_app.storage.models import Box, Convoy, ConvoyItem, DeliveryDiscrepancy, Pallet
from warehouse_app.texts import QT_TRANSLATE_NOOP

KINDS = ("missing", "damaged", "refused", "extra")


@dataclass(frozen=True)
class Finding:
    code: str  # a box code; for "extra", whatever names the goods
    kind: str
    note: str = ""
    quantity: Decimal | None = None  # missing or damaged: only this much of the box


def parse_finding(text: str, kind: str) -> Finding:
    """ "10004786" (the whole box) or "10004786:2" (2 of its pieces, kg or litres)."""
    code, _, amount = text.partition(":")
    if not amount.strip():
        return Finding(code.strip(), kind)
    try:
        quantity = Decimal(amount.strip().replace(",", "."))
    except ArithmeticError:
        quantity = Decimal(-1)
    return Finding(code.strip(), kind, quantity=quantity)


@dataclass(frozen=True)
class DiscrepancyRecord:
    id: int
    convoy_number: str
    vehicle_number: int | None
    code: str
    kind: str
    description: str  # the box's contents, or the note for extra goods
    note: str
    recorded_at: dt.datetime
    quantity: Decimal | None = None  # part of the box; None: all of it


def check(vehicle: VehicleRecord, findings: Sequence[Finding]) -> dict[str, int]:
    """The box ids the findings name, each a box this vehicle carries; ValidationError else."""
    carried = _carried(vehicle)
    ids: dict[str, int] = {}
    named = [f.code.strip() for f in findings if f.kind != "extra"]
    twice = sorted({c for c in named if named.count(c) > 1})
    if twice:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Box {box_code} is named twice: a box is either missing, damaged or refused.",
            ),
            "boxes",
            box_code=twice[0],
        )
    for finding in findings:
        if finding.kind not in KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service", "A finding is missing, damaged, refused or extra, not {kind}."
                ),
                "kind",
                kind=finding.kind,
            )
        if finding.kind == "extra":
            if not finding.code.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("service", "Say what came that was not on the list."),
                    "extra",
                )
            continue
        try:
            code = parse_code(finding.code).text
        except CodeError:
            code = finding.code.strip()
        if finding.quantity is not None and (
            finding.kind not in ("missing", "damaged") or not finding.quantity > 0
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "{box_code}: a part of a box (code:quantity) is missing or damaged, and more "
                    "than 0.",
                ),
                "boxes",
                box_code=finding.code,
            )
        if code not in carried:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Box {box_code} is not on vehicle {number}: only its own boxes can be "
                    "missing, damaged or refused (goods that are not on the list are extra).",
                ),
                "boxes",
                box_code=finding.code,
                number=vehicle.number,
            )
        ids[finding.code] = carried[code]
    return ids


def _carried(vehicle: VehicleRecord) -> dict[str, int]:
    """The codes of the boxes the vehicle carries, loose or on its pallets."""
    loose = (
        Box.select(Box.code, Box.id)
        .join(ConvoyItem, on=(ConvoyItem.box == Box.id))
        .where(ConvoyItem.vehicle == vehicle.id)
    )
    packed = (
        Box.select(Box.code, Box.id)
        .join(Pallet, on=(Box.pallet == Pallet.id))
        .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
        .where(ConvoyItem.vehicle == vehicle.id)
    )
    return {str(c): int(i) for query in (loose, packed) for c, i in query.tuples()}


def record(
    vehicle: VehicleRecord, findings: Sequence[Finding], ids: dict[str, int], station: str
) -> None:
    """In the handover's transaction: the findings, as checked."""
    for finding in findings:
        DeliveryDiscrepancy.create(
            convoy=vehicle.convoy_id,
            vehicle_number=vehicle.number,
            box=ids.get(finding.code),
            code=finding.code.strip()[:100],
            kind=finding.kind,
            quantity=finding.quantity,
            note=finding.note.strip(),
            station=station,
        )


def discrepancies(convoy_number: str) -> list[DiscrepancyRecord]:
    query = (
        DeliveryDiscrepancy.select(DeliveryDiscrepancy, Convoy.number, Box.id, Box.description_de)
        .join(Convoy)
        .switch(DeliveryDiscrepancy)
        .join(Box, pw.JOIN.LEFT_OUTER)
        .where(Convoy.number == convoy_number)
        .order_by(DeliveryDiscrepancy.id)
    )
    return [
        DiscrepancyRecord(
            id=int(d.id),
            convoy_number=str(d.convoy.number),
            vehicle_number=d.vehicle_number,
            code=str(d.code),
            kind=str(d.kind),
            description=str(d.box.description_de) if d.box_id else str(d.note),
            note=str(d.note),
            recorded_at=d.recorded_at,
            quantity=d.quantity,
        )
        for d in query
    ]
