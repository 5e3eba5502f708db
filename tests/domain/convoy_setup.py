"""A convoy ready to be filled, and pallets that may go on it, for the convoy tests."""

from __future__ import annotations

import datetime as dt

from warehouse_app.services import convoys, recipients
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.storage.models import Box, Category, Pallet

TODAY = dt.date.today()


def make_convoy() -> ConvoyRecord:
    """Convoy K-01 to Zhytomyr in a week, with its recipient, aid code and dates."""
    recipients.save_recipient(
        "Zhytomyr City Council",
        address="Maidan Koroliova 4/2, Zhytomyr",
        city="Zhytomyr",
        oblast="Zhytomyr",
        edrpou="04053625",
        register_number="UA-HUM-1234",
        may_receive_vehicles=True,
    )
    convoys.create_convoy(
        "K-01",
        name="Winter help",
        recipient="Zhytomyr City Council",
        delivery_place="Zhytomyr, city warehouse",
        border_crossing="Korczowa",
        departure=TODAY + dt.timedelta(days=7),
        arrival=TODAY + dt.timedelta(days=9),
        aid_code="AHD-2026-0001",
        aid_code_valid_until=TODAY + dt.timedelta(days=60),
        export_mrn="26DE123456789012A1",
    )
    return convoys.get_convoy("K-01")


def good_pallets(count: int) -> list[Pallet]:
    """Pallets whose boxes keep their shelf life well past the arrival and need no licence."""
    pallets = list(Pallet.select().order_by(Pallet.id).limit(count))
    ids = [p.id for p in pallets]
    Box.update(expiry_date=TODAY + dt.timedelta(days=900)).where(
        Box.pallet.in_(ids), Box.expiry_date.is_null(False)
    ).execute()
    plain = Category.get(Category.name_en == "Blankets")
    flagged = [c.id for c in Category.select().where(Category.export_note != "")]
    Box.update(category=plain.id).where(Box.pallet.in_(ids), Box.category.in_(flagged)).execute()
    return pallets
