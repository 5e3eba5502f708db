"""A truck's papers: the one source of truth. Every document of a vehicle is drawn from the
VehiclePapers computed here once. Plain data: reports/ draws it, exports write it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.errors import ValidationError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.papers.dangerous import NONE as NO_DANGEROUS_GOODS
from warehouse_app.papers.dangerous import DangerousLoad, dangerous_load
from warehouse_app.papers.hall import CMR_FILE_COPY, hall_address
from warehouse_app.papers.languages import DEFAULT as DEFAULT_LANGUAGES
from warehouse_app.papers.languages import languages_for
from warehouse_app.papers.lines import PaperLine, paper_lines
from warehouse_app.quantities import EUR, exact
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys import ConvoyRecord, VehicleRecord
from warehouse_app.services.recipients import RecipientRecord, get_recipient
from warehouse_app.storage.models import Category, ConvoyAcknowledgement, ConvoyItem, Pallet
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, TextList, say

UNITS_UK = {"pcs": "шт.", "kg": "кг", "l": "л", "set": "компл."}


@dataclass(frozen=True)
class Party:
    name: str
    address: str
    edrpou: str = ""
    register_number: str = ""


@dataclass(frozen=True)
class SummaryLine:
    """One category and name: the grouping the recipient declares in AHARS."""

    hs_code: str
    name_uk: str
    name_en: str
    name_de: str
    unit: str
    quantity: Decimal
    packages: int
    net_kg: Decimal
    gross_kg: Decimal  # with the group's share of the pallets' tare: sums to CMR box 11
    value_eur: Decimal
    wear_percent: int  # the highest in the group (0 for new goods)
    earliest_expiry: dt.date | None
    origin: str  # the countries of origin in the group, e.g. "DE" or "DE, PL"
    packing: str = "pallets"  # CMR box 8: "pallets", "boxes", "pallets+boxes" or "unpacked"
    un_number: str = ""  # dangerous goods: always named on the CMR


@dataclass(frozen=True)
class Totals:
    packages: int  # boxes (a donated vehicle counts as one)
    pallets: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal  # boxes' gross plus the pallets' tare
    value_eur: Decimal
    loose: int = 0  # boxes on no pallet (vehicles not among them)
    vehicles: int = 0  # donated vehicles, unpacked

    @property
    def on_pallets(self) -> int:
        return self.packages - self.loose - self.vehicles

    @property
    def places(self) -> int:
        """CMR box 7: what is counted on the truck (pallets, loose boxes, vehicles)."""
        return self.pallets + self.loose + self.vehicles

    @property
    def packing(self) -> str:
        """CMR box 8 for the whole load (see SummaryLine.packing)."""
        kinds = [
            kind for kind, count in (("pallets", self.pallets), ("boxes", self.loose)) if count
        ]
        if not kinds:
            return "unpacked"
        return "pallets+boxes" if len(kinds) == 2 else kinds[0]


@dataclass(frozen=True)
class VehiclePapers:
    number: str  # document number, the same on every document of this vehicle
    date: dt.date
    convoy_number: str
    sender: Party
    recipient: Party
    aid_code: str
    delivery_place: str
    border_crossing: str
    carrier: Party
    truck_plate: str
    trailer_plate: str
    drivers: tuple[str, ...]
    export_mrn: str
    lines: tuple[PaperLine, ...]
    summary: tuple[SummaryLine, ...]
    totals: Totals
    languages: tuple[str, ...] = DEFAULT_LANGUAGES  # of the labels, in order (see wording)
    cmr_copies: int = 3  # sender, consignee, carrier; 4 adds a copy for the files (setting)
    dangerous: DangerousLoad = NO_DANGEROUS_GOODS
    # (category in Ukrainian / English, the licence number, MRN or statement the lead
    # acknowledged it with)
    acknowledgements: tuple[tuple[str, str], ...] = ()


# Papers of convoys in these states are drafts (reports.papers_set stamps them so).
DRAFT_STATUSES = frozenset({ConvoyStatus.PLANNING.value, ConvoyStatus.LOADING.value})
# In a draft made before the recipient has registered the aid in AHARS.
AID_CODE_PENDING = "— (AHARS)"


def missing_for_papers(convoy: ConvoyRecord, vehicle: VehicleRecord) -> list[Text]:
    """What the papers cannot be made without, each with where to enter it."""
    hall = masterdata.settings()
    missing = []
    if not hall.get("hall.sender_name") or not hall.get("hall.sender_city"):
        missing.append(
            say(QT_TRANSLATE_NOOP("service", "sender name and city (Settings → Hall and sender)"))
        )
    if not hall.get("hall.sender_street") or not hall.get("hall.sender_postcode"):
        missing.append(
            say(
                QT_TRANSLATE_NOOP(
                    "service", "sender street and postcode (Settings → Hall and sender)"
                )
            )
        )
    recipient = _recipient(convoy)
    if recipient is None:
        missing.append(
            say(
                QT_TRANSLATE_NOOP("service", "recipient of convoy {convoy_number}"),
                convoy_number=convoy.number,
            )
        )
    else:
        for field, label in (
            ("edrpou", "EDRPOU"),
            ("register_number", "register number"),
            ("address", "address"),
        ):
            if not getattr(recipient, field):
                missing.append(
                    say(
                        QT_TRANSLATE_NOOP(
                            "service", "{label} of {recipient_name} (Settings → Recipients)"
                        ),
                        label=label,
                        recipient_name=recipient.name,
                    )
                )
    # The recipient registers the aid in AHARS from the goods list and only then gets the
    # code: drafts are made without it; the papers a truck leaves with are not.
    if not convoy.aid_code and convoy.status not in DRAFT_STATUSES:
        missing.append(
            say(
                QT_TRANSLATE_NOOP("service", "aid code of convoy {convoy_number}"),
                convoy_number=convoy.number,
            )
        )
    if not convoy.border_crossing and convoy.status not in DRAFT_STATUSES:
        missing.append(
            say(
                QT_TRANSLATE_NOOP("service", "border crossing of convoy {convoy_number}"),
                convoy_number=convoy.number,
            )
        )
    if (not vehicle.carrier or not vehicle.carrier_address) and convoy.status not in DRAFT_STATUSES:
        missing.append(
            say(
                QT_TRANSLATE_NOOP(
                    "service", "carrier name and address of vehicle {vehicle_number}"
                ),
                vehicle_number=vehicle.number,
            )
        )
    if not vehicle.drivers.strip():
        missing.append(
            say(
                QT_TRANSLATE_NOOP("service", "driver of vehicle {vehicle_number}"),
                vehicle_number=vehicle.number,
            )
        )
    if not vehicle.truck_plate:
        missing.append(
            say(
                QT_TRANSLATE_NOOP("service", "truck plate of vehicle {vehicle_number}"),
                vehicle_number=vehicle.number,
            )
        )
    if not ConvoyItem.select().where(ConvoyItem.vehicle == vehicle.id).exists():
        missing.append(
            say(
                QT_TRANSLATE_NOOP(
                    "service",
                    "goods on vehicle {vehicle_number} (Convoys → assign pallets or boxes)",
                ),
                vehicle_number=vehicle.number,
            )
        )
    return missing


def _recipient(convoy: ConvoyRecord) -> RecipientRecord | None:
    return get_recipient(convoy.recipient_id) if convoy.recipient_id else None


def paper_date(convoy: ConvoyRecord, today: dt.date | None = None) -> dt.date:
    """The papers' date: the planned departure (papers are printed ahead for the day the
    truck leaves), or today once that day has passed."""
    today = today or dt.date.today()
    planned = convoy.planned_departure
    return planned if planned is not None and planned > today else today


def vehicle_papers(
    convoy: ConvoyRecord,
    vehicle: VehicleRecord,
    today: dt.date | None = None,
    languages: tuple[str, ...] | None = None,
) -> VehiclePapers:
    """The context of one vehicle's papers; languages default to the destination's setting."""
    if convoy.status == ConvoyStatus.CANCELLED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Convoy {convoy_number} is cancelled: it gets no papers."),
            convoy_number=convoy.number,
        )
    missing = missing_for_papers(convoy, vehicle)
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The papers need: {missing}."), missing=TextList(missing)
        )
    hall = masterdata.settings()
    sender = Party(hall.get("hall.sender_name", ""), hall_address(hall))
    r = _recipient(convoy)
    assert r is not None  # missing_for_papers refused a convoy without one
    recipient = Party(
        r.name,
        ", ".join(p for p in (r.address, r.city, r.oblast, r.country) if p),
        r.edrpou,
        r.register_number,
    )
    lines = paper_lines(vehicle)
    tare = sum(
        (
            Decimal(str(t))
            for (t,) in Pallet.select(Pallet.tare_kg)
            .join(ConvoyItem, on=(ConvoyItem.pallet == Pallet.id))
            .where(ConvoyItem.vehicle == vehicle.id)
            .tuples()
        ),
        Decimal(0),
    )
    pallets = (
        ConvoyItem.select()
        .where(ConvoyItem.vehicle == vehicle.id, ConvoyItem.pallet.is_null(False))
        .count()
    )
    totals = Totals(
        packages=len(lines),
        pallets=pallets,
        pieces=exact(sum((line.quantity for line in lines), Decimal(0))),
        net_kg=exact(sum((line.net_kg for line in lines), Decimal(0))),
        gross_kg=exact(sum((line.gross_kg for line in lines), Decimal(0)) + tare),
        value_eur=exact(sum((line.total_value_eur for line in lines), Decimal(0)), EUR),
        loose=sum(1 for line in lines if not line.pallet_code and not line.is_vehicle),
        vehicles=sum(1 for line in lines if line.is_vehicle),
    )
    return VehiclePapers(
        number=f"{convoy.number}-{vehicle.number}",
        date=today or paper_date(convoy),
        convoy_number=convoy.number,
        sender=sender,
        recipient=recipient,
        aid_code=convoy.aid_code or AID_CODE_PENDING,
        delivery_place=convoy.delivery_place,
        border_crossing=convoy.border_crossing,
        carrier=Party(vehicle.carrier, vehicle.carrier_address),
        truck_plate=vehicle.truck_plate,
        trailer_plate=vehicle.trailer_plate,
        drivers=tuple(d.strip() for d in vehicle.drivers.splitlines() if d.strip()),
        export_mrn=convoy.export_mrn,
        lines=lines,
        summary=summary_by_category(lines),
        totals=totals,
        languages=languages or languages_for(r.country),
        cmr_copies=4 if hall.get(CMR_FILE_COPY) == "yes" else 3,
        dangerous=dangerous_load(convoy.id, lines),
        acknowledgements=_acknowledgements(convoy.id, lines),
    )


def _acknowledgements(convoy_id: int, lines: tuple[PaperLine, ...]) -> tuple[tuple[str, str], ...]:
    """What the lead acknowledged for the categories on this vehicle: box 13 and the
    pro-forma print it (export licences, "drained / not subject to ADR")."""
    on_board = {line.category_en for line in lines}
    query = (
        ConvoyAcknowledgement.select(
            Category.name_uk, Category.name_en, ConvoyAcknowledgement.reference
        )
        .join(Category, on=(ConvoyAcknowledgement.category == Category.id))
        .where(ConvoyAcknowledgement.convoy == convoy_id)
        .order_by(Category.name_en)
        .tuples()
    )
    return tuple((f"{uk} / {en}", str(ref)) for uk, en, ref in query if en in on_board)


def summary_by_category(lines: tuple[PaperLine, ...]) -> tuple[SummaryLine, ...]:
    groups: dict[tuple[str, str, str], list[PaperLine]] = defaultdict(list)
    for line in lines:
        groups[(line.hs_code, line.category_uk, line.unit)].append(line)
    result = []
    for (hs, name_uk, unit), members in sorted(groups.items()):
        expiries = [m.expiry for m in members if m.expiry]
        result.append(
            SummaryLine(
                hs_code=hs,
                name_uk=name_uk,
                name_en=members[0].category_en,
                name_de=members[0].category_de,
                unit=unit,
                quantity=exact(sum((m.quantity for m in members), Decimal(0))),
                packages=len(members),
                net_kg=exact(sum((m.net_kg for m in members), Decimal(0))),
                gross_kg=exact(sum((m.shipped_gross_kg for m in members), Decimal(0))),
                value_eur=exact(sum((m.total_value_eur for m in members), Decimal(0)), EUR),
                wear_percent=max(m.wear_percent for m in members),
                earliest_expiry=min(expiries) if expiries else None,
                origin=", ".join(sorted({m.origin for m in members if m.origin})),
                packing=_packing(members),
                un_number=members[0].un_number,
            )
        )
    return tuple(result)


def _packing(members: list[PaperLine]) -> str:
    if all(m.is_vehicle for m in members):
        return "unpacked"
    on_pallets = any(m.pallet_code for m in members)
    loose = any(not m.pallet_code and not m.is_vehicle for m in members)
    return "pallets+boxes" if on_pallets and loose else "pallets" if on_pallets else "boxes"


def convoy_papers(
    convoy: ConvoyRecord,
    today: dt.date | None = None,
    languages: tuple[str, ...] | None = None,
    vehicle_number: int | None = None,
) -> list[VehiclePapers]:
    """Every vehicle's papers (or the one numbered), in vehicle order; the convoy documents are
    summed from these. Everything is checked before anything is drawn."""
    vehicles = (
        [convoys.get_vehicle(convoy, vehicle_number)]
        if vehicle_number is not None
        else convoys.vehicles(convoy)
    )
    if not vehicles:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Convoy {convoy_number} has no vehicle: add one first."),
            convoy_number=convoy.number,
        )
    return [vehicle_papers(convoy, v, today, languages) for v in vehicles]


def summed(all_papers: list[VehiclePapers]) -> Totals:
    return Totals(
        packages=sum(p.totals.packages for p in all_papers),
        pallets=sum(p.totals.pallets for p in all_papers),
        pieces=exact(sum((p.totals.pieces for p in all_papers), Decimal(0))),
        net_kg=exact(sum((p.totals.net_kg for p in all_papers), Decimal(0))),
        gross_kg=exact(sum((p.totals.gross_kg for p in all_papers), Decimal(0))),
        value_eur=exact(sum((p.totals.value_eur for p in all_papers), Decimal(0)), EUR),
        loose=sum(p.totals.loose for p in all_papers),
        vehicles=sum(p.totals.vehicles for p in all_papers),
    )
