"""Donation receipts for the donors (Bestätigung über Sachzuwendungen), numbered per association
and year. The association's tax exemption is kept in the settings; a receipt asked for again
gets its first number back, so a reprint never counts twice."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from decimal import Decimal

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.papers.donor_receipt import ORIGINS, DonorReceipt, GiftLine
from warehouse_app.services import activity_log, masterdata
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import Association, Box, Donation, Setting
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

TAX_FIELDS = (
    "address", "tax_office", "tax_number", "exemption_date", "assessment_period", "purpose",
)  # fmt: skip
DEFAULT_VALUATION = (
    "Wert je Einheit wie bei der Annahme erfasst: Marktwert vergleichbarer, bei gebrauchten "
    "Sachen gebrauchter Waren (gemeiner Wert)"
)
# § 63 Abs. 5 AO: a receipt counts only within 5 years of the exemption notice's date.
EXEMPTION_VALID_YEARS = 5


def _key(code: str, field: str) -> str:
    return f"association.{code}.{field}"


@guarded(Permission.MASTER_DATA)
@transactional
def save_tax_data(
    code: str,
    *,
    address: str = "",
    tax_office: str,
    tax_number: str,
    exemption_date: dt.date,
    assessment_period: str,
    purpose: str,
) -> None:
    """An association's exemption, as its notice from the tax office states it."""
    association = masterdata.find_association(code)
    for name, label, value in (
        ("address", QT_TRANSLATE_NOOP("service", "The association's address"), address),
        ("tax_office", QT_TRANSLATE_NOOP("service", "Tax office"), tax_office),
        ("tax_number", QT_TRANSLATE_NOOP("service", "Tax number"), tax_number),
        ("assessment_period", QT_TRANSLATE_NOOP("service", "Assessment period"), assessment_period),
        ("purpose", QT_TRANSLATE_NOOP("service", "Purpose"), purpose),
    ):
        validation.text(value, name, label, required=True, max_length=500)
    if exemption_date > dt.date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "The exemption notice's date lies ahead: give the date printed on it."
            ),
            "exemption_date",
        )
    period = assessment_period.strip()
    if not (period.isdigit() and len(period) == 4 and int(period) <= exemption_date.year):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The assessment period is the year the notice assessed (e.g. 2023), not after "
                "the notice's date.",
            ),
            "assessment_period",
        )
    masterdata.keep_settings(
        {
            _key(association.short_code, "address"): address,
            _key(association.short_code, "tax_office"): tax_office,
            _key(association.short_code, "tax_number"): tax_number,
            _key(association.short_code, "exemption_date"): exemption_date.isoformat(),
            _key(association.short_code, "assessment_period"): assessment_period,
            _key(association.short_code, "purpose"): purpose,
        }
    )


@guarded(Permission.INTAKE)
@transactional
@activity_log.logged(
    ActivityKind.INTAKE,
    QT_TRANSLATE_NOOP("service", "Donor's receipt {result} for donation {donation_id}."),
    subject="donation",
)
def issue(
    donation_id: int,
    *,
    donor_name: str,
    donor_address: str,
    origin: str = "unknown",  # the template's "no statement" box: never assume private
    documents: bool = False,
    valuation: str = "",
    place: str = "",
    today: dt.date | None = None,
) -> DonorReceipt:
    """The receipt of a donation, with its number (the first one it got, if asked again)."""
    today = today or dt.date.today()
    donation: Donation | None = locked(Donation.select().where(Donation.id == donation_id)).first()
    if donation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no donation {donation_id}."),
            donation_id=donation_id,
        )
    donor = validation.text(
        donor_name, "donor_name", QT_TRANSLATE_NOOP("service", "Donor"), required=True
    )
    address = validation.text(
        donor_address, "donor_address", QT_TRANSLATE_NOOP("service", "Donor's address"),
        required=True,
    )  # fmt: skip
    if origin not in ORIGINS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Say where the goods come from: private, business or unknown."
            ),
            "origin",
        )
    owner: Association = Association.get_by_id(donation.association_id)
    settings = masterdata.settings()
    tax = {name: settings.get(_key(str(owner.short_code), name), "") for name in TAX_FIELDS}
    if not all(tax.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "{association} has no tax exemption on record: enter its tax office, tax number, "
                "the notice's date and the purpose (hafenlager association tax {code} …).",
            ),
            "association",
            association=str(owner.name),
            code=str(owner.short_code),
        )
    exempt_since = dt.date.fromisoformat(tax["exemption_date"])
    if exempt_since.replace(year=exempt_since.year + EXEMPTION_VALID_YEARS) < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The exemption notice of {association} dates from {date}, more than 5 years "
                "ago: a receipt on it would not be recognised (§ 63 Abs. 5 AO). Enter the new "
                "notice first.",
            ),
            "association",
            association=str(owner.name),
            date=f"{exempt_since:%d.%m.%Y}",
        )
    lines = _lines(donation_id)
    if not lines or sum((line.value_eur for line in lines), Decimal(0)) <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The donation has no value recorded: correct the boxes' value per unit first.",
            ),
            "value",
        )
    received = donation.received_at.date()
    value = sum((line.value_eur for line in lines), Decimal(0)).quantize(Decimal("0.01"))
    number, duplicate = _register(
        donation_id, str(owner.short_code), received.year, donor, address, value, today
    )
    return DonorReceipt(
        number=number,
        duplicate=duplicate,
        issuer_name=str(owner.name),
        issuer_address=tax["address"],
        donor_name=donor,
        donor_address=address,
        gift_date=received,
        lines=lines,
        origin=origin,
        documents=documents,
        valuation=valuation.strip() or DEFAULT_VALUATION,
        tax_office=tax["tax_office"],
        tax_number=tax["tax_number"],
        exemption_date=exempt_since,
        assessment_period=tax["assessment_period"],
        purpose=tax["purpose"],
        place=place.strip() or settings.get("hall.sender_city", "") or "Dortmund",
        issued_on=today,
    )


