"""The receiving kit of a departed convoy (papers.receiving_kit), and the receipt that comes back
from the recipient's laptop: imported, it records the delivery of every vehicle still on the way,
with what was missing or extra, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from warehouse_app.access.roles import Permission
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.papers.receiving_kit import (
    Kit,
    KitBox,
    KitPallet,
    kit_hash,
    kit_json,
    read_receipt,
)
from warehouse_app.quantities import exact
from warehouse_app.services import masterdata
from warehouse_app.services.convoys.archive import fingerprints
from warehouse_app.services.convoys.discrepancies import Finding
from warehouse_app.services.convoys.records import ConvoyRecord, vehicles
from warehouse_app.services.guard import guarded
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Association, Box, Category, ConvoyItem, Pallet, Vehicle
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

_ISSUED = "receiving_kit.{convoy}.{sha}"


def _box(b: Box, owners: dict[int, str], names: dict[int, tuple[str, str]]) -> KitBox:
    uk, de = names.get(int(b.category_id), ("", ""))
    return KitBox(
        code=str(b.code),
        owner=owners.get(int(b.owner_id), ""),
        category_uk=uk,
        category_de=de,
        description_uk=str(b.description_uk),
        description_de=str(b.description_de),
        quantity=f"{exact(b.quantity).normalize():f}",
        unit=str(b.unit),
        net_kg=f"{exact(b.net_kg):.3f}",
    )


@guarded(Permission.PAPERS)
@transactional
def issue_kit(convoy: ConvoyRecord, now: dt.datetime | None = None) -> str:
    """The kit's text; its hash is kept, so that only a receipt of an issued kit is imported."""
    if convoy.status not in (ConvoyStatus.DEPARTED, ConvoyStatus.DELIVERED):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} has not left yet: its receiving kit is made at departure, "
                "when its goods are fixed.",
            ),
            "convoy",
            convoy_number=convoy.number,
        )
    owners = {
        int(i): str(c)
        for i, c in Association.select(Association.id, Association.short_code).tuples()
    }
    names = {
        int(i): (str(uk), str(de))
        for i, uk, de in Category.select(Category.id, Category.name_uk, Category.name_de).tuples()
    }
    numbers = {
        int(v.id): int(v.number) for v in Vehicle.select().where(Vehicle.convoy == convoy.id)
    }
    pallets: list[KitPallet] = []
    loose: list[tuple[int, KitBox]] = []
    items = ConvoyItem.select().where(ConvoyItem.convoy == convoy.id).order_by(ConvoyItem.id)
    for item in items:
        vehicle = numbers.get(int(item.vehicle_id or 0), 0)
        if item.pallet_id:
            code = str(Pallet.get_by_id(item.pallet_id).code)
            boxes = Box.select().where(Box.pallet == item.pallet_id).order_by(Box.code)
            pallets.append(KitPallet(code, vehicle, tuple(_box(b, owners, names) for b in boxes)))
        elif item.box_id:
            loose.append((vehicle, _box(Box.get_by_id(item.box_id), owners, names)))
    kit = Kit(
        convoy=convoy.number,
        recipient=convoy.recipient,
        made_at=(now or dt.datetime.now(dt.UTC)).isoformat(),
        vehicles=tuple(sorted(set(numbers.values()))),
        pallets=tuple(pallets),
        loose=tuple(loose),
        papers=tuple(fingerprints(convoy)),
    )
    text = kit_json(kit)
    masterdata.keep_settings(
        {_ISSUED.format(convoy=convoy.number, sha=kit_hash(text)): kit.made_at}
    )
    return text


@guarded(Permission.DELIVER)
@transactional
def import_receipt(convoy: ConvoyRecord, text: str, actor: Actor) -> tuple[int, int, int]:
    """Record the delivery the receipt says; returns (vehicles delivered, missing, extra)."""
    from warehouse_app.services.convoys.acts import deliver_with_act

    receipt = read_receipt(text)
    issued = masterdata.settings().get(_ISSUED.format(convoy=convoy.number, sha=receipt.kit_sha256))
    if receipt.convoy != convoy.number or issued is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "This receipt checked a kit that was not issued for convoy {convoy_number}: "
                "import the receipt of this convoy's kit.",
            ),
            "receipt",
            convoy_number=convoy.number,
        )
    waiting = vehicles(convoy, waiting_for_delivery=True)
    if not waiting:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Convoy {convoy_number} is delivered already."),
            "receipt",
            convoy_number=convoy.number,
        )
    on_vehicle: dict[int, list[Finding]] = defaultdict(list)
    carried = _vehicle_of_codes(convoy)
    for code in receipt.missing:
        if code in carried:
            on_vehicle[carried[code]].append(Finding(code, "missing"))
    for code in receipt.extra:
        on_vehicle[waiting[0].number].append(Finding(code, "extra", f"gescannt von {receipt.by}"))
    day = receipt.scanned[-1][1][:10] if receipt.scanned else dt.date.today().isoformat()
    for vehicle in waiting:
        deliver_with_act(
            vehicle,
            None,
            on_vehicle.get(vehicle.number, []),
            receipt_reference=f"Empfang {day} {receipt.by}"[:100],
            actor=actor,
        )
    return len(waiting), len(receipt.missing), len(receipt.extra)


def _vehicle_of_codes(convoy: ConvoyRecord) -> dict[str, int]:
    numbers = {
        int(v.id): int(v.number) for v in Vehicle.select().where(Vehicle.convoy == convoy.id)
    }
    found: dict[str, int] = {}
    for item in ConvoyItem.select().where(ConvoyItem.convoy == convoy.id):
        number = numbers.get(int(item.vehicle_id or 0), 0)
        if item.pallet_id:
            for (code,) in Box.select(Box.code).where(Box.pallet == item.pallet_id).tuples():
                found[str(code)] = number
        elif item.box_id:
            found[str(Box.get_by_id(item.box_id).code)] = number
    return found
