"""Per-association delivery confirmations of a delivered convoy: what of each association's goods
reached the recipient, when, and under which acceptance act, for its board to forward to the
donors ("23 Kisten, 430,8 kg, übergeben am 12.12.2026 an …, Akt Nr. …").

Drawn from the same vehicle paper lines as the customs documents (papers/lines.py), so a box's
gross here includes its share of its pallet's tare exactly as on the goods list. Only boxes
that were handed over count: a box that came back is off its pallet (or off the convoy) after
delivery and so is not among the lines, and every line is checked against its delivery
movement besides.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus, MovementKind
from warehouse_app.papers.hall import hall_address
from warehouse_app.papers.lines import PaperLine, paper_lines
from warehouse_app.quantities import exact
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.services.recipients import get_recipient
from warehouse_app.storage.models import Association, Box, ConvoyItem, Movement
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ConfirmationLine:
    """One kind of goods of the association: boxes of one category and description."""

    category_de: str
    category_uk: str
    description_de: str
    description_uk: str
    unit: str  # kinds.Unit value
    boxes: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal  # with the boxes' share of their pallets' tare


@dataclass(frozen=True)
class AssociationConfirmation:
    number: str  # "<convoy>-<SHORTCODE>", also the file name's stem
    association: str  # the association's name
    short_code: str
    colour: str  # the association's colour, as on its labels
    convoy_number: str
    recipient: str  # who received the goods (the convoy's recipient)
    recipient_city: str
    delivery_place: str
    delivered_on: tuple[dt.date, ...]  # local dates of the handovers, earliest first
    acts: tuple[str, ...]  # receipt references of the signed acceptance acts, in that order
    boxes: int  # boxes handed over (donated vehicles not among them)
    vehicles: int  # donated vehicles handed over
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal  # the papers' gross: the boxes' own plus their share of the pallets' tare
    lines: tuple[ConfirmationLine, ...]
    hall_name: str
    hall_address: str
    # What the recipient reported at the handover: missing boxes are not counted above,
    # damaged ones are (they were handed over), both are named for the board.
    missing: tuple[str, ...] = ()
    damaged: tuple[str, ...] = ()


def confirmations(convoy_number: str) -> list[AssociationConfirmation]:
    """One confirmation per association with goods handed over on the convoy, by short code.

    A convoy that is not delivered in full yet is refused: a board forwarding "your goods
    arrived" must not do so while a truck is still on the road."""
    convoy = convoys.get_convoy(convoy_number)
    if convoy.status != ConvoyStatus.DELIVERED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} is {status}: delivery confirmations are made once "
                "all its vehicles are delivered ('hafenlager convoy deliver').",
            ),
            convoy_number=convoy.number,
            status=convoy.status,
        )
    handovers = _handovers(convoy)
    found = _findings(convoy.id)
    lines = [
        _less_missing(line, found.get(line.box_code))
        for vehicle in convoys.vehicles(convoy)
        for line in paper_lines(vehicle)
        if line.box_code in handovers and found.get(line.box_code) != ("missing", None)
    ]
    missing_of: dict[str, list[str]] = defaultdict(list)
    for vehicle in convoys.vehicles(convoy):
        for line in paper_lines(vehicle):
            kind, part = found.get(line.box_code, ("", None))
            if kind == "missing":  # whole boxes; a part says how much
                missing_of[line.owner].append(
                    line.box_code if part is None else f"{line.box_code} ({part.normalize():f})"
                )
    by_owner: dict[str, list[PaperLine]] = defaultdict(list)
    for line in lines:
        by_owner[line.owner].append(line)
    associations = {
        code: (name, colour)
        for code, name, colour in Association.select(
            Association.short_code, Association.name, Association.colour
        ).tuples()
    }
    recipient = get_recipient(convoy.recipient_id) if convoy.recipient_id else None
    hall = masterdata.settings()
    return [
        replace(
            _confirmation(
                convoy,
                code,
                associations.get(code, (code, "#555555")),
                members,
                handovers,
                recipient.city if recipient is not None else "",
                hall,
            ),
            missing=tuple(sorted(missing_of.get(code, []))),
            damaged=tuple(
                sorted(m.box_code for m in members if found.get(m.box_code, ("",))[0] == "damaged")
            ),
        )
        for code, members in sorted(by_owner.items())
    ]


def _less_missing(line: PaperLine, finding: tuple[str, Decimal | None] | None) -> PaperLine:
    """A box of which a part was reported missing counts what arrived: its quantity less the
    part, its weights in the same share (the packaging came whole)."""
    if finding is None or finding[0] != "missing" or finding[1] is None or not line.quantity:
        return line
    left = max(Decimal(0), line.quantity - finding[1])
    share = left / line.quantity
    grams = Decimal("0.001")
    return replace(
        line,
        quantity=left,
        net_kg=(line.net_kg * share).quantize(grams),
        gross_kg=(line.gross_kg * share).quantize(grams),
    )


