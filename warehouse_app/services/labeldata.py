"""The context objects of labels and receipts, read from the database."""

from __future__ import annotations

from collections.abc import Sequence

from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.documents import (
    BoxLabel,
    LocationLabel,
    ManifestLine,
    Owner,
    PalletLabel,
    PalletManifest,
    Receipt,
    ReceiptLine,
)
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.models import (
    Association,
    Box,
    BoxStatus,
    Category,
    Donation,
    Location,
    Pallet,
    Volunteer,
)
from warehouse_app.quantities import exact
from warehouse_app.services import masterdata


def _codes(raw: Sequence[str], kind: CodeKind) -> list[str]:
    codes = []
    for text in raw:
        parsed = parse_code(text)
        if parsed.kind is not kind:
            raise ValidationError(
                f"{parsed.text} is a {parsed.kind.label} code, not a {kind.label} code."
            )
        codes.append(parsed.text)
    if not codes:
        raise ValidationError(f"Give at least one {kind.label} code.")
    return codes


def _missing(wanted: Sequence[str], found: Sequence[str], kind: CodeKind) -> None:
    unknown = [c for c in wanted if c not in set(found)]
    if unknown:
        raise NotFound(f"Unknown {kind.label} code(s): {', '.join(unknown)}.")


def _owner(association: Association) -> Owner:
    return Owner(association.name, association.short_code, association.colour)


def box_labels_for_codes(raw: Sequence[str]) -> list[BoxLabel]:
    codes = _codes(raw, CodeKind.BOX)
    ids = dict(Box.select(Box.code, Box.id).where(Box.code.in_(codes)).tuples())
    _missing(codes, list(ids), CodeKind.BOX)
    return box_labels([ids[c] for c in codes])


def box_labels_for_donation(donation_id: int) -> list[BoxLabel]:
    ids = [b.id for b in Box.select(Box.id).where(Box.donation == donation_id).order_by(Box.id)]
    if not ids:
        raise NotFound(f"Donation {donation_id} does not exist or has no boxes.")
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
            owner=_owner(box.owner),
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
    codes = _codes(raw, CodeKind.PALLET)
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
            owners.setdefault(box.owner.short_code, _owner(box.owner))
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


def pallet_manifest(raw_code: str) -> PalletManifest:
    (code,) = _codes([raw_code], CodeKind.PALLET)
    pallet = Pallet.get_or_none(Pallet.code == code)
    if pallet is None:
        raise NotFound(f"Unknown pallet code: {code}.")
    query = (
        Box.select(Box, Association, Category)
        .join(Association, on=(Box.owner == Association.id))
        .switch(Box)
        .join(Category, on=(Box.category == Category.id))
        .where(Box.pallet == pallet.id, Box.status != BoxStatus.DISPOSED.value)
        .order_by(Box.id)
    )
    location = Location.get_or_none(Location.id == pallet.location_id)
    return PalletManifest(
        code=code,
        location=location.name if location is not None else "",
        tare_kg=pallet.tare_kg,
        lines=tuple(
            ManifestLine(
                code=box.code,
                owner=box.owner.short_code,
                category=f"{box.category.name_de} / {box.category.name_uk}",
                description_de=box.description_de,
                description_uk=box.description_uk,
                quantity=box.quantity,
                unit=box.unit,
                net_kg=box.net_kg,
                gross_kg=box.gross_kg,
                expiry_date=box.expiry_date,
            )
            for box in query
        ),
    )


def location_labels(raw: Sequence[str]) -> list[LocationLabel]:
    codes = _codes(raw, CodeKind.LOCATION)
    names = dict(
        Location.select(Location.code, Location.name).where(Location.code.in_(codes)).tuples()
    )
    _missing(codes, list(names), CodeKind.LOCATION)
    return [LocationLabel(code=c, name=names[c]) for c in codes]


def receipt(donation_id: int) -> Receipt:
    donation = (
        Donation.select(Donation, Association)
        .join(Association, on=(Donation.association == Association.id))
        .where(Donation.id == donation_id)
        .first()
    )
    if donation is None:
        raise NotFound(f"There is no donation {donation_id}.")
    volunteer = (
        Volunteer.get_or_none(Volunteer.id == donation.volunteer_id)
        if donation.volunteer_id
        else None
    )
    lines = tuple(
        ReceiptLine(
            code=box.code,
            category=f"{box.category.name_de} / {box.category.name_uk}",
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
        for box in Box.select(Box, Category)
        .join(Category, on=(Box.category == Category.id))
        .where(Box.donation == donation_id)
        .order_by(Box.id)
    )
    hall = masterdata.settings()
    address = ", ".join(
        part
        for part in (
            hall.get("hall.sender_street", ""),
            " ".join(
                p
                for p in (hall.get("hall.sender_postcode", ""), hall.get("hall.sender_city", ""))
                if p
            ),
            hall.get("hall.sender_country", ""),
        )
        if part
    )
    return Receipt(
        number=f"E-{donation.id:06d}",
        received_at=donation.received_at,
        association=_owner(donation.association),
        delivered_by=donation.delivered_by,
        received_by=volunteer.name if volunteer is not None else "",
        station=donation.station,
        notes=donation.notes,
        hall_name=hall.get("hall.sender_name", ""),
        hall_address=address,
        lines=lines,
    )


def recent_donation_boxes(limit: int = 50, station: str | None = None) -> list[tuple[int, str]]:
    """(box id, code) of the newest boxes, newest first (the intake screen's list)."""
    query = Box.select(Box.id, Box.code).order_by(Box.id.desc()).limit(limit)
    if station:
        query = query.join(Donation).where(Donation.station == station)
    return [(int(i), str(c)) for i, c in query.tuples()]
