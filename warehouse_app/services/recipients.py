"""Receiving organisations (e.g. Zhytomyr City Council): data, not code."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.services import activity_log
from warehouse_app.services.guard import guarded
from warehouse_app.services.masterdata import log_saved
from warehouse_app.storage.models import Recipient
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class RecipientRecord:
    id: int
    name: str
    address: str
    city: str
    oblast: str
    country: str
    edrpou: str
    register_number: str  # humanitarian aid register
    may_receive_vehicles: bool
    contact: str
    active: bool


def _record(row: Recipient) -> RecipientRecord:
    return RecipientRecord(
        id=row.id,
        name=row.name,
        address=row.address,
        city=row.city,
        oblast=row.oblast,
        country=row.country,
        edrpou=row.edrpou,
        register_number=row.register_number,
        may_receive_vehicles=row.may_receive_vehicles,
        contact=row.contact,
        active=row.active,
    )


def recipients(*, active_only: bool = False) -> list[RecipientRecord]:
    query = Recipient.select().order_by(Recipient.name)
    if active_only:
        query = query.where(Recipient.active == True)
    return [_record(r) for r in query]


@guarded(Permission.RECIPIENTS)
@transactional
def save_recipient(
    name: str,
    *,
    address: str = "",
    city: str = "",
    oblast: str = "",
    country: str = "UA",
    edrpou: str = "",
    register_number: str = "",
    may_receive_vehicles: bool = False,
    contact: str = "",
) -> int:
    """Add a recipient, or update the one of that name; returns its id."""
    values = {
        "name": validation.text(
            name, "name", QT_TRANSLATE_NOOP("service", "Name"), required=True, max_length=200
        ),
        "address": address.strip(),
        "city": city.strip(),
        "oblast": oblast.strip(),
        "country": validation.country(country),
        "edrpou": edrpou.strip(),
        "register_number": register_number.strip(),
        "may_receive_vehicles": may_receive_vehicles,
        "contact": contact.strip(),
    }
    if values["edrpou"] and not (
        str(values["edrpou"]).isdigit() and len(str(values["edrpou"])) == 8
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The EDRPOU code has 8 digits."), "edrpou"
        )
    if values["edrpou"] and not validation.edrpou_check_digit_ok(str(values["edrpou"])):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The EDRPOU code {edrpou} has a wrong check digit: a digit is mistyped. "
                "Compare it with the recipient's extract from the Unified State Register.",
            ),
            "edrpou",
            edrpou=values["edrpou"],
        )
    found = Recipient.get_or_none(Recipient.name == values["name"])
    before = activity_log.row_values(Recipient, found.id if found is not None else None)
    if found is not None:
        Recipient.update(values).where(Recipient.id == found.id).execute()
        saved = int(found.id)
    else:
        saved = int(Recipient.insert(values).execute())
    log_saved("recipient", str(values["name"]), before, values)
    return saved


def get_recipient(recipient_id: int) -> RecipientRecord:
    row = Recipient.get_or_none(Recipient.id == recipient_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no recipient with id {recipient_id}."),
            recipient_id=recipient_id,
        )
    return _record(row)


def find_recipient(name: str) -> RecipientRecord:
    """By name, or one language of a bilingual name ("Zhytomyr City Council / Житомирська
    міська рада"), ignoring case in every alphabet (SQLite's LOWER() folds ASCII only)."""
    wanted = " ".join(name.split()).casefold()
    rows = list(Recipient.select())
    for row in rows:
        if row.name.casefold() == wanted:
            return _record(row)
    for row in rows:  # the whole name first: a part must not shadow another's whole name
        if wanted in (" ".join(part.split()).casefold() for part in row.name.split(" / ")):
            return _record(row)
    raise NotFound(
        QT_TRANSLATE_NOOP(
            "service", "There is no recipient '{name}'. Add it with 'hafenlager recipient add'."
        ),
        name=name,
    )