def _lines(donation_id: int) -> tuple[GiftLine, ...]:
    summed: dict[tuple[str, str, str], list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 2)
    query = Box.select(
        Box.description_de, Box.unit, Box.used, Box.wear_percent, Box.quantity,
        Box.value_per_unit_eur,
    ).where(Box.donation == donation_id).order_by(Box.id)  # fmt: skip
    for description, unit, used, wear, quantity, value in query.tuples():
        condition = f"gebraucht ({wear} % Abnutzung)" if used else "neu"
        total = summed[(str(description), str(unit), condition)]
        total[0] += Decimal(quantity)
        total[1] += Decimal(quantity) * Decimal(value)
    return tuple(
        GiftLine(description, quantity, unit, condition, value.quantize(Decimal("0.01")))
        for (description, unit, condition), (quantity, value) in summed.items()
    )


def _register(
    donation_id: int,
    code: str,
    year: int,
    donor: str,
    address: str,
    value: Decimal,
    today: dt.date,
) -> tuple[str, bool]:
    """The receipt's number and whether it is a duplicate (Zweitschrift). A gift has one receipt:
    asked again for the same donor it is printed again as a duplicate; for another donor it is
    refused. The register keeps who got which number, for how much and when."""
    key = f"donor_receipt.of.{donation_id}"
    given: Setting | None = locked(Setting.select().where(Setting.key == key)).first()
    if given is not None:
        entry = json.loads(str(given.value))
        if (entry["donor"], entry["address"]) != (donor, address):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Receipt {number} was issued for this gift to {donor} on {date}: a gift has "
                    "one receipt. Print it again for {donor}, or cancel it with the tax office.",
                ),
                "donor_name",
                number=entry["number"],
                donor=entry["donor"],
                date=entry["issued_on"],
            )
        return str(entry["number"]), True
    counter = f"donor_receipt.next.{code}.{year}"
    # Written first if missing (a desk writing it at the same moment wins; this one then
    # reads its row), then locked and counted on.
    Setting.insert(key=counter, value="1").on_conflict_ignore().execute()
    row: Setting = locked(Setting.select().where(Setting.key == counter)).get()
    serial = int(row.value)
    Setting.update(value=str(serial + 1)).where(Setting.key == counter).execute()
    number = f"{code}-{year}-{serial:04d}"
    entry = {
        "number": number,
        "donation": donation_id,
        "donor": donor,
        "address": address,
        "value": str(value),
        "issued_on": f"{today:%d.%m.%Y}",
    }
    masterdata.keep_settings({key: json.dumps(entry, ensure_ascii=False)})
    return number, False


def register(code: str) -> list[dict[str, str]]:
    """The receipts issued for the association's gifts, by number: the treasurer's copy."""
    ids = {
        int(i)
        for (i,) in Donation.select(Donation.id)
        .join(Association)
        .where(Association.short_code == code)
        .tuples()
    }
    rows = []
    for (value,) in (
        Setting.select(Setting.value).where(Setting.key.startswith("donor_receipt.of.")).tuples()
    ):
        entry = json.loads(str(value))
        if int(entry["donation"]) in ids:
            rows.append({k: str(v) for k, v in entry.items()})
    return sorted(rows, key=lambda e: e["number"])


def tax_data(code: str) -> dict[str, str]:
    """The association's exemption as saved (empty texts where none is), by TAX_FIELDS."""
    settings = masterdata.settings()
    return {name: settings.get(_key(code, name), "") for name in TAX_FIELDS}


@guarded(Permission.MASTER_DATA)
@transactional
def save_association(info: masterdata.AssociationInfo, tax: dict[str, str]) -> int:
    """An association and its tax exemption together, all saved or none (the settings' table);
    an exemption left empty is not asked for until a donor wants a receipt."""
    association_id = masterdata.save_association(info)
    if not any(value.strip() for value in tax.values()):
        return association_id
    notice = _notice_date(tax.get("exemption_date", ""))
    save_tax_data(
        info.short_code,
        address=tax.get("address", ""),
        tax_office=tax.get("tax_office", ""),
        tax_number=tax.get("tax_number", ""),
        exemption_date=notice,
        assessment_period=tax.get("assessment_period", ""),
        purpose=tax.get("purpose", ""),
    )
    return association_id


def _notice_date(text: str) -> dt.date:
    for form in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP("service", "The date of the exemption notice: type it like 14.05.2024."),
        "exemption_date",
    )