def _findings(convoy_id: int) -> dict[str, tuple[str, Decimal | None]]:
    """The recipient's findings by box code: kind, and the part of the box (None: all of it)."""
    from warehouse_app.storage.models import DeliveryDiscrepancy

    return {
        str(code): (str(kind), None if part is None else Decimal(part))
        for code, kind, part in DeliveryDiscrepancy.select(
            DeliveryDiscrepancy.code, DeliveryDiscrepancy.kind, DeliveryDiscrepancy.quantity
        )
        .where(DeliveryDiscrepancy.convoy == convoy_id)
        .tuples()
    }


def _confirmation(
    convoy: ConvoyRecord,
    code: str,
    association: tuple[str, str],
    members: list[PaperLine],
    handovers: dict[str, tuple[dt.date, str]],
    recipient_city: str,
    hall: dict[str, str],
) -> AssociationConfirmation:
    # The acts in the order they were signed; a date shown once however many pallets it had.
    handed = sorted({handovers[m.box_code] for m in members})
    return AssociationConfirmation(
        number=f"{convoy.number}-{code}",
        association=association[0],
        short_code=code,
        colour=association[1],
        convoy_number=convoy.number,
        recipient=convoy.recipient,
        recipient_city=recipient_city,
        delivery_place=convoy.delivery_place,
        delivered_on=tuple(sorted({day for day, _ in handed})),
        acts=tuple(dict.fromkeys(act for _, act in handed)),
        boxes=sum(1 for m in members if not m.is_vehicle),
        vehicles=sum(1 for m in members if m.is_vehicle),
        pieces=_sum(m.quantity for m in members),
        net_kg=_sum(m.net_kg for m in members),
        gross_kg=_sum(m.shipped_gross_kg for m in members),
        lines=_grouped(members),
        hall_name=hall.get("hall.sender_name", ""),
        hall_address=hall_address(hall),
    )


def _handovers(convoy: ConvoyRecord) -> dict[str, tuple[dt.date, str]]:
    """Box code -> (local date of its handover, receipt reference), for every box of the
    convoy that was delivered. The date is its pallet's (or loose item's) delivered_at, which
    deliver() sets to the handover's time; the reference is on the box's own delivery
    movement, since a vehicle delivered pallet by pallet keeps only its last reference."""
    items = ConvoyItem.select(ConvoyItem.pallet, ConvoyItem.box, ConvoyItem.delivered_at).where(
        ConvoyItem.convoy == convoy.id, ConvoyItem.delivered_at.is_null(False)
    )
    on_pallet: dict[int, dt.datetime] = {}
    loose: dict[int, dt.datetime] = {}
    for pallet_id, box_id, stamp in items.tuples():
        if pallet_id is not None:
            on_pallet[pallet_id] = stamp
        else:
            loose[box_id] = stamp
    query = (
        Movement.select(Box.code, Box.id, Box.pallet, Movement.note)
        .join(Box, on=(Movement.box == Box.id))
        .where(
            Movement.kind == MovementKind.DELIVERED.value,
            Box.status == BoxStatus.DELIVERED.value,
            Box.pallet.in_(list(on_pallet)) | Box.id.in_(list(loose)),
        )
        .tuples()
    )
    found: dict[str, tuple[dt.date, str]] = {}
    for code, box_id, pallet_id, note in query:
        stamp = loose.get(box_id) or on_pallet[pallet_id]
        found[str(code)] = (_local_date(stamp), str(note))
    return found


def _local_date(stamp: dt.datetime) -> dt.date:
    """The day in the hall's time zone of a naive UTC time (how every time is stored)."""
    return stamp.replace(tzinfo=dt.UTC).astimezone().date()


def _grouped(members: list[PaperLine]) -> tuple[ConfirmationLine, ...]:
    groups: dict[tuple[str, str, str, str, str], list[PaperLine]] = defaultdict(list)
    for m in members:
        key = (m.category_de, m.category_uk, m.description_de, m.description_uk, m.unit)
        groups[key].append(m)
    return tuple(
        ConfirmationLine(
            category_de=category_de,
            category_uk=category_uk,
            description_de=description_de,
            description_uk=description_uk,
            unit=unit,
            boxes=len(group),
            pieces=_sum(g.quantity for g in group),
            net_kg=_sum(g.net_kg for g in group),
            gross_kg=_sum(g.shipped_gross_kg for g in group),
        )
        for (category_de, category_uk, description_de, description_uk, unit), group in sorted(
            groups.items()
        )
    )


def _sum(values: Iterable[Decimal]) -> Decimal:
    return exact(sum(values, Decimal(0)))
