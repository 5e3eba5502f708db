"""The signed acceptance acts: the scan or photo of the act the recipient signed at the handover,
attached to the convoy (or one vehicle of it), stored with its SHA-256 beside the archived
papers, and given back unchanged (a stored file whose hash no longer matches is refused)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.convoys.records import ConvoyRecord, VehicleRecord, get_convoy
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import Convoy, DeliveryAct
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from warehouse_app.services.convoys.discrepancies import Finding

MAX_BYTES = 20 * 1024 * 1024  # a multi-page scan at 300 dpi
_TYPES = {".pdf": ("application/pdf", b"%PDF"), ".jpg": ("image/jpeg", b"\xff\xd8"),
          ".jpeg": ("image/jpeg", b"\xff\xd8"), ".png": ("image/png", b"\x89PNG")}  # fmt: skip


@dataclass(frozen=True)
class ActFile:
    """An act as read from its file, before the transaction that stores it."""

    file_name: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class ActRecord:
    id: int
    convoy_number: str
    vehicle_number: int | None
    file_name: str
    media_type: str
    sha256: str
    size: int
    attached_at: dt.datetime
    station: str


def read_act(path: Path) -> ActFile:
    """The act's file, checked to be what its name says (a PDF, JPG or PNG)."""
    known = _TYPES.get(path.suffix.lower())
    if known is not None and not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "There is no file {path}: choose the act's scan again."),
            "act",
            path=str(path),
        )
    if known is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "{name}: attach the signed act as a PDF, JPG or PNG file."
            ),
            "act",
            name=path.name,
        )
    data = path.read_bytes()
    if not data.startswith(known[1]) or len(data) > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "{name} is not a readable {kind} of at most 20 MB: scan or photograph the act "
                "again.",
            ),
            "act",
            name=path.name,
            kind=path.suffix.lower().lstrip(".").upper(),
        )
    return ActFile(path.name[:200], known[0], data)


@guarded(Permission.DELIVER)
@transactional
@activity_log.logged(
    ActivityKind.DELIVERY,
    QT_TRANSLATE_NOOP(
        "service", "Acceptance act {act} attached to convoy {convoy} (vehicle {vehicle_number})."
    ),
    subject="convoy",
    code="convoy",
)
def attach_act(
    convoy: ConvoyRecord, act: ActFile, vehicle_number: int | None = None, station: str = ""
) -> ActRecord:
    """Store the act with the convoy: once it has left (the act comes with the handover)."""
    row: Convoy | None = locked(Convoy.select().where(Convoy.id == convoy.id)).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no convoy {convoy_number}."),
            convoy_number=convoy.number,
        )
    if row.status not in (ConvoyStatus.DEPARTED, ConvoyStatus.DELIVERED):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} has not left yet: an acceptance act comes with the "
                "handover.",
            ),
            "act",
            convoy_number=convoy.number,
        )
    numbers = {int(v.number) for v in row.vehicles}
    if vehicle_number is not None and vehicle_number not in numbers:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Convoy {convoy_number} has no vehicle {number}."),
            "vehicle",
            convoy_number=convoy.number,
            number=vehicle_number,
        )
    stored: DeliveryAct = DeliveryAct.create(
        convoy=convoy.id,
        vehicle_number=vehicle_number,
        file_name=act.file_name,
        media_type=act.media_type,
        sha256=hashlib.sha256(act.data).hexdigest(),
        data=act.data,
        station=station,
    )
    return acts(convoy.number, act_id=int(stored.id))[0]


def acts(convoy_number: str, *, act_id: int = 0) -> list[ActRecord]:
    query = (
        DeliveryAct.select(
            DeliveryAct.id, Convoy.number, DeliveryAct.vehicle_number, DeliveryAct.file_name,
            DeliveryAct.media_type, DeliveryAct.sha256, DeliveryAct.attached_at,
            DeliveryAct.station,
        )
        .join(Convoy)
        .where(Convoy.number == convoy_number)
        .order_by(DeliveryAct.id)
    )  # fmt: skip
    if act_id:
        query = query.where(DeliveryAct.id == act_id)
    sizes = {
        int(i): len(bytes(d))
        for i, d in DeliveryAct.select(DeliveryAct.id, DeliveryAct.data)
        .join(Convoy)
        .where(Convoy.number == convoy_number)
        .tuples()
    }
    return [
        ActRecord(int(i), str(c), v, str(f), str(m), str(h), sizes.get(int(i), 0), a, str(s))
        for i, c, v, f, m, h, a, s in query.tuples()
    ]


def act_file(act_id: int) -> tuple[str, bytes]:
    """The act's file name and bytes, as attached; refused if the stored bytes were altered."""
    found: DeliveryAct | None = DeliveryAct.get_or_none(DeliveryAct.id == act_id)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no acceptance act {act_id}."), act_id=act_id
        )
    data = bytes(found.data)
    if hashlib.sha256(data).hexdigest() != found.sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The stored act {name} does not match its SHA-256 any more: restore a backup.",
            ),
            "act",
            name=found.file_name,
        )
    return str(found.file_name), data


@guarded(Permission.DELIVER)
@transactional
def deliver_with_act(
    vehicle: VehicleRecord,
    act: ActFile | None,
    findings: Sequence[Finding] = (),
    **handover: Any,
) -> tuple[int, int]:
    """delivery.deliver, the signed act of that handover and what the recipient found, in one
    transaction: a refused act or finding leaves the vehicle undelivered, and a refused handover
    stores nothing. Refused boxes come back into stock with the returned ones."""
    from warehouse_app.services.convoys import delivery, discrepancies

    ids = discrepancies.check(vehicle, findings)
    refused = [f.code for f in findings if f.kind == "refused"]
    if refused:
        handover["returned"] = list(dict.fromkeys([*handover.get("returned", ()), *refused]))
    result = delivery.deliver(vehicle, **handover)
    station = handover["actor"].station if "actor" in handover else ""
    discrepancies.record(vehicle, findings, ids, station)
    if act is not None:
        convoy = get_convoy(str(Convoy.get_by_id(vehicle.convoy_id).number))
        attach_act(convoy, act, vehicle.number, station)
    return result
