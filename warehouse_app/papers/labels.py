"""Labels for boxes, pallets and locations: their plain contexts and the builders that read them.

The contexts depend on nothing but the standard library, so a label can be drawn from a script
or a test without a database; reports/labels.py draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import BoxStatus
from warehouse_app.quantities import exact
from warehouse_app.storage.models import Association, Box, Category, Location, Pallet
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Owner:
    name: str
    short_code: str
    colour: str  # "#RRGGBB": the band on the label


@dataclass(frozen=True)
class BoxLabel:
    code: str
    owner: Owner
    category_de: str
    category_uk: str
    description_de: str
    description_uk: str
    quantity: Decimal
    unit: str
    net_kg: Decimal
    gross_kg: Decimal
    expiry_date: dt.date | None
    box_number: int
    box_count: int
    destination: str = ""


@dataclass(frozen=True)
class PalletLabel:
    code: str
    owners: tuple[Owner, ...]
    boxes: int
    gross_kg: Decimal
    contents_de: str
    contents_uk: str
    earliest_expiry: dt.date | None
    destination: str = ""


@dataclass(frozen=True)
class LocationLabel:
    code: str
    name: str


@dataclass(frozen=True)
class ControlLabel:
    """A scan control code (a mode, undo, yes) with its title in each language, one a line."""

    code: str
    titles: tuple[str, ...]


@dataclass(frozen=True)
class HeadTestLabel:
    """A black field across the whole print width: a dead print-head dot shows as a white
    line through it, before it cuts a bar of every label."""


Label = BoxLabel | PalletLabel | LocationLabel | ControlLabel | HeadTestLabel


def control_sheet(titles: Mapping[str, str]) -> list[Label]:
    """Every control code (code: "English / Deutsch / Українська"), then the print-head test."""
    sheet: list[Label] = [
        ControlLabel(code=code, titles=tuple(title.split(" / "))) for code, title in titles.items()
    ]
    sheet.append(HeadTestLabel())
    return sheet


def checked_codes(raw: Sequence[str], kind: CodeKind) -> list[str]:
    """The codes, each checked and of kind; at least one."""
    codes = []
    for text in raw:
        parsed = parse_code(text)
        if parsed.kind is not kind:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service", "{parsed_text} is a {kind_label} code, not a {kind_label2} code."
                ),
                parsed_text=parsed.text,
                kind_label=parsed.kind.label,
                kind_label2=kind.label,
            )
        codes.append(parsed.text)
    if not codes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Give at least one {kind_label} code."),
            kind_label=kind.label,
        )
    return codes


def _missing(wanted: Sequence[str], found: Sequence[str], kind: CodeKind) -> None:
    unknown = [c for c in wanted if c not in set(found)]
    if unknown:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Unknown {kind_label} code(s): {unknown}."),
            kind_label=kind.label,
            unknown=", ".join(unknown),
        )


def owner_of(association: Association) -> Owner:
    return Owner(association.name, association.short_code, association.colour)


def box_labels_for_codes(raw: Sequence[str]) -> list[BoxLabel]:
    codes = checked_codes(raw, CodeKind.BOX)
    ids = dict(Box.select(Box.code, Box.id).where(Box.code.in_(codes)).tuples())
    _missing(codes, list(ids), CodeKind.BOX)
    return box_labels([ids[c] for c in codes])


def box_labels_for_donation(donation_id: int) -> list[BoxLabel]:
    ids = [b.id for b in Box.select(Box.id).where(Box.donation == donation_id).order_by(Box.id)]
    if not ids:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Donation {donation_id} does not exist or has no boxes."),
            donation_id=donation_id,
        )
    return box_labels(ids)


def box_labels(box_ids: Sequence[int]) -> list[BoxLabel]:
    """Labels in the order of box_ids."""
    query = (
        Box.select(Box, Association, Category)
        .join(Association, on=(Box.owner == Association.id))
        .switch(Box)
        .join(Category, on=(Box.category == Category.id))
        .where(Box.id.in_(list(box_ids)))
    )
    by_id = {
        box.id: BoxLabel(
            code=box.code,
            owner=owner_of(box.owner),
            category_de=box.category.name_de,
            category_uk=box.category.name_uk,
            description_de=box.description_de,
            description_uk=box.description_uk,
            quantity=box.quantity,
            unit=box.unit,
            net_kg=box.net_kg,
            gross_kg=box.gross_kg,
            expiry_date=box.expiry_date,
            box_number=box.box_number,
            box_count=box.box_count,
        )
        for box in query
    }
    return [by_id[i] for i in box_ids if i in by_id]


def pallet_labels(raw: Sequence[str]) -> list[PalletLabel]:
    codes = checked_codes(raw, CodeKind.PALLET)
    pallets = {p.code: p for p in Pallet.select().where(Pallet.code.in_(codes))}
    _missing(codes, list(pallets), CodeKind.PALLET)
    labels = []
    for code in codes:
        pallet = pallets[code]
        boxes = list(
            Box.select(Box, Association, Category)
            .join(Association, on=(Box.owner == Association.id))
            .switch(Box)
            .join(Category, on=(Box.category == Category.id))
            .where(Box.pallet == pallet.id, Box.status != BoxStatus.DISPOSED.value)
        )
        owners: dict[str, Owner] = {}
        for box in boxes:
            owners.setdefault(box.owner.short_code, owner_of(box.owner))
        names_de = list(dict.fromkeys(b.category.name_de for b in boxes))
        names_uk = list(dict.fromkeys(b.category.name_uk for b in boxes))
        expiries = [b.expiry_date for b in boxes if b.expiry_date]
        labels.append(
            PalletLabel(
                code=code,
                owners=tuple(owners.values()),
                boxes=len(boxes),
                gross_kg=exact(sum((b.gross_kg for b in boxes), pallet.tare_kg)),
                contents_de=", ".join(names_de) or "leer",
                contents_uk=", ".join(names_uk) or "порожній",
                earliest_expiry=min(expiries) if expiries else None,
            )
        )
    return labels


def location_labels(raw: Sequence[str]) -> list[LocationLabel]:
    codes = checked_codes(raw, CodeKind.LOCATION)
    names = dict(
        Location.select(Location.code, Location.name).where(Location.code.in_(codes)).tuples()
    )
    _missing(codes, list(names), CodeKind.LOCATION)
    return [LocationLabel(code=c, name=names[c]) for c in codes]
